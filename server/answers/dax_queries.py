"""A question typed as a DAX query over the log's Power BI model (DAX Studio), read as the English question it stands for.

A data manager asks in DAX, a space inside each bracket: ``EVALUATE CALCULATETABLE ( VALUES ( Meals[Food] ), Meals[Meal] =
"lunch", Meals[Day] = "Monday" )`` or ``SELECTCOLUMNS ( FILTER ( Meals, ... && ... ), "food", Meals[Food] )`` for a value,
``ROW ( "km", CALCULATE ( SUM ( Workouts[Km] ), ... ) )`` (``MIN``, ``MAX``, ``AVERAGE``, ``COUNTROWS``, ``SUMX``, ``MINX``,
``MAXX`` over a ``FILTER``) for a sum, a first, a last, a mean or a count, ``[Date] >= [WeekStart]`` for this week, ``DEFINE VAR
_d = LOOKUPVALUE ( Meetings[Day], Meetings[Title], "X" )`` (or ``CALCULATE ( MAX ( ...[Day] ), ... )``) for a day named by what
happened on it, ``TOPN ( 1, FILTER ( Meetings, Meetings[Start] > _end ) ... )`` after a workout's ``MAX ( Workouts[End] )`` for
the meeting after it, ``SUMMARIZECOLUMNS``/``ADDCOLUMNS`` over two days or nights joined by ``||`` for two compared (by a flag
for a habit), a ``ROW`` of two averages split at ``TIMEVALUE ( "9 pm" )`` or a number for a habit, of two counts from
``[WeekStart]`` and ``[WeekStart] - 7`` for this week's coffees against last week's; he reruns the last query redefining one
variable (``DEFINE VAR _shift = -1 -- rest as before``, ``_nightshift``, ``_day = INT ( NOW ( ) )``, ``_day = "X"``, ``_who =
"X"``) and asks ``EVALUATE ROW ( "minutes", [MeetingMinutes] )`` for that meeting's length. Tables are read by their names,
tests by their columns', into the HTTP request line the query stands for, which ``http_requests`` reads. Pure functions.
"""

from __future__ import annotations

import re

from server.answers.code_fields import COLUMN_NAMES, ordered_pairs, records
from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, day_named_by_record, habit_line,
                                          pair_line, read_as_request, request_line, rerun, select_line, selected_column)

_FIELDS = {"told_by": "from", "passenger": "traveller", "relation": "kind", "speaker": "giver", "value": "title", "topic": "kind"}
"""The test a column's name stands for where ``code_fields`` calls it otherwise (who told it, who flies, the workout)."""
_STATISTICS = {"SUM": "sum", "MIN": "first", "MAX": "last", "AVERAGE": ""}  # and their iterators, SUMX ...
_TERM = re.compile(r"(?P<ref>.+?\])\s*(?P<op>>=|<=|<>|==|=|>|<)\s*(?P<value>.+)", re.S)


def _split(text: str, separator: str) -> list[str]:
    """``text``'s parts between ``separator`` where it stands outside brackets and quoted strings."""
    parts, depth, start = [], 0, 0
    for token in re.finditer(rf"\"(?:[^\"]|\"\")*\"|'(?:[^']|'')*'|{re.escape(separator)}|.", text, re.S):
        if depth == 0 and token[0] == separator:
            parts, start = [*parts, text[start:token.start()].strip()], token.end()
        depth += (token[0] in ("(", "[")) - (token[0] in (")", "]"))
    return [*parts, text[start:].strip()]


def _call(text: str, name: str = r"[A-Z]+") -> tuple[str, list[str]] | None:
    """The function's name and arguments when ``text`` is one call of ``name`` (a pattern) and nothing more."""
    match = re.fullmatch(rf"\s*({name})\s*\((.*)\)\s*", text, re.S)
    return (match[1].upper(), _split(match[2], ",")) if match and len(_split(match[2], ")")) == 1 else None


def _ref(text: str) -> tuple[str, str] | None:
    """The records and the column (in snake case) a ``Table[Column]`` names."""
    match = re.fullmatch(r"\s*'?([\w ]+?)'?\s*\[\s*([^\]]+?)\s*\]\s*", text)
    column = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", match[2]).replace(" ", "_").lower() if match else ""
    return (records(match[1].strip()), column) if match else None


def _value(text: str, names: dict[str, object]) -> object:
    """A quoted string's text, a number, a variable's value, ``TIMEVALUE``'s text; None for anything else."""
    text = text.strip()
    if (quoted := re.fullmatch(r"\"((?:[^\"]|\"\")*)\"|(-?\d+(?:\.\d+)?)", text)) is not None:
        return (quoted[1] or "").replace('""', '"') if quoted[2] is None else quoted[2]
    if (timed := _call(text, "TIMEVALUE")) is not None and len(timed[1]) == 1:
        return _value(timed[1][0], names)
    return names.get(text.lower())


