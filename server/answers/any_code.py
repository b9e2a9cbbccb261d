"""A question typed as code in a language no specific reader knows, read by its structure alone.

The specific readers (``code_readers``) each know one language's syntax. What they leave that is still code is read here
without any one language's keywords: the records are named by a table's plural noun (``meals``, ``Drinks``, ``tbl_sleep``,
``zmeetings``), the conditions are identifiers compared with quoted values in any syntax (``day == "X"``, ``[Day] = 'X'``,
``col("day") === "X"``, ``has('day','X')``, ``day: "X"``, ``@day="X"``, ``day eq 'X'``), what is asked is the column
selected or named last (``food``, ``LandsAt``), and a statistic is an aggregate's name in any language (sum/total,
min/first/earliest, max/last/latest, count/len/length/size). Two values of one day or night are two compared, a threshold on
a night's caffeine or last coffee a habit, and a text that names the last query (``same``, ``again``, ``prev``) with a day
back, today or a value is a rerun. The reading is put into the HTTP request line the specific readers build, which
``http_requests`` reads. Where any part is unsure the text is left as it is, so that the refusal stays: a wrong reading
gives a wrong answer, which is worse than none. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.code_fields import COLUMN_NAMES, ordered_pairs, records
from server.answers.named_asks import threshold_habit
from server.answers.request_checks import complete
from server.answers.http_requests import (COFFEE_WEEKS, DAY_BEFORE, MEETING_MINUTES, NIGHT_BEFORE, TODAY_SO_FAR,
                                          SELECTED_COLUMNS, habit_line, pair_line, read_as_request, request_line, select_line)
from server.answers.code_tests import (TEST as _TEST, RANGE_TEST as _RANGE_TEST, CALL_TEST as _CALL_TEST,
                                        NUMBER_TEST as _NUMBER_TEST, EITHER as _EITHER, IDENT as _IDENT, looks_like_code)
from server.answers.code_words import (BASES as _BASES, SINGULAR as _SINGULAR, KINDS as _KINDS,
                                        KIND_WORDS as _KIND_WORDS, KIND_BASES as _KIND_BASES,
                                        MEAL_TIMES as _MEAL_TIMES, ACTIVITIES as _ACTIVITIES, SYNONYMS as _SYNONYMS,
                                        COLUMN_BASES as _COLUMN_BASES, KEY_BASES as _KEY_BASES,
                                        KIND_KEYS as _KIND_KEYS, DAY_KEYS as _DAY_KEYS, NIGHT_KEYS as _NIGHT_KEYS,
                                        PERSON_KEYS as _PERSON_KEYS, SAID_KEYS as _SAID_KEYS,
                                        TITLE_KEYS as _TITLE_KEYS, LABEL_KEYS as _LABEL_KEYS, ALLOWED as _ALLOWED,
                                        PEOPLE as _PEOPLE, STATS as _STATS, COLUMNS as _COLUMNS,
                                        TIME_COLUMNS as _TIME_COLUMNS, RERUN as _RERUN, PARAMS as _PARAMS,
                                        NAMED_DAY as _NAMED_DAY, DID as _DID, COUNTED_UP as _COUNTED_UP,
                                        POSITIONAL as _POSITIONAL)


def _words(name: str) -> list[str]:
    """An identifier's words: ``LandsAt``, ``lands_at``, ``tbl_Meals``, ``meals.food`` all split, in lower case."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])", "_", name)
    return [word for word in re.split(r"[_\W]+", spaced.lower()) if word]


def _snake(name: str) -> str:
    return "_".join(_words(name))


def _value(match: re.Match[str], group: str) -> str | None:
    return next((match[group + tail] for tail in "dsbc" if match[group + tail] is not None), None)


