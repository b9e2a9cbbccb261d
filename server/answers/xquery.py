"""A question typed as one XQuery expression (as typed into BaseX) over the log kept as XML, read as the English question
it stands for.

A data manager keeps the diary as elements named by what they hold (``meal``, ``sleep``, ``coffee``, ``news``, ``kid``,
``said``) and asks with one expression: ``//meal[@day="X"][@kind="lunch"]/food/string()`` for a value (``/@age + 1`` for an
age to come), ``count(...)`` for a count, ``sum(.../@km)`` for a total (``* 1000`` for metres), ``(for $c in ... order by
$c/@time ascending return $c/@time/string())[1]`` (``[last()]``, or ``min``/``max``) for the first (the last) time, ``order
by $n/@ts descending`` for the latest news, ``xs:date(@date) ge current-date() - ...`` the days since Monday for this week,
``let $d := //meeting[@title="X"]/@day return //meal[@day=$d]...`` for a day named by a meeting, a remark or a workout, ``let
$w := //workout[...] return (for $m in //meeting[@start gt $w/@end] ...)[1]`` for the meeting after a workout, ``@night =
("A", "B")`` or ``for $d in ("A", "B")`` ordered by a value for two compared, ``count(...) gt count(...)`` over the last
seven days and the seven before them for this week's coffees against last week's, ``avg(//night[@last_coffee ge "T"]/@hours)
lt avg(//night[@last_coffee lt "T"]/@hours)`` (``@trained_before="true"`` against ``"false"``) for a habit; a follow-up is
``local:ask-again($day - xs:dayTimeDuration("P1D"))`` (``$night``), ``local:ask-again("X")``, ``local:ask-again(format-date(
current-date(), ...))`` (today so far), ``local:ask-again-for("X")`` or ``//meeting[@id=$last-meeting]/@minutes/string()``.
Elements are read by what they hold, attributes and child elements by their words; the expression is put into the HTTP
request line it stands for, which ``http_requests`` reads, and left as it is where any part is not understood. Pure
functions of the text.
"""

from __future__ import annotations

import re

from server.answers.code_fields import (MEASURED, PAIRS, Query, as_records_asked, checked_line, named_day,
                                        news_of_a_move, one_window, param, records, request_word, tested_value)
from server.answers.code_words import BASES, KIND_KEYS, SINGULAR, TIME_COLUMNS
from server.answers.http_requests import COFFEE_WEEKS, MEETING_MINUTES, habit_line, pair_line, read_as_request, request_line, rerun
from server.answers.named_asks import MINUTES, threshold_habit

_ELEMENTS = {"news": "news", "offsite": "news", "sleep": "nights", "day": "days", "said": "talk", "remark": "talk", "talk": "talk",
             "kid": "people", "child": "people", "daughter": "people", "tip": "tips", "run": "workouts", "session": "workouts",
             "cup": "coffees", "drink": "coffees"}
"""The records an element's name stands for where ``code_fields.records`` does not name them."""
_OWN_COLUMNS = {"where": "place", "sport": "activity", "dish": "food", "bed": "bed_time", "woke_at": "wake_time",
                "attendee": "attendees", "finish": "end"}
_TRAINED = {"trained", "training", "workout", "workouts", "exercised", "exercise", "active", "sport"}
_STAMPS = {"ts", "timestamp", "time", "date", "at", "created", "updated", "posted", "when"}
"""Attributes a news item is ordered by to take the latest."""

_STRING = r'"(?P<q>[^"]*)"'
_TEST = re.compile(r"^(?:number\(\s*@(?P<na>\w+)\s*\)|@(?P<attr>\w+))\s*(?P<op>=|eq|ge|gt|le|lt|>=|>|<=|<)\s*(?:" + _STRING +
                   r"|(?P<n>-?\d+(?:\.\d+)?)|\$(?P<var>\w[\w-]*)(?:/@(?P<of>\w+))?|\((?P<list>[^()]*)\))$")
"""A predicate's test: an attribute against a quoted value, a number, a bound variable (or its attribute), or a sequence."""
_SINCE = re.compile(r'^xs:date\(\s*@(?P<f>\w+)\s*\) (?P<op>ge|gt|le|lt) current-date\(\) - xs:dayTimeDuration\((?:"P(?P<n>\d+)D"'
                    r'|(?P<week>"P" \|\| \(number\(format-date\(current-date\(\), "\[F1\]"\)\) - 1\) \|\| "D"))\)$')
