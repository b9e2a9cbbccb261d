"""A question typed as one line of modern free-form Fortran over the log's arrays, read as the English question it stands for.

An ocean modeller keeps the diary as arrays named by a prefix for the records and the column's word (``meal_food``, ``wo_km``,
``cup_time``, ``rest_hours``) and asks: ``print *, meal_food(findloc(meal_day == 'X' .and. meal_kind == 'lunch', .true.,
dim=1))`` or ``pack(meal_food, ...)`` for a value, ``sum(wo_km, mask = ...)`` and ``count(...)``, ``minval``/``maxval(cup_time,
mask = ...)`` for the first and the last, ``wo_date >= monday`` (``! monday = this week's``) for this week, two values side by
side for two compared, two means (``sum(nt_hours, mask = c) / count(c)`` against ``.not. c`` or ``<``) for a habit, ``j =
findloc(...); print *, ...`` for a day named by a meeting, a workout or a remark (``meal_day == mtg_day(j)``) or the meeting
after a workout (``minloc(mtg_start, ..., mask = mtg_start > wo_end(j))``); a follow-up reruns the last line in a comment
(``! same again with day = 'X'``, ``! same again, night shifted back one``) or prints ``mtg_minutes(j)``. Prefixes are read by
what they mean (``wo``, ``mtg``, ``nt``, ``cup``, ``news``), columns by their words; the line is put into the HTTP request line it
stands for, which ``http_requests`` reads, and left as it is where any part is not understood. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.code_fields import (QUANTITIES, VALUE_COLUMNS, Query, as_records_asked, checked_line, named_day, param, records,
                                       request_column)
from server.answers.code_words import BASES, RERUN, SINGULAR, SYNONYMS
from server.answers.http_requests import COFFEE_WEEKS, MEETING_MINUTES, habit_line, pair_line, read_as_request, request_line, rerun
from server.answers.named_asks import MINUTES, threshold_habit

_PREFIXES = {"wo": "workouts", "wk": "workouts", "ex": "workouts", "train": "workouts", "mtg": "meetings", "mtgs": "meetings",
             "att": "meetings", "attend": "meetings", "nt": "nights", "rest": "nights", "slp": "nights", "sleep": "nights",
             "cup": "coffees", "cof": "coffees", "caf": "coffees", "drink": "coffees", "ml": "meals", "child": "people",
             "kid": "people", "fam": "people", "flt": "flights", "dog": "pets", "rec": "tips", "news": "news", "dy": "days",
             "day": "days", "said": "talk", "talk": "talk", "chat": "talk", "remark": "talk", "quote": "talk"}
"""The records an array's prefix stands for where ``code_fields.records`` does not name them: a modeller's short forms
(``wo``, ``mtg``, ``nt``, ``rest``, ``cup``), a day's own arrays (``day_dinner``), what was said, news (the offsite's, a launch's)."""
_VALUE_COLUMNS = VALUE_COLUMNS | {"arrival", "hr", "bed"}
"""The columns a value is asked of, with Fortran's own short names."""
_QUANTITIES = QUANTITIES | {"meters"}
_TRAINED = {"trained", "training", "workout", "worked_out", "exercise", "exercised", "active", "sport"}
_PRINT = re.compile(r"^(?:print\s*\*\s*,|write\s*\(\s*\*\s*,\s*\*\s*\))\s*(?P<items>.+)$", re.I | re.S)
_ASSIGN = re.compile(r"^(?P<var>[a-z]\w*)\s*=\s*(?P<expr>findloc\s*\(.*\))$", re.I | re.S)
_CALL = re.compile(r"^([a-z]\w*)\s*\((.*)\)$", re.I | re.S)
_TERM = re.compile(r"^(?P<not>\.not\.\s*)?(?P<name>[a-z]\w*)"
                   r"(?:\s*(?P<op>==|/=|>=|<=|>|<|\.(?:eq|ne|ge|gt|le|lt)\.)\s*(?P<value>.+?))?$", re.I | re.S)
_VALUE = re.compile(r"^(?:'(?P<q>(?:[^']|'')*)'|\"(?P<d>(?:[^\"]|\"\")*)\"|(?P<n>-?\d+(?:\.\d+)?)"
                    r"|(?P<call>[a-z]\w*)\(\s*(?P<arg>[a-z]\w*)\s*\)|(?P<monday>monday)(?:\s*-\s*(?P<back>\d+))?)$", re.I)
"""A tested value: quoted (a doubled quote within), a number, another array at a found index, or the week's monday."""
_MASK = re.compile(r"^mask\s*=\s*", re.I)
_OPS = {".eq.": "==", ".ne.": "/=", ".ge.": ">=", ".gt.": ">", ".le.": "<=", ".lt.": "<"}


