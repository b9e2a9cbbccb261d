"""A question typed as a Wolfram Language query over the log's datasets, read as the English question it stands for.

An analyst asks as one expression: ``meals[Select[#meal == "lunch" && #day == "Monday" &], "food"]``,
``Length[drinks[Select[#drink == "coffee" && #day == "today" &]]]``, ``Total[workouts[Select[...], "km"]]``,
``Min[drinks[Select[...], "time"]]`` for the first, ``sleep[Select[#night == "A" || #night == "B" &], GroupBy["night"], Total,
"hours"]`` for two compared, ``nights[GroupBy[#lastCoffee >= "3 pm" &], Mean, "hours"]`` for a habit, a day found by an inner
``First[meetings[Select[#title == "X" &], "day"]]``, and repeats the last one with ``ReplaceAll[%, day -> DayPlus[day, -1]]``.
The expression is put into the HTTP request line it stands for (the dataset as the path, its tests the parameters, the column
taken and the function around it what is selected), which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, RECORD_PATHS, day_named_by, habit_line, kind_pairs,
                                         pair_line, read_as_request, request_line, rerun, select_line)

_QUERY = re.compile(r"^\s*(?:(?P<func>First|Length|Total|Mean|Min|Max)\[)?\s*(?P<data>[a-z]\w*)\[\s*(?P<rest>.*)\]\s*\]?\s*$")
_TEST = re.compile(r'#(?P<key>\w+)\s*(?P<op>==|>=|<=|<|>)\s*(?:"(?P<text>[^"]*)"|(?P<word>[\w.]+))')
_INNER = re.compile(r'First\[\s*(?P<data>\w+)\[\s*Select\[(?P<tests>(?:[^\[\]]|\[[^\[\]]*\])*)\]\s*,\s*"(?P<field>\w+)"\s*\]\s*\]')
_SAID = re.compile(r'StringContainsQ\[\s*#\w+\s*,\s*"([^"]*)"\s*\]')
_KEYS = {"from": "from", "changedby": "movedby", "passenger": "flyer", "owner": "owner", "project": "project", "parent": "parent",
         "day": "day", "night": "night", "title": "title", "session": "label", "activity": "activity", "wokeon": "day"}
_KINDS = ("medium", "species", "relation", "event", "meal")
_SELECTED = {"arrival": "landing", "bedtime": "bed_time", "waketime": "wake_time", "start": "time", "time": "time",
             "newdate": "new_date", "caffeinemg": "caffeine_mg", "bpm": "avg_bpm"}
_HABIT_COLUMNS = {"lastcoffee": "lastcoffee", "dinnertime": "dinner", "caffeineday": "caffeine"}


def _tests(text: str) -> dict[str, str]:
    return {m["key"].lower(): m["text"] if m["text"] is not None else m["word"] for m in _TEST.finditer(text)}


def _day_named(inner: re.Match[str], key: str) -> str | None:
    """An inner ``First[data[Select[...], "day"]]``: a meeting's day (or the night after it), a workout's, something said."""
    said = _SAID.search(inner["tests"])
    return day_named_by(inner["data"], _tests(inner["tests"]), key, said[1] if said else None)


def _habit(text: str) -> str | None:
    """``nights[GroupBy[#column >= V &], Mean, "hours"]``, or ``GroupBy["trained"]`` for workout days."""
    threshold = re.search(r'GroupBy\[\s*#(\w+)\s*>=\s*"?([^"&\]]+?)"?\s*&\s*\]\s*,\s*Mean', text)
    if threshold is not None:
        return habit_line(_HABIT_COLUMNS.get(threshold[1].lower(), threshold[1]), threshold[2])
    trained = re.search(r'GroupBy\[\s*"(?:trained|workout\w*)"\s*\]\s*,\s*Mean\s*,\s*"(\w+)"', text)
    return habit_line(measured=trained[1]) if trained is not None else None


def _request(query: re.Match[str]) -> str | None:  # noqa: PLR0911, PLR0912 - one reading per shape of expression
    text, data, func = query.string, query["data"].lower(), query["func"] or ""
    if (habit := _habit(text)) is not None:
        return habit
    if re.search(r'GroupBy\[\s*"week"\s*\]', text):
        return COFFEE_WEEKS
    either = re.search(r'#(day|night)\s*==\s*"([^"]*)"\s*\|\|\s*#\1\s*==\s*"([^"]*)"', text)
    if either is not None:
        measured = re.search(r'Total\s*,\s*"(\w+)"', text)
        return pair_line(either[2], either[3], either[1] == "night" or data == "sleep", bool(measured and "caffeine" in measured[1].lower()))
    inner = _INNER.search(query["rest"])
    outer = _INNER.sub("", query["rest"]) if inner else query["rest"]
    tests = _tests(outer)
    base = RECORD_PATHS.get(data, data)
    pairs = kind_pairs(base, tests, _KINDS)
    if data == "events" and tests.get("event") == "offsite":
        pairs = [("kind", "offsite")]
    if "afterworkout" in tests:
        return request_line("meetings", [("after", tests["afterworkout"]), ("day", tests.get("day", "")), ("take", "next"),
                                         ("select", "attendees")])
    named = re.search(r'#(day|night)\s*==\s*First\[', text)
    if inner is not None and named is not None and (day := _day_named(inner, named[1])) is not None:
        pairs.append((named[1], day))
    for key, value in tests.items():
        if key in _KEYS and value and not (key in ("day", "night") and value in ("ThisMonday", "LastMonday")):
            pairs.append((_KEYS[key], value))
    if re.search(r"#day\s*>=\s*ThisMonday", outer):
        pairs.append(("week", "this"))
    column = re.search(r',\s*"(\w+)"\s*(?:\]\s*)*$', outer)
    field = column[1].lower() if column else ""
    if re.search(r"#age\s*\+\s*1", text):
        field = "age_next_birthday"
    statistic = {"Length": "count", "Min": "first", "Max": "last", "Total": "sum"}.get(func, "")
    return select_line(base, pairs, _SELECTED.get(field, field), statistic)


def _again(text: str) -> str | None:
    """``ReplaceAll[%, day -> DayPlus[day, -1]]`` (or night), ``day -> "X"``, ``who -> "X"``, ``day -> Today, upTo -> Now``."""
    return rerun(text, r"\bday\s*->\s*DayPlus\[\s*day\s*,\s*-1\s*\]", r"\bnight\s*->\s*DayPlus\[\s*night\s*,\s*-1\s*\]",
                 r"\bday\s*->\s*Today\b", r"\bupTo\s*->\s*Now\b", r'\b(day|who)\s*->\s*"([^"]*)"')


def from_wolfram(text: str) -> str:
    """``text`` as an English question when it is a Wolfram Language query over the log or a rerun of one; else as it is."""
    if re.match(r'^\s*Total\[\s*ReplaceAll\[\s*%\s*,\s*field\s*->\s*"minutes"', text):
        return read_as_request(text, MEETING_MINUTES)
    if re.match(r"^\s*ReplaceAll\[\s*%", text):
        return read_as_request(text, _again(text))
    query = _QUERY.match(text)
    if query is None or "Select[" not in text and "GroupBy[" not in text:
        return text
    return read_as_request(text, _request(query))
