"""A question typed as an ABAP Open SQL statement over the log's tables, read as the English question it stands for.

An SAP consultant asks as one statement: ``SELECT SINGLE food FROM zmeals WHERE meal = 'LUNCH' AND day = 'Monday' INTO
@DATA(ls_food).`` for a value, ``SELECT FROM zworkouts FIELDS SUM( km ) WHERE ...`` (or ``MIN( ... )`` for the first, ``MAX(
... )`` for the last, ``COUNT(*)`` for a count), ``day >= lv_monday`` for this week, ``WHERE day IN ( 'A', 'B' )`` for two
compared, ``AVG( hours ) ... GROUP BY late`` for a habit, ``day IN ( SELECT day FROM ... )`` for a day named by what happened
on it; he sets a variable and runs the statement again (``lv_day = lv_day - 1. PERFORM rerun.``). The statement is put into
the HTTP request line it stands for (the table as the path, its conditions the parameters, what it selects the column),
which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, QUERY_KEYS, RECORD_PATHS, day_named_by_record, habit_line, kind_pairs,
                                          pair_line, read_as_request, request_line, rerun, select_line, selected_column)

_QUOTED = r"'((?:[^']|'(?=[a-z]))*)'"
"""A quoted value; an apostrophe before a lower-case letter is a word's own ("romi'ad"), not the quote's end."""
_STATEMENT = re.compile(r"^\s*SELECT\s+(?:SINGLE\s+)?(?P<columns>.*?)\s*FROM\s+(?P<table>\w+)(?:\s+FIELDS\s+(?P<fields>.+?))?"
                        r"(?:\s+WHERE\s+(?P<where>.+?))?(?:\s+GROUP\s+BY\s+(?P<group>\w+))?\s+INTO\s", re.I)
_CONDITION = re.compile(r"\b(?P<key>\w+)\s*(?P<test>=|>=)\s*(?:'(?P<text>(?:[^']|'(?=[a-z]))*)'|(?P<call>\w+\(\s*'[^']*'\s*\))|(?P<word>[\w.-]+))")
_INNER = re.compile(r"\b(?P<key>day|night)\s+IN\s*\(\s*SELECT\s+day\s+FROM\s+(?P<table>\w+)\s+WHERE\s+(?P<where>[^()]+?)\s*\)", re.I)
_TABLES = {"coffee": "coffees", "projects": "launches", "attendance": "meetings"}
_KEYS = {**QUERY_KEYS, "moved_by": "movedby", "owner": "owner", "label": "label", "activity": "activity", "verb": "activity",
         "morning": "day", "meeting": "title", "source": "movedby"}
_KINDS = ("kind", "species", "relation", "meal")
_COLUMNS = {"arrival": "landing", "pet_name": "name", "launch_on": "new_date", "age_next": "age_next_birthday", "attendee": "attendees",
            "drunk_at": "time", "starts_at": "time", "slept_at": "bed_time"}
_AGGREGATES = {"SUM": "sum", "MIN": "first", "MAX": "last"}


def _table(name: str) -> str:
    """The records a table stands for: its name without the customer namespace's "z" ("zmeals": meals)."""
    bare = name.lower().removeprefix("z")
    return _TABLES.get(bare) or RECORD_PATHS.get(bare, bare)


def _conditions(where: str, base: str) -> dict[str, str]:
    """The tests of a WHERE clause by column: kinds and activities in lower case ('BOOK': book), a project named by its
    launch's "name", and what ``next_after( 'X' )`` names as "after"."""
    found: dict[str, str] = {}
    for match in _CONDITION.finditer(where):
        key = match["key"].lower()
        if match["call"]:
            inner = re.search(r"'([^']*)'", match["call"])
            found["after" if match["call"].lower().startswith("next_after") else key] = inner[1] if inner else ""
            continue
        value = match["text"] if match["text"] is not None else match["word"]
        if match["test"] == ">=" and value.lower().startswith("lv_mon"):
            found["week"] = "this"
            continue
        if key in (*_KINDS, "activity", "verb"):
            value = value.lower()
        found["project" if key == "name" and base == "launches" else key] = value
    return found


