"""A question typed as an expression for the Immediate window of Microsoft Access, read as the English question it stands
for.

An office manager asks as one expression: ``Debug.Print DLookup("food", "tbl_Meals", "meal = 'lunch' AND log_day =
'Monday'")`` for a value, ``DSum(...)``, ``DCount("*", ...)``, ``DMin(...)`` (the first) or ``DMax(...)`` (the last), ``DoCmd.
OpenReport "rptAttendees", ..., "meeting = 'X' AND ..."`` for who was there, ``log_day >= dtMonday`` for this week, ``DSum(A)
> DSum(B)`` for two compared, ``DAvg(A) - DAvg(B)`` for a habit, a ``DLookup('day', ...)`` in the criteria for a day named by
what happened on it; she sets a variable and requeries (``dtDay = dtDay - 1: Me.Requery``). The expression is put into the HTTP
request line it stands for (the table as the path, the criteria its parameters, the field what is selected), which
``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, QUERY_KEYS, RECORD_PATHS, day_named_by_record, habit_line, kind_pairs,
                                          pair_line, read_as_request, request_line, rerun, select_line, selected_column)

_CALL = re.compile(r"\b(?P<f>DLookup|DSum|DCount|DMin|DMax|DAvg)\(\s*\"(?P<field>[^\"]*)\"\s*,\s*\"(?P<table>\w+)\"\s*"
                   r"(?:,\s*\"(?P<criteria>[^\"]*)\")?\s*\)")
_REPORT = re.compile(r"\bDoCmd\.OpenReport\s+\"\w+\"\s*,[^\"]*\"(?P<criteria>[^\"]*)\"")
_CONDITION = re.compile(r"\b(?P<key>\w+)\s*(?P<test>>=|=)\s*(?:'(?P<text>(?:[^']|'')*)'|(?P<call>\w+\('(?:[^']|'')*'(?:\s*,\s*'(?:[^']|'')*')*\))"
                        r"|(?P<word>[\w.]+))")
_TABLES = {"coffee": "coffees", "projects": "launches", "family": "people"}
_KEYS = {**QUERY_KEYS, "moved_by": "movedby", "owner": "owner", "label": "label", "activity": "activity", "verb": "activity",
         "pax": "flyer", "told_by": "movedby", "meeting": "title", "log_day": "day", "log_night": "night", "log_morning": "day"}
_KINDS = ("kind", "species", "child", "meal")
_COLUMNS = {"lands_at": "landing", "pet_name": "name", "launch_on": "new_date", "turns": "age_next_birthday", "drunk_at": "time",
            "starts_at": "time", "slept_at": "bed_time", "venue": "place"}
_AGGREGATES = {"DSum": "sum", "DMin": "first", "DMax": "last", "DCount": "count"}


def _table(name: str) -> str:
    """The records a table stands for: its name without "tbl_" ("tbl_Meals": meals)."""
    bare = name.lower().removeprefix("tbl_")
    return _TABLES.get(bare) or RECORD_PATHS.get(bare, bare)


def _conditions(criteria: str) -> dict[str, str]:
    """The tests of a criteria string by field (a quote written twice is one), "after" for what ``NextAfter('X')`` names,
    and "week" for a day at or after ``dtMonday``."""
    found: dict[str, str] = {}
    for match in _CONDITION.finditer(criteria.replace("''", "'") if "DLookup" not in criteria else criteria):
        key, call = match["key"].lower(), match["call"]
        if call and call.lower().startswith("nextafter"):
            found["after"] = re.search(r"'([^']*)'", call)[1]  # type: ignore[index]
        elif call:
            found[key] = call  # a day named by what happened on it: read by ``_named_day``
        elif match["test"] == ">=" and (match["word"] or "").lower() == "dtmonday":
            found["week"] = "this"
        elif match["test"] == "=":
            value = match["text"].replace("''", "'") if match["text"] is not None else match["word"]
            found[key] = value.lower() if key in (*_KINDS, "activity", "verb") else value
    return found


def _named_day(call: str, key: str) -> str | None:
    """``DLookup('day', 'tbl_Meetings', 'title = ''X''')``: the day (or ``key`` "night": the night after) named by what the
    inner lookup's criteria say happened."""
    inner = re.fullmatch(r"DLookup\('day',\s*'(\w+)',\s*'((?:[^']|'')*)'\)", call)
    if inner is None:
        return None
    records, tests = _table(inner[1]), _conditions(inner[2].replace("''", "'"))
    return day_named_by_record(records, tests, key)


