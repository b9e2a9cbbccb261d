"""A question typed as one Erlang expression at the ``erl`` shell (ending in a full stop) over the log's lists of records,
read as the English question it stands for.

A radio engineer keeps the diary as Erlang records in lists named by what they hold (``Meals``, ``Sleeps``, ``Kids``) and
asks with list comprehensions, one variable ``E`` for every record: ``hd([E#meal.food || E <- Meals, E#meal.day =:= "X",
E#meal.kind =:= lunch])`` or ``[E#workout.type || ...]`` for a value, ``lists:last([...])`` for the latest news, ``length([E ||
...])`` for a count, ``lists:sum([...])`` for a total (``1000 * ...`` of kilometres for metres), ``hd(lists:sort([...]))`` for
the first time and ``lists:last(lists:sort([...]))`` for the last, ``E#workout.day >= monday()`` for this week, ``=:=
day_of("X")`` or ``said_on("Lila", "Dune")`` for a day named by a meeting or a remark, ``E#meeting.start > finish("X", "Y")``
for the meeting after a workout, ``H = fun(X) -> ... end, H("A") > H("B")`` for two days' or nights' values compared,
``length(this_week(Coffees)) > length(last_week(Coffees))``, ``lists:partition`` or ``mean(trained(Nights)) >
mean(untrained(Nights))`` for a habit; a follow-up is ``rerun(day_back).``, ``rerun(date, "X").``, ``rerun(person, "X").`` or
``(last_meeting())#meeting.minutes.``. Records and fields are read by their words, atoms (``lunch``, ``run``) by their names;
the expression is put into the HTTP request line it stands for, which ``http_requests`` reads, and left as it is where any
part is not understood. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.code_fields import (Query, as_records_asked, checked_line, named_day, one_window, param, records,
                                        request_column, tested_value)
from server.answers.code_words import BASES, SINGULAR, SYNONYMS
from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, habit_line, pair_line, read_as_request, request_line,
                                         rerun)
from server.answers.named_asks import MINUTES, threshold_habit

_RECORDS = {"news": "news", "offsite": "news", "kid": "people", "child": "people", "daughter": "people", "day": "days",
            "sleep": "nights", "rest": "nights", "talk": "talk", "remark": "talk", "quote": "talk", "run": "workouts",
            "session": "workouts", "cup": "coffees", "drink": "coffees"}
"""The records a record's (or a list's) name stands for where ``code_fields.records`` does not name them."""
_OWN_COLUMNS = {"where": "place", "dish": "food", "finish": "end"}
_TRAINED = {"trained", "training", "workout", "workouts", "exercised", "exercise", "active", "sport"}
_UNTRAINED = {"untrained", "rest", "idle", "lazy", "off", "not", "no", "without"}
_RERUN_KEYS = {"date": "day", "day": "day", "night": "night", "person": "who", "who": "who", "from": "who"}

_FIELD = r"(?P<v>[A-Z]\w*)#(?P<rec>[a-z]\w*)\.(?P<field>[a-z]\w*)"
_HEAD = re.compile(rf"^{_FIELD}(?P<plus>\s*\+\s*1)?$")
_TEST = re.compile(rf"^{_FIELD}\s*(?P<op>=:=|==|>=|>)\s*(?P<value>.+)$", re.S)
_VALUE = re.compile(r'^(?:"(?P<q>[^"\\]*)"|(?P<n>-?\d+(?:\.\d+)?)|(?P<atom>[a-z]\w*)|(?P<var>[A-Z]\w*)'
                    r"|(?P<call>[a-z]\w*)\((?P<args>.*)\))$", re.S)
_STRING = re.compile(r'^"([^"\\]*)"$')
_CALL = re.compile(r"^(?P<name>[a-z]\w*(?::[a-z]\w*)?)\s*\((?P<args>.*)\)$", re.S)
_FUN = re.compile(r"^(?P<f>[A-Z]\w*)\s*=\s*fun\s*\(\s*(?P<x>[A-Z]\w*)\s*\)\s*->\s*(?P<body>.+?)\s+end$", re.S)
_AFTER = re.compile(r'^hd\(\s*\[\s*(?P<v>[A-Z]\w*)#(?P<rec>[a-z]\w*)\.(?P<asked>[a-z]\w*)\s*\|\|\s*(?P=v)\s*<-\s*(?P<list>[A-Z]\w*)'
                    r'\s*,\s*(?P=v)#(?P=rec)\.(?P<start>[a-z]\w*)\s*>\s*(?:finish|end)(?:ed)?\(\s*"(?P<day>[^"\\]+)"'
                    r'\s*,\s*"(?P<label>[^"\\]+)"\s*\)\s*\]\s*\)$')
"""The meeting after a workout: who was at it (``asked``), its start after the workout's end on a day."""
_SCALED = re.compile(r"^1000\s*\*\s*(?P<a>.+)$|^(?P<b>.+?)\s*\*\s*1000$", re.S)
_MARK = "\x00"
"""The value a test of the fun's own variable stands for, until the calls give it two."""


