"""A question typed as a CSS selector, read as the English question it stands for.

A front-end developer asks by selecting from the log as from a page: ``meals > meal[kind=lunch][day="Monday"] .food``,
``coffees > coffee[day="today"]:count``, ``nights > night:is([of="A"], [of="B"]) .hours:max``, ``workouts >
workout[label="run"][day="Monday"] ~ meeting:first-of-type .attendees``, ``meals > meal[kind=dinner][day=":has(said[by=Lila]
[about=Circe])"] .food``, and repeats the last one with ``:same[day=prev]``. The selector is put into the HTTP request
line it stands for (the records' list as the path, each attribute a parameter, the property and the pseudo-classes what is
selected), which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import read_as_request

_SELECTOR = re.compile(r"^\s*(?P<base>[a-z][\w-]*)\s*>\s*(?P<item>[a-z][\w-]*)(?P<rest>(?:\[|:|\s*\.|\s*~).*?)\s*$")
_SAME = re.compile(r"^\s*:same(?P<rest>(?:\[|\s*\.).*?)\s*$")
_ATTRIBUTE = re.compile(r'\[([\w-]+)=(?:"([^"]*)"|([^\]]*))\]')
_HAS = re.compile(r"^:has\((\w+)((?:\[[^\]]*\])+)\)$")
_THRESHOLD = re.compile(r"^(?P<name>[\w-]+)-from$")  # "last-coffee-from": at that time or later, that amount or more


def _attributes(text: str) -> list[tuple[str, str]]:
    return [(name, quoted if quoted else bare) for name, quoted, bare in _ATTRIBUTE.findall(text)]


def _day(value: str, name: str) -> str:
    """A day or night named by what happened (``:has(workout[did=ran][km=4.9])``) as the request line writes it."""
    match = _HAS.match(value.strip())
    if match is None:
        return value
    inner = dict(_attributes(match[2]))
    if match[1] == "said":
        return f"dayof(by={inner.get('by', '')},said={inner.get('about', '')})"
    if match[1] == "meeting":
        return f"{'nightafter' if name == 'after' else 'dayof'}(meeting={inner.get('title', '')})"
    if match[1] == "workout":
        return f"dayof(dist={inner.get('km', '')},did={inner.get('did', '')})"
    return value


def _selected(rest: str) -> list[str]:
    """The words of what is selected: the property and the pseudo-classes (".mg:sum", ":first-of-day .time")."""
    rest = _ATTRIBUTE.sub(" ", re.sub(r":(?:is|vs|not|has)\((?:[^()]|\([^()]*\))*\)", " ", rest))
    return [word for word in re.findall(r"[a-z][a-z-]*", rest) if word not in ("of", "type", "rest", "vs")]


def _query(base: str, rest: str) -> str | None:
    pairs: list[tuple[str, str]] = []
    compared = re.search(r":is\((.*?)\)(?=[\s.:]|$)", rest)
    if compared:
        values = _attributes(compared[1])
        if len(values) == 2 and values[0][0] == values[1][0] == "week":
            pairs.append(("week", "this|last"))
        elif len(values) == 2:
            pairs.append(("night" if values[0][0] == "of" else values[0][0], f"{values[0][1]}|{values[1][1]}"))
        rest = rest.replace(compared[0], " ")
    for name, value in _attributes(re.sub(r":(?:is|vs|not)\((?:[^()]|\([^()]*\))*\)", " ", rest)):
        if (threshold := _THRESHOLD.match(name)) is not None:
            pairs.append((threshold["name"].replace("-", "").replace("daycaffeine", "caffeine") + "_gte", value))
        elif name == "week":
            pairs.append(("week", "this" if value in ("this", "ongoing", "current") else "last"))
        elif name in ("day", "after"):
            pairs.append(("night" if name == "after" else "day", _day(value, name)))
        else:
            pairs.append(({"of": "night", "relation": "kind", "moved-by": "movedby"}.get(name, name), value))
    if ":has-workout" in rest:
        pairs.append(("trained", "true"))
    words = _selected(rest)
    if "~" in rest and "meeting" in words:
        base = "meetings"
        pairs = [("after" if name == "label" else name, value) for name, value in pairs] + [("take", "next")]
        words = [word for word in words if word != "meeting" and not word.startswith("first")]  # ":first-of-type": the next one
    if compared:
        words = [word for word in words if word != "max"] + ["compared"]
    pairs.append(("select", "_".join(word.replace("-", "_") for word in words)))
    return f"GET /{base}?" + "&".join(f"{name}={value}" for name, value in pairs)


def _again(rest: str) -> str:
    pairs = dict(_attributes(rest))
    if pairs.get("day") == "prev":
        return "GET same&day=day-1"
    if pairs.get("night") == "prev":
        return "GET same&night=night-1"
    if pairs.get("day", "").startswith("today"):
        return "GET same&day=today_so_far"
    if not pairs and (words := _selected(rest)):
        return "GET same&select=" + "_".join(word.replace("-", "_") for word in words)
    return "GET same&" + "&".join(f"{name}={value}" for name, value in pairs.items())


def from_css_selector(text: str) -> str:
    """``text`` as an English question when it is a CSS selector over the log or a rerun of one; else ``text`` as it is."""
    if (again := _SAME.match(text)) is not None:
        line = _again(again["rest"])
    elif (selector := _SELECTOR.match(text)) is not None:
        line = _query(selector["base"], selector["rest"])
    else:
        return text
    return read_as_request(text, line)
