"""A question typed as one AQL (ArangoDB Query Language) query over the log's collections, read as the English question it
stands for.

A back-end developer keeps the diary in ArangoDB collections named by what they hold (``meals``, ``sleep``, ``coffees``,
``news``, ``kids``, ``said``) and asks with one query: ``FOR m IN meals FILTER m.day == "X" AND m.meal == "lunch" RETURN
m.food`` for a value (``SORT n.ts DESC LIMIT 1`` first for the latest news, ``RETURN k.age + 1`` for an age to come), ``COLLECT
WITH COUNT INTO n RETURN n`` for a count, ``COLLECT AGGREGATE km = SUM(w.km) RETURN km`` for a total (``SUM(w.km * 1000)`` for
metres), ``SORT c.time ASC LIMIT 1 RETURN c.time`` (``DESC``) for the first (the last) time, ``DATE_ISOWEEK(w.ts) ==
DATE_ISOWEEK(DATE_NOW())`` for this week, a second ``FOR ... FILTER m.day == x.day`` for a day named by a meeting, a remark or
a workout, ``FILTER m.start > w.end SORT m.start ASC LIMIT 1`` for the meeting after a workout, ``FILTER s.night IN ["A",
"B"]`` sorted by a value or summed by day (``COLLECT day = c.day AGGREGATE mg = SUM(c.mg) SORT mg DESC LIMIT 1``) for two
compared, ``DATE_ISOWEEK(c.ts) >= DATE_ISOWEEK(DATE_NOW()) - 1 COLLECT wk = ... WITH COUNT INTO n`` for this week's coffees
against last week's, ``COLLECT late = n.last_coffee >= "T" AGGREGATE h = AVERAGE(n.sleep_h)`` (or ``COLLECT trained =
n.trained_before``) for a habit; a follow-up is ``rerun_with("day", DATE_SUBTRACT(@day, 1, "day"))`` (``"night"``),
``rerun_with("day", "X")``, ``rerun_with("day", DATE_FORMAT(DATE_NOW(), ...))`` (today so far), ``rerun_with("who", "X")``
or ``FOR m IN meetings FILTER m._key == @last_meeting RETURN m.minutes``. Collections are read by what they hold, fields by
their words; the query is put into the HTTP request line it stands for, which ``http_requests`` reads, and left as it is
where any part is not understood (a ``!=``, a ``=~``, an ``OR``, a ``MAX``, an operation not read here). Pure functions of the
text.
"""

from __future__ import annotations

import re

from server.answers.code_fields import (MEASURED, PAIRS, Query, as_records_asked, checked_line, named_day,
                                        news_of_a_move, one_window, param, records, request_word, tested_value)
from server.answers.code_words import BASES, KIND_KEYS, SINGULAR, TIME_COLUMNS
from server.answers.http_requests import COFFEE_WEEKS, MEETING_MINUTES, habit_line, pair_line, read_as_request, request_line, rerun
from server.answers.named_asks import MINUTES, threshold_habit

_COLLECTIONS = {"news": "news", "offsite": "news", "sleeps": "nights", "days": "days", "said": "talk", "talk": "talk",
                "remarks": "talk", "quotes": "talk", "kids": "people", "children": "people", "daughters": "people",
                "runs": "workouts", "sessions": "workouts", "cups": "coffees", "drinks": "coffees"}
"""The records a collection's name stands for where ``code_fields.records`` does not name them."""
_OWN_COLUMNS = {"where": "place", "sport": "activity", "dish": "food", "bed": "bed_time", "woke": "wake_time",
                "woke_at": "wake_time", "finish": "end"}
_TRAINED = {"trained", "training", "workout", "workouts", "worked", "exercised", "exercise", "active"}
_STAMPS = {"ts", "timestamp", "time", "date", "at", "created", "created_at", "updated", "updated_at", "posted", "when"}
"""Fields a news item is sorted by to take the latest."""

_CLAUSE = re.compile(r'"(?:[^"\\]|\\.)*"|\b(FOR|FILTER|SORT|LIMIT|COLLECT|RETURN)\b')
_STRING = r'"(?P<q>[^"\\]*)"'
_WEEK = (r"DATE_ISOWEEK\(\s*(?P<wv>[a-z_]\w*)\.(?P<wf>\w+)\s*\)\s*(?P<wop>==|>=)\s*DATE_ISOWEEK\(\s*DATE_NOW\(\s*\)\s*\)"
         r"(?P<back>\s*-\s*1)?")