def _split(text: str, separator: str) -> list[str] | None:
    """``text`` split at ``separator`` where it stands outside quotes and brackets; None where a bracket or a quote does not
    close, or closes before it opens."""
    parts, depth, quote, start, i = [], 0, "", 0, 0
    while i < len(text):
        char = text[i]
        if quote:
            quote = "" if char == quote else quote
        elif char in "\"'":
            quote = char
        elif char in "([{":
            depth += 1
        elif char in ")]}":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0 and text.startswith(separator, i):
            parts.append(text[start:i].strip())
            i += len(separator)
            start = i
            continue
        i += 1
    return None if depth or quote else [*parts, text[start:].strip()]


def _call(text: str) -> tuple[str, list[str]] | None:
    """A call's name and arguments, where ``text`` is one call whose bracket closes at its end (``f()`` has none)."""
    match = _CALL.match(text.strip())
    args = _split(match["args"], ",") if match else None
    return None if match is None or args is None else (match["name"], [] if args == [""] else args)


def _records(name: str) -> str | None:
    """The records a record's or a list's name holds (``sleep`` is nights, ``kid`` people, ``news`` the offsite's)."""
    name = name.lower()
    base = _RECORDS.get(name) or _RECORDS.get(name.rstrip("s")) or records(name)
    base = SINGULAR.get(base, base)
    return base if base in (*BASES, "news", "days", "talk") else None


def _key(field: str, base: str) -> str | None:
    """The request parameter a test of ``field`` fills, by the field or else by its first word that names one (``km_done``)."""
    return param(field, base) or next((key for word in field.split("_") if (key := param(word, base))), None)


def _day_named(call: str, args: list[str], key: str) -> str | None:
    """The day (``key`` "day") or night a call names: ``day_of("X")`` a meeting's, ``said_on("Lila", "Dune")`` a remark's."""
    values = [match[1] for arg in args if (match := _STRING.match(arg))]
    words = set(call.lower().split("_"))
    if len(values) != len(args) or not all(values):
        return None
    if len(values) == 1 and words & {"day", "night", "date"} and words & {"of", "when", "after", "on"}:
        return named_day("meetings", {"title": values[0]}, key)
    if len(values) == 2 and words & {"said", "mentioned", "told", "talked", "spoke"}:
        return named_day("talk", {"from": values[0], "said": values[1]}, key)
    return None


def _condition(var: str, rec: str, base: str, terms: list[str], bound: str) -> dict[str, str] | None:  # noqa: PLR0911
    """The tests of a comprehension's filters by request parameter: ``=:= "X"``, ``=:= lunch``, ``=:= 35.3``, ``>= monday()``
    (this week), ``=:= day_of("X")``, or ``=:= X`` for the fun's own variable ``bound``."""
    tests: dict[str, str] = {}
    for term in terms:
        match = _TEST.match(term)
        value = _VALUE.match(match["value"].strip()) if match else None
        if value is None or match["v"] != var or match["rec"] != rec:
            return None
        key = _key(match["field"].lower(), base)
        if key in ("day", "night") and match["op"] == ">=" and value["call"] == "monday" and not value["args"].strip():
            if "week" in tests:
                return None
            tests["week"] = "this"
            continue
        if match["op"] not in ("=:=", "==") or key is None or key in tests:
            return None
        if value["call"] is not None:
            args = _split(value["args"], ",")
            text = _day_named(value["call"], args, key) if args and key in ("day", "night") else None
        elif value["var"] is not None:
            text = _MARK if value["var"] == bound else None
        else:
            text = value["q"] if value["q"] is not None else value["n"] or value["atom"]
        if not text:
            return None
        tests[key] = tested_value(key, text)
    return tests if one_window(tests) else None


