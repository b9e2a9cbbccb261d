"""A question typed as one PHP statement over the log's arrays (php -a), read as the English question it stands for.

A web developer who keeps his diary as decoded arrays asks at the shell: ``echo array_values(array_filter($meals, fn($m) =>
$m['day'] == 'Monday' && $m['meal'] == 'lunch'))[0]['food'];`` for a value, ``implode(', ', array_column(..., 'person'))`` for
a list, ``count(array_filter(...))``, ``array_sum(array_column(...))``, ``min``/``max`` for the first and the last, ``>=
date('Y-m-d', strtotime('monday this week'))`` for this week, ``in_array($m['day'], array_column(...))``, ``$dayOf('X')`` or
``$saidOn('who', 'X')`` for a day named by what happened on it, ``$m['start'] > $end('X', 'day')`` for the meeting after a
workout, ``$sum($coffee, 'day', 'A', 'mg') <=> $sum(...)`` (or ``> ... ? 'A' : 'B'``) for two compared, two ``$avg(...)`` of
``fn($s) => $s['last_cup'] >= '9 pm'`` (or ``$s['workout']``) and its opposite for a habit; a rerun of the last query, kept as a
closure: ``echo $q('X');``, ``$q(who: 'X')``, ``$q($prev($d))``, ``$q(night: $prev($n))``, ``$q(date('d/m/Y'))``, and ``echo
$last['minutes'];`` for that meeting's length. Arrays are read by their names, tests by their keys, into the HTTP request line
the statement stands for, which ``http_requests`` reads. Pure functions of the text.
"""
from __future__ import annotations

import re

from server.answers.code_fields import COLUMN_NAMES, FIELD_KEYS, ordered_pairs, records
from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, day_named_by_record, habit_line,
                                          pair_line, read_as_request, request_line, rerun, select_line, selected_column)

_TERM = re.compile(r"^\$\w+\[\s*'(?P<field>\w+)'\s*\]\s*(?P<op>===|==|>=|<=|>|<)\s*(?P<value>.+)$", re.S)
_WEEK = re.compile(r"strtotime\(\s*'monday this week'\s*\)", re.I)
_STATISTICS = {"array_sum": "sum", "min": "first", "max": "last", "count": "count"}
"""What a call around an ``array_column`` (an ``array_filter`` for a count) takes of it."""


def _split(text: str, separator: str) -> list[str]:
    """``text``'s parts between ``separator`` where it stands outside brackets and quoted strings."""
    parts, depth, start = [], 0, 0
    for token in re.finditer(rf"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|{re.escape(separator)}|.", text, re.S):
        if depth == 0 and token[0] == separator:
            parts, start = [*parts, text[start:token.start()].strip()], token.end()
        depth += (token[0] in ("(", "[")) - (token[0] in (")", "]"))
    return [*parts, text[start:].strip()]


def _call(text: str, name: str) -> list[str] | None:
    """The arguments of ``text`` when it is one call of ``name`` (a pattern) and nothing more."""
    match = re.match(rf"^\s*(?:{name})\s*\((.*)\)\s*$", text, re.S)
    return _split(match[1], ",") if match and len(_split(match[1], ")")) == 1 else None


def _value(text: str) -> str | None:
    """A quoted string's text or a number; None for anything else."""
    match = re.fullmatch(r"\s*(?:'((?:[^'\\]|\\.)*)'|\"((?:[^\"\\]|\\.)*)\"|(-?\d+(?:\.\d+)?))\s*", text)
    return None if match is None else re.sub(r"\\(.)", r"\1", next(group for group in match.groups() if group is not None))


def _filter(text: str) -> dict[str, str] | None:
    """An ``array_filter``'s equality tests by field (a day named by what happened on it as the day's), with "@records",
    "@week" ("this" or "last"), "@after" (a workout), "@habit" (at least), "@below", "@flag" and "@unread" (not read)."""
    match = re.fullmatch(r"\s*array_filter\(\s*\$(\w+)\s*,\s*fn\s*\(\s*\$\w+\s*\)\s*=>\s*(.+)\)\s*", text, re.S)
    if match is None or _call(text, "array_filter") is None:
        return None
    tests = {"@records": records(match[1])}
    for term in _split(match[2], "&&"):
        test, joined = _TERM.match(term), _call(term, "in_array") or []
        if (flag := re.fullmatch(r"(!?)\s*\$\w+\[\s*'(\w+)'\s*\]", term)) is not None:
            tests.update({} if flag[1] else {"@flag": flag[2]})
        elif len(joined) == 2 and (column := _call(joined[1], "array_column")) and (inner := _filter(column[0])):
            key = "night" if "'night'" in joined[0] else "day"
            inner = {("giver" if field == "from" else field): value for field, value in inner.items()}
            tests[key] = day_named_by_record(inner["@records"], inner, key) or ""
        elif test is None:
            tests["@unread"] = term
        elif _WEEK.search(test["value"]):
            tests["@week"] = "this" if test["op"] == ">=" else "last"
        elif (value := _value(test["value"])) is not None:
            field = "activity" if test["field"] == "kind" and tests["@records"] == "workouts" else test["field"]
            tests.update({field: value} if test["op"] in ("==", "===") else {"@habit": habit_line(field, value)}
                         if test["op"] == ">=" else {"@below": value})
        elif (helper := re.fullmatch(r"\$(\w+)\((.*)\)", test["value"].strip(), re.S)) is not None:
            said, key = [value for arg in _split(helper[2], ",") if (value := _value(arg)) is not None], test["field"]
            if test["op"] == ">" and said:  # a start after the end of a workout: $end('X', 'day')
                tests["@after"] = said[0]
            elif said:  # $saidOn('who', 'X'): the day they mentioned it; $dayOf('X'): a meeting's day (or the night after it)
                named = {"giver": said[0], "title": said[-1]} if "said" in helper[1].lower() else {"title": said[0]}
                tests[key] = day_named_by_record("tips" if "giver" in named else "meetings", named, key) or ""
        else:
            tests["@unread"] = term
    return tests


