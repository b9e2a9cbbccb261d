"""A question typed as one Miller (``mlr``) command line over the log's CSV files, read as the English question it stands for.

A data engineer keeps the diary as CSV files named by what they hold (``meals.csv``, ``sleep.csv``, ``coffee.csv``,
``news.csv``, ``kids.csv``) and asks with one chain of verbs: ``mlr --c2p filter '$date == "X" && $meal == "lunch"' then cut
-f food meals.csv`` for a value (``then tail -n 1`` first for the latest news, ``put '$turning = $age + 1'`` for an age to
come), ``then count`` for a count, ``then stats1 -a sum -f km`` for a total (``put '$metres = $km * 1000'`` for metres), ``then
sort -f time then head -n 1`` (``tail -n 1``) for the first (the last) time, ``$wk == strftime(systime(), "%V")`` for this
week, ``join -j date -f meetings.csv then filter ...`` for a day named by a meeting, a remark or a workout, ``$after_workout
== "X"`` sorted by start for the meeting after a workout, ``filter '$night == "A" || $night == "B"'`` sorted by a value or
summed by day (``stats1 -a sum -f mg -g date``) for two compared, ``count -g wk`` since last week's for this week's coffees
against last week's, ``stats1 -a mean -f sleep_h -g late`` (a ``put '$late = $last_coffee >= "T"'`` before it) or ``-g
trained`` for a habit; a follow-up is ``sh last.sh --back 1d`` (``1n``), ``--date 'X'``, ``--date today``, ``--who 'X'`` or
``mlr --c2p tail -n 1 then cut -f minutes last.csv``. Files are read by what they hold, fields by their words; the line is
put into the HTTP request line it stands for, which ``http_requests`` reads, and left as it is where any part is not
understood (a ``!=``, a ``=~``, a ``stats1 -a max``, a verb not read here). Pure functions of the text.
"""

from __future__ import annotations

import re
import shlex

from server.answers.code_fields import (MEASURED, PAIRS, Query, as_records_asked, checked_line, named_day,
                                        news_of_a_move, one_window, param, records, request_column, tested_value)
from server.answers.code_words import BASES, RERUN, SINGULAR, SYNONYMS, TIME_COLUMNS
from server.answers.http_requests import COFFEE_WEEKS, MEETING_MINUTES, habit_line, pair_line, read_as_request, request_line, rerun
from server.answers.named_asks import MINUTES, threshold_habit

_FILES = {"news": "news", "offsite": "news", "sleep": "nights", "sleeps": "nights", "days": "days", "said": "talk",
          "talk": "talk", "remarks": "talk", "quotes": "talk", "kids": "people", "children": "people", "daughters": "people",
          "runs": "workouts", "sessions": "workouts", "cups": "coffees", "drinks": "coffees"}
"""The records a file's name stands for where ``code_fields.records`` does not name them."""
_OWN_KEYS = {"rel": "relation", "relationship": "relation"}
"""A field's short forms, as ``code_fields.param`` reads them."""
_OWN_COLUMNS = {"where": "place", "sport": "activity", "dish": "food", "bed": "bed_time", "woke_at": "wake_time"}
_TRAINED = {"trained", "training", "workout", "workouts", "worked", "exercised", "exercise", "active", "sport"}
_NAMING = {"meetings": {"title"}, "talk": {"from", "said"}, "workouts": {"km", "verb", "activity"}, "days": {"km", "verb"}}
"""The tests by which a joined file's record names a day (``join -j date -f meetings.csv``): a meeting's title, who said
what, a workout's distance."""
_ASCENDING, _DESCENDING = {"-f", "-c", "-nf", "-n", "-t"}, {"-r", "-cr", "-nr", "-tr"}

