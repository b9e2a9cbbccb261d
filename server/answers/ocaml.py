"""A question typed as one OCaml expression at the ``utop`` prompt (ending in ``;;``) over the log's lists of records, read as
the English question it stands for.

A programmer keeps the diary as OCaml records in lists named by what they hold (``meals``, ``sleeps``, ``coffees``,
``offsite_news``, ``kids``) and asks: ``(List.find (fun m -> m.day = "X" && m.meal = Lunch) meals).food;;`` or ``List.map (fun w
-> w.sport) (List.filter ...)`` for a value, ``List.length (List.filter ...)`` for a count, ``List.fold_left (fun a w -> a +.
w.km) 0. (List.filter ...)`` for a sum (``*. 1000.`` for metres), ``(List.hd (List.filter ...)).time`` for the first and ``List.hd
(List.rev ...)`` for the last, ``w.day >= monday`` for this week, ``let d = (List.find ...).day in ...`` for a day named by a
meeting, a workout or a remark, ``let w = List.find ... in (List.find (fun m -> m.start > w.finish) meetings).people`` for the
meeting after a workout, ``let h n = ... in compare (h "A") (h "B")`` for two values compared, ``List.partition`` and two means
for a habit; a follow-up is ``again ~shift:(-1);;``, ``again ~day:"X";;`` or ``(last_meeting ()).minutes;;``. Lists are read by
what they hold, fields by their words, variants (``Lunch``, ``Run``) by their names; the expression is put into the HTTP
request line it stands for, which ``http_requests`` reads, and left as it is where any part is not understood. Pure functions
of the text.
"""

from __future__ import annotations

import re

from server.answers.code_fields import Query, as_records_asked, checked_line, named_day, param, records, request_column
from server.answers.code_words import BASES, SINGULAR, SYNONYMS, TIME_COLUMNS
from server.answers.http_requests import COFFEE_WEEKS, MEETING_MINUTES, habit_line, pair_line, read_as_request, request_line, rerun
from server.answers.named_asks import MINUTES, threshold_habit

_LISTS = {"offsite_news": "news", "news": "news", "sleeps": "nights", "rests": "nights", "days": "days", "talks": "talk",
          "talk": "talk", "remarks": "talk", "quotes": "talk", "said": "talk", "kids": "people", "children": "people",
          "daughters": "people", "runs": "workouts", "sessions": "workouts", "cups": "coffees", "drinks": "coffees"}
"""The records a list's name stands for where ``code_fields.records`` does not name them."""
_OWN_COLUMNS = {"where": "place", "sport": "activity", "finish": "end", "dish": "food"}

_STRING = r'"(?P<q>[^"\\]*)"'
_TERM = re.compile(r"^(?P<v>[a-z_]\w*)\.(?P<field>[a-z_]\w*)\s*(?P<op>=|>=|>|<=|<|<>)\s*(?:" + _STRING +
                   r"|(?P<n>-?\d+(?:\.\d*)?)|(?P<variant>[A-Z]\w*)|(?P<name>[a-z_]\w*))$")
_FUN = re.compile(r"^List\.(?P<how>find|filter)\s+\(fun\s+(?P<v>[a-z_]\w*)\s*->\s*(?P<cond>.+)\)\s+(?P<list>[a-z_]\w*)$", re.S)
_FIELD = re.compile(r"^\((?P<inner>.+)\)\.(?P<field>[a-z_]\w*)(?P<tail>\s*\+\s*1)?$", re.S)
_FOLD = re.compile(r"^List\.fold_left\s+\(fun\s+(?P<a>[a-z_]\w*)\s+(?P<v>[a-z_]\w*)\s*->\s*(?P=a)\s*\+\.?\s*(?P=v)\.(?P<field>\w+)\)"
                   r"\s+0\.?\s+\((?P<list>.+)\)(?P<scale>\s*\*\.\s*1000\.?)?$", re.S)