def _base(name: str) -> str | None:
    """The records a table's name stands for (``tbl_Meals``, ``zsleep``, ``Drinks``, ``meal``), or None."""
    for candidate in (_snake(name), *reversed(_words(name))):
        for word in (candidate, candidate[1:] if candidate[:1] in "zt" else candidate):
            base = records(word)
            base = _SINGULAR.get(base, base)
            if base in _BASES:
                return base
    return None


def _tests(text: str) -> tuple[dict[str, str], list[tuple[str, str, str]]]:
    """Each identifier compared with a quoted value, by its name in snake case (the first of each; a second value of a day
    or night as "either:day"), and every number or time compared (``km == 1.7``, ``caffeine_mg >= 300``) as key,
    operator, value."""
    tests: dict[str, str] = {}

    def add(key: str, value: str) -> None:
        key = _snake(key)
        if key in tests and tests[key] != value and key in _DAY_KEYS | _NIGHT_KEYS:
            tests["either:" + key] = value  # ``day == "A" or day == "B"``: two compared
        tests.setdefault(key, value)

    for match in _RANGE_TEST.finditer(text):
        if not re.match(r"[<>=]", match["v"] or match["w"] or ""):
            add(match["key"] or match["by"], match["v"] if match["key"] else match["w"])
    for match in _CALL_TEST.finditer(text):  # ``has('day', 'X')``
        if re.fullmatch(r"[a-z_][a-z0-9_]*", key := _value(match, "key_") or ""):  # a column's name, not a person's
            add(key, _value(match, "v") or "")
    for match in _TEST.finditer(text):
        value = _value(match, "v") or ""
        add(match["key"], value.strip(".*%") if match["op"].lower() in ("matches", "contains", "like", "has") else value)
    numbers = [(_snake(m["key"]), m["op"], m["value"]) for m in _NUMBER_TEST.finditer(text)
               if re.search(r"_|[a-z][A-Z]", m["key"]) or m.start() and text[m.start() - 1] in ".(\"'[@$#{,"]
    numbers += [(_snake(m[1]), ">=", m[2]) for m in re.finditer(r"\[(\w+)\]\s*,\s*\"\s*>=\s*([^\"]+)\"", text)]  # ``[mg],">=300"``
    for match in re.finditer(r"\b(?P<key>kind|type|sport|activity|meal|species|medium)(?:\s+[a-z]\b)?\s*(?:===|==|=|\beq\b)\s*:?"
                             r"(?P<v>[A-Za-z]\w*)\b", text):
        if (word := match["v"].lower()) in _ACTIVITIES or word in _KIND_WORDS:  # ``kind m == Lunch``, ``w.kind == Swim``
            tests.setdefault(_snake(match["key"]), word if word in _ACTIVITIES else _KIND_WORDS[word])
    return tests, numbers


def _positional(text: str, known: str | None = None) -> tuple[str | None, dict[str, str]]:
    """A call named by a table (``meeting(``, ``night_of(``, ``km(``), or any call over the records ``known``, and its
    quoted values no name tests, by what each stands for; symbols (``:dinner``, ``#run``) as a kind or an activity."""
    args = r"(?P<args>(?:\"[^\"]*\"|'(?:[^']|'(?=\w))*'|[^()\"'])*)\)"
    calls = [*re.finditer(r"(?P<name>[A-Za-z_]\w*)\(" + args, text), *re.finditer(r"\((?P<name>[A-Za-z][\w-]*)\s+" + args, text)]
    for call in calls:
        name = call["name"]
        base = _base(name) or next((_COLUMN_BASES[w] for w in _words(name) if w in _COLUMN_BASES), None) or next(
            (_KIND_BASES[_KIND_WORDS[w]] for w in _words(name) if w in _KIND_WORDS), known)
        if base is None:
            continue
        args = re.sub(r"\"[^\"]*\"|'(?:[^']|'(?=\w))*'|\w+\s*(?::|=>?)\s*(?:\"[^\"]*\"|'(?:[^']|'(?=\w))*'|:?\w+)",
                      lambda m: m[0] if m[0][0] in "\"'" else " ", call["args"])
        values = [v for pair in re.findall(r"\"([^\"]*)\"|'((?:[^']|'(?=\w))*)'", args) for v in pair if v]
        if known and any(re.fullmatch(r"[a-z_]{1,12}", v) and v not in ("today", "yesterday", "tonight") for v in values):
            continue  # ``col("ts")``: a column's name, not a value
        keys = ("after", "day") if base == "meetings" and {"after", "next"} & set(_words(name)) else _POSITIONAL[base]
        found = {_PEOPLE.get(base, key) if key == "from" else key: value for key, value in zip(keys, values)}
        for word in (symbol.lower() for symbol in re.findall(r"[:#](\w+)", args)):
            found.update({"activity": word} if word in _ACTIVITIES else {"kind": _KIND_WORDS[word]} if word in _KIND_WORDS else {})
        if found and len(values) <= len(_POSITIONAL[base]):
            return base, found
    return None, {}