_TERM = re.compile(r'^\$(?P<field>[A-Za-z_]\w*)\s*(?P<op>==|>=)\s*(?:"(?P<q>[^"\\]*)"|(?P<n>-?\d+(?:\.\d+)?)'
                   r'|strftime\(\s*systime\(\)\s*(?:-\s*(?P<back>\d+)\s*)?,\s*"%V"\s*\))$')
"""A test of a field: equal to a quoted value or a number, or (``>=``) at a week's number (``-back`` seconds before now)."""
_PUT = re.compile(r"^\$(?P<name>[A-Za-z_]\w*)\s*=\s*(?:\$(?P<field>[A-Za-z_]\w*)\s*(?P<by>\+\s*1|\*\s*1000)|(?P<test>\$.+))$", re.S)
_WORDS = re.compile(r'"(?:[^"\\]|\\.)*"|&&|\|\||[^"&|]+|[&|]')
"""A filter's parts: a quoted value (which may hold "&&"), an operator joining tests, or anything else."""

_Steps = list[tuple[str, dict[str, str], str]]
"""The verbs of a chain: each one's name, its options (``-f`` to its value) and its expression (``filter``'s, ``put``'s)."""


def _steps(tokens: list[str]) -> tuple[_Steps, str] | None:
    """The verbs of ``mlr [flags] verb ... [then verb ...] file`` and the file; None where a verb is not one read here or a
    part is left over."""
    tokens = tokens[1:]
    while tokens and tokens[0].startswith("--"):  # the main flags: the formats (--c2p, --icsv --opprint)
        tokens = tokens[1:]
    if len(tokens) < 2 or not re.fullmatch(r"[\w./-]+\.(?:csv|tsv|json|txt|dat)", tokens[-1]):
        return None
    *chain, file = tokens
    steps: _Steps = []
    segment: list[str] = []
    for token in [*chain, "then"]:
        if token != "then":
            segment.append(token)
            continue
        name, rest, options = (segment or [""])[0], segment[1:], {}
        while name not in ("filter", "put") and len(rest) >= 2 and re.fullmatch(r"-[a-z]+", rest[0]) and rest[0] not in options:
            options[rest[0]] = rest[1]
            rest = rest[2:]
        expression = rest.pop() if name in ("filter", "put") and len(rest) == 1 else ""  # not after a flag (-x, -q, -S)
        if rest or name not in ("filter", "put", "cut", "head", "tail", "sort", "stats1", "count", "join") or \
                name in ("filter", "put") and not expression:
            return None
        steps.append((name, options, expression))
        segment = []
    return steps, file


def _stem(file: str) -> str:
    return re.sub(r"\.\w+$", "", file.rsplit("/", 1)[-1]).lower()


def _records(file: str) -> str | None:
    """The records a file holds, by its name (``sleep.csv`` nights, ``news.csv`` news, ``said.csv`` what was said)."""
    stem = _stem(file)
    base = _FILES.get(stem) or records(stem)
    base = SINGULAR.get(base, base)
    return base if base in (*BASES, "news", "days", "talk") else None


def _key(field: str, base: str) -> str | None:
    """The request parameter a test of ``field`` fills (``$after_workout`` the workout a meeting follows)."""
    field = field.lower()
    if base == "meetings" and "after" in field.split("_"):
        return "after"
    return param(_OWN_KEYS.get(field, field), base)


def _terms(expression: str, separator: str) -> list[re.Match[str]] | None:
    """The tests of a filter joined by ``separator`` (``&&`` or ``||``); None where another joins them or one is not read."""
    parts, start = [], 0
    for word in _WORDS.finditer(expression):
        if word[0] in ("&&", "||", "&", "|"):
            if word[0] != separator:
                return None
            parts.append(expression[start:word.start()])
            start = word.end()
    terms = [_TERM.match(part.strip()) for part in [*parts, expression[start:]]]
    return None if not all(terms) else terms  # type: ignore[return-value]


def _value(term: re.Match[str]) -> str | None:
    """A test's value: quoted or a number; None for a week's number."""
    return term["q"] if term["q"] is not None else term["n"]