_MAP = re.compile(r"^List\.map\s+\(fun\s+(?P<v>[a-z_]\w*)\s*->\s*(?P=v)\.(?P<field>\w+)\)\s+\((?P<list>.+)\)$", re.S)
_LENGTH = re.compile(r"^List\.length\s+\((?P<list>.+)\)$", re.S)
_LET = re.compile(r"^let\s+(?P<pattern>[a-z_][\w\s,]*?)\s*=\s*(?P<rest>.+)$", re.S)
_IF_FOLD = re.compile(r"^List\.fold_left\s+\(fun\s+(?P<a>[a-z_]\w*)\s+(?P<v>[a-z_]\w*)\s*->\s*if\s+(?P<cond>.+?)\s+then\s+(?P=a)"
                      r"\s*\+\.?\s*(?P=v)\.(?P<field>\w+)\s+else\s+(?P=a)\)\s+0\.?\s+(?P<list>[a-z_]\w*)$", re.S)
_COMPARE = re.compile(r'^compare\s+\((?P<f>\w+)\s+"(?P<x>[^"\\]*)"\)\s+\((?P=f)\s+"(?P<y>[^"\\]*)"\)$')
_WEEKS = re.compile(r"^List\.length\s+\(List\.filter\s+\(fun\s+(?P<v>\w+)\s*->\s*(?P=v)\.(?P<field>\w+)\s*>=\s*(?P<a>\w+)\s*&&\s*"
                    r"(?P=v)\.(?P=field)\s*<\s*(?P<b>\w+)\)\s+(?P<list>\w+)\)$")
_PARTITION = re.compile(r"^List\.partition\s+\(fun\s+(?P<v>\w+)\s*->\s*(?P=v)\.(?P<field>\w+)(?:\s*(?P<op>>=|>)\s*(?:" + _STRING +
                        r"|(?P<n>\d+(?:\.\d*)?)))?\)\s+(?P<list>\w+)$")
_MEANS = re.compile(r"^mean\s+\((?P<m>\w+)\s+(?P<x>\w+)\)\s*[<>]\s*mean\s+\((?P=m)\s+(?P<y>\w+)\)$")


_Days = dict[str, tuple[str, dict[str, str]]]
"""The records a ``let d = (List.find ...).day in`` names a day by, their kind and tests, by the bound name."""



def _split(text: str, separator: str) -> list[str]:
    """``text`` split at ``separator`` where it stands outside quotes and brackets."""
    parts, depth, quote, start, i = [], 0, False, 0, 0
    while i < len(text):
        char = text[i]
        if char == '"':
            quote = not quote
        elif not quote and char in "()":
            depth += 1 if char == "(" else -1
        elif not quote and depth == 0 and text.startswith(separator, i):
            parts.append(text[start:i].strip())
            i += len(separator)
            start = i
            continue
        i += 1
    return [*parts, text[start:].strip()]


def _balanced(text: str) -> bool:
    """Whether every bracket in ``text`` outside quotes closes, none before it opens."""
    depth, quote = 0, False
    for char in text:
        if char == '"':
            quote = not quote
        elif not quote and char in "()":
            depth += 1 if char == "(" else -1
            if depth < 0:
                return False
    return depth == 0 and not quote


def _unwrap(text: str) -> str:
    """``text`` without brackets around the whole of it."""
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and _balanced(text[1:-1]):
        text = text[1:-1].strip()
    return text


def _records(name: str) -> str | None:
    """The records a list's name holds (``sleeps`` are nights, ``offsite_news`` news)."""
    base = _LISTS.get(name.lower()) or records(name)
    base = SINGULAR.get(base, base)
    return base if base in (*BASES, "news", "days", "talk") else None