"""A date since Monday (this week) or within some days of today."""
_TAIL = r"(?:/(?P<step>[A-Za-z_]\w*)|/@(?P<attr>\w+))?(?:/(?:string|data)\(\))?"
_RETURN = re.compile(r"^\$(?P<v>\w+)" + _TAIL + "$")
_ORDER = re.compile(r"^(?P<number>number\()?\$(?P<v>\w+)/@(?P<f>\w+)(?(number)\))$|^sum\((?P<path>.+)\)$")
_FLWOR = re.compile(r"^\(for \$(?P<v>\w+) in (?P<src>.+?) order by (?P<key>.+?) (?P<dir>ascending|descending) return (?P<ret>.+)\)"
                    r"\[(?P<at>1|last\(\))\]$")

_Path = tuple[str, list[str], str]
"""A path read: the records, its predicates and the child element or attribute it ends in (empty for the records)."""
_Days = dict[str, tuple[str, dict[str, str]]]
"""The records a ``let $d := .../@day`` names a day by, with their tests, by the bound variable."""


def _close(text: str, start: int) -> int | None:
    """Where the bracket opened at ``start`` closes, brackets in quotes and nested ones passed over."""
    depth, quote = 0, False
    for i in range(start, len(text)):
        if text[i] == '"':
            quote = not quote
        elif not quote and text[i] in "[]":
            depth += 1 if text[i] == "[" else -1
            if depth == 0:
                return i
    return None


def _records(name: str) -> str | None:
    """The records an element holds, by its name (``sleep`` nights, ``kid`` people, ``said`` what was said)."""
    base = _ELEMENTS.get(name.lower()) or records(name)
    base = SINGULAR.get(base, base)
    return base if base in (*BASES, "news", "days", "talk") else None


def _asked(tail: re.Match[str]) -> str:
    """The child element or attribute a path (or a ``return $v/...``) ends in, in lower case; empty for none."""
    return (tail["step"] or tail["attr"] or "").lower()


def _path(text: str) -> _Path | None:
    """``//element[...][...]/child`` or ``/@attribute`` (``/string()`` after it): the records, predicates and what is asked."""
    opening = re.match(r"//([A-Za-z_]\w*)", text)
    base = _records(opening[1]) if opening else None
    if base is None:
        return None
    at, predicates = opening.end(), []  # type: ignore[union-attr]
    while at < len(text) and text[at] == "[":
        end = _close(text, at)
        if end is None:
            return None
        predicates.append(text[at + 1:end].strip())
        at = end + 1
    tail = re.fullmatch(_TAIL, text[at:])
    return None if tail is None else (base, predicates, _asked(tail))


def _key(field: str, base: str) -> str | None:
    """The request parameter a test of ``field`` fills (a remark's "what" is what was said)."""
    field = field.lower()
    return "said" if base == "talk" and field in KIND_KEYS else param(field, base)


def _tests(base: str, predicates: list[str], days: _Days) -> dict[str, str] | None:  # noqa: PLR0911 - one check per test
    """The predicates' tests by request parameter: ``@kind="lunch"``, ``@km="9.3"``, this week, or ``@day=$d`` for a day
    ``days`` names."""
    tests: dict[str, str] = {}
    for predicate in predicates:
        if (since := _SINCE.match(predicate)) is not None:
            if not since["week"] or since["op"] != "ge" or "week" in tests or param(since["f"].lower(), base) != "day":
                return None
            tests["week"] = "this"
            continue
        test = _TEST.match(predicate)
        key = _key(test["attr"], base) if test and test["attr"] else None
        if test is None or key is None or key in tests or test["op"] not in ("=", "eq") or test["list"] is not None or test["of"]:
            return None
        if test["var"] is not None:
            if test["var"] not in days or key not in ("day", "night"):
                return None
            value = named_day(*days[test["var"]], key)
        else:
            value = test["q"] if test["q"] is not None else test["n"]
        if not value:
            return None
        tests[key] = tested_value(key, value)
    news_of_a_move(base, tests)
    return tests if one_window(tests) else None


