"""A question typed as a C# LINQ query over the log's collections, read as the English question it stands for.

An analyst asks as one query in query syntax: ``(from m in meals where m.Meal == "lunch" && m.Day == "Monday" select
m.Food).Single()``, ``(from d in drinks where ... select d).Count()``, ``.Sum()``, ``.Average()``, ``.Min()`` for the first,
``.Max()`` for the last, ``from s in sleep where s.Night == "A" || s.Night == "B" group s.Hours by s.Night into g select
(g.Key, g.Sum())`` for two compared, ``from n in nights group n.Hours by n.LastCoffee >= "3 pm" into g select (g.Key,
g.Average())`` for a habit, a day found by an inner ``(from t in meetings where t.Title == "X" select t.Day).First()``, and
repeats the last one with ``ans.Reissue(day: ans.Day.AddDays(-1))``. The query is put into the HTTP request line it stands
for (the collection as the path, its conditions the parameters, the member selected and the operator after it what is
selected), which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, RECORD_PATHS, day_named_by, habit_line, kind_pairs,
                                          pair_line, read_as_request, request_line, rerun, select_line)

_INNER = re.compile(r"\(\s*from\s+\w+\s+in\s+(?P<table>\w+)\s+where\s+(?P<conds>.+?)\s+select\s+\w+\.(?:Day|Night)"
                    r"\s*\)\s*\.\s*(?:First|Single)\(\)", re.I)
_QUERY = re.compile(r"^\s*\(\s*from\s+(?P<var>\w+)\s+in\s+(?P<table>\w+)\s+where\s+(?P<conds>.+?)\s+select\s+(?P<selected>\w+(?:\.\w+)?)"
                    r"\s*\)\s*\.\s*(?P<op>\w+)\(\)\s*(?:\+\s*1\s*)?$", re.I)
_GROUPED = re.compile(r"^\s*from\s+\w+\s+in\s+(?P<table>\w+)\s+(?:where\s+(?P<conds>.+?)\s+)?group\s+\w+(?:\.(?P<column>\w+))?\s+by\s+"
                      r"(?P<key>.+?)\s+into\s+\w+\s+select\s+\(\s*\w+\.Key\s*,\s*\w+\.(?P<op>\w+)\(\)\s*\)\s*$", re.I)
_CONDITION = re.compile(r'\w+\.(?P<key>\w+)\s*(?P<test>==|>=|<=|<|>)\s*(?:"(?P<text>[^"]*)"|(?P<word>[\w.]+))')
_KEYS = {"from": "from", "movedby": "movedby", "changedby": "movedby", "passenger": "flyer", "owner": "owner", "project": "project",
         "parent": "parent", "day": "day", "night": "night", "title": "title", "session": "label", "activity": "activity",
         "wokeon": "day"}
_KINDS = ("medium", "species", "relation", "kind", "meal")
_SELECTED = {"arrives": "landing", "arrival": "landing", "bedtime": "bed_time", "waketime": "wake_time", "start": "time",
             "time": "time", "newdate": "new_date", "bpm": "avg_bpm", "age": "age_next_birthday", "caffeinemg": "caffeine_mg"}
_OPERATORS = {"count": "count", "min": "first", "max": "last", "sum": "sum"}


def _conditions(text: str) -> dict[str, str]:
    """Each ``x.Member == value`` joined by ``&&``, by its member's name in lower case (a test other than "==" or ">=" left out)."""
    return {m["key"].lower(): m["text"] if m["text"] is not None else m["word"] for m in _CONDITION.finditer(text)
            if m["test"] in ("==", ">=")}


def _day_named(inner: re.Match[str], key: str) -> str | None:
    """An inner query's day: a meeting's (or the night after it), a workout's, the day someone said something."""
    said = re.search(r'\.Contains\(\s*"([^"]*)"\s*\)', inner["conds"])
    return day_named_by(inner["table"].lower(), _conditions(inner["conds"]), key, said[1] if said else None)


def _grouped(query: re.Match[str]) -> str | None:
    """A ``group ... by ... into g``: two days or nights compared, this week's coffees against last week's, or a habit."""
    conds, column, key = query["conds"] or "", (query["column"] or "").lower(), query["key"]
    either = re.findall(r'\w+\.(Day|Night)\s*==\s*"([^"]*)"', conds)
    if len(either) == 2 and "||" in conds:
        return pair_line(either[0][1], either[1][1], either[0][0] == "Night" or query["table"].lower() == "sleep", "caffeine" in column)
    if re.search(r"\bLastMonday\b", conds) and re.search(r"\.Week\b", key):
        return COFFEE_WEEKS
    threshold = re.fullmatch(r'\s*\w+\.(\w+)\s*>=\s*"?([^"]+?)"?\s*', key)
    if threshold is not None:
        return habit_line(threshold[1], threshold[2])
    return habit_line(measured=column) if re.fullmatch(r"\s*\w+\.(?:Trained|Workout\w*)\s*", key, re.I) else None


def _request(query: re.Match[str]) -> str | None:
    table, op = query["table"].lower(), query["op"].lower()
    conds = query["conds"]
    inner = _INNER.search(conds)
    tests = _conditions(_INNER.sub("", conds) if inner else conds)
    base = RECORD_PATHS.get(table, table)
    pairs = kind_pairs(base, tests, _KINDS)
    if "afterworkout" in tests:
        return request_line("meetings", [("after", tests["afterworkout"]), ("day", tests.get("day", "")), ("take", "next"),
                                         ("select", "attendees")])
    named = re.search(r"\.(Day|Night)\s*==\s*\(\s*from\b", conds, re.I)
    if inner is not None and named is not None and (day := _day_named(inner, named[1].lower())) is not None:
        pairs.append((named[1].lower(), day))
    for key, value in tests.items():
        if key in _KEYS and value and not re.fullmatch(r"(?:This|Last)Monday", value):
            pairs.append((_KEYS[key], value))
    if tests.get("day") == "ThisMonday":
        pairs.append(("week", "this"))
    member = query["selected"].split(".")[1].lower() if "." in query["selected"] else ""
    return select_line(base, pairs, _SELECTED.get(member, member), _OPERATORS.get(op, ""))


def _again(text: str) -> str | None:
    """``ans.Reissue(day: ans.Day.AddDays(-1))`` (or ``night: ans.Night.AddDays(-1)``), ``day: "X"``, ``who: "X"``, ``day:
    Today, until: Now``."""
    return rerun(text, r"\bday:\s*ans\.Day\.AddDays\(\s*-1\s*\)", r"\bnight:\s*ans\.Night\.AddDays\(\s*-1\s*\)",
                 r"\bday:\s*(?:DateTime\.)?Today\b", r"\buntil:\s*(?:DateTime\.)?Now\b", r'\b(day|who):\s*"([^"]*)"')


def from_linq(text: str) -> str:
    """``text`` as an English question when it is a LINQ query over the log or a reissue of the last one; else as it is."""
    if re.match(r'^\s*ans\.Reissue\(\s*select:\s*"Minutes"\s*\)\s*\.\s*Sum\(\)', text, re.I):
        return read_as_request(text, MEETING_MINUTES)
    if re.match(r"^\s*ans\.Reissue\(", text):
        return read_as_request(text, _again(text))
    if (grouped := _GROUPED.match(text)) is not None:
        return read_as_request(text, _grouped(grouped))
    query = _QUERY.match(text)
    return text if query is None else read_as_request(text, _request(query))
