"""A question typed as a pandas expression, read as the English question it stands for.

An analyst asks as if the log were data frames: ``meals.query("kind=='lunch' & day=='Monday'").food``,
``coffees.query("day=='today'").shape[0]``, ``coffees.query("day in ['A', 'B']").groupby("day").mg.sum()``,
``nights.assign(late=nights.last_coffee >= "3 pm").groupby("late").hours.mean()``, ``meals[meals.day.isin(said.query(
"speaker=='Lila' & topic=='Circe'").day)].query("kind=='dinner'").food``, and repeats the last one with ``_.prev_day()`` or
``_.shift(day="Monday")``. The expression is put into the HTTP request line it stands for (the frame as the path, each
condition a parameter, the column and its reduction what is selected), which ``http_requests`` reads. Pure functions.
"""

from __future__ import annotations

import re

from server.answers.http_requests import read_as_request

_EXPRESSION = re.compile(r"^\s*(?P<base>[a-z]\w*)(?P<rest>(?:\.(?:query|assign|groupby|set_index)\(|\[|\.)\S.*?)\s*$")
_AGAIN = re.compile(r"^\s*_\.(?P<rest>\w.*?)\s*$")
_CONDITION = re.compile(r"""(\w+)\s*(==|>=)\s*(?:'([^']*)'|"([^"]*)"|([\d.]+))|(\w+)\s+in\s+\[([^\]]*)\]""")
_NAMES = {"sender": "from", "keeper": "owner", "passenger": "flyer", "mover": "movedby", "relation": "kind", "woke_on": "woke",
          "speaker": "by", "topic": "said"}
_NESTED = re.compile(r"^\[(?P<frame>\w+)\.(?P<column>\w+)\.isin\((?P<other>\w+)\.query\((?P<q>\"[^\"]*\"|'[^']*')\)\.\w+\)\]")
_AFTER = re.compile(r"^\[\w+\.start\s*>\s*workouts\.query\((?P<q>\"[^\"]*\"|'[^']*')\)\.end\.max\(\)\]\.iloc\[0\]")
_REDUCTIONS = {"min": "first", "max": "last", "sum": "sum", "mean": "mean", "size": "count", "count": "count"}


def _conditions(text: str) -> list[tuple[str, str]]:
    pairs = []
    for name, sign, single, double, number, listed, items in _CONDITION.findall(text):
        if listed:  # "night in ['A', 'B']": two compared
            pairs.append((listed, "|".join(a or b for a, b in re.findall(r"'([^']*)'|\"([^\"]*)\"", items))))
        else:
            value = single or double or number
            pairs.append((f"{name}_gte" if sign == ">=" else _NAMES.get(name, name), value))
    return pairs


def _day_named(other: str, query: str, night: bool) -> str | None:
    """A day or night named by what happened in another frame (``meals.day.isin(workouts.query(...).day)``)."""
    inner = dict(_conditions(query))
    if other == "said":
        return f"dayof(by={inner.get('by', '')},said={inner.get('said', '')})"
    if other == "meetings" and "title" in inner:
        return f"{'nightafter' if night else 'dayof'}(meeting={inner['title']})"
    if other == "workouts" and "did" in inner:
        return f"dayof(dist={inner.get('km', '')},did={inner['did']})"
    return None


def _selected(rest: str) -> list[str]:
    """The words of what is selected: the last columns and their reduction (".km.sum()", ".shape[0]", ".time.min()")."""
    tail = re.sub(r"\.(?:query|assign|groupby|set_index)\((?:[^()]|\([^()]*\))*\)", " ", rest)
    tail = re.sub(r"\[\[[^\]]*\]\]|\[[^\]]*\]", lambda m: " count " if m[0] == "[0]" else " ", tail.replace(".shape[0]", " count "))
    words = []
    for word in re.findall(r"[a-z][a-z_]*", tail):
        words.append(_REDUCTIONS.get(word, word))
    return [word for word in words if word not in ("shape", "iloc", "set_index", "reset_index")]


def _request(base: str, rest: str) -> str | None:
    pairs: list[tuple[str, str]] = []
    if (nested := _NESTED.match(rest)) is not None:
        named = _day_named(nested["other"], nested["q"], base == "nights")
        if named is None:
            return None
        pairs.append(("night" if base == "nights" else "day", named))
        rest = rest[nested.end():]
    elif (after := _AFTER.match(rest)) is not None:
        pairs += [("after" if name == "label" else name, value) for name, value in _conditions(after["q"])] + [("take", "next")]
        rest = rest[after.end():]
    queries = re.findall(r"\.(?:query|assign)\((.*?)\)(?=\.|\[|$)", rest)
    for query in queries:
        for name, value in _conditions(query):
            if name == "week":
                value = "this" if value in ("current", "this", "ongoing") else "last"
            pairs.append((name, value))
    groups = re.findall(r"\.groupby\(\s*['\"](\w+)['\"]\s*\)", rest)
    if any("workout" in group for group in groups):
        pairs.append(("trained", "true"))
    if "week" in groups and re.search(r"current", rest):
        pairs.append(("week", "this|last"))
    pairs = [(name.replace("last_coffee_gte", "lastcoffee_gte").replace("day_mg_gte", "caffeine_gte").replace("dinner_at_gte", "dinner_gte"),
              value) for name, value in pairs]
    words = [word for word in _selected(rest) if word not in groups]
    if any("|" in value for _, value in pairs):
        words = [word for word in words if word not in ("last", "first")] + ["compared"]
    pairs.append(("select", "_".join(words)))
    return f"GET /{base}?" + "&".join(f"{name}={value}" for name, value in pairs)


def _again(rest: str) -> str | None:
    if rest.startswith("prev_day("):
        return "GET same&day=day-1"
    if rest.startswith("prev_night("):
        return "GET same&night=night-1"
    if re.fullmatch(r"meeting\.minutes(?:\(\))?", rest):
        return "GET same&select=meeting_minutes"
    shift = re.fullmatch(r"shift\((.*)\)", rest)
    if shift is None:
        return None
    pairs = dict(re.findall(r"(\w+)\s*=\s*['\"]([^'\"]*)['\"]", shift[1]))
    if pairs.get("day") == "today" and pairs.get("until") == "now":
        return "GET same&day=today_so_far"
    return "GET same&" + "&".join(f"{_NAMES.get(name, name)}={value}" for name, value in pairs.items())


def from_pandas(text: str) -> str:
    """``text`` as an English question when it is a pandas expression over the log or a rerun of one; else as it is."""
    if (again := _AGAIN.match(text)) is not None:
        line = _again(again["rest"])
    elif (expression := _EXPRESSION.match(text)) is not None and re.search(r"\.query\(|\.groupby\(|\.assign\(|\.isin\(", text):
        line = _request(expression["base"], expression["rest"])
    else:
        return text
    return read_as_request(text, line)