def _pairs(base: str, tests: dict[str, str]) -> list[tuple[str, str]]:
    pairs = kind_pairs(base, tests, _KINDS)
    pairs += [(_KEYS[key], value) for key, value in tests.items() if key in _KEYS and value]
    return pairs + ([("week", "this")] if tests.get("week") == "this" else [])


def _habit(columns: str, table: str, where: str) -> str | None:
    """``SELECT late, AVG( hours ) FROM zsleep_dinner WHERE dinner_at >= '9 pm' GROUP BY late`` (a night's column at a
    value or more: the coffee's, the dinner's, the day's caffeine), ``... GROUP BY exercised`` (workout days)."""
    flag = re.search(r"\b(\w+)\s*>=\s*'?([^'\s]+(?:\s*[ap]m)?)'?", where)
    if flag is not None:
        column = flag[1].lower()
        if "coffee" in table.lower() and "caffeine" not in column:
            column = "last_coffee_at"
        return habit_line(column, flag[2])
    measured = re.search(r"AVG\(\s*(\w+)\s*\)", columns, re.I)
    return habit_line(measured="cups" if measured and measured[1].lower() in ("cups", "coffees") else "hours")


def _statement(text: str) -> str | None:
    found = _STATEMENT.match(text)
    if found is None:
        return None
    table, where, columns = found["table"], found["where"] or "", found["columns"] or ""
    base = _table(table)
    either = re.search(r"\b(day|night)\s+IN\s*\(\s*" + _QUOTED + r"\s*,\s*" + _QUOTED + r"\s*\)", where, re.I)
    if either is not None:
        return pair_line(either[2], either[3], either[1].lower() == "night" or base == "nights", "caffeine" in text.lower())
    if re.search(r"\bweek\b", columns, re.I) and base == "coffees":
        return COFFEE_WEEKS
    if found["group"] and re.search(r"AVG\(", columns, re.I):
        return _habit(columns, table, where)
    inner, day = _INNER.search(where), None
    if inner is not None:
        records = _table(inner["table"])
        named = _conditions(inner["where"], records)
        day = day_named_by_record(records, named, inner["key"].lower())
        where = where[: inner.start()] + where[inner.end():]
    tests = _conditions(where, base)
    if "after" in tests and base == "meetings":
        return request_line("meetings", [("after", tests["after"]), ("day", tests.get("day", "")), ("take", "next"),
                                         ("select", "attendees")])
    aggregate = re.search(r"\b(SUM|MIN|MAX|COUNT)\(\s*(\*|\w+)\s*\)", found["fields"] or "", re.I)
    if aggregate is not None and aggregate[1].upper() == "COUNT":
        column, statistic = "", "count"
    elif aggregate is not None:
        column, statistic = selected_column(aggregate[2], base, _COLUMNS), _AGGREGATES[aggregate[1].upper()]
    else:
        column, statistic = selected_column(columns.split(",")[-1].strip(), base, _COLUMNS), ""
    pairs = _pairs(base, tests) + ([(inner["key"].lower(), day)] if inner is not None and day else [])
    return select_line(base, pairs, column, statistic)


def _again(text: str) -> str | None:
    """``lv_day = lv_day - 1. PERFORM rerun.`` (or ``lv_night``), ``lv_day = sy-datum.`` (today), ``lv_day = 'X'.`` or
    ``lv_who = 'X'.`` (another day or person)."""
    return rerun(text, r"\blv_day\s*=\s*lv_day\s*-\s*1\b", r"\blv_night\s*=\s*lv_night\s*-\s*1\b", r"\blv_day\s*=\s*sy-datum\b",
                 r"\bsy-datum\b", r"\blv_(day|who)\s*=\s*" + _QUOTED)


def from_abap(text: str) -> str:
    """``text`` as an English question when it is an ABAP Open SQL statement over the log or a rerun of the last; else as
    it is."""
    if re.search(r"\bPERFORM\s+rerun\b", text):
        return read_as_request(text, _again(text))
    if not re.match(r"^\s*SELECT\s", text) or not re.search(r"\sINTO\s+(?:TABLE\s+)?@DATA\(", text):
        return text
    if re.search(r"\bminutes\b", text) and re.search(r"=\s*lv_title\b", text):
        return read_as_request(text, MEETING_MINUTES)  # the same meeting's length, by the variables of the last statement
    return read_as_request(text, _statement(text))
