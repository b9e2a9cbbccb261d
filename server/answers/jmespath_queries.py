"""A question typed as one JMESPath expression (the query language of the AWS CLI's ``--query``, as handed to the jmespath
library) over the log kept as one JSON document, read as the English question it stands for.

A network engineer keeps the diary as arrays named by what they hold (``meals``, ``nights``, ``cups``, ``sessions``,
``advice``, ``updates``, ``mentions``) and asks with one expression: a filter projection ``meals[?day=='X' &&
slot=='lunch'].dish | [0]`` for a value (``.people[]`` for a list), ``length(...)`` for a count, ``sum(....km)`` for a total,
``min_by(cups[?day=='X'], &at).at`` (``max_by``) for the first (the last) time, ``sort_by(updates[?...], &at)[-1].venue`` for
the latest news, ``in_this_week(day)`` (a function of his own) for this week, ``day==($.meetings[?title=='X'].day | [0])`` for
a day named by a meeting, a remark (``what==`"X"```) or a workout (``km==`9.3` && did=='ran'``), ``sort_by(meetings[?startsAt
> ($.sessions[?...].endsAt | [0])], &startsAt)[0].people`` for the meeting after a workout, ``max_by(nights[?night=='A' ||
night=='B'], &hrs).night`` or ``[sum(cups[?day=='A'].mg), sum(cups[?day=='B'].mg)]`` for two compared, ``length(cups[?
in_this_week(day)]) > length(cups[?in_last_week(day)])`` for this week's coffees against last week's, ``avg(nights[?lastCupAt
>= 'T'].hrs) < avg(nights[?lastCupAt < 'T'].hrs)`` (``[?afterTraining]`` against ``[?!afterTraining]``) for a habit; a
follow-up is ``again_with('day', shift(`-1`))`` (``'night'``), ``again_with('day', 'X')``, ``again_with('day', today())``
(today so far), ``again_with('person', 'X')`` or ``meetings[?title==last_title()].mins | [0]``. Arrays are read by what they
hold, fields (``camelCase`` or ``snake_case``) by their words; strings are raw (``'X'``) or JSON literals (```"X"```, ```9.3```).
The expression is put into the HTTP request line it stands for, which ``http_requests`` reads, and left as it is where any
part is not understood (a ``!=``, an ``||`` but between two nights, a ``min_by`` of two, a function not read here). Pure
functions of the text.
"""

from __future__ import annotations

import re

from server.answers.code_fields import (MEASURED, PAIRS, Query, as_records_asked, checked_line, named_day, news_of_a_move,
                                        one_window, param, records, request_word, tested_value)
from server.answers.code_words import BASES, KIND_KEYS, PERSON_KEYS, SINGULAR, TIME_COLUMNS
from server.answers.http_requests import COFFEE_WEEKS, MEETING_MINUTES, habit_line, pair_line, read_as_request, request_line, rerun
from server.answers.named_asks import MINUTES, threshold_habit

_ARRAYS = {"advice": "tips", "updates": "news", "news": "news", "arrivals": "flights", "children": "people", "kids": "people",
           "daughters": "people", "sessions": "workouts", "runs": "workouts", "cups": "coffees", "drinks": "coffees",
           "mentions": "talk", "remarks": "talk", "said": "talk", "talk": "talk", "days": "days", "sleep": "nights"}
"""The records an array's name stands for where ``code_fields.records`` does not name them."""
_OWN_COLUMNS = {"dish": "food", "sport": "activity", "hrs": "hours", "turning": "age_next_birthday", "hr_avg": "avg_bpm",
                "bpm_avg": "avg_bpm", "ends_at": "end", "woke": "wake_time", "bed": "bed_time", "meters": "metres"}
_OWN_KEYS = {"slot": "kind", "sex": "kind", "gender": "kind"}
"""Fields whose test says which kind of record: a meal's slot, a child's sex (``sex=='f'``, a daughter)."""
_DAUGHTER = {"f", "female", "girl", "daughter"}
_TRAINED = {"trained", "training", "workout", "workouts", "exercised", "exercise", "active", "sport"}
_STAMPS = {"ts", "timestamp", "time", "date", "at", "created", "created_at", "updated", "updated_at", "posted", "when"}
"""Fields a news item is sorted by to take the latest."""