def _twice(text: str) -> tuple[str, str, str] | None:
    """One call made twice with one quoted value each, two different ones (``mg("A", M1), mg("B", M2)``): two days."""
    calls = re.findall(r"([A-Za-z_]\w*)\(\s*\"([^\"]*)\"\s*(?:,\s*[A-Za-z_]\w*\s*)?\)|\(([A-Za-z][\w-]*)\s+\"([^\"]*)\"\s*\)", text)
    calls = [(first or third, second or fourth) for first, second, third, fourth in calls]
    for i, (name, value) in enumerate(calls):
        for other, second in calls[i + 1:]:
            measure = _COLUMN_BASES.get(_snake(name)) or _base(name) or set(_words(name)) & _COLUMNS
            if other == name and second != value and measure:
                return "day", value, second
    return None


def _kind_of(key: str, value: str) -> str | None:
    return value.lower() if key in _KIND_KEYS or value.lower() in _KINDS and key not in _DAY_KEYS | _NIGHT_KEYS else None


def _statistic(text: str, column: str) -> str:
    """The aggregate applied in ``text``: a call (``sum(km)``, ``.min()``, ``max_by``) or a verb (``count``, ``total km``); a
    first or last only for a time (``.first()`` elsewhere takes a row, not the earliest)."""
    found, counted = "", _COUNTED_UP.search(text)
    text = re.sub(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|_", " ", re.sub(r"\"[^\"]*\"|'(?:[^']|'(?=\w))*'", " ", text))
    text = re.sub(r"\b(SUM|MIN|MAX|COUNT|AVERAGE)(?:IFS?|A)\(", r"\1 (", text)  # SUMIFS, COUNTIF, MINIFS, COUNTA
    for match in re.finditer(r"(?<![\w\"'])(sum|total|min(?:imum|val)?|first|earliest|head|hd|max(?:imum|val)?|last|latest|count|len|length|"
                             r"size|tally|cnt|nrow|avg|mean|average)(?![\w\"'])", text, re.I):
        statistic = _STATS[word] if (word := match[1].lower()) in _STATS else _STATS[word[:3]]
        if statistic in ("first", "last") and column not in _TIME_COLUMNS and _snake(column) not in _TIME_COLUMNS:
            if word[:3] in ("min", "max") and text[match.end():].lstrip().startswith("("):  # a call, not ``lv_min``
                return "?"  # the largest or smallest of a quantity ("maxval(wo_km, ...)"): no request asks it, so no reading
            continue
        found = found or statistic
    if not found and counted:
        found = "count" if counted[2] == "1" else "sum"  # "n = n + 1" counts the rows; "total = total + Row.km" sums km
    return found