def _tests(terms: list[str], names: dict[str, object]) -> dict[str, str]:
    """The conditions' tests by column, with "@week", "@any"/"@values" (two joined by ``||``), "@after", "@gte" and "@unread"."""
    tests: dict[str, str] = {}
    for term in [part for term in terms for part in _split(term, "&&")]:
        sides = [(test, _ref(test["ref"])) for side in _split(term, "||") if (test := _TERM.fullmatch(side))]
        if not sides or len(sides) != len(_split(term, "||")) or not all(ref for _, ref in sides):
            tests["@unread"] = term
            continue
        (test, (_, column)), op = sides[0], sides[0][0]["op"]
        value = _value(test["value"], names)
        if len(sides) == 2 and op == sides[1][0]["op"] == "=":  # two days or nights: A || B
            tests.update({"@any": column, "@values": f"{value}|{_value(sides[1][0]['value'], names)}"})
        elif len(sides) == 1 and op == ">=" and re.fullmatch(r"\[\s*WeekStart\s*\]", test["value"].strip(), re.I):
            tests["@week"] = "this"
        elif len(sides) == 1 and op in ("=", "==") and isinstance(value, str):
            tests[_FIELDS.get(column, column)] = value
        elif len(sides) == 1 and op in ("=", "==") and isinstance(value, tuple) and value[0] == "day":  # a day named by a lookup
            tests["night" if column == "night" else "day"] = day_named_by_record(value[1], value[2], column) or ""
        elif len(sides) == 1 and op == ">" and isinstance(value, tuple) and value[0] == "end":  # after a workout's end
            tests.update({"@after": value[2].get("name", ""), "@day": value[2].get("day", "")})
        elif len(sides) == 1 and op == ">=" and isinstance(value, str):
            tests["@gte"] = f"{column}|{value}"
        elif not (len(sides) == 1 and op == "<" and isinstance(value, str)):  # the rest of a habit's split
            tests["@unread"] = term
    return tests


def _rows(text: str, names: dict[str, object]) -> tuple[str, list[str], str] | None:
    """The records, the conditions and the column (``VALUES``) of a table expression."""
    if (bare := re.fullmatch(r"\s*'?(\w+)'?\s*", text)) is not None:
        return records(bare[1]), [], ""
    if (ref := _ref(text)) is not None:  # a column grouped by
        return ref[0], [], ref[1]
    if (called := _call(text)) is None or not called[1]:
        return None
    name, args = called
    inner = _rows(args[1] if name == "TOPN" and len(args) > 1 else args[0], names)
    if inner is None or name not in ("FILTER", "CALCULATETABLE", "TOPN", "VALUES", "ALL", "DISTINCT"):
        return None
    return inner[0], inner[1] + (args[1:] if name in ("FILTER", "CALCULATETABLE") else []), inner[2]


def _scalar(text: str, names: dict[str, object]) -> tuple[str, list[str], str, str] | None:
    """The records, the conditions, the column and the statistic of a scalar expression (``CALCULATE``, an aggregate)."""
    if (called := _call(text)) is None or not called[1]:
        return None
    name, args = called
    if name == "CALCULATE" and (inner := _scalar(args[0], names)) is not None:
        return inner[0], inner[1] + args[1:], inner[2], inner[3]
    if name == "COUNTROWS" and len(args) == 1 and (rows := _rows(args[0], names)) is not None:
        return rows[0], rows[1], "", "count"
    ref, statistic = _ref(args[-1]), _STATISTICS.get(name[:-1] if len(args) == 2 and name.endswith("X") else name)
    rows = _rows(args[0], names) if len(args) == 2 else (ref[0], [], "") if ref and len(args) == 1 else None
    return (rows[0], rows[1], ref[1], statistic) if ref and rows and statistic is not None else None


def _selected(base: str, tests: dict[str, str], column: str, statistic: str) -> str | None:
    """A value, a sum, a first, a last or a count of the rows tested; a meal on a day named by its workout."""
    if base == "days" and column in ("breakfast", "lunch", "dinner") and "km" in tests:
        day = day_named_by_record("workouts", {"km": tests["km"], "verb": tests.get("activity_past", "did")}, "day")
        base, tests, column = "meals", {"meal": column, "day": day or ""}, "food"
    if {"@gte", "@any", "@unread", "@after"} & set(tests) or not base:
        return None
    statistic = statistic if statistic in ("sum", "count") or column in ("time", "start") else ""
    pairs = ordered_pairs(base, tests) + ([("week", "this")] if tests.get("@week") == "this" else [])
    return select_line(base, pairs, selected_column(column, base, COLUMN_NAMES) if column else "", statistic)