def _condition(var: str, condition: str, base: str, days: _Days) -> dict[str, str] | None:  # noqa: PLR0911
    """The tests of ``fun var -> condition`` over the records ``base`` by request parameter: ``= "X"``, ``= Lunch``, ``= 4.9``,
    ``>= monday`` (this week), or ``= d`` for a day ``days`` names (``let d = ... in``)."""
    tests: dict[str, str] = {}
    for term in _split(condition, "&&"):
        match = _TERM.match(term)
        if match is None or match["v"] != var:
            return None
        key = param(match["field"].lower(), base)
        if key in ("day", "night") and match["op"] == ">=" and match["name"] == "monday" and "week" not in tests:
            tests["week"] = "this"
            continue
        if match["op"] != "=" or key is None or key in tests:
            return None
        if match["name"] is not None:
            if match["name"] not in days or key not in ("day", "night"):
                return None
            value = named_day(*days[match["name"]], key)
        else:
            value = match["q"] if match["q"] is not None else match["n"] or match["variant"]
        if not value:
            return None
        tests[key] = value.lower() if key in ("kind", "verb", "activity") and match["variant"] else value
    if "week" in tests and ("day" in tests or "night" in tests):
        return None
    return tests


def _filtered(text: str, how: str, days: _Days) -> tuple[str, dict[str, str]] | None:
    """``List.find`` or ``List.filter (fun v -> condition) list``: the records and their tests."""
    match = _FUN.match(_unwrap(text))
    if match is None or match["how"] != how or not _balanced(match["cond"]):
        return None
    base = _records(match["list"])
    tests = _condition(match["v"], match["cond"], base, days) if base else None
    return None if base is None or tests is None else (base, tests)


def _lookup(text: str, days: _Days) -> Query | None:  # noqa: PLR0911 - one reading per form
    """A lookup read: ``(List.find ...).field`` (``+ 1`` to an age), ``(List.hd [List.rev] (List.filter ...)).field``,
    ``List.map (fun v -> v.field) (List.filter ...)``, ``List.length (...)``, ``List.fold_left`` summing a field."""
    text = _unwrap(text)
    if (match := _FIELD.match(text)) is not None and _balanced(match["inner"]):
        inner, column = _unwrap(match["inner"]), match["field"].lower()
        if match["tail"] and column != "age":
            return None
        column = "age_next_birthday" if match["tail"] else column
        if (found := _filtered(inner, "find", days)) is not None:
            return Query(found[0], column, "", found[1])
        head = re.match(r"^List\.hd\s+\((?P<list>.+)\)$", inner, re.S)
        listed = _unwrap(head["list"]) if head else ""
        backwards = re.match(r"^List\.rev\s+\((?P<list>.+)\)$", listed, re.S)
        found = _filtered(backwards["list"] if backwards else listed, "filter", days) if head else None
        return None if found is None else Query(found[0], column, "last" if backwards else "first", found[1])
    if (match := _MAP.match(text)) is not None and (found := _filtered(match["list"], "filter", days)) is not None:
        return Query(found[0], match["field"].lower(), "", found[1])
    if (match := _LENGTH.match(text)) is not None and (found := _filtered(match["list"], "filter", days)) is not None:
        return Query(found[0], "", "count", found[1])
    if (match := _FOLD.match(text)) is not None and (found := _filtered(match["list"], "filter", days)) is not None:
        column = match["field"].lower()
        if match["scale"] and column != "km":
            return None
        return Query(found[0], "metres" if match["scale"] else column, "sum", found[1])
    return None


def _column(base: str, column: str) -> str:
    """The request's word for a column (a launch's date is its new date, a meal's "where" its place)."""
    column = SYNONYMS.get(column, _OWN_COLUMNS.get(column, column))
    return request_column(base, column)


def _line(query: Query) -> str | None:  # noqa: PLR0911 - one check per way a reading goes wrong
    """The request line of one lookup over one kind of record; None where the request would ask another question."""
    base, column, statistic, tests = query.base, query.column, query.statistic, dict(query.tests)
    asked = as_records_asked(base, column, tests)  # a day's meal, news of a launch or of the offsite
    if asked is None:
        return None
    base, column, tests = asked
    column = _column(base, column) if column else ""
    if statistic in ("first", "last"):
        if column not in TIME_COLUMNS and column != "time":
            if base not in ("tips", "launches") or statistic == "first":
                return None
            statistic = ""  # the latest news of a move: its value
        else:
            column = "time"
    return checked_line(Query(base, column, statistic, tests))