def _tests(expression: str, base: str, joined: str | None) -> tuple[dict[str, str], dict[str, str]] | None:
    """The tests of a ``&&`` filter by request parameter over ``base``, and those of the joined file's record that names a
    day; a test equal to this week's number is this week."""
    terms = _terms(expression, "&&")
    if terms is None:
        return None
    tests: dict[str, str] = {}
    named: dict[str, str] = {}
    for term in terms:
        value = _value(term)
        if term["op"] != "==" or term["back"] is not None:
            return None
        if value is None:  # ``$wk == strftime(systime(), "%V")``
            if "week" in tests:
                return None
            tests["week"] = "this"
            continue
        key = _key(term["field"], joined) if joined else None  # a test of the joined record that names the day, or else
        key, target = (key, named) if key in _NAMING.get(joined or "", ()) else (_key(term["field"], base), tests)
        if key is None or key in target or not value:
            return None
        target[key] = tested_value(key, value)
    return (tests, named) if one_window(tests) else None


def _column(base: str, column: str, made: dict[str, re.Match[str]] | None = None) -> str | None:
    """The request's word for a column, a ``put`` one by what it holds (``$age + 1`` an age to come, ``$km * 1000`` metres)."""
    if made and column in made:
        by, field = re.sub(r"\s+", "", made[column]["by"] or ""), (made[column]["field"] or "").lower()
        return {("+1", "age"): "age_next_birthday", ("*1000", "km"): "metres"}.get((by, field))
    column = column.lower()
    column = "activity" if param(column, base) == "activity" else SYNONYMS.get(column, _OWN_COLUMNS.get(column, column))
    return request_column(base, column)


_Read = tuple[dict[str, str], dict[str, re.Match[str]], tuple[str, bool] | None, str, str, str]
"""A lookup's parts: its tests, the columns ``put`` makes, the order (the field, whether descending), the pick ("first",
"last" or none), the column and the statistic."""


def _read(steps: _Steps, base: str) -> _Read | None:  # noqa: C901, PLR0911, PLR0912 - one branch per verb
    """The parts of ``[join -j K -f F then] filter '...' [then put '...'] [then sort -f T] [then head|tail -n 1] then cut -f C``
    (or ``stats1 -a sum -f C``, ``count``); a joined file's record names the day (or night) ``K`` tests."""
    tests, named, made, order, pick, column, statistic = None, {}, {}, None, "", "", None
    joined: str | None = None
    if steps and steps[0][0] == "join":
        options = steps[0][1]
        joined = _records(options.get("-f", "")) if set(options) == {"-j", "-f"} else None
        if joined not in _NAMING:
            return None
    for name, options, expression in steps[1 if joined else 0:]:
        if statistic is not None:  # nothing is read after what is asked
            return None
        if name == "filter" and tests is None and not pick:
            if (found := _tests(expression, base, joined)) is None:
                return None
            tests, named = found
        elif name == "put" and (put := _PUT.match(expression.strip())) is not None and put["by"]:
            made[put["name"]] = put
        elif name == "sort" and len(options) == 1 and order is None and not pick:
            (flag, by), = options.items()
            if flag not in _ASCENDING | _DESCENDING:
                return None
            order = (by, flag in _DESCENDING)
        elif name in ("head", "tail") and options == {"-n": "1"} and not pick:
            pick = "first" if (name == "head") != bool(order and order[1]) else "last"
        elif name == "cut" and set(options) == {"-f"} and "," not in options["-f"]:
            column, statistic = options["-f"], ""
        elif name == "stats1" and options.get("-a") == "sum" and set(options) == {"-a", "-f"} and not pick:
            column, statistic = options["-f"], "sum"
        elif name == "count" and not options and not pick:
            statistic = "count"
        else:
            return None
    if tests is None or statistic is None or bool(joined) != bool(named):
        return None
    if joined:
        key = _key(steps[0][1]["-j"], base)
        day = named_day(joined, named, key) if key in ("day", "night") and key not in tests else None
        if day is None:
            return None
        tests[key] = day
    return tests, made, order, pick, column, statistic