_Found = dict[str, tuple[str, dict[str, str]]]
"""The records a line's assignments found (``j = findloc(...)``): their kind and tests, by the variable's name."""



def _split(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` where it stands outside quotes and brackets (a ``/`` not the start of ``/=``)."""
    parts, depth, quote, start, i = [], 0, "", 0, 0
    lowered = text.lower()
    while i < len(text):
        char = text[i]
        if quote:
            quote = "" if char == quote else quote  # a doubled quote closes and opens again
        elif char in "'\"":
            quote = char
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif depth == 0 and lowered.startswith(separator, i) and not (separator == "/" and lowered.startswith("/=", i)):
            parts.append(text[start:i].strip())
            i += len(separator)
            start = i
            continue
        i += 1
    return [*parts, text[start:].strip()]


def _comment(text: str) -> tuple[str, str]:
    """The code of a line and its comment (from the first ``!`` outside quotes and brackets)."""
    code, *comment = _split(text, "!")
    return code, "!" + "!".join(comment) if comment else ""


def _balanced(text: str) -> bool:
    """Whether every bracket in ``text`` outside quotes closes, none before it opens."""
    depth, quote = 0, ""
    for char in text:
        if quote:
            quote = "" if char == quote else quote
        elif char in "'\"":
            quote = char
        elif char in "()":
            depth += 1 if char == "(" else -1
            if depth < 0:
                return False
    return depth == 0 and not quote


def _call(expr: str) -> tuple[str, list[str]] | None:
    """A call's name (in lower case) and arguments, where ``expr`` is one call whose bracket closes at its end."""
    match = _CALL.match(expr.strip())
    return None if match is None or not _balanced(match[2]) else (match[1].lower(), _split(match[2], ","))


def _records(prefix: str) -> str | None:
    base = _PREFIXES.get(prefix) or records(prefix)
    base = SINGULAR.get(base, base)
    return base if base in (*BASES, "news", "days", "talk") else None


def _name(name: str) -> tuple[str, str] | None:
    """An array's records and its column's word: ``wo_avg_hr`` is the workouts' ``avg_hr``."""
    prefix, _, column = name.lower().partition("_")
    base = _records(prefix) if column else None
    return (base, column) if base else None


def _condition(condition: str, found: _Found) -> tuple[str, dict[str, str]] | None:  # noqa: PLR0911
    """The records a mask names and its tests by request parameter; a test against ``monday`` is the week it starts, one
    against another array at a found index (``mtg_day(j)``) the day that record names."""
    base, tests, week = None, {}, []
    for term in _split(condition, ".and."):
        match = _TERM.match(term)
        value = _VALUE.match(match["value"].strip()) if match and match["value"] else None
        named = _name(match["name"]) if match else None
        if value is None or named is None or match["not"] or base not in (None, named[0]):
            return None
        base, op, key = named[0], _OPS.get(match["op"].lower(), match["op"]), param(named[1], named[0])
        if value["monday"]:
            if key != "day":
                return None
            week.append((op, int(value["back"] or 0)))
            continue
        if op != "==" or key is None or key in tests:
            return None
        if value["call"]:
            inner, record = _name(value["call"]), found.get(value["arg"].lower())
            if inner is None or record is None or inner[0] != record[0] or param(inner[1], inner[0]) not in ("day", "night"):
                return None
            text = named_day(*record, key)
        else:
            text = value["q"].replace("''", "'") if value["q"] is not None else \
                value["d"].replace('""', '"') if value["d"] is not None else value["n"]
        if text is None:
            return None
        tests[key] = text.lower() if key in ("kind", "verb") else text
    if week:
        if "day" in tests or base is None:
            return None
        tests["week"] = "this" if week == [(">=", 0)] else "last" if sorted(week) == [("<", 0), (">=", 7)] else ""
    return (base, tests) if base is not None and all(tests.values()) else None


def _findloc(args: list[str], found: _Found) -> tuple[str, dict[str, str]] | None:
    """``findloc(mask, .true., dim=1[, back=.true.])``: the record the mask finds."""
    if len(args) < 2 or args[1].lower() != ".true." or \
            not all(re.fullmatch(r"(?:dim\s*=\s*)?1|back\s*=\s*\.(?:true|false)\.", arg, re.I) for arg in args[2:]):
        return None
    return _condition(args[0], found)


def _query(item: str, found: _Found) -> Query | None:  # noqa: PLR0911 - one reading per intrinsic
    """A print item read: ``count(mask)`` or ``size(pack(...))``, ``sum``/``minval``/``maxval(column, mask = ...)``,
    ``pack(column, mask)``, ``column(findloc(mask, ...))`` or ``column(j)`` at a record found before."""
    call = _call(item)
    if call is None:
        return None
    name, args = call
    masks = [_MASK.sub("", arg) for arg in args[1:] if not re.fullmatch(r"dim\s*=\s*1", arg, re.I)]
    packed = _call(args[0]) if name == "size" and len(args) == 1 else None
    if name == "count" and len(args) == 1 or packed is not None and packed[0] == "pack" and len(packed[1]) == 2:
        condition = packed[1][1] if packed else args[0]
        column, statistic, record = "", "count", _condition(_MASK.sub("", condition), found)
    elif name in ("sum", "minval", "maxval", "pack") and len(masks) == 1 and (name != "pack" or len(args) == 2):
        column, statistic = args[0], {"sum": "sum", "minval": "first", "maxval": "last"}.get(name, "")
        record = _condition(masks[0], found)
    elif len(args) == 1 and (inner := _call(args[0])) is not None and inner[0] == "findloc":
        column, statistic, record = name, "", _findloc(inner[1], found)
    elif len(args) == 1 and args[0].lower() in found:
        column, statistic, record = name, "", found[args[0].lower()]
    else:
        return None
    if column and not re.fullmatch(r"[a-z]\w*", column, re.I):
        return None
    named = _name(column) if column else (record[0], "") if record else None
    if record is None or named is None or named[0] != record[0]:
        return None
    return Query(record[0], SYNONYMS.get(named[1], named[1]), statistic, record[1])



def _line(query: Query) -> str | None:  # noqa: PLR0911 - one check per way a reading goes wrong
    """The request line of one query over one kind of record; None where the request would ask another question."""
    base, column, statistic, tests = query.base, query.column, query.statistic, dict(query.tests)
    asked = as_records_asked(base, column, tests)  # a day's meal, news of a launch or of the offsite
    if asked is None:
        return None
    base, column, tests = asked
    column = request_column(base, column) if column else ""
    return checked_line(Query(base, column, statistic, tests), _QUANTITIES, _VALUE_COLUMNS)


def _after(item: str, found: _Found) -> str | None:
    """``mtg_people(minloc(mtg_start, dim=1, mask = mtg_start > wo_end(j)))``: who was at the meeting after a workout."""
    outer = _call(item)
    inner = _call(outer[1][0]) if outer and len(outer[1]) == 1 else None
    if outer is None or inner is None or inner[0] != "minloc":
        return None
    masks = [_MASK.sub("", arg) for arg in inner[1][1:] if _MASK.match(arg)]
    term = re.fullmatch(r"([a-z]\w*)\s*>=?\s*([a-z]\w*)\(\s*([a-z]\w*)\s*\)", masks[0], re.I) if len(masks) == 1 else None
    if term is None or term[1].lower() != inner[1][0].lower():
        return None
    asked, start, end, workout = _name(outer[0]), _name(term[1]), _name(term[2]), found.get(term[3].lower())
    if asked is None or start is None or end is None or workout is None or (asked[0], start[0]) != ("meetings", "meetings"):
        return None
    if (end[0], workout[0]) != ("workouts", "workouts") or request_column("meetings", asked[1]) != "attendees" or \
            "label" not in workout[1] or set(workout[1]) - {"label", "day"}:
        return None
    return request_line("meetings", [("after", workout[1]["label"]), ("day", workout[1].get("day", "")), ("take", "next"),
                                     ("select", "attendees")])


def _mean(item: str) -> tuple[str, str] | None:
    """``sum(column, mask = c) / count(c)``: the column averaged and the mask."""
    parts = _split(item, "/")
    total, count = (_call(parts[0]), _call(parts[1])) if len(parts) == 2 else (None, None)
    if total is None or count is None or total[0] != "sum" or count[0] != "count" or len(total[1]) != 2 or len(count[1]) != 1:
        return None
    mask = _MASK.sub("", total[1][1])
    return (total[1][0], mask) if re.sub(r"\s+", "", mask).lower() == re.sub(r"\s+", "", count[1][0]).lower() else None


def _op(term: re.Match[str]) -> str:
    """A test's operator in one spelling (``.ge.`` is ``>=``); "" for a flag."""
    return _OPS.get((term["op"] or "").lower(), term["op"] or "")


def _habit(first: str, second: str) -> str | None:  # noqa: PLR0911 - one check per way two means differ from a habit's
    """Two means over a mask and its opposite: a threshold on a night's column (``nt_day_mg >= 300`` against ``< 300``) or a
    workout day's flag (``nt_trained`` against ``.not. nt_trained``)."""
    a, b = _mean(first), _mean(second)
    if a is None or b is None or a[0].lower() != b[0].lower():
        return None
    measured, on, off = _name(a[0]), _TERM.match(a[1]), _TERM.match(b[1])
    if measured is None or on is None or off is None or on["name"].lower() != off["name"].lower() or on["not"]:
        return None
    flagged = _name(on["name"])
    if flagged is None or flagged[0] not in ("nights", "days"):
        return None
    if not _op(on) and not _op(off) and off["not"] and flagged[1] in _TRAINED:
        measure = "hours" if measured == ("nights", "hours") else "cups" if measured[1] in ("cups", "coffees") else None
        return habit_line(measured=measure) if measure else None
    value = _VALUE.match(on["value"].strip()) if on["value"] else None
    threshold = next((value[group] for group in "qdn" if value[group] is not None), None) if value else None
    same = re.sub(r"\s+", "", on["value"] or "") == re.sub(r"\s+", "", off["value"] or "")
    if threshold is None or measured != ("nights", "hours") or (_op(on), _op(off)) != (">=", "<") or not same or off["not"]:
        return None
    return habit_line(flagged[1], threshold) if threshold_habit(flagged[1], threshold) is not None else None


def _compared(first: str, second: str, found: _Found) -> str | None:  # noqa: PLR0911
    """Two values side by side: two days' or nights' (sleep, caffeine, workout minutes), or this week's coffees and last."""
    if (habit := _habit(first, second)) is not None:
        return habit
    a, b = _query(first, found), _query(second, found)
    if a is None or b is None or a[:3] != b[:3] or set(a.tests) != set(b.tests) or len(a.tests) != 1:
        return None
    key, column = next(iter(a.tests)), request_column(a.base, a.column)
    x, y = a.tests[key], b.tests[key]
    if x == y:
        return None
    if key == "week":
        return COFFEE_WEEKS if a.base == "coffees" and a.statistic == "count" and {x, y} == {"this", "last"} else None
    if key not in ("day", "night") or a.statistic not in ("", "sum"):
        return None
    nights_caffeine = {("nights", "hours"): (True, False), ("coffees", "caffeine_mg"): (False, True),
                       ("workouts", "minutes"): (False, False)}.get((a.base, column))
    return pair_line(x, y, *nights_caffeine) if nights_caffeine else None


def _printed(assignments: list[str], items: str) -> str | None:
    """The request a print statement stands for, after the records its assignments (``j = findloc(...)``) found."""
    found: _Found = {}
    for assignment in assignments:
        match = _ASSIGN.match(assignment)
        call = _call(match["expr"]) if match else None
        record = _findloc(call[1], found) if call else None
        if match is None or record is None:
            return None
        found[match["var"].lower()] = record
    printed = _split(items, ",")
    if len(printed) == 2:
        return _compared(*printed, found)
    if len(printed) != 1:
        return None
    if (after := _after(printed[0], found)) is not None:
        return after
    call = _call(printed[0])
    if call and len(call[1]) == 1 and re.fullmatch(r"[a-z]\w*", call[1][0], re.I) and call[1][0].lower() not in found:
        named = _name(call[0])  # the meeting found by a line before: "mtg_minutes(j)"
        return MEETING_MINUTES if named and named[0] == "meetings" and set(named[1].split("_")) & (MINUTES | {"dur"}) else None
    query = _query(printed[0], found)
    return None if query is None else _line(query)


def _again(comment: str) -> str | None:
    """``! same again, day shifted back one`` (``night``), ``! same again with day = today`` (so far), ``... day = 'X'``,
    ``... who = 'X'``: the last line rerun."""
    opening = re.match(r"^!\s*(\w+)", comment)
    if opening is None or opening[1].lower() not in RERUN:
        return None
    return rerun(comment, r"\bday\b[\w\s]*?\bback\b|\bday\s*-\s*1\b", r"\bnight\b[\w\s]*?\bback\b|\bnight\s*-\s*1\b",
                 r"\bday\s*=\s*['\"]?today\b", r"\bday\s*=\s*['\"]?today\b", r"\b(day|night|who)\s*=\s*['\"]([^'\"]*)['\"]")


def from_fortran(text: str) -> str:
    """``text`` as an English question when it is a Fortran print line over the log or a comment rerunning one; else as it is."""
    code, comment = _comment(text.strip())
    if not code:
        return read_as_request(text, _again(comment))
    *assignments, last = _split(code.rstrip(";"), ";")
    printed = _PRINT.match(last)
    if printed is None or not all(_ASSIGN.match(assignment) for assignment in assignments):
        return text
    if re.search(r"\bmonday\b", code, re.I) and re.search(r"\bmonday\b", comment, re.I) and \
            not re.search(r"\bthis\s+week", comment, re.I):
        return text  # "! monday = last week's": another week than this one
    return read_as_request(text, _printed(assignments, printed["items"]))