def _column(base: str, column: str) -> str:
    """The request's word for a column (a launch's date is its new date, a workout's sport its activity)."""
    return request_word(base, column, _OWN_COLUMNS)


def _line(query: Query, order: str = "") -> str | None:
    """The request line of one lookup (``order`` the attribute a first or a last is taken by); None where the request would
    ask another question."""
    asked = as_records_asked(*query[:2], query.tests)  # a day's meal, news of a launch or of the offsite
    if asked is None:
        return None
    (base, column, tests), statistic = asked, query.statistic
    column = _column(base, column) if column and column not in ("metres", "age_next_birthday") else column
    if statistic in ("first", "last"):
        if (column in TIME_COLUMNS or column == "time") and (not order or _column(base, order) == column):
            column = "time"
        elif base in ("tips", "launches") and statistic == "last" and order in _STAMPS:
            statistic = ""  # the latest news of a move: its value
        else:
            return None
    return checked_line(Query(base, column, statistic, tests))


def _lookup(text: str, days: _Days) -> Query | None:  # noqa: PLR0911 - one reading per form
    """A lookup read: a path's value (``+ 1`` to an age), ``count(path)``, ``sum(path/@field)`` (``* 1000`` for metres), or
    ``min``/``max`` of a time."""
    plus = re.fullmatch(r"(?P<path>//.+?)\s*\+\s*1", text)
    scaled = re.fullmatch(r"(?P<call>sum\(.+\))\s*\*\s*1000", text)
    call = re.fullmatch(r"(?P<f>sum|count|min|max)\((?P<path>.+)\)", scaled["call"] if scaled else text)
    path = _path(plus["path"] if plus else call["path"] if call else text)
    tests = _tests(path[0], path[1], days) if path else None
    if path is None or tests is None:
        return None
    base, _, column = path
    if plus:
        return Query(base, "age_next_birthday", "", tests) if column == "age" else None
    if call is None:
        return Query(base, column, "", tests)
    if call["f"] == "count" or scaled and column != "km" or not column:
        return Query(base, "", "count", tests) if call["f"] == "count" and not column else None
    statistic = {"sum": "sum", "min": "first", "max": "last"}[call["f"]]  # the first or the last of a time
    return Query(base, "metres" if scaled else column, statistic, tests)


def _ordered(match: re.Match[str]) -> str | None:  # noqa: PLR0911
    """``(for $v in path order by $v/@f ... return $v/@g/string())[1]``: the first, the last or the latest of a lookup."""
    path, returned, order = _path(match["src"]), _RETURN.match(match["ret"]), _ORDER.match(match["key"])
    if path is None or returned is None or order is None or order["v"] != match["v"] or returned["v"] != match["v"]:
        return None
    if (tests := _tests(path[0], path[1], {})) is None or path[2] or not (asked := _asked(returned)):
        return None
    latest = (match["dir"] == "descending") == (match["at"] == "1")
    return _line(Query(path[0], asked, "last" if latest else "first", tests), order["f"].lower())


def _compared(match: re.Match[str]) -> str | None:  # noqa: PLR0911
    """``(for $s in //sleep[@night = ("A", "B")] order by $s/@hours descending return $s/@night/string())[1]`` or ``(for $d in
    ("A", "B") order by sum(//coffee[@day=$d]/@mg) descending return $d)[1]``: two nights' or days' values side by side."""
    order, returned, var = _ORDER.match(match["key"]), _RETURN.match(match["ret"]), match["v"]
    if order is None or returned is None or returned["v"] != var or (match["dir"] == "descending") != (match["at"] == "1"):
        return None  # the lesser of the two, or another form
    if (listed := re.fullmatch(r'\(\s*"([^"]+)"\s*,\s*"([^"]+)"\s*\)', match["src"])) is not None:
        path = _path(order["path"] or "")
        test = _TEST.match(path[1][0]) if path and len(path[1]) == 1 and path[2] and not _asked(returned) else None
        if test is None or test["var"] != var or test["op"] not in ("=", "eq") or not test["attr"] or test["of"]:
            return None
        base, field, measured, values = path[0], test["attr"], path[2], listed.groups()  # type: ignore[index]
    else:
        path = _path(match["src"])
        test = _TEST.match(path[1][0]) if path and len(path[1]) == 1 and not path[2] else None
        values = tuple(re.findall(r'"([^"]*)"', test["list"])) if test and test["list"] is not None else ()
        if len(values) != 2 or order["v"] != var or _asked(returned) != (test["attr"] or "").lower():  # type: ignore[index]
            return None
        base, field, measured = path[0], test["attr"], order["f"].lower()  # type: ignore[index]
    kinds = PAIRS.get((base, _column(base, measured), _key(field, base) or ""))
    return pair_line(values[0], values[1], *kinds) if kinds and values[0] != values[1] and all(values) else None