_LITERAL = r"'(?P<q>(?:[^'\\]|\\.)*)'|`\s*\"(?P<j>[^\"`\\]*)\"\s*`|`\s*(?P<n>-?\d+(?:\.\d+)?)\s*`"
"""A raw string ``'X'``, or a JSON literal: a string ```"X"``` or a number ```9.3```."""
_TERM = re.compile(r"^(?:(?P<week>in_this_week|in_last_week)\(\s*(?P<wf>[A-Za-z_]\w*)\s*\)|(?P<not>!\s*)?(?P<field>[A-Za-z_]\w*)"
                   rf"(?:\s*(?P<op>==|>=|>|<=|<)\s*(?:{_LITERAL}|\((?P<sub>\$\..+)\)|(?P<last>last_\w+\(\s*\))))?)$")
"""One test of a filter: a field against a literal, a value another record names ``($.array[?...].day | [0])`` or the last
question's (``last_title()``); a field alone (true) or negated (``!trained``); this week's or last week's days."""
_PLUCK = re.compile(r"^(?:\.(?P<col>[A-Za-z_]\w*)(?P<flat>\[\])?)?(?:\s*\|\s*\[0\])?$")
"""What follows a filter: the field taken (``.dish``, ``.people[]``) and its first value (``| [0]``)."""
_AGAIN = re.compile(r"^again_with\(\s*'(?P<field>\w+)'\s*,\s*(?:'(?P<q>[^']+)'|(?P<shift>shift\(\s*`\s*-1\s*`\s*\))"
                    r"|(?P<today>today\(\s*\)))\s*\)$")
_OPENING = re.compile(r"^(?:\[\s*sum\(|(?:sum|length|min_by|max_by|sort_by|avg)\(\s*[A-Za-z_]\w*\[\?|[A-Za-z_]\w*\[\?"
                      r"|again_with\(\s*')")
"""How an expression this reader may read starts: a filter projection, a function over one, a list of two sums, a rerun."""

_Filter = tuple[str, str, str]
"""A filter projection read: the records, the filter's condition and what follows its closing bracket."""


def _snake(name: str) -> str:
    """A field's name in lower case with its words joined by underscores (``startsAt`` is ``starts_at``)."""
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def _scan(text: str, start: int = 0, stop: str = "") -> list[int]:
    """Where each of the marks ``stop`` stands at the top level (outside quotes and brackets) or, with none, where the bracket
    open at ``start`` closes (one index); an empty list where brackets or quotes are not closed."""
    found, depth, quote, i = [], 0, "", start
    while i < len(text):
        c = text[i]
        if quote:
            i += 2 if c == "\\" else 1
            quote = "" if c == quote else quote
            continue
        if c in "'`":
            quote = c
        elif c in "([":
            depth += 1
        elif c in ")]":
            depth -= 1
            if depth == 0 and not stop:
                return [i]
            if depth < 0:
                return []
        elif depth == 0 and stop and (mark := next((m for m in stop.split() if text.startswith(m, i)), None)):
            found.append(i)
            i += len(mark)
            continue
        i += 1
    return found if stop and depth == 0 and not quote else []


def _split(text: str, marks: str) -> list[str]:
    """``text`` split at the top-level marks (``"&&"``, ``","``), each part stripped."""
    parts, start = [], 0
    for at in _scan(text, 0, marks):
        mark = next(m for m in marks.split() if text.startswith(m, at))
        parts.append(text[start:at].strip())
        start = at + len(mark)
    return [*parts, text[start:].strip()]


def _records(name: str) -> str | None:
    """The records an array holds, by its name (``sessions`` workouts, ``advice`` tips, ``mentions`` what was said)."""
    base = _ARRAYS.get(name.lower()) or records(name)
    base = SINGULAR.get(base, base)
    return base if base in (*BASES, "news", "days", "talk") else None


def _filter(text: str) -> _Filter | None:
    """``array[?condition]...``: the records, the condition and the rest."""
    opening = re.match(r"([A-Za-z_]\w*)\[\?", text)
    base = _records(opening[1]) if opening else None
    end = _scan(text, len(opening[1])) if opening else []
    return (base, text[opening.end():end[0]].strip(), text[end[0] + 1:].strip()) if base and end and opening else None


def _value(term: re.Match[str]) -> str | None:
    """A test's literal: a raw string, a JSON string or a number."""
    return term["q"].replace("\\'", "'") if term["q"] is not None else term["j"] if term["j"] is not None else term["n"]