def _lookup(steps: _Steps, base: str) -> str | None:  # noqa: PLR0911 - one check per way a reading goes wrong
    """The request line of a lookup over one file; None where the request would ask another question."""
    if (read := _read(steps, base)) is None:
        return None
    tests, made, order, pick, column, statistic = read
    news_of_a_move(base, tests)
    if "after" in tests:
        return _after(tests, order, pick, column) if base == "meetings" and not made else None
    asked = (base, column, tests) if column in made else as_records_asked(base, column.lower(), tests)  # a day's meal, news
    if asked is None or (column := _column(asked[0], asked[1], made) if asked[1] else "") is None:
        return None
    base, tests, timed = asked[0], asked[2], column in TIME_COLUMNS or column == "time"
    if order is not None and (not pick or _column(base, order[0], made) != column or not timed):
        return None
    if pick and timed:
        column, statistic = "time", pick
    elif pick and not (pick == "last" and order is None and base in ("tips", "launches")):
        return None  # the latest news is its value; the first or last of anything else no request asks
    return checked_line(Query(base, column or "", statistic, tests))


def _after(tests: dict[str, str], order: tuple[str, bool] | None, pick: str, column: str) -> str | None:
    """``filter '$after_workout == "X"' then sort -f start then head -n 1 then cut -f people`` over meetings: who was at the
    meeting right after a workout (named with its day)."""
    if set(tests) - {"after", "day"} or pick != "first" or order is None or _column("meetings", order[0]) != "time" or \
            _column("meetings", column) != "attendees":
        return None
    day = [("day", tests["day"])] if "day" in tests else []
    return request_line("meetings", [("after", tests["after"]), *day, ("take", "next"), ("select", "attendees")])


def _compared(steps: _Steps, base: str) -> str | None:  # noqa: PLR0911
    """``filter '$night == "A" || $night == "B"' then sort -nr hours then head -n 1`` or ``... then stats1 -a sum -f mg -g date
    then sort -nr mg_sum``: two nights' or days' values side by side."""
    terms = _terms(steps[0][2], "||") if steps and steps[0][0] == "filter" else None
    if terms is None or len(terms) != 2 or terms[0]["field"] != terms[1]["field"] or \
            any(term["op"] != "==" or not _value(term) for term in terms) or _value(terms[0]) == _value(terms[1]):
        return None
    field, measured, summed, most = terms[0]["field"], None, False, False
    for name, options, _ in steps[1:]:
        if name == "stats1" and measured is None and set(options) == {"-a", "-f", "-g"} and options["-a"] == "sum" and \
                options["-g"] == field:
            measured, summed = options["-f"], True
        elif name == "sort" and not most and len(options) == 1 and next(iter(options)) in _DESCENDING:
            by = next(iter(options.values()))
            if summed and by != f"{measured}_sum" or not summed and measured is not None:
                return None
            measured, most = measured or by, True
        elif not (name == "head" and options == {"-n": "1"} and most or name == "cut" and options == {"-f": field}):
            return None
    key = _key(field, base)
    kinds = PAIRS.get((base, _column(base, measured), key)) if measured else None
    return pair_line(_value(terms[0]), _value(terms[1]), *kinds) if kinds else None


def _weeks(steps: _Steps, base: str) -> str | None:
    """``filter '$wk >= strftime(systime() - 604800, "%V")' then count -g wk``: this week's coffees against last week's."""
    if [name for name, _, _ in steps] != ["filter", "count"] or base != "coffees":
        return None
    terms = _terms(steps[0][2], "&&")
    if terms is None or len(terms) != 1 or terms[0]["op"] != ">=" or terms[0]["back"] != "604800":
        return None
    return COFFEE_WEEKS if steps[1][1] == {"-g": terms[0]["field"]} else None