def _after(var: str, workout: dict[str, str], match: re.Match[str] | None) -> str | None:  # noqa: PLR0911
    """``(for $m in //meeting[@start gt $w/@end] order by $m/@start ascending return $m/attendee/string())[1]`` after ``let
    $w := //workout[...]``: who was at the meeting right after a workout (named with its day)."""
    path = _path(match["src"]) if match else None
    returned, order = (_RETURN.match(match["ret"]), _ORDER.match(match["key"])) if match else (None, None)
    test = _TEST.match(path[1][0]) if path and len(path[1]) == 1 and not path[2] else None
    if test is None or returned is None or order is None or path[0] != "meetings" or test["op"] not in ("gt", ">"):  # type: ignore[index]
        return None
    if test["var"] != var or not test["attr"] or _column("meetings", test["attr"].lower()) != "time" or not test["of"] or \
            _column("workouts", test["of"].lower()) not in ("end", "end_time", "ended"):
        return None
    if {order["v"], returned["v"]} != {match["v"]} or (match["dir"], match["at"]) != ("ascending", "1") or \
            _column("meetings", order["f"].lower()) != "time" or _column("meetings", _asked(returned)) != "attendees":  # type: ignore[index]
        return None
    if "label" not in workout or set(workout) - {"label", "day"}:
        return None
    return request_line("meetings", [("after", workout["label"]), ("day", workout.get("day", "")), ("take", "next"),
                                     ("select", "attendees")])


def _let(text: str) -> str | None:
    """``let $d := //meeting[@title="X"]/@day return ...`` (a day named by a record) or ``let $w := //workout[...] return
    (for $m in ...)[1]`` (the meeting after a workout)."""
    match = re.fullmatch(r"let \$(?P<v>\w+) := (?P<bound>//.+?) return (?P<body>.+)", text)
    path = _path(match["bound"]) if match else None
    tests = _tests(path[0], path[1], {}) if path else None
    if path is None or tests is None:
        return None
    if not path[2]:
        return _after(match["v"], tests, _FLWOR.match(match["body"])) if path[0] == "workouts" else None  # type: ignore[index]
    if _key(path[2], path[0]) not in ("day", "night") or named_day(path[0], tests, "day") is None:
        return None
    query = _lookup(match["body"], {match["v"]: (path[0], tests)})  # type: ignore[index]
    return None if query is None else _line(query)


def _two(function: str, text: str) -> tuple[_Path, _Path, bool] | None:
    """``function(path) gt function(path)`` (``lt``): the two paths and whether the first is the greater."""
    match = re.fullmatch(rf"{function}\((?P<a>//.+?)\) (?P<op>gt|lt|>|<) {function}\((?P<b>//.+)\)", text)
    a, b = (_path(match["a"]), _path(match["b"])) if match else (None, None)
    return None if a is None or b is None else (a, b, match["op"] in ("gt", ">"))  # type: ignore[index]


def _weeks(text: str) -> str | None:
    """``count(//coffee[within 7 days]) gt count(//coffee[7 to 14 days back])``: this week's coffees against last week's."""
    two, windows = _two("count", text), []
    for path in two[:2] if two else ():
        since = [_SINCE.match(predicate) for predicate in path[1]]
        if path[0] != "coffees" or path[2] or not all(since) or \
                any(s["week"] or param(s["f"].lower(), "coffees") != "day" for s in since):  # type: ignore[index]
            return None
        windows.append({(s["op"], s["n"]) for s in since})  # type: ignore[index]
    this, last = {("gt", "7")}, {("le", "7"), ("gt", "14")}
    return COFFEE_WEEKS if two and windows == ([this, last] if two[2] else [last, this]) else None