def _key(field: str, base: str, value: str) -> str | None:
    """The request parameter a test of ``field`` fills (a remark's "what" is what was said, an update's "about" the offsite
    or a project)."""
    if base == "news" and field in ("about", "subject", "topic"):
        return "kind" if value.lower() == "offsite" else "project"
    return "said" if base == "talk" and field in KIND_KEYS else _OWN_KEYS.get(field) or param(field, base)


def _inner(sub: str) -> tuple[str, dict[str, str], str] | None:
    """``$.array[?...].field | [0]``: the records, the tests and the field of the value another record gives."""
    found = _projection(sub[2:].strip())
    return found if found and found[2] and re.search(r"\|\s*\[0\]$", sub) else None


def _tests(base: str, condition: str) -> dict[str, str] | None:  # noqa: PLR0911 - one check per way a test fails
    """The condition's tests joined by ``&&`` by request parameter: ``slot=='lunch'``, ``km==`9.3```, this week, or
    ``day==($.meetings[...].day | [0])`` for a day another record names."""
    tests: dict[str, str] = {}
    if _scan(condition, 0, "||"):
        return None  # either test
    for part in _split(condition, "&&"):
        term = _TERM.match(part)
        if term is None:
            return None
        if term["week"]:
            if term["week"] != "in_this_week" or param(_snake(term["wf"]), base) != "day" or "week" in tests:
                return None
            tests["week"] = "this"
            continue
        value = _value(term) or ""
        key = _key(_snake(term["field"]), base, value) if term["op"] == "==" and not term["not"] else None
        if key is None or key in tests or term["last"]:
            return None
        if term["sub"] is not None:  # a day (or the night after it) another record's tests name
            inner = _inner(term["sub"]) if key in ("day", "night") else None
            value = named_day(*inner[:2], key) if inner and param(inner[2], inner[0]) == "day" else ""  # type: ignore[arg-type]
        elif _snake(term["field"]) in ("sex", "gender"):
            value = "daughter" if base == "people" and value.lower() in _DAUGHTER else ""
        if not value:
            return None
        tests[key] = tested_value(key, value)
    news_of_a_move(base, tests)
    return tests if one_window(tests) else None


def _column(base: str, column: str) -> str:
    """The request's word for a field (a launch's date is its new date, a session's sport its activity)."""
    return request_word(base, column, _OWN_COLUMNS)


def _line(query: Query, order: str = "") -> str | None:
    """The request line of one lookup (``order`` the field a first or a last is taken by); None where the request would ask
    another question."""
    asked = as_records_asked(*query[:2], query.tests)  # news of a launch or of the offsite
    if asked is None:
        return None
    (base, column, tests), statistic = asked, query.statistic
    column = _column(base, column) if column else column
    if statistic in ("first", "last"):
        if (column in TIME_COLUMNS or column == "time") and (not order or _column(base, order) == column):
            column = "time"
        elif base in ("tips", "launches") and statistic == "last" and order in _STAMPS:
            statistic = ""  # the latest news of a move: its value
        else:
            return None
    return checked_line(Query(base, column, statistic, tests))


def _call(text: str) -> tuple[str, list[str], str] | None:
    """``function(argument, ...)rest``: the function's name, its arguments and what follows the call."""
    opening = re.match(r"([a-z_]\w*)\(", text)
    end = _scan(text, opening.end() - 1) if opening else []
    return (opening[1], _split(text[opening.end():end[0]], ","), text[end[0] + 1:].strip()) if opening and end else None


def _projection(text: str) -> tuple[str, dict[str, str], str] | None:
    """``array[?...].field | [0]`` (``.field[]``, or no field): the records, the tests and the field in lower case."""
    found = _filter(text)
    taken = _PLUCK.match(found[2]) if found else None
    tests = _tests(found[0], found[1]) if found and taken else None
    return None if tests is None else (found[0], tests, _snake(taken["col"] or ""))  # type: ignore[index]


def _compared(found: _Filter, order: str, asked: str) -> str | None:
    """``max_by(nights[?night=='A' || night=='B'], &hrs).night``: which of two nights (or days) had more."""
    terms = [_TERM.match(part) for part in _split(found[1], "||")]
    if len(terms) != 2 or not all(terms) or _scan(found[1], 0, "&&") or any(t["op"] != "==" for t in terms):  # type: ignore[index]
        return None
    fields, values = {_snake(t["field"]) for t in terms}, [_value(t) or "" for t in terms]  # type: ignore[index]
    key = _key(asked, found[0], "") if fields == {asked} else None
    kinds = PAIRS.get((found[0], _column(found[0], order), key or "")) if found[0] != "coffees" else None  # a cup is no day
    return pair_line(*values, *kinds) if kinds and all(values) and values[0] != values[1] else None