def _column(text: str, tests: dict[str, str], base: str) -> str:
    """The column asked: the last identifier that names one, outside quoted values and tested keys."""
    bare = _named(text)
    found = before = ""
    best = False
    for name in _IDENT.findall(bare):
        snake = _snake(name)
        words = _words(name)
        if snake in tests or snake in _BASES or _base(name) == base and not set(words) & _COLUMNS:
            continue
        known = snake in _COLUMNS or snake in COLUMN_NAMES or snake in SELECTED_COLUMNS or snake in _SYNONYMS
        hit = [word for word in words if word in _COLUMNS] if len(words) <= 3 else []
        sure = known or bool(hit) and len(hit) == len(words)  # ``lv_time``: a variable's name holds a column's word
        if not (known or hit) or sure < best:
            continue
        found, best = (snake if known or words[-1] in _COLUMNS else hit[-1]), sure
        if found in _TIME_COLUMNS and before in ("wake", "woke", "bed", "bedtime"):
            found = "wake_time" if before in ("wake", "woke") else "bed_time"
        before = found
    return found


def _param(key: str, base: str) -> str | None:  # noqa: PLR0911 - one parameter per kind of column
    """The request's parameter a tested column fills over the records ``base`` (None: no request takes it)."""
    if key in _DAY_KEYS or key.endswith(("_day", "_date")) or key in _NIGHT_KEYS | _LABEL_KEYS and base == "nights":
        return "day" if key in _DAY_KEYS or key.endswith(("_day", "_date")) else "night"
    if key in _NIGHT_KEYS or key.endswith("_night"):
        return "night"
    if key in _PERSON_KEYS or key.endswith("_by") or key == "name" and base in ("tips", "people", "pets", "flights"):
        return _PEOPLE.get(base, "from")
    if key in ("after", "after_workout", "next_after", "following") and base == "meetings":
        return "after"
    if key in _TITLE_KEYS or "meeting" in key.split("_"):
        return "title" if base in ("meetings", "launches", "tips") else None
    if key in _LABEL_KEYS or key == "name" and base == "workouts":
        return "label"
    return {"project": "project", "activity": "activity", "sport": "activity"}.get(key)


def _again(text: str) -> str | None:
    """A rerun of the last query: a day or night back, today (so far), that meeting's length, or another value."""
    words = [word for name in _IDENT.findall(re.sub(r"\"[^\"]*\"|'(?:[^']|'(?=\w))*'", " ", text)) for word in _words(name)]
    last = re.match(r"\s*(?:\$?_|\$last|\$?it|\$?ans)\s*[.|\[/]", text) is not None
    if not (_RERUN & set(words) or last) or _tests(text)[0] and not re.search(r"\b(?:who|day|to|night|on|date)\W{0,3}\s*[:=]", text, re.I):
        return None
    lowered = " ".join(words) + " " + text.lower()
    back = re.search(r"-\s*1\s*(?:d|days?)?\b|\bprev(?:ious)? (?:day|night)|\b(?:day|night) before\b|\b(?:day|night) back\b|\bback\b|"
                     r"\bpreceding\b|\bminus\b|\bdayback\b|\bnightback\b", lowered)
    back = back or re.search(r"\b(?:day|night)\W{1,4}(?:previous|prev|before|back)\b", lowered)
    if back is not None:
        return NIGHT_BEFORE if "night" in lowered else DAY_BEFORE
    if re.search(r"\bminutes\b|\bduration\b|\blength\b", lowered) and "meeting" in lowered:
        return MEETING_MINUTES
    if re.search(r"\btoday\b|\bnow\b|current_date|\bsysdate\b", lowered):
        return TODAY_SO_FAR if re.search(r"\bnow\b|so_?far|until|up_?to|\bsysdate\b|current_time", lowered) else "GET same&day=today"
    values = [v for v in re.findall(r"\"([^\"]+)\"|'((?:[^']|'(?=\w))+)'", text) for v in v if v]
    return f"GET same&day={values[0]}" if len(values) == 1 else None