_TERM = re.compile(rf"^(?:{_WEEK}|(?P<v>[a-z_]\w*)\.(?P<field>\w+)\s*(?P<op>==|>=|>|<=|<|\bIN\b)\s*(?:{_STRING}"
                   r"|(?P<n>-?\d+(?:\.\d+)?)|(?P<ov>[a-z_]\w*)\.(?P<of>\w+)|@(?P<bind>\w+)|\[(?P<list>[^\]]*)\]))$", re.I)
"""A filter's test: a field against a quoted value, a number, another loop's field, a bound parameter or a list; or an ISO
week."""
_COLLECT = re.compile(r"^(?:(?P<group>[a-z_]\w*)\s*=\s*(?P<by>.+?)\s+)?(?:AGGREGATE\s+(?P<agg>[a-z_]\w*)\s*=\s*(?P<fn>[A-Z]+)"
                      r"\(\s*(?P<av>[a-z_]\w*)\.(?P<af>\w+)(?P<scale>\s*\*\s*1000)?\s*\)"
                      r"|WITH\s+COUNT\s+INTO\s+(?P<count>[a-z_]\w*))$", re.I)
"""``COLLECT [group = expression] AGGREGATE name = SUM(v.field)`` (or ``AVERAGE``), or ``... WITH COUNT INTO name``."""
_RETURN = re.compile(r"^(?:(?P<v>[a-z_]\w*)\.(?P<field>\w+)(?P<plus>\s*\+\s*1)?|(?P<name>[a-z_]\w*)"
                     r"|\[\s*(?P<a>\w+)\s*,\s*(?P<b>\w+)\s*\])$")
"""What is returned: a field (``+ 1``), a name ``COLLECT`` made, or two of them in a list."""
_BY = re.compile(rf'^(?P<v>[a-z_]\w*)\.(?P<field>\w+)(?:\s*>=\s*(?:{_STRING}|(?P<n>\d+(?:\.\d+)?)))?$')

_Loop = tuple[str, str, list[re.Match[str]]]
"""One ``FOR v IN collection FILTER ...``: the variable, the records and the filter's tests."""


def _clauses(text: str) -> list[tuple[str, str]] | None:
    """The query's operations in order, each with its body (``("FILTER", 'm.day == "X"')``); None where text comes first."""
    marks = [match for match in _CLAUSE.finditer(text) if match[1]]
    if not marks or marks[0].start() != 0:
        return None
    ends = [mark.start() for mark in marks[1:]] + [len(text)]
    return [(mark[1].upper(), text[mark.end():end].strip()) for mark, end in zip(marks, ends, strict=True)]


def _split_and(text: str) -> list[str] | None:
    """The tests of a filter joined by ``AND`` or ``&&`` outside quotes and brackets; None where ``OR`` joins them."""
    parts, start, depth = [], 0, 0
    for match in re.finditer(r'"(?:[^"\\]|\\.)*"|[(\[]|[)\]]|\bAND\b|&&|\bOR\b|\|\|', text, re.I):
        word = match[0]
        if word in "([" or word in ")]":
            depth += 1 if word in "([" else -1
        elif word.upper() in ("OR", "||"):
            return None
        elif not word.startswith('"') and depth == 0:
            parts.append(text[start:match.start()].strip())
            start = match.end()
    return [*parts, text[start:].strip()]


def _records(name: str) -> str | None:
    """The records a collection holds, by its name (``sleep`` nights, ``news`` news, ``said`` what was said)."""
    base = _COLLECTIONS.get(name.lower()) or records(name)
    base = SINGULAR.get(base, base)
    return base if base in (*BASES, "news", "days", "talk") else None


def _key(field: str, base: str) -> str | None:
    """The request parameter a test of ``field`` fills (a remark's "what" is what was said)."""
    field = field.lower()
    return "said" if base == "talk" and field in KIND_KEYS else param(field, base)


def _column(base: str, column: str) -> str:
    """The request's word for a column (a launch's date is its new date, a workout's sport its activity)."""
    return request_word(base, column.lower(), _OWN_COLUMNS)