def _read(query: str, names: dict[str, object]) -> str | None:
    """The request line of the table expression an ``EVALUATE`` gives."""
    name, args = _call(query) or ("", [])
    if name == "CALCULATETABLE" and (rows := _rows(query, names)) is not None and rows[2]:
        return _selected(rows[0], _tests(rows[1], names), rows[2], "")
    if name == "SELECTCOLUMNS" and len(args) == 3 and (rows := _rows(args[0], names)) and (ref := _ref(args[2])):
        tests = _tests(rows[1], names)
        if "@after" in tests and (_call(args[0], "TOPN") or ("", ["", ""]))[1][0] == "1" and ref[1] == "attendees":
            return request_line("meetings", [("after", tests["@after"]), ("day", tests["@day"]), ("take", "next"),
                                             ("select", "attendees")])
        return _selected(rows[0], tests, ref[1], "")
    if name == "ROW" and len(args) == 2:
        if re.fullmatch(r"\[\s*\w*minutes\w*\s*\]", args[1], re.I):
            return MEETING_MINUTES  # the length of the meeting the last question selected
        return _selected(s[0], _tests(s[1], names), s[2], s[3]) if (s := _scalar(args[1], names)) else None
    if name == "ROW" and len(args) == 4 and all(s := [_scalar(arg, names) for arg in args[1::2]]):
        if s[0][3] == s[1][3] == "count" and s[0][0] == "coffees" and "[WeekStart] - 7" in re.sub(r"\s+", " ", query):
            return COFFEE_WEEKS
        tests = _tests(s[0][1], names)
        return habit_line(*tests["@gte"].replace("cup", "coffee").split("|", 1)) if set(tests) == {"@gte"} else None
    if name in ("SUMMARIZECOLUMNS", "ADDCOLUMNS") and len(args) >= 3 and (s := _scalar(args[-1], names)):
        grouped = _rows(args[0], names)  # the column grouped by, and (in ADDCOLUMNS) its FILTER
        rows = _rows(args[1], names) if name == "SUMMARIZECOLUMNS" and len(args) == 4 else grouped
        tests, by = _tests(rows[1], names) if rows else {"@unread": ""}, grouped[2] if grouped else ""
        if tests.get("@any") == by and "@unread" not in tests:  # two days or nights compared, A || B
            first, second = tests["@values"].split("|", 1)
            return pair_line(first, second, by == "night" or s[0] == "nights", re.search(r"mg|caffeine", s[2]) is not None)
        return habit_line(measured="cups" if re.search(r"coffee|cup", s[2]) else "hours") if not tests and "train" in by else None
    return None


def _defined(expr: str, names: dict[str, object]) -> object:
    """A variable's value: a text, or ("day", records, tests) for a day named by a lookup, ("end", records, tests) for a
    workout's end."""
    if (looked := _call(expr, "LOOKUPVALUE")) is not None and len(looked[1]) % 2 == 1 and (ref := _ref(looked[1][0])):
        pairs = zip(looked[1][1::2], looked[1][2::2])
        tests = {_FIELDS.get(c[1], c[1]): str(_value(v, names)) for r, v in pairs if (c := _ref(r))}
        return ("day", "tips" if "giver" in tests else ref[0], tests) if ref[1] in ("day", "night") else None
    if (s := _scalar(expr, names)) is not None and s[3] in ("last", "first"):
        tests = _tests(s[1], names)
        return ("day", "tips" if "giver" in tests else s[0], tests) if s[2] in ("day", "date") else \
            ("end", s[0], tests) if s[2] in ("end", "finish", "ended") else None
    return _value(expr, names)


def from_dax(text: str) -> str:
    """``text`` as an English question when it is a DAX query over the log or a rerun of the last; else as it is."""
    bare = "".join(token[0] for token in re.finditer(r"\"(?:[^\"]|\"\")*\"|(?:--|//)[^\n]*|.", text, re.S)
                   if not token[0].startswith(("--", "//"))).strip()  # without its comments
    match = re.fullmatch(r"(?:DEFINE\s+(?P<vars>(?:VAR\s+.+?)+?))?\s*(?:EVALUATE\s+(?P<query>.+))?", bare, re.S)
    if not bare or match is None or not (match["vars"] or match["query"]):
        return text
    if match["query"] is None:  # the last query again: the day or night before, today so far, another day or person
        return read_as_request(text, rerun(bare, r"^DEFINE\s+VAR\s+_shift\s*=\s*-\s*1$", r"^DEFINE\s+VAR\s+_night_?shift\s*=\s*-\s*1$",
                                           r"^DEFINE\s+VAR\s+_day\s*=\s*(?:INT\s*\(\s*)?(?:NOW|TODAY)\s*\(", r"\bNOW\s*\(",
                                           r"^DEFINE\s+VAR\s+_(who|day)\s*=\s*\"((?:[^\"]|\"\")*)\"$"))
    names: dict[str, object] = {}
    for var in re.findall(r"VAR\s+(\w+)\s*=\s*(.+?)\s*(?=\bVAR\s+\w+\s*=|$)", match["vars"] or "", re.S):
        names[var[0].lower()] = _defined(var[1], names)
    return read_as_request(text, _read(match["query"], names))