def _day_of(bound: str) -> tuple[str, dict[str, str]] | None:
    """``(List.find (fun m -> m.title = "X") meetings).day``: the record whose day is bound, its kind and tests."""
    match = _FIELD.match(_unwrap(bound))
    found = _filtered(match["inner"], "find", {}) if match and not match["tail"] and _balanced(match["inner"]) else None
    if found is None or param(match["field"].lower(), found[0]) not in ("day", "night"):
        return None
    return found if named_day(found[0], found[1], "day") is not None else None


def _after(name: str, bound: str, body: str) -> str | None:
    """``let w = List.find ... workouts in (List.find (fun m -> m.start > w.finish) meetings).people``: who was at the meeting
    after a workout."""
    workout = _filtered(bound, "find", {})
    match = _FIELD.match(_unwrap(body))
    inner = re.match(r"^List\.find\s+\(fun\s+(\w+)\s*->\s*\1\.(\w+)\s*>=?\s*(\w+)\.(\w+)\)\s+(\w+)$", _unwrap(match["inner"])) \
        if match and not match["tail"] else None
    if workout is None or inner is None or inner[3] != name or workout[0] != "workouts" or _records(inner[5]) != "meetings":
        return None
    if _column("meetings", inner[2].lower()) != "time" or _column("workouts", inner[4].lower()) not in ("end", "end_time", "ended"):
        return None
    if _column("meetings", match["field"].lower()) != "attendees" or "label" not in workout[1] or set(workout[1]) - {"label", "day"}:
        return None
    return request_line("meetings", [("after", workout[1]["label"]), ("day", workout[1].get("day", "")), ("take", "next"),
                                     ("select", "attendees")])


def _compared(pattern: str, bound: str, body: str) -> str | None:
    """``let h n = (List.find (fun s -> s.night = n) sleeps).hours in compare (h "A") (h "B")`` (or a fold summing a day's
    caffeine or workout minutes): two nights' or days' values side by side."""
    names, compared = pattern.split(), _COMPARE.match(body.strip())
    if len(names) != 2 or compared is None or compared["f"] != names[0] or compared["x"] == compared["y"]:
        return None
    if (fold := _IF_FOLD.match(_unwrap(bound))) is not None:
        base = _records(fold["list"])
        term = _TERM.match(fold["cond"].strip())
        if base is None or term is None or term["v"] != fold["v"] or term["op"] != "=" or term["name"] != names[1]:
            return None
        key, column = param(term["field"].lower(), base), _column(base, fold["field"].lower())
    else:
        match = _FIELD.match(_unwrap(bound))
        term = _FUN.match(_unwrap(match["inner"])) if match and not match["tail"] else None
        term_match = _TERM.match(term["cond"].strip()) if term and term["how"] == "find" else None
        if term_match is None or term_match["v"] != term["v"] or term_match["op"] != "=" or term_match["name"] != names[1]:
            return None
        base = _records(term["list"])
        key, column = param(term_match["field"].lower(), base or ""), _column(base or "", match["field"].lower())
    kinds = {("nights", "hours", "night"): (True, False), ("coffees", "caffeine_mg", "day"): (False, True),
             ("workouts", "minutes", "day"): (False, False)}.get((base, column, key))
    return pair_line(compared["x"], compared["y"], *kinds) if kinds else None


def _weeks(pattern: str, bound: str, body: str) -> str | None:
    """``let n a b = List.length (List.filter (fun c -> c.day >= a && c.day < b) coffees) in n monday tomorrow > n (monday - 7)
    monday``: this week's coffees against last week's."""
    names, match = pattern.split(), _WEEKS.match(_unwrap(bound))
    if len(names) != 3 or match is None or (match["a"], match["b"]) != tuple(names[1:]) or _records(match["list"]) != "coffees":
        return None
    n = re.escape(names[0])
    this, last = rf"{n}\s+monday\s+tomorrow", rf"{n}\s+\(monday\s*-\s*7\)\s+monday"
    if not re.fullmatch(rf"{this}\s*>\s*{last}|{last}\s*<\s*{this}", body.strip()):
        return None
    return COFFEE_WEEKS if param(match["field"].lower(), "coffees") == "day" else None