def _after(found: _Filter, order: str, rest: str) -> str | None:  # noqa: PLR0911
    """``sort_by(meetings[?startsAt > ($.sessions[?...].endsAt | [0])], &startsAt)[0].people``: who was at the meeting right
    after a workout (named with its day)."""
    term, asked = _TERM.match(found[1]), re.fullmatch(r"\[0\]\.([A-Za-z_]\w*)(?:\[\])?", rest)
    if term is None or asked is None or term["op"] not in (">", ">=") or not term["sub"] or found[0] != "meetings":
        return None
    inner, times = _inner(term["sub"]), {_column("meetings", _snake(term["field"])), _column("meetings", order)}
    workout = inner[1] if inner and inner[0] == "workouts" and _column("workouts", inner[2]) in ("end", "end_time") else {}
    if times != {"time"} or "label" not in workout or set(workout) - {"label", "day"} or \
            _column("meetings", _snake(asked[1])) != "attendees":
        return None
    return request_line("meetings", [("after", workout["label"]), ("day", workout.get("day", "")), ("take", "next"),
                                     ("select", "attendees")])


def _ordered(name: str, args: list[str], rest: str) -> str | None:  # noqa: PLR0911
    """``min_by(...)``/``max_by(...).field`` or ``sort_by(...)[-1].field``: the first, the last or the latest of a lookup, two
    nights compared, or the meeting after a workout."""
    found = _filter(args[0]) if len(args) == 2 else None
    by = re.fullmatch(r"&\s*([A-Za-z_]\w*)", args[1]) if found and not found[2] else None
    if by is None:
        return None
    found, tests, order = found, _tests(*found[:2]), _snake(by[1])  # type: ignore[misc]  # no tests where || joins them
    if name == "sort_by":
        taken = re.fullmatch(r"\[(?P<at>0|-1)\]\.(?P<col>[A-Za-z_]\w*)", rest)
        if tests is None:
            return _after(found, order, rest)
        statistic = "last" if taken and taken["at"] == "-1" else "first"
    else:
        taken, statistic = re.fullmatch(r"\.(?P<col>[A-Za-z_]\w*)", rest), "first" if name == "min_by" else "last"
    if taken is None:
        return None
    if tests is None:
        return _compared(found, order, _snake(taken["col"])) if name == "max_by" else None
    return _line(Query(found[0], _snake(taken["col"]), statistic, tests), order)


def _over(text: str, name: str) -> Query | None:
    """``length(array[?...])`` (a count) or ``sum(array[?...].field)`` (a total)."""
    call = _call(text)
    found = _projection(call[1][0]) if call and call[0] == name and len(call[1]) == 1 and not call[2] else None
    if found is None or (name == "sum") != bool(found[2]) or name == "length" and not call[1][0].endswith("]"):  # type: ignore[index]
        return None
    return Query(found[0], found[2], "sum" if name == "sum" else "count", found[1])


def _pair(text: str) -> str | None:
    """``[sum(cups[?day=='A'].mg), sum(cups[?day=='B'].mg)]``: two days' totals side by side."""
    end = _scan(text)
    parts = _split(text[1:end[0]], ",") if end and end[0] == len(text) - 1 else []
    sums = [_over(part, "sum") for part in parts]
    if len(sums) != 2 or not all(sums) or len({(s.base, s.column) for s in sums}) != 1 or \
            any(set(s.tests) != {"day"} for s in sums):  # type: ignore[union-attr]
        return None
    first, second = (s.tests["day"] for s in sums)  # type: ignore[union-attr]
    kinds = PAIRS.get((sums[0].base, _column(sums[0].base, sums[0].column), "day"))  # type: ignore[union-attr]
    return pair_line(first, second, *kinds) if kinds and first != second else None


def _averaged(text: str) -> tuple[str, re.Match[str], str] | None:
    """``avg(array[?test].field)``: the records, the one test and the field averaged."""
    call = _call(text)
    found = _filter(call[1][0]) if call and call[0] == "avg" and len(call[1]) == 1 and not call[2] else None
    taken = _PLUCK.match(found[2]) if found else None
    term = _TERM.match(found[1]) if found and taken and taken["col"] and not taken["flat"] else None
    if term is None or term["week"] or term["sub"] or term["last"]:
        return None
    return found[0], term, _snake(taken["col"])  # type: ignore[index]