def _lookup(function: str, field: str, table: str, criteria: str) -> str:
    base = _table(table)
    tests = _conditions(criteria)
    if "after" in tests and base == "meetings":
        return request_line("meetings", [("after", tests["after"]), ("day", tests.get("log_day", "")), ("take", "next"),
                                         ("select", "attendees")])
    pairs = kind_pairs(base, {"kind" if key == "child" else key: value for key, value in tests.items()}, ("kind", "species", "meal"))
    for key, value in tests.items():
        if value.startswith("DLookup("):
            if (day := _named_day(value, key)) is not None:
                pairs.append((key, day))
        elif key in _KEYS and value and key not in ("child",):
            pairs.append((_KEYS[key], value))
    if tests.get("week") == "this":
        pairs.append(("week", "this"))
    if function == "DCount":
        return select_line(base, pairs, "", "count")
    return select_line(base, pairs, selected_column(field, base, _COLUMNS), _AGGREGATES.get(function, ""))


def _expression(text: str) -> str | None:
    calls = list(_CALL.finditer(text))
    report = _REPORT.search(text)
    if report is not None:
        return _lookup("DLookup", "attendees", "tbl_Meetings", report["criteria"])
    if not calls:
        return None
    first = calls[0]
    if len(calls) == 2 and first["f"] == "DAvg":  # a habit: the average on days that pass a test, less on the others
        flag = re.search(r"(\w+)\s*>=\s*'?([^']+?)'?\s*$", first["criteria"] or "")
        if flag is not None:
            column = "last_coffee_at" if "coffee" in first["table"].lower() and "mg" not in flag[1] else flag[1]
            return habit_line(column, flag[2])
        return habit_line(measured="cups" if first["field"].lower() in ("cups", "coffees") else "hours")
    if len(calls) == 2 and ">" in text[first.end():calls[1].start()]:
        if first["f"] == "DCount" and _table(first["table"]) == "coffees":
            return COFFEE_WEEKS  # this week's count against the week before's
        one, other = (re.search(r"=\s*'([^']*)'", call["criteria"] or "") for call in calls)
        if one is None or other is None:
            return None
        base = _table(first["table"])
        return pair_line(one[1], other[1], base == "nights", "caffeine" in first["field"].lower())
    return _lookup(first["f"], first["field"], first["table"], first["criteria"] or "")


def _again(text: str) -> str | None:
    """``dtDay = dtDay - 1: Me.Requery`` (or ``dtNight``), ``dtDay = Date`` (today), ``dtDay = "X"`` or ``strWho = "X"``."""
    named = re.sub(r"\bstrWho\b", "who", re.sub(r"\bdtDay\b", "day", text))
    return rerun(named, r"\bday\s*=\s*day\s*-\s*1\b", r"\bdtNight\s*=\s*dtNight\s*-\s*1\b", r"\bday\s*=\s*Date\b", r"\bday\s*=\s*Date\b",
                 r"\b(day|who)\s*=\s*\"([^\"]*)\"")


def from_ms_access(text: str) -> str:
    """``text`` as an English question when it is an Access expression over the log or a requery of the last; else as it
    is."""
    if re.search(r"\bMe\.Requery\b", text):
        return read_as_request(text, _again(text))
    if not re.match(r"^\s*(?:Debug\.Print|DoCmd\.OpenReport)\s", text):
        return text
    if re.search(r"\bminutes\b", text) and re.search(r"&\s*strTitle\b", text):
        return read_as_request(text, MEETING_MINUTES)  # the same meeting's length, by the variables of the last expression
    return read_as_request(text, _expression(text))