def _habit(pattern: str, bound: str, body: str) -> str | None:  # noqa: PLR0911
    """``let late, rest = List.partition (fun n -> n.last_coffee >= "3 pm") nights in mean (hours late) < mean (hours rest)``:
    nights after a threshold against the others, or workout days (``n.trained_before``, ``d.workouts > 0``) against rest days."""
    names = [name.strip() for name in pattern.split(",")]
    split, means = _PARTITION.match(_unwrap(bound)), _MEANS.match(body.strip())
    if len(names) != 2 or split is None or means is None or {means["x"], means["y"]} != set(names) or means["x"] == means["y"]:
        return None
    base, field, measured = _records(split["list"]), split["field"].lower(), means["m"].lower()
    value = split["q"] if split["q"] is not None else split["n"]
    if split["op"] is None or field == "workouts" and split["op"] == ">" and value == "0":
        trained = split["op"] is not None or set(field.split("_")) & {"trained", "workout", "exercised", "active"}
        if not trained or (base, measured) not in (("nights", "hours"), ("days", "cups"), ("days", "hours")):
            return None
        return habit_line(measured=measured)
    if split["op"] != ">=" or base != "nights" or measured != "hours" or not value:
        return None
    return habit_line(field, value) if threshold_habit(field, value) is not None else None


def _let(expression: str) -> str | None:
    """The request of ``let pattern = bound in body``."""
    match = _LET.match(expression)
    if match is None:
        return None
    bound, *rest = _split(match["rest"], " in ")
    if len(rest) != 1:
        return None
    pattern, body = match["pattern"].strip(), rest[0]
    if "," in pattern:
        return _habit(pattern, bound, body)
    if len(pattern.split()) > 1:
        return _compared(pattern, bound, body) or _weeks(pattern, bound, body)
    if (day := _day_of(bound)) is not None:
        query = _lookup(body, {pattern: day})
        return None if query is None else _line(query)
    return _after(pattern, bound, body)


def _again(expression: str) -> str | None:
    """``again ~shift:(-1)`` (``~night_shift``), ``again ~day:"today"``, ``again ~day:"X"``, ``again ~who:"X"``, or
    ``(last_meeting ()).minutes``: the last question rerun."""
    meeting = re.fullmatch(r"\(\s*last_meeting\s*\(\s*\)\s*\)\.(\w+)", expression)
    if meeting is not None:
        return MEETING_MINUTES if meeting[1].lower() in MINUTES | {"duration", "length"} else None
    if not re.fullmatch(r'again(?:\s+~\w+:(?:\(\s*-\s*1\s*\)|-1|"[^"\\]*"))+', expression) or len(re.findall("~", expression)) != 1:
        return None
    return rerun(expression, r"~(?:day_)?shift:\(?\s*-\s*1", r"~night_shift:\(?\s*-\s*1", r'~day:"today"', r'~day:"today"',
                 r'~(day|night|who):"([^"]*)"')


def from_ocaml(text: str) -> str:
    """``text`` as an English question when it is an OCaml expression over the log ending in ``;;``, or a follow-up rerunning
    one; else as it is."""
    stripped = text.strip()
    if not stripped.endswith(";;") or not _balanced(stripped):
        return text
    expression = re.sub(r"\s+", " ", stripped[:-2]).strip()
    if expression.startswith("again") or expression.startswith("(last_meeting"):
        return read_as_request(text, _again(expression))
    if expression.startswith("let "):
        return read_as_request(text, _let(expression))
    if not expression.startswith(("(List.", "List.")):
        return text
    query = _lookup(expression, {})
    return read_as_request(text, None if query is None else _line(query))