def _named(text: str) -> str:
    """``text`` with its quoted values blanked, but for those that are one identifier (``"tbl_Meals"``, ``"food"``)."""
    return re.sub(r"\"[^\"]*\"|'(?:[^']|'(?=\w))*'|`[^`]*`",
                  lambda m: " " + m[0][1:-1] + " " if re.fullmatch(r"\W[A-Za-z_]\w*\W", m[0]) else " ", text)


def _base_in(text: str) -> str | None:
    return next((base for name in _IDENT.findall(text) if (base := _base(name)) is not None), None)


def _records(text: str, bare: str, tests: dict[str, str]) -> tuple[str | None, str | None, dict[str, str], set[str]]:
    """The records asked about (a table named, a call over them, a kind named), the call's records and its values, and the
    kinds tested or named."""
    base = _base_in(bare)
    called, positional = _positional(text)
    base = base or called
    if not positional and not tests and base is not None and _NAMED_DAY.search(text) is None:
        called, positional = _positional(text, base)  # ``ate(dinner, "X", Dishes)``: a call over the records named
    kinds = {kind for key, value in tests.items() if (kind := _kind_of(key, value))} | set(positional.get("kind", "").split() or ())
    for kind in list(kinds):
        if (named := _base(kind)) is not None:
            base = named if base in (None, "meetings", "meals", "coffees", "workouts", "days") else base
            kinds.discard(kind)
    tested = {key.split(":")[-1] for key in tests} | {key for key, _, _ in _tests(text)[1]}
    named = {_KIND_WORDS[word] for name in _IDENT.findall(bare) if _snake(name) not in tested for word in _words(name) if word in _KIND_WORDS}
    named |= {_MEAL_TIMES[time] for time, _ in re.findall(r"\b(noon|midday|morning|evening|night)_?(meal|food|eat)",
                                                         _snake(bare).replace("_", " ").replace(" meal", "_meal"))}
    if not kinds and len(named) == 1:
        kinds, base = named, _KIND_BASES[next(iter(named))]
    return base, called, positional, kinds


def _day_named(text: str, base: str, own: dict[str, str], numbers: list[tuple[str, str, str]]) -> None:
    """A meal's day or a night named by what happened (``day_of("Ana", "Dune")``, a meeting's title, ``day_when(:ran, km: 9.3)``,
    a workout's ``km == 9.3``), put into ``own``."""
    if base not in ("meals", "nights"):
        return
    if (did := _DID.search(text)) is not None:
        own["day"] = f"dayof(dist={did[2]},did={did[1]})"
    if (named_day := _NAMED_DAY.search(text)) is not None:
        own.update({"from": named_day[1], "said": named_day[2]} if named_day[2] else {"title": named_day[1]})
    if "from" in own and ("said" in own or "title" in own):
        own["day"] = f"dayof(by={own.pop('from')},said={own.pop('said', None) or own.pop('title')})"
    distance = next((value for key, op, value in numbers if key in ("km", "distance", "dist") and op in ("==", "=", "===", ":")), None)
    if distance and "day" not in own:
        own["day"] = f"dayof(dist={distance},did={own.pop('verb', 'did')})"
    if "title" in own:
        own["night" if base == "nights" else "day"] = f"{'nightafter' if base == 'nights' else 'dayof'}(meeting={own.pop('title')})"


def _compared(text: str, tests: dict[str, str], base: str) -> str | None:
    """Two days or nights compared (``day in ("A", "B")``, ``day == "A" or day == "B"``, ``mg("A"), mg("B")``): "" when two
    are compared that no request compares, None when not two."""
    either = _EITHER.search(text)
    listed = re.search(r"(?:^|[=(,]\s*)\[\s*\"([^\"]+)\"\s*,\s*\"([^\"]+)\"\s*\]", text)  # ``["A", "B"].iter().max_by_key(...)``
    pair = (_snake(either["key"]), _value(either, "a"), _value(either, "b")) if either else next(
        ((key[7:], tests[key[7:]], value) for key, value in tests.items() if key.startswith("either:")), None) or _twice(text) or (
        ("night" if base == "nights" else "day", listed[1], listed[2]) if listed else None)
    if pair is None or not (pair[1] and pair[2] and (pair[0] in _DAY_KEYS | _NIGHT_KEYS or _param(pair[0], base) in ("day", "night"))):
        return None
    nights = base == "nights" or _param(pair[0], base) == "night"
    if nights or base == "workouts" or base == "coffees" and re.search(r"mg|caffeine", text.lower()):
        return pair_line(pair[1], pair[2], nights, base == "coffees")
    return ""