def _loops(clauses: list[tuple[str, str]]) -> tuple[list[_Loop], list[tuple[str, str]]] | None:
    """The ``FOR ... IN ... [FILTER ...]`` loops at the query's head and the operations after them."""
    loops: list[_Loop] = []
    while clauses and clauses[0][0] in ("FOR", "FILTER"):
        (name, body), clauses = clauses[0], clauses[1:]
        if name == "FOR":
            match = re.fullmatch(r"([a-z_]\w*)\s+IN\s+([a-z_]\w*)", body, re.I)
            base = _records(match[2]) if match else None
            if base is None:
                return None
            loops.append((match[1], base, []))
            continue
        terms = [_TERM.match(term) for term in _split_and(body) or [""]]
        if not loops or not all(terms):
            return None
        loops[-1][2].extend(terms)  # type: ignore[arg-type]
    return loops, clauses


def _tests(loop: _Loop, outer: _Loop | None = None) -> dict[str, str] | None:  # noqa: PLR0911 - one check per way a test fails
    """The tests of one loop by request parameter: ``== "X"``, ``== 9.3``, this week's ISO week, or ``== x.day`` for the day the
    outer loop's record names."""
    var, base, terms = loop
    tests: dict[str, str] = {}
    for term in terms:
        if term["wv"] is not None:
            if term["wv"] != var or term["wop"] != "==" or term["back"] or "week" in tests:
                return None
            tests["week"] = "this"
            continue
        key = _key(term["field"], base)
        if term["v"] != var or term["op"] != "==" or key is None or key in tests or term["bind"] or term["list"] is not None:
            return None
        if term["ov"] is not None:
            if outer is None or term["ov"] != outer[0] or key not in ("day", "night") or \
                    _key(term["of"], outer[1]) not in ("day", "night") or (named := _tests(outer)) is None:
                return None
            value = named_day(outer[1], named, key)
        else:
            value = term["q"] if term["q"] is not None else term["n"]
        if not value:
            return None
        tests[key] = tested_value(key, value)
    news_of_a_move(base, tests)
    return tests if one_window(tests) else None


def _sorted(clauses: list[tuple[str, str]]) -> tuple[str, str, bool] | None:
    """``SORT v.field [ASC|DESC] LIMIT 1``: the variable, the field and whether descending."""
    if [name for name, _ in clauses] != ["SORT", "LIMIT"] or clauses[1][1] != "1":
        return None
    match = re.fullmatch(r"(?:([a-z_]\w*)\.)?(\w+)(?:\s+(ASC|DESC))?", clauses[0][1], re.I)
    return (match[1] or "", match[2], (match[3] or "").upper() == "DESC") if match else None


def _lookup(  # noqa: C901, PLR0911, PLR0912 - one reading per operation
        loop: _Loop, rest: list[tuple[str, str]], returned: re.Match[str], outer: _Loop | None = None) -> str | None:
    """The request line of a lookup over one collection (its day named by the ``outer`` loop's record): a value, a first or a
    last, a count or a total; None where the request would ask another question."""
    var, base, _ = loop
    tests = _tests(loop, outer)
    if tests is None:
        return None
    statistic, column, order = "", "", None
    if rest and rest[0][0] == "COLLECT":
        collect = _COLLECT.match(rest[0][1])
        if len(rest) != 1 or collect is None or collect["group"] or returned["name"] not in (collect["agg"], collect["count"]):
            return None
        if collect["count"]:
            statistic = "count"
        elif collect["fn"].upper() != "SUM" or collect["av"] != var or collect["scale"] and collect["af"].lower() != "km":
            return None
        else:
            statistic, column = "sum", "metres" if collect["scale"] else collect["af"].lower()
    elif returned["v"] != var or (rest and (order := _sorted(rest)) is None):
        return None
    else:
        column = returned["field"].lower()
        if returned["plus"]:
            if column != "age" or order:
                return None
            column = "age_next_birthday"
    asked = as_records_asked(base, column, tests)  # a day's meal, news of a launch or of the offsite
    if asked is None:
        return None
    base, column, tests = asked
    column = _column(base, column) if column and column not in ("metres", "age_next_birthday") else column
    if order is not None:
        if order[0] != var:
            return None
        if (column in TIME_COLUMNS or column == "time") and _column(base, order[1]) == column:
            column, statistic = "time", "last" if order[2] else "first"
        elif not (base in ("tips", "launches") and order[2] and order[1].lower() in _STAMPS):
            return None  # the latest news is its value; the first or last of anything else no request asks
    return checked_line(Query(base, column, statistic, tests))


