"""A question typed as a Gremlin graph traversal, read as the English question it stands for.

A graph engineer walks the log as a graph: ``g.V().has('meal','kind','lunch').has('day','Monday').values('food')``,
``g.V().has('coffee','day','today').count()``, ``g.V().has('person','name','Lila').out('recommended').hasLabel('book')
.values('title')``, ``g.inject('A','B').order().by(...V().has('night','name',select('n')).values('hours'),desc).limit(1)``,
``g.V().hasLabel('night').group().by(__.values('last_coffee').is(gte('3 pm'))).by(__.values('hours').mean())``, and
repeats the last one with ``prev.day_shift(-1)``. The traversal is put into the HTTP request line it stands for (the
vertices' label as the path, the properties it has the parameters, the values and steps at its end what is selected),
which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, DAY_BEFORE, MEETING_MINUTES, NIGHT_BEFORE, TODAY_SO_FAR,
                                         pair_line, read_as_request, request_line)

_TRAVERSAL = re.compile(r"^\s*g\s*\.\s*(?:V|inject)\s*\(")
_AGAIN = re.compile(r"^\s*prev\s*\.")
_HAS = re.compile(r"\bhas\(\s*'(\w+)'\s*,\s*(?:'(\w+)'\s*,\s*)?(?:'([^']*)'|gte\(\s*'?([^')]*)'?\s*\)|(true|false|[\d.]+))\s*\)")
_STEP = re.compile(r"\b(hasLabel|out|outE|values|by|is)\(\s*(?:__\s*\.\s*values\(\s*)?'(\w+)'")
_TABLES = {"meal": "meals", "night": "nights", "workout": "workouts", "meeting": "meetings", "coffee": "coffees", "day": "nights",
           "person": "tips", "project": "launches"}
_KEYS = {"title": "title", "day": "day", "kind": "kind", "activity": "activity", "by": "movedby", "about": "said"}
_EDGES = {"recommended": ("tips", "from"), "moved_offsite": ("offsites", "movedby"), "flies_on": ("flights", "flyer"),
          "owns": ("pets", "owner"), "daughter": ("people", "parent"), "launch_moved": ("launches", "project")}
_SELECTED = {"woke_at": "wake_time", "bed_at": "bed_time", "lands_at": "landing", "avg_hr": "avg_bpm", "starts": "time", "at": "time"}


def _has(text: str) -> list[tuple[str, str, str]]:
    """Every ``has(label, key, value)`` as (label, key, value); a two-argument one's label is ""."""
    found = []
    for label, key, quoted, at_least, literal in _HAS.findall(text):
        if not key:
            label, key = "", label
        found.append((label, key, quoted or (f">={at_least}" if at_least else literal)))
    return found


def _habit(text: str) -> str | None:
    """``group().by(...)``: a threshold on a night's column, or a workout day against the others."""
    grouped = re.search(r"group\(\)\s*\.\s*by\(\s*(?:__\s*\.\s*values\(\s*)?'(\w+)'\s*\)?(?:\s*\.\s*is\(\s*gte\(\s*'?([^')]*)'?\s*\)\s*\))?", text)
    if grouped is None:
        return None
    column, at_least = grouped.group(1), grouped.group(2)
    if at_least:
        name = "caffeine" if "caffeine" in column else "lastcoffee" if "coffee" in column else "dinner" if "dinner" in column else column
        return f"GET /nights?{name}_gte={at_least}&select=hours"
    if re.search(r"workout|trained|exercise", column):
        measured = re.search(r"values\(\s*'(\w+)'\s*\)\s*\.\s*mean", text)
        base = "days" if "hasLabel('day')" in text else "nights"
        return f"GET /{base}?trained=true&select={measured.group(1) if measured else 'hours'}"
    return None


def _compared(text: str) -> str | None:
    """``g.inject('A','B').order().by(__.as('d').V().has('coffee','day',select('d'))...)``: which of two had more."""
    pair = re.match(r"^\s*g\s*\.\s*inject\(\s*'([^']*)'\s*,\s*'([^']*)'\s*\)", text)
    if pair is None:
        return None
    first, second = pair.groups()
    return pair_line(first, second, "'night'" in text, "caffeine" in text)