def _comprehension(text: str, bound: str = "") -> Query | None:
    """``[E#rec.field || E <- List, filters]`` (``E#kid.age + 1`` an age to come, ``E`` the records themselves): the records,
    the column's word and the tests; the statistic left for the call around it."""
    text = text.strip()
    halves = _split(text[1:-1], "||") if text[:1] == "[" and text[-1:] == "]" else None
    rest = _split(halves[1], ",") if halves and len(halves) == 2 else None
    generator = re.fullmatch(r"([A-Z]\w*)\s*<-\s*([A-Z]\w*)", rest[0]) if rest else None
    if generator is None:
        return None
    var, head = generator[1], _HEAD.match(halves[0])
    if head is None and halves[0] != var or head is not None and head["v"] != var:
        return None
    recs = {head["rec"]} if head else set()
    recs |= {match["rec"] for term in rest[1:] if (match := _TEST.match(term))}
    rec = next(iter(recs)) if len(recs) == 1 else None
    base = _records(rec) if rec else None
    if base is None or _records(generator[2]) not in (None, base):
        return None
    tests = _condition(var, rec, base, rest[1:], bound)
    column = "" if head is None else "age_next_birthday" if head["plus"] and head["field"] == "age" else head["field"].lower()
    if tests is None or head is not None and head["plus"] and column != "age_next_birthday":
        return None
    return Query(base, column, "", tests)


def _lookup(text: str, bound: str = "") -> Query | None:  # noqa: PLR0911 - one reading per call
    """A lookup read: ``hd([...])``, ``lists:last([...])``, ``hd(lists:sort([...]))`` and ``lists:last(lists:sort(...))``,
    ``length([...])``, ``lists:sum([...])`` (``1000 *`` it for metres), or a comprehension alone."""
    text = text.strip()
    if (scaled := _SCALED.match(text)) is not None:
        query = _lookup(scaled["a"] or scaled["b"], bound)
        return query._replace(column="metres") if query and query.statistic == "sum" and query.column == "km" else None
    if text.startswith("["):
        query = _comprehension(text, bound)
        return None if query is None or not query.column else query._replace(statistic="value")
    call = _call(text)
    if call is None or len(call[1]) != 1 or call[0] not in ("hd", "lists:last", "length", "lists:sum"):
        return None
    name, (arg,) = call
    sort = _call(arg)
    if sort is not None and sort[0] == "lists:sort" and len(sort[1]) == 1 and name in ("hd", "lists:last"):
        query = _comprehension(sort[1][0], bound)
        return None if query is None else query._replace(statistic="first" if name == "hd" else "last")
    query = _comprehension(arg, bound)
    if query is None or name != "length" and not query.column:
        return None
    statistic = {"hd": "value", "lists:last": "latest", "length": "count", "lists:sum": "sum"}[name]
    return query._replace(statistic=statistic, column="" if name == "length" else query.column)


def _column(base: str, column: str) -> str:
    """The request's word for a column (a workout's type is its activity, a meal's "where" its place)."""
    column = "activity" if param(column, base) == "activity" else SYNONYMS.get(column, _OWN_COLUMNS.get(column, column))
    return request_column(base, column)


def _line(query: Query) -> str | None:
    """The request line of one lookup; None where the request would ask another question: a time is asked as a first or a
    last (``hd`` of the records in the log's order is the first), the latest of anything else only of news."""
    if (asked := as_records_asked(query.base, query.column, dict(query.tests))) is None:  # a day's meal, a launch's news
        return None
    base, column, tests = asked
    column, statistic = _column(base, column) if column else "", query.statistic
    if column == "time":
        statistic = {"value": "first", "latest": "last"}.get(statistic, statistic)
    elif statistic == "latest" and base in ("tips", "launches") or statistic == "value":
        statistic = ""
    if statistic in ("first", "last") and column != "time" or statistic == "latest":
        return None
    return checked_line(Query(base, column, statistic, tests))