def _after(outer: _Loop, inner: _Loop, rest: list[tuple[str, str]], returned: re.Match[str]) -> str | None:  # noqa: PLR0911
    """``FOR w IN workouts FILTER w.label == "X" FOR m IN meetings FILTER m.start > w.end SORT m.start ASC LIMIT 1 RETURN
    m.attendees``: who was at the meeting right after a workout (named with its day)."""
    workout, (var, base, terms), order = _tests(outer), inner, _sorted(rest)
    if outer[1] != "workouts" or base != "meetings" or workout is None or "label" not in workout or set(workout) - {"label", "day"}:
        return None
    if len(terms) != 1 or terms[0]["v"] != var or terms[0]["op"] != ">" or terms[0]["ov"] != outer[0]:
        return None
    if _column("meetings", terms[0]["field"]) != "time" or _column("workouts", terms[0]["of"]) not in ("end", "end_time", "ended"):
        return None
    if order is None or order[0] != var or order[2] or _column("meetings", order[1]) != "time" or returned["v"] != var or \
            _column("meetings", returned["field"] or "") != "attendees":
        return None
    return request_line("meetings", [("after", workout["label"]), ("day", workout.get("day", "")), ("take", "next"),
                                     ("select", "attendees")])


def _compared(loop: _Loop, rest: list[tuple[str, str]], returned: re.Match[str]) -> str | None:  # noqa: PLR0911
    """``FILTER s.night IN ["A", "B"] SORT s.hours DESC LIMIT 1 RETURN s.night`` or ``FILTER c.day IN ["A", "B"] COLLECT day =
    c.day AGGREGATE mg = SUM(c.mg) SORT mg DESC LIMIT 1 RETURN day``: two nights' or days' values side by side."""
    var, base, terms = loop
    term = terms[0] if len(terms) == 1 else None
    values = re.findall(r'"([^"\\]*)"\s*(?:,|$)', term["list"].strip()) if term and term["list"] is not None else []
    if len(values) != 2 or not all(values) or values[0] == values[1] or term["v"] != var or term["op"].upper() != "IN" or \
            len(re.findall('"', term["list"])) != 4:
        return None
    field, measured = term["field"], None
    if rest and rest[0][0] == "COLLECT":
        collect = _COLLECT.match(rest[0][1])
        order = _sorted(rest[1:])
        if collect is None or order is None or collect["fn"] is None or collect["fn"].upper() != "SUM" or order[0] or \
                not order[2] or order[1] != collect["agg"] or collect["by"] != f"{var}.{field}" or collect["av"] != var or \
                collect["scale"] or returned["name"] != collect["group"]:
            return None
        measured = collect["af"]
    elif (order := _sorted(rest)) is not None and order[0] == var and order[2] and returned["v"] == var and \
            returned["field"] == field and not returned["plus"]:
        measured = order[1]
    kinds = PAIRS.get((base, _column(base, measured), _key(field, base))) if measured else None
    return pair_line(values[0], values[1], *kinds) if kinds else None


def _weeks(loop: _Loop, rest: list[tuple[str, str]], returned: re.Match[str]) -> str | None:
    """``FILTER DATE_ISOWEEK(c.ts) >= DATE_ISOWEEK(DATE_NOW()) - 1 COLLECT wk = DATE_ISOWEEK(c.ts) WITH COUNT INTO n RETURN
    [wk, n]``: this week's coffees against last week's."""
    var, base, terms = loop
    term = terms[0] if len(terms) == 1 else None
    collect = _COLLECT.match(rest[0][1]) if len(rest) == 1 and rest[0][0] == "COLLECT" else None
    if term is None or collect is None or base != "coffees" or term["wv"] != var or term["wop"] != ">=" or not term["back"]:
        return None
    by = re.sub(r"\s+", "", collect["by"] or "")
    if by != f"DATE_ISOWEEK({var}.{term['wf']})" or not collect["count"] or \
            {returned["a"], returned["b"]} != {collect["group"], collect["count"]}:
        return None
    return COFFEE_WEEKS