def _pairs(tests: dict[str, str]) -> list[tuple[str, str]]:
    """The request's parameters for a filter's tests (``ordered_pairs``; "who" is a flight's traveller), then this week."""
    base = tests["@records"]
    keys = {**FIELD_KEYS, "who": "flyer" if base == "flights" else "from"}
    return ordered_pairs(base, tests, keys) + ([("week", "this")] if tests.get("@week") == "this" else [])


def _column_of(text: str) -> tuple[str, str]:
    """The rows an ``array_column`` takes a column of, and the column."""
    args = _call(text, "array_column") or []
    return (args[0], _value(args[1]) or "") if len(args) == 2 else ("", "")


def _select(rows: str, column: str, statistic: str = "") -> str | None:
    """A request for ``column`` (its ``statistic``) of the rows an ``array_filter`` keeps."""
    tests = _filter(rows)
    if tests is None or {"@unread", "@habit", "@below", "@flag", "@after"} & set(tests) or tests.get("@week") == "last" or \
            not column and statistic != "count":  # a test it cannot ask by
        return None
    base, name = tests["@records"], column.lower()  # a workout's kind is its activity, a tip's place a town
    column = "activity" if (base, name) == ("workouts", "kind") else "town" if (base, name) == ("tips", "place") else name
    return select_line(base, _pairs(tests), selected_column(column, base, COLUMN_NAMES) if column else "", statistic)


def _selected(expr: str) -> str | None:
    """A value, a list, a sum, a count, a first or a last taken from one ``array_filter``; the meeting after a workout."""
    if (picked := re.fullmatch(r"(.+)\[\s*0\s*\]\s*\[\s*'(\w+)'\s*\]", expr, re.S)) is not None:
        return _select((_call(picked[1], "array_values") or [picked[1]])[0], picked[2])
    if len(listed := _call(expr, "implode|join") or []) == 2:
        if (helper := _call(listed[1], r"\$\w+")) is None:
            return _select(*_column_of(listed[1]))
        row = re.fullmatch(r"array_values\((.+)\)\[\s*0\s*\]", helper[0], re.S)  # $attendeesOf(the first meeting after)
        tests = (_filter(row[1]) if row else None) or {}
        return request_line("meetings", [("after", tests["@after"]), ("day", tests.get("day", "")), ("take", "next"),
                                         ("select", "attendees")]) if "@after" in tests else None
    name = re.match(r"\s*(\w+)\s*\(", expr)
    if name is None or name[1] not in _STATISTICS or not (args := _call(expr, name[1])):
        return None
    statistic = _STATISTICS[name[1]]
    return _select(args[0], "", statistic) if statistic == "count" else _select(*_column_of(args[0]), statistic)


def _compared(first: str, second: str) -> str | None:
    """Two sums of days or nights (``$sum($t, 'day', 'A', 'mg')``), this week's coffees against last week's, or a habit."""
    sums = [_call(side, r"\$\w+") or [] for side in (first, second)]
    if len(sums[0]) == len(sums[1]) == 4:
        nights = _value(sums[0][1]) == "night" or records(sums[0][0][1:]) == "nights"
        caffeine = re.search(r"mg|caffeine", sums[0][3]) is not None
        return pair_line(_value(sums[0][2]) or "", _value(sums[1][2]) or "", nights, caffeine)
    weeks = [_filter((_call(side, "count") or [""])[0]) or {} for side in (first, second)]
    if weeks[0].get("@records") == "coffees" and {weeks[0].get("@week"), weeks[1].get("@week")} == {"this", "last"}:
        return COFFEE_WEEKS
    rows, column = _column_of((sums[0] or [""])[0])  # $avg(array_column(array_filter(...), 'hours'))
    tests = _filter(rows) or {"@unread": rows}
    if "@unread" in tests or "@habit" in tests:
        return tests.get("@habit")
    return habit_line(measured="cups" if re.search(r"coffee|cup", column) else "hours") if tests.get("@flag") else None


def from_php(text: str) -> str:
    """``text`` as an English question when it is a PHP ``echo`` over the log's arrays or a rerun of the last; else as it is."""
    statement = re.match(r"^\s*echo\s+(.+?)\s*;?\s*$", text, re.S)
    if statement is None or not re.match(r"\$\w+|(?:array_\w+|implode|join|count|min|max)\(", statement[1]):
        return text
    if re.fullmatch(r"\$\w+\[\s*'minutes'\s*\]", expr := statement[1]):
        return read_as_request(text, MEETING_MINUTES)  # the same meeting's length, by the row the last query kept
    if _call(expr, r"\$\w+") is not None:  # the last query again: the day or night before, today so far, another day or person
        return read_as_request(text, rerun(expr, r"^\$\w+\(\s*(?:day:\s*)?\$\w+\(", r"^\$\w+\(\s*night:\s*\$\w+\(",
                                           *[r"^\$\w+\(\s*date\("] * 2, r"^\$\w+\(\s*(?:(who|day):\s*)?'([^']*)'\s*\)$"))
    if len(sides := _split(expr, "<=>")) == 2 or len(branches := _split(expr, "?")) == 2 and \
            len(sides := re.split(r"\s+[<>]\s+", branches[0])) == 2:  # two compared by the spaceship, or by "a > b ? A : B"
        return read_as_request(text, _compared(*sides))
    return read_as_request(text, _selected(expr))