def _habit(left: str, right: str) -> str | None:  # noqa: PLR0911
    """``avg(nights[?lastCupAt >= 'T'].hrs) < avg(nights[?lastCupAt < 'T'].hrs)``: nights after a threshold against the
    others; ``avg(nights[?afterTraining].hrs) > avg(nights[?!afterTraining].hrs)``: after workout days against the rest."""
    on, off = _averaged(left), _averaged(right)
    if on is None or off is None or on[0] != off[0] or on[2] != off[2] or _snake(on[1]["field"]) != _snake(off[1]["field"]):
        return None
    base, field, measured = on[0], _snake(on[1]["field"]), _OWN_COLUMNS.get(on[2], on[2])
    measured = next((MEASURED[word] for word in measured.split("_") if word in MEASURED), None)
    if not on[1]["op"] and not on[1]["not"] and not off[1]["op"] and off[1]["not"]:
        fits = (base, measured) in (("nights", "hours"), ("days", "cups"), ("days", "hours"))
        return habit_line(measured=measured or "") if fits and set(field.split("_")) & _TRAINED else None
    value = _value(on[1])
    if (on[1]["op"], off[1]["op"]) != (">=", "<") or _value(off[1]) != value or not value or (base, measured) != ("nights", "hours"):
        return None
    column = "caffeine_mg" if set(field.split("_")) & {"mg", "caffeine"} else field
    return habit_line(column, value) if threshold_habit(column, value) is not None else None


def _weeks(left: str, right: str, greater: bool) -> str | None:
    """``length(cups[?in_this_week(day)]) > length(cups[?in_last_week(day)])``: this week's coffees against last week's."""
    found = [_filter(side[7:-1]) if side.startswith("length(") and side.endswith(")") else None for side in (left, right)]
    terms = [_TERM.match(each[1]) if each and each[0] == "coffees" and not each[2] else None for each in found]
    weeks = [term["week"] if term and term["week"] and param(_snake(term["wf"]), "coffees") == "day" else "" for term in terms]
    return COFFEE_WEEKS if weeks == (["in_this_week", "in_last_week"] if greater else ["in_last_week", "in_this_week"]) else None


def _again(text: str) -> str | None:
    """``again_with('day', shift(`-1`))`` (``'night'``), ``again_with('day', 'X')``, ``again_with('day', today())`` (today so
    far) or ``again_with('person', 'X')``: the last question rerun."""
    match = _AGAIN.match(text)
    field = _snake(match["field"]) if match else ""
    days = field in ("day", "date", "night")
    if match is None or not days and (field not in PERSON_KEYS | {"person", "name"} or match["q"] is None):
        return None
    said = (f"back={'night' if field == 'night' else 'day'}" if match["shift"] else "day=today" if match["today"]
            else f"{'day' if days else 'who'}={match['q']}")
    return rerun(said, r"^back=day$", r"^back=night$", r"^day=today$", r"^day=today$", r"^(day|who)=(.+)$")


def _expression(text: str) -> str | None:  # noqa: PLR0911
    """The request line of one expression; None where any part of it is not read."""
    if text.startswith("again_with("):
        return _again(text)
    if text.startswith("["):
        return _pair(text)
    if len(compared := _split(text, ">= <= > <")) == 2:
        greater = text[len(compared[0]):].lstrip().startswith(">")
        return _weeks(*compared, greater) if compared[0].startswith("length(") else _habit(*compared)
    if last := re.fullmatch(r"meetings\[\?\s*title\s*==\s*last_\w+\(\s*\)\s*\]\.(\w+)\s*(?:\|\s*\[0\])?", text):
        return MEETING_MINUTES if _snake(last[1]) in MINUTES | {"mins", "duration", "length"} else None
    call = _call(text) if re.match(r"(?:sum|length|min_by|max_by|sort_by)\(", text) else None
    if call and call[0] in ("min_by", "max_by", "sort_by"):
        return _ordered(*call)
    if call:
        total = _over(text, call[0])
        return None if total is None else _line(total)
    found = _projection(text)
    return None if found is None or not found[2] else _line(Query(found[0], found[2], "", found[1]))


def from_jmespath(text: str) -> str:
    """``text`` as an English question when it is one JMESPath expression over the log, or an ``again_with(...)`` rerunning
    the last one; else as it is."""
    stripped = re.sub(r"\s+", " ", text.strip())
    if not _OPENING.match(stripped) or "{" in stripped or ".." in stripped:
        return text
    return read_as_request(text, _expression(stripped))
