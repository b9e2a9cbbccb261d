"""A question typed as an Apache Pig Latin script over the log's relations, read as the English question it stands for.

An analyst asks as one script: ``r = FILTER meals BY meal == 'lunch' AND day == 'Monday'; t = FOREACH r GENERATE dish; DUMP
t;``, ``g = GROUP r ALL; t = FOREACH g GENERATE COUNT(r);`` (or ``SUM(r.km)``, ``AVG(r.bpm)``, ``MIN(r.at)`` for the first,
``MAX(r.at)`` for the last), ``GROUP r BY night`` over two nights for a comparison, ``GROUP n BY late`` for a habit, ``JOIN m
BY day, w BY day`` for a day named by what happened on it, and works on the last result (``prev = FOREACH last GENERATE day -
1;``). The script is put into the HTTP request line it stands for (the relation filtered as the path, its conditions the
parameters, what is generated what is selected), which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, QUERY_KEYS, RECORD_PATHS, SELECTED_COLUMNS, day_named_by,
                                          habit_line, kind_pairs, pair_line, read_as_request, request_line, rerun, select_line,
                                          tested_values)

_FILTER = re.compile(r"^(\w+)\s*=\s*FILTER\s+(\w+)\s+BY\s+(.+)$")
_GROUP = re.compile(r"^(\w+)\s*=\s*GROUP\s+(\w+)\s+(?:ALL|BY\s+(.+))$")
_FOREACH = re.compile(r"^(\w+)\s*=\s*FOREACH\s+(\w+)\s+GENERATE\s+(.+)$")
_JOIN = re.compile(r"^(\w+)\s*=\s*JOIN\s+(\w+)\s+BY\s+(\w+)\s*,\s*(\w+)\s+BY\s+(\w+)$")
_CONDITION = re.compile(r"\b(?P<key>\w+)\s*(?P<test>==|>=|<=|<|>|MATCHES)\s*(?:'(?P<text>[^']*)'|(?P<call>\w+\(\))|(?P<word>[\w.]+))")
_KEYS = {**QUERY_KEYS, "from": "from", "movedby": "movedby", "passenger": "flyer", "owner": "owner", "activity": "activity"}
_KINDS = ("kind", "medium", "species", "relation", "meal")
_SELECTED = {**SELECTED_COLUMNS, "arrives": "landing", "age": "age_next_birthday"}
_AGGREGATES = {"SUM": "sum", "MIN": "first", "MAX": "last", "COUNT": "count"}


def _conditions(text: str) -> dict[str, str]:
    """Each ``col == value`` (or ``>=``) by its column, and what ``text MATCHES '.*X.*'`` as "said"."""
    return tested_values(_CONDITION.finditer(text), "MATCHES")


def _pairs(base: str, tests: dict[str, str]) -> list[tuple[str, str]]:
    """The request's parameters for a relation's tests: what kind of record, then the values it is filtered by."""
    pairs = kind_pairs(base, tests, _KINDS)
    pairs += [(_KEYS[key], value) for key, value in tests.items() if key in _KEYS and value and not value.endswith("()")]
    return pairs + ([("week", "this")] if tests.get("day") == "ThisMonday()" else [])


def _generated(generate: str, base: str, pairs: list[tuple[str, str]]) -> str:
    """The request line for what the last ``FOREACH ... GENERATE`` produces from a relation of ``base``."""
    aggregate = re.fullmatch(r"(SUM|AVG|MIN|MAX|COUNT)\(\s*\w+(?:\.(?:\w+::)?(\w+))?\s*\)", generate.strip())
    if aggregate is not None:
        column = (aggregate[2] or "").lower()
        return select_line(base, pairs, _SELECTED.get(column, column), _AGGREGATES.get(aggregate[1], ""))
    column = re.sub(r"^\w+::", "", generate.strip().split()[0]).lower()
    if base == "tips" and column == "venue":
        column = "name"  # a recommended restaurant's name, not where a meal was had
    return select_line(base, pairs, _SELECTED.get(column, "place" if column == "venue" else column))


def _script(statements: list[str]) -> str | None:
    filters = {m[1]: (m[2].lower(), m[3]) for m in map(_FILTER.match, statements) if m}
    groups = {m[1]: (m[2], m[3] or "") for m in map(_GROUP.match, statements) if m}
    foreach = [m for m in map(_FOREACH.match, statements) if m]
    if not foreach:
        return None
    final = foreach[-1]
    if final[3].startswith("group,"):
        grouped, by = groups.get(final[2], ("", ""))
        table, conds = filters.get(grouped, (grouped.lower(), ""))
        either = re.findall(r"\b(day|night)\s*==\s*'([^']*)'", conds)
        if len(either) == 2 and " OR " in conds:
            return pair_line(either[0][1], either[1][1], either[0][0] == "night" or table == "sleep", "caffeine" in final[3].lower())
        if by.startswith("WeekOf(") and table == "drinks":
            return COFFEE_WEEKS
        flag = next((m for m in map(_FOREACH.match, statements) if m and m[1] == grouped), None)
        threshold = re.search(r"(\w+)\s*>=\s*'?([^',;]+?)'?\s+AS\s+" + re.escape(by.strip()) + r"\b", flag[3]) if flag else None
        if threshold is not None:
            return habit_line(threshold[1], threshold[2])
        measured = re.search(r"AVG\(\s*\w+\.(\w+)\s*\)", final[3])
        if re.fullmatch(r"(?:trained|workout\w*)", by.strip(), re.I) and measured:
            return habit_line(measured="cups" if "cup" in measured[1] or "coffee" in measured[1] else measured[1])
        return None
    source = groups[final[2]][0] if final[2] in groups else final[2]
    join = next((m for m in map(_JOIN.match, statements) if m and m[1] == source), None)
    if join is not None:  # the relation generated from (its fields named "m::dish"), and the other one naming its day
        prefix = re.search(r"(\w+)::", final[3])
        main = prefix[1] if prefix else join[2]
        key, other = (join[3], join[4]) if main == join[2] else (join[5], join[2])
        table, conds = filters.get(main, (main.lower(), ""))
        base = RECORD_PATHS.get(table, table)
        other_table, other_conds = filters.get(other, (other.lower(), ""))
        named = _conditions(other_conds)
        day = day_named_by(RECORD_PATHS.get(other_table, other_table), named, key.lower(), named.pop("said", None))
        return _generated(final[3], base, _pairs(base, _conditions(conds)) + ([(key.lower(), day)] if day else []))
    table, conds = filters.get(source, (source.lower(), ""))
    base = RECORD_PATHS.get(table, table)
    tests = _conditions(conds)
    if "after" in tests and base == "meetings":
        return request_line("meetings", [("after", tests["after"]), ("day", tests.get("day", "")), ("take", "next"), ("select", "attendees")])
    return _generated(final[3], base, _pairs(base, tests))


def _again(text: str) -> str | None:
    """``prev = FOREACH last GENERATE day - 1;`` (or ``night - 1``), ``FILTER last BY day == 'X'`` (or ``who``), ``FILTER last BY
    day == Today() AND clock <= Now()``."""
    return rerun(text, r"\bGENERATE\s+day\s*-\s*1\b", r"\bGENERATE\s+night\s*-\s*1\b", r"\bday\s*==\s*Today\(\)",
                 r"\bclock\s*<=?\s*Now\(\)", r"\b(day|who)\s*==\s*'([^']*)'")


def from_pig_latin(text: str) -> str:
    """``text`` as an English question when it is a Pig Latin script over the log or one working on the last result; else
    as it is."""
    if not re.search(r"\bDUMP\s+\w+\s*;?\s*$", text) or not re.search(r"\b(?:FILTER|FOREACH|GROUP)\b", text):
        return text
    if re.search(r"\bFOREACH\s+last\s+GENERATE\s+minutes\b", text):
        return read_as_request(text, MEETING_MINUTES)
    if re.search(r"\b(?:FOREACH|FILTER)\s+last\b", text):
        return read_as_request(text, _again(text))
    statements = [statement.strip() for statement in text.split(";") if statement.strip() and not statement.strip().startswith("DUMP")]
    return read_as_request(text, _script(statements))