def _request(text: str) -> str | None:  # noqa: PLR0911, PLR0912 - one reading per kind of query
    tests, numbers = _tests(text)
    lowered, bare = text.lower(), _named(text)
    for key, op, value in numbers:  # a threshold on a night's column: a habit, whatever else is named
        if op in (">=", "=>", "ge", "-ge") and _base_in(bare) in ("nights", None) and threshold_habit(key, value):
            return habit_line(key, value)
    base, called, positional, kinds = _records(text, bare, tests)
    week = bool(re.search(r"[\"'._(\[/]week|week[\"'._)\]=\[]|week\s*[=:]|week\w|[a-z]week", lowered) and re.search(
        r"current|this|now|start_?of_?week|date_?trunc|\b0\b|weekday\W*today", lowered)) or bool(re.search(r"(?:since|this)\W*monday", lowered))
    if re.search(r"==|=>|\|>|%>%|[A-Za-z_]\w*\.[A-Za-z_]|\w\[|[$@#][A-Za-z_]|&", text) and re.search(
            r"\b(?:trained|worked_?out|workout_?day|exercised|training_?day)|group_?by\W[^)]*workout", _snake(text) + " " + lowered):
        return habit_line(measured="cups" if re.search(r"cup|coffee", lowered) and base != "nights" else "hours")
    column = _column(text, tests, "")
    base = base or _COLUMN_BASES.get(column) or next(
        (_KEY_BASES[word] for name in [*tests, column] for word in _words(name) if word in _KEY_BASES), None)
    if base is None or not (tests or numbers or week or positional or _EITHER.search(text) or _twice(text) or _NAMED_DAY.search(text)
                            or re.search(r"\[\s*\"[^\"]+\"\s*,\s*\"[^\"]+\"\s*\]", text)):
        return None
    if week and base == "coffees" and re.search(r"last|prev|before|-\s*1\b|\bago\(", lowered):
        return COFFEE_WEEKS
    column_base = _COLUMN_BASES.get(_column(text, tests, base))
    if column_base and column_base != base and column_base in {_base(name) for name in _IDENT.findall(bare)} | {"meals"} & {
            _KIND_BASES.get(kind) for kind in kinds}:
        base = column_base
    if (compared := _compared(text, tests, base)) is not None:
        return compared or None
    column = _SYNONYMS.get(column := _column(text, tests, base), column)
    statistic = _statistic(text, column) or (("first" if "[0]" in text else "last" if "[-1]" in text else "")
                                             if column in _TIME_COLUMNS else "")  # ``coffees[0].at``
    if statistic == "?":
        return None
    own = {key: value for key, value in positional.items() if key != "kind" and called == base}
    if called == "meetings" and base in ("meals", "nights") and "title" in positional:
        own["title"] = positional["title"]
    for key, value in tests.items():
        if key.startswith("either:") or _kind_of(key, value) is not None or key == "week" or \
                re.fullmatch(r"\w+", value) and _base(value) is not None:
            continue
        if key == "verb" and base in ("meals", "nights"):
            own["verb"] = value
        elif key in _SAID_KEYS or key in _TITLE_KEYS and base in ("meals", "nights"):
            own["said" if key in _SAID_KEYS else "title"] = value
        elif (param := _param(key, base)) in _ALLOWED[base] or base in ("meals", "nights") and param == "from":
            own[param] = value
        else:
            return None  # a value tested on a column no request takes: not understood
    _day_named(text, base, own, numbers)
    if set(own) - _ALLOWED[base] - {"title"}:
        return None
    for kind in kinds:
        if base == "workouts" or _KIND_BASES.get(kind, base) == base:
            own.setdefault("activity" if base == "workouts" else "kind", kind)
    activities = {{"rides": "cycle", "runs": "run", "swims": "swim"}.get(word, word) for name in _IDENT.findall(bare)
                  for word in _words(name) if word in _ACTIVITIES or word in ("rides", "runs", "swims")}
    if base == "workouts" and "activity" not in own and len(activities) == 1:
        own["activity"] = activities.pop()
    own.update({"week": "this"} if week else {})
    if base == "meetings" and (after := re.search(r"\w*(?:after|next)\w*\(\s*[\"']([^\"']+)[\"']\s*\)", text)) and "after" not in own:
        own.pop("title", None)  # ``meeting = next_after('run up the hill')``
        own["after"] = after[1]
    if base == "workouts" and "label" in own and any({"meeting", "meetings"} & set(words) and {"next", "after", "following"} & set(words)
                                                     for words in map(_words, _IDENT.findall(bare))):
        own["after"] = own.pop("label")  # ``.next_meeting.present``: the meeting after that workout
    if "after" in own:  # the meeting right after a workout
        return request_line("meetings", [("after", own["after"]), ("day", own.get("day", "")), ("take", "next"), ("select", "attendees")])
    pairs = ordered_pairs(base, {key: value for key, value in own.items() if key != "kind"}, {key: key for key in _PARAMS})
    pairs = ([("kind", own["kind"])] if "kind" in own else []) + pairs
    if not pairs:
        return None
    if statistic == "count":
        return select_line(base, pairs, "", "count")
    if week and not statistic and column in ("km", "metres", "meters", "mg", "caffeine_mg"):
        statistic = "sum"  # a week's distance or caffeine is its total
    column = _SYNONYMS.get(column) or COLUMN_NAMES.get(column) or SELECTED_COLUMNS.get(column, column)
    column = "avg_bpm" if column in ("hr", "mean_hr", "heart_rate", "pulse") else "place" if base == "meals" and column in (
        "at", "where", "location", "name") else column
    if base == "meetings" and column in ("name", "names", "person", "people", "who", "attendee"):
        column = "attendees"
    if column in ("meetings", "coffees", "workouts", "cups", "kind", "type"):
        column = "activity" if base == "workouts" and column in ("kind", "type") else ""
    last = re.search(r"\.([A-Za-z_]\w*)\W*$", text)  # ``....colour``: the member asked, when it is no column of the log
    if last and not column and not (_snake(last[1]) in _COLUMNS or _snake(last[1]) in _STATS or _base(last[1])):
        return None
    return select_line(base, pairs, column, statistic) if column or "kind" in own else None


def from_any_code(question: str) -> str:
    """``question`` as an English question when it is code that can be read by its structure; else as it is."""
    if not looks_like_code(question) or _NEGATED.search(question):
        return question  # prose, or a test that a value is not something ("c.day <> \"today\""), which no request says
    line = _request(question)
    line = line if line is not None else _again(question)
    return read_as_request(question, line if line is None or complete(line) and not _one_of_two(question, line) else None)


_NEGATED = re.compile(r"<>|!=|/=|~=|\.ne\.|-ne\b|\bnot\s*\(|\bNOT\s+\w|\bis\s+not\b")


def _one_of_two(text: str, line: str) -> bool:
    """Whether ``line`` asks of one value where ``text`` tests one key with two ("WDay = "A" OR WDay = "B""): two compared,
    which a plain request would answer for the first alone."""
    values: dict[str, set[str]] = {}
    for match in _TEST.finditer(text):
        values.setdefault(match["key"].lower(), set()).add(_value(match, "v") or "")
    return "|" not in line and any(len(each) > 1 for each in values.values())