def _habit(loop: _Loop, rest: list[tuple[str, str]], returned: re.Match[str]) -> str | None:  # noqa: PLR0911
    """``FOR n IN nights COLLECT late = n.last_coffee >= "3 pm" AGGREGATE h = AVERAGE(n.sleep_h) RETURN [late, h]``: the nights
    after a threshold (or after a workout day, ``COLLECT trained = n.trained_before``) against the others, or workout days'
    coffees against rest days'."""
    var, base, terms = loop
    collect = _COLLECT.match(rest[0][1]) if len(rest) == 1 and rest[0][0] == "COLLECT" and not terms else None
    by = _BY.match(collect["by"]) if collect and collect["by"] and collect["fn"] else None
    if by is None or collect["fn"].upper() not in ("AVERAGE", "AVG") or by["v"] != var or collect["av"] != var or \
            collect["scale"] or {returned["a"], returned["b"]} != {collect["group"], collect["agg"]}:
        return None
    measured = next((MEASURED[word] for word in collect["af"].lower().split("_") if word in MEASURED), None)
    if by["q"] is None and by["n"] is None:
        trained = set(by["field"].lower().split("_")) & _TRAINED
        fits = (base, measured) in (("nights", "hours"), ("days", "cups"), ("days", "hours"))
        return habit_line(measured=measured) if trained and fits else None
    value = by["q"] if by["q"] is not None else by["n"]
    if not value or (base, measured) != ("nights", "hours"):
        return None
    words = set(by["field"].lower().split("_"))
    column = "caffeine_mg" if words & {"mg", "caffeine"} else by["field"].lower()
    return habit_line(column, value) if threshold_habit(column, value) is not None else None


def _again(text: str) -> str | None:
    """``rerun_with("day", DATE_SUBTRACT(@day, 1, "day"))`` (``"night"``), ``rerun_with("day", DATE_FORMAT(DATE_NOW(), ...))``
    (today so far), ``rerun_with("day", "X")`` or ``rerun_with("who", "X")``: the last question rerun."""
    match = re.fullmatch(r'rerun_with\(\s*"(\w+)"\s*,\s*(?:"([^"\\]*)"|(DATE_SUBTRACT\(\s*@(\w+)\s*,\s*1\s*,\s*"days?"\s*\))'
                         r'|(DATE_FORMAT\(\s*DATE_NOW\(\s*\)\s*,\s*"[^"\\]*"\s*\)|DATE_NOW\(\s*\)))\s*\)', text, re.I)
    key = {"day": "day", "date": "day", "night": "night", "who": "who", "person": "who", "from": "who"}.get(match[1].lower()) \
        if match else None
    if key is None or match[3] and match[4].lower() != match[1].lower():
        return None
    said = f"back={key}" if match[3] else f"{key}=today" if match[5] or match[2] == "today" else f"{key}={match[2]}"
    return rerun(said, r"^back=day$", r"^back=night$", r"^day=today$", r"^day=today$", r"^(day|night|who)=(.+)$")


def _query(text: str) -> str | None:  # noqa: PLR0911
    """The request line of one ``FOR`` query; None where any part of it is not read."""
    clauses = _clauses(text)
    found = _loops(clauses) if clauses else None
    if found is None or not 1 <= len(found[0]) <= 2 or not found[1] or found[1][-1][0] != "RETURN":
        return None
    loops, rest = found
    returned, rest = _RETURN.match(rest[-1][1]), rest[:-1]
    if returned is None or any(name in ("FOR", "FILTER", "RETURN") for name, _ in rest):
        return None
    if len(loops) == 2:
        linked = [term for term in loops[1][2] if term["ov"] is not None]
        if len(linked) != 1:
            return None
        return _after(*loops, rest, returned) if linked[0]["op"] == ">" else _lookup(loops[1], rest, returned, loops[0])
    loop = loops[0]
    if [(term["field"] or "").lower().lstrip("_") for term in loop[2]] == ["key"] and loop[2][0]["bind"]:
        meeting = loop[1] == "meetings" and "last" in loop[2][0]["bind"].lower() and not rest and returned["v"] == loop[0]
        return MEETING_MINUTES if meeting and returned["field"].lower() in MINUTES | {"duration", "length"} else None
    if returned["a"] is not None:
        return _weeks(loop, rest, returned) or _habit(loop, rest, returned)
    if any(term["list"] is not None for term in loop[2]):
        return _compared(loop, rest, returned)
    return _lookup(loop, rest, returned)


def from_aql(text: str) -> str:
    """``text`` as an English question when it is one AQL query over the log's collections, or a ``rerun_with(...)`` of the
    last one; else as it is."""
    stripped = re.sub(r"\s+", " ", text.strip()).rstrip(";").strip()
    if stripped.startswith("rerun_with("):
        return read_as_request(text, _again(stripped))
    if not re.match(r"FOR\s+[A-Za-z_]\w*\s+IN\s", stripped):
        return text
    return read_as_request(text, _query(stripped))