def _habit(steps: _Steps, base: str) -> str | None:  # noqa: PLR0911
    """``[put '$late = $last_coffee >= "3 pm"' then] stats1 -a mean -f sleep_h -g late``: the nights after a threshold (or
    after a workout day, ``-g trained_before``) against the others, or workout days' coffees against rest days'."""
    *puts, last = steps
    options = last[1]
    if last[0] != "stats1" or set(options) != {"-a", "-f", "-g"} or options["-a"] != "mean" or len(puts) > 1:
        return None
    measured = next((MEASURED[word] for word in options["-f"].lower().split("_") if word in MEASURED), None)
    put = _PUT.match(puts[0][2].strip()) if puts and puts[0][0] == "put" else None
    if puts and (put is None or put["name"] != options["-g"] or put["test"] is None):
        return None
    if put is None:
        trained = set(options["-g"].lower().split("_")) & _TRAINED
        fits = (base, measured) in (("nights", "hours"), ("days", "cups"), ("days", "hours"))
        return habit_line(measured=measured) if trained and fits else None
    term = _TERM.match(put["test"].strip())
    value = _value(term) if term and term["op"] == ">=" else None
    if value is None or (base, measured) != ("nights", "hours"):
        return None
    words = set(term["field"].lower().split("_"))
    column = "caffeine_mg" if words & {"mg", "caffeine"} else term["field"].lower()
    return habit_line(column, value) if threshold_habit(column, value) is not None else None


def _again(tokens: list[str]) -> str | None:
    """``sh last.sh --back 1d`` (``1n``), ``--date today`` (so far), ``--date 'X'`` or ``--who 'X'``: the last question rerun."""
    script, rest = (tokens[1], tokens[2:]) if tokens[0] in ("sh", "bash") and len(tokens) > 1 else (tokens[0], tokens[1:])
    if not script.endswith(".sh") or not set(re.split(r"[_-]", _stem(script))) & (RERUN | {"last"}) or len(rest) != 2:
        return None
    option = {"--back": "back", "--date": "day", "--day": "day", "--night": "night", "--who": "who", "--person": "who",
              "--from": "who"}.get(rest[0])
    said = f"{option}={rest[1]}" if option and rest[1] else ""
    return rerun(said, r"^back=1d$", r"^back=1n$", r"^day=today$", r"^day=today$", r"^(day|night|who)=(.+)$")


def _length(steps: _Steps) -> str | None:
    """``mlr --c2p tail -n 1 then cut -f minutes last.csv``: how long the meeting last asked of was."""
    if steps and steps[0] == ("tail", {"-n": "1"}, ""):
        steps = steps[1:]
    if len(steps) != 1 or steps[0][0] != "cut" or set(steps[0][1]) != {"-f"}:
        return None
    return MEETING_MINUTES if steps[0][1]["-f"].lower() in MINUTES | {"duration", "length"} else None


def from_miller(text: str) -> str:
    """``text`` as an English question when it is one Miller command line over the log's files, or a shell script's rerun
    of the last one; else as it is."""
    stripped = text.strip()
    if not re.match(r"(?:mlr|sh|bash)\s|[\w./-]+\.sh\s", stripped):
        return text
    try:
        tokens = shlex.split(stripped)
    except ValueError:
        return text
    if tokens[0] != "mlr":
        return read_as_request(text, _again(tokens))
    if (parsed := _steps(tokens)) is None:
        return text
    steps, file = parsed
    if set(re.split(r"[_-]", _stem(file))) & (RERUN | {"last"}):
        return read_as_request(text, _length(steps))
    if (base := _records(file)) is None:
        return text
    return read_as_request(text, _habit(steps, base) or _weeks(steps, base) or _compared(steps, base) or _lookup(steps, base))