def _request(text: str) -> str | None:  # noqa: PLR0911, PLR0912 - one reading per shape of traversal
    if (compared := _compared(text)) is not None:
        return compared
    if (habit := _habit(text)) is not None:
        return habit
    if re.search(r"groupCount\(\)\s*\.\s*by\(\s*'week'\s*\)", text):
        return COFFEE_WEEKS
    has = _has(text)
    steps = _STEP.findall(text)
    labels = [value for step, value in steps if step == "hasLabel"] + [label for label, _, _ in has if label]
    edges = [value for step, value in steps if step in ("out", "outE")]
    values = [value for step, value in steps if step == "values"]
    if not labels:
        return None
    base = _TABLES.get(labels[0], labels[0] + "s")
    pairs: list[tuple[str, str]] = []
    joined = re.search(r"\.as\(\s*'(\w+)'\s*\)\s*\.\s*V\(\)(.*)$", text)  # a day found first, then what was on it
    if joined is not None:
        first = [(key, value) for label, key, value in _has(text[:joined.start()])]
        named = dict(first)
        day = (f"dayof(by={named['by']},said={named.get('about', '')})" if "by" in named
               else f"dayof(meeting={named['title']})" if "title" in named
               else f"dayof(dist={named.get('km', '')},did={named.get('verb', '')})")
        meal = next((value for label, key, value in _has(joined.group(2)) if key == "kind"), "")
        return f"GET /meals?day={day}&kind={meal}&select={values[-1] if values else 'food'}"
    if "night_after" in edges:
        title = next((value for _, key, value in has if key == "title"), "")
        return f"GET /nights?night=nightafter(meeting={title})&select={values[-1] if values else 'hours'}"
    if "followed_by" in edges:
        named = {key: value for _, key, value in has}
        return f"GET /meetings?after={named.get('name', '')}&day={named.get('day', '')}&take=next&select=attendees"
    edge = next((edge for edge in edges if edge in _EDGES), None)
    if labels[0] in ("person", "project") and edge is not None:
        base, owner = _EDGES[edge]
        name = next((value for label, key, value in has if key == "name" and label in ("person", "project")), "")
        pairs.append((owner, name))
        kind = next((label for label in labels[1:] if label not in ("pet",)), None)
        pairs += [("kind", kind)] if kind else []
        pairs += [("kind", "puppy")] if "pet" in labels else []
        pairs += [("kind", "daughter")] if edge == "daughter" else []
        pairs += [("movedby", value) for label, key, value in has if key == "by"]
    else:
        for label, key, value in has:
            if key == "name":
                pairs.append(({"night": "night", "day": "woke", "workout": "label"}.get(label or labels[0], "title"), value))
            elif key == "week" or value.startswith(">="):
                pairs.append(("week", "this"))
            elif key in _KEYS:
                pairs.append((_KEYS[key], value))
    words = [_SELECTED.get(value, value) for value in values]
    if "attended_by" in edges:
        words = ["attendees"]
    if re.search(r"\bcount\(\)", text):
        words.append("count")
    if re.search(r"\bsum\(\)", text):
        words.append("sum")
    if re.search(r"order\(\)\s*\.\s*by\([^)]*\)\s*\.\s*limit\(\s*1\s*\)", text):
        words.insert(0, "last" if re.search(r"by\([^)]*desc", text) else "first")
    if labels[0] == "workout" and any(key == "activity" for key, _ in pairs) and not values:
        words.insert(0, "km")
    pairs.append(("select", "_".join(words)))
    return request_line(base, pairs)


def _again(text: str) -> str | None:
    """``prev.day_shift(-1)``, ``prev.has('day','Monday')``, ``prev.has('person','name','Lila')``, ``prev.out('meeting')...``."""
    if re.search(r"\bday_shift\(\s*-1\s*\)", text):
        return DAY_BEFORE
    if re.search(r"\bnight_shift\(\s*-1\s*\)", text):
        return NIGHT_BEFORE
    if re.search(r"out\(\s*'meeting'\s*\)\s*\.\s*values\(\s*'(?:minutes|duration|length)'", text):
        return MEETING_MINUTES
    has = _has(text)
    if ("", "day", "today") in has and re.search(r"until\(\s*'now'\s*\)", text):
        return TODAY_SO_FAR
    person = next((value for label, key, value in has if label == "person"), None)
    day = next((value for _, key, value in has if key == "day"), None)
    return f"GET same&from={person}" if person else f"GET same&day={day}" if day else None


def from_gremlin(text: str) -> str:
    """``text`` as an English question when it is a Gremlin traversal of the log or a rerun of one; else as it is."""
    if _AGAIN.match(text) and ("has(" in text or "_shift(" in text or "out(" in text):
        return read_as_request(text, _again(text))
    if not _TRAVERSAL.match(text):
        return text
    return read_as_request(text, _request(text))