def _habit(text: str) -> str | None:  # noqa: PLR0911
    """``avg(//night[@last_coffee ge "T"]/@hours) lt avg(//night[@last_coffee lt "T"]/@hours)``: the nights after a threshold
    against the others, or nights after a workout day (days of a workout's coffees, ``@trained="true"``) against the rest."""
    two = _two("avg", text)
    if two is None or two[0][0] != two[1][0] or two[0][2] != two[1][2] or len(two[0][1]) != 1 or len(two[1][1]) != 1:
        return None
    on, off = _TEST.match(two[0][1][0]), _TEST.match(two[1][1][0])
    if on is None or off is None or on["var"] or on["list"] is not None or \
            (on["attr"] or on["na"]).lower() != (off["attr"] or off["na"]).lower():
        return None
    base, field = two[0][0], (on["attr"] or on["na"]).lower()
    measured = next((MEASURED[word] for word in two[0][2].split("_") if word in MEASURED), None)
    if on["op"] in ("=", "eq") and off["op"] in ("=", "eq") and (on["q"], off["q"]) == ("true", "false"):
        fits = (base, measured) in (("nights", "hours"), ("days", "cups"), ("days", "hours"))
        return habit_line(measured=measured) if fits and set(field.split("_")) & _TRAINED else None
    value = on["q"] if on["q"] is not None else on["n"]
    if (on["op"], off["op"]) not in (("ge", "lt"), (">=", "<")) or (off["q"], off["n"]) != (on["q"], on["n"]) or not value or \
            (base, measured) != ("nights", "hours"):
        return None
    column = "caffeine_mg" if set(field.split("_")) & {"mg", "caffeine"} else field
    return habit_line(column, value) if threshold_habit(column, value) is not None else None


def _again(text: str) -> str | None:
    """``local:ask-again($day - xs:dayTimeDuration("P1D"))`` (``$night``), ``local:ask-again("X")``, ``local:ask-again(
    format-date(current-date(), ...))`` (today so far) or ``local:ask-again-for("X")``: the last question rerun."""
    match = re.fullmatch(r'local:[\w-]*?(?P<for>-for)?\((?:"(?P<q>[^"]+)"|\$(?P<v>day|night|date) - xs:dayTimeDuration\("P1D"\)'
                         r'|(?P<today>format-date\(current-date\(\), "[^"]*"\)|current-date\(\)))\)', text)
    if match is None or not re.match(r"local:(?:ask|run|re|again|same)", text):
        return None
    said = (f"who={match['q'] or ''}" if match["for"] else f"back={'night' if match['v'] == 'night' else 'day'}" if match["v"]
            else "day=today" if match["today"] or match["q"] == "today" else f"day={match['q']}")
    return rerun(said, r"^back=day$", r"^back=night$", r"^day=today$", r"^day=today$", r"^(day|who)=(.+)$")


def _expression(text: str) -> str | None:
    """The request line of one expression; None where any part of it is not read."""
    if text.startswith("local:"):
        return _again(text)
    if meeting := re.fullmatch(r"//meeting\[@id\s*=\s*\$last[\w-]*\]/@(\w+)(?:/string\(\))?", text):
        return MEETING_MINUTES if meeting[1].lower() in MINUTES | {"duration", "length"} else None
    if text.startswith("let $"):
        return _let(text)
    if text.startswith("avg("):
        return _habit(text)
    if text.startswith("(for $"):
        flwor = _FLWOR.match(text)
        return None if flwor is None else _compared(flwor) if "(" in flwor["src"] else _ordered(flwor)
    if text.startswith("count(") and (weeks := _weeks(text)) is not None:
        return weeks
    query = _lookup(text, {})
    return None if query is None else _line(query)


def from_xquery(text: str) -> str:
    """``text`` as an English question when it is one XQuery expression over the log, or a ``local:ask-again(...)`` rerunning
    the last one; else as it is."""
    stripped = re.sub(r"\s+", " ", text.strip()).rstrip(";").strip()
    if not re.match(r"(?:\(for \$|let \$|local:|(?:sum|count|avg|min|max)\(//|//[A-Za-z_])", stripped):
        return text
    return read_as_request(text, _expression(stripped))