def _after(text: str) -> str | None:
    """``hd([E#meeting.people || E <- Meetings, E#meeting.start > finish("X", "run to Y")])``: who was at the meeting right
    after a workout (its day, then its name)."""
    match = _AFTER.match(text)
    if match is None or _records(match["rec"]) != "meetings" or _records(match["list"]) not in (None, "meetings") or \
            (_column("meetings", match["asked"]), _column("meetings", match["start"])) != ("attendees", "time"):
        return None
    return request_line("meetings", [("after", match["label"]), ("day", match["day"]), ("take", "next"), ("select", "attendees")])


def _compared(fun: str, calls: str) -> str | None:  # noqa: PLR0911
    """``H = fun(X) -> hd([E#sleep.hours || E <- Sleeps, E#sleep.night =:= X]) end, H("A") > H("B")`` (or a sum of a day's
    caffeine or workout minutes): two nights' or days' values side by side."""
    if (match := _FUN.match(fun)) is None:
        return None
    name = re.escape(match["f"])
    called = re.fullmatch(rf'{name}\s*\(\s*"([^"\\]+)"\s*\)\s*[<>]\s*{name}\s*\(\s*"([^"\\]+)"\s*\)', calls)
    query = _lookup(match["body"], match["x"])
    if called is None or query is None or called[1] == called[2] or len(query.tests) != 1:
        return None
    (key, value), = query.tests.items()
    column = _column(query.base, query.column)
    kinds = {("nights", "hours", "night"): (True, False), ("coffees", "caffeine_mg", "day"): (False, True),
             ("workouts", "minutes", "day"): (False, False)}.get((query.base, column, key))
    return pair_line(called[1], called[2], *kinds) if kinds and value == _MARK and query.statistic in ("value", "sum") else None


def _partition(bound: str, means: str) -> str | None:  # noqa: PLR0911
    """``P = lists:partition(fun(X) -> X#night.last_coffee >= "3 pm" end, Nights), mean(element(1, P)) < mean(element(2,
    P))``: the nights after a threshold (or after a workout day's flag) against the others."""
    match = re.fullmatch(r"([A-Z]\w*)\s*=\s*(.+)", bound, re.S)
    call = _call(match[2]) if match else None
    fun = re.fullmatch(rf"fun\s*\(\s*([A-Z]\w*)\s*\)\s*->\s*\1#(\w+)\.(\w+)(?:\s*>=\s*(.+?))?\s+end", call[1][0], re.S) \
        if call and call[0] == "lists:partition" and len(call[1]) == 2 else None
    p = re.escape(match[1]) if match else ""
    element = rf"mean\s*\(\s*element\s*\(\s*([12])\s*,\s*{p}\s*\)\s*\)"
    compared = re.fullmatch(rf"{element}\s*[<>]\s*{element}", means)
    if fun is None or compared is None or compared[1] == compared[2] or _records(fun[2]) != "nights" or \
            _records(call[1][1]) not in (None, "nights"):
        return None
    field = fun[3].lower()
    if fun[4] is None:
        return habit_line() if set(field.split("_")) & _TRAINED else None
    value = _VALUE.match(fun[4].strip())
    threshold = (value["q"] if value["q"] is not None else value["n"]) if value else None
    return habit_line(field, threshold) if threshold and threshold_habit(field, threshold) is not None else None


def _means(text: str) -> str | None:  # noqa: PLR0911
    """``mean(trained(Nights)) > mean(untrained(Nights))``, ``mean(cups(trained_days(Days))) > mean(cups(rest_days(Days)))``
    or ``mean(above(300, Nights)) < mean(below(300, Nights))``: workout days against rest days, or days at a threshold (an
    amount alone is the day's caffeine in mg) against the others."""
    parts = re.split(r"\s*[<>]\s*", text)
    sides = [_call(part) for part in parts] if len(parts) == 2 else []
    if len(sides) != 2 or not all(side and side[0] == "mean" and len(side[1]) == 1 for side in sides):
        return None
    groups, measured = [_call(side[1][0]) for side in sides], None
    if all(group and len(group[1]) == 1 for group in groups) and groups[0][0] == groups[1][0]:  # "cups(...)": what is averaged
        measured, groups = groups[0][0].lower(), [_call(group[1][0]) for group in groups]
    if not all(group and group[1] for group in groups) or groups[0][1][-1] != groups[1][1][-1] or groups[0][0] == groups[1][0]:
        return None
    base, names = _records(groups[0][1][-1]), [set(group[0].lower().split("_")) for group in groups]
    if all(len(group[1]) == 1 for group in groups):
        trained = names[0] & _TRAINED and names[1] & _UNTRAINED or names[1] & _TRAINED and names[0] & _UNTRAINED
        measured = measured or ("hours" if base == "nights" else None)
        fits = (base, measured) in (("nights", "hours"), ("days", "cups"), ("days", "coffees"), ("days", "hours"))
        return habit_line(measured=measured) if trained and fits else None
    amounts = {group[1][0] for group in groups if len(group[1]) == 2}
    value = _VALUE.match(next(iter(amounts))) if len(amounts) == 1 else None
    if value is None or base != "nights" or measured not in (None, "hours") or {"above", "below"} - (names[0] ^ names[1]):
        return None
    key = "_".join(sorted((names[0] | names[1]) - {"above", "below"})) or ("mg" if value["n"] else "")
    amount = value["q"] if value["q"] is not None else value["n"]
    return habit_line(key, amount) if amount and threshold_habit(key, amount) is not None else None


def _weeks(text: str) -> str | None:
    """``length(this_week(Coffees)) > length(last_week(Coffees))``: this week's coffees against last week's."""
    week = r"length\(\s*(this|last)_week\(\s*(\w+)\s*\)\s*\)"
    match = re.fullmatch(rf"{week}\s*([<>])\s*{week}", text)
    if match is None or match[2] != match[5] or _records(match[2]) != "coffees":
        return None
    return COFFEE_WEEKS if (match[1], match[3], match[4]) in (("this", ">", "last"), ("last", "<", "this")) else None


def _again(expression: str) -> str | None:
    """``rerun(day_back)``, ``rerun(night_back)``, ``rerun(date, today)``, ``rerun(date, "X")``, ``rerun(person, "X")`` or
    ``(last_meeting())#meeting.minutes``: the last question rerun."""
    meeting = re.fullmatch(r"\(\s*last_meeting\s*\(\s*\)\s*\)\s*#\s*meeting\.(\w+)", expression)
    if meeting is not None:
        return MEETING_MINUTES if meeting[1].lower() in MINUTES | {"duration", "length"} else None
    call = _call(expression)
    if call is None or call[0] != "rerun" or not 1 <= len(call[1]) <= 2:
        return None
    key, value = _RERUN_KEYS.get(call[1][0]), _STRING.match(call[1][-1])
    text = value[1] if value else "today" if call[1][-1] == "today" and key == "day" else ""
    said = call[1][0] if len(call[1]) == 1 else f'{key}="{text}"' if key and text else ""
    return rerun(said, r"^day_back$", r"^night_back$", r'^day="today"$', r'^day="today"$', r'^(day|night|who)="([^"]*)"$')


def from_erlang(text: str) -> str:
    """``text`` as an English question when it is an Erlang expression over the log ending in a full stop, or a follow-up
    rerunning one; else as it is."""
    stripped = text.strip()
    if not stripped.endswith(".") or stripped.endswith("..") or not re.search(r"#|\[|\(", stripped):
        return text
    expression = re.sub(r"\s+", " ", stripped[:-1]).strip()
    statements = _split(expression, ",")
    if statements is None:
        return text
    if expression.startswith(("rerun(", "(last_meeting")):
        return read_as_request(text, _again(expression))
    if len(statements) == 2:
        return read_as_request(text, _compared(*statements) if _FUN.match(statements[0]) else _partition(*statements))
    if expression.startswith("mean("):
        return read_as_request(text, _means(expression))
    if re.match(r"length\(\s*(?:this|last)_week\(", expression):
        return read_as_request(text, _weeks(expression))
    if not re.search(r"\[.*\|\|.*<-", expression):
        return text
    query = _lookup(expression)
    return read_as_request(text, _after(expression) if query is None else _line(query))
