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
from server.answers.http_requests import (COFFEE_WEEKS, DAY_BEFORE, MEETING_MINUTES, NIGHT_BEFORE, TODAY_SO_FAR,
                                          SELECTED_COLUMNS, habit_line, pair_line, read_as_request, select_line)

_QUOTED = r"(?:\"(?P<{0}d>[^\"]*)\"|'(?P<{0}s>[^']*)'|`(?P<{0}b>[^`]*)`|“(?P<{0}c>[^”]*)”)"
_KEY = r"(?:[\w$@#.]*?[.\[@#$:]|\b)(?:col|column|field|get|attr)?\(?\s*[\"'\[]?(?P<key>[A-Za-z_]\w*)[\"'\]]?\s*\)?"
_OP = r"\s*(?P<op>===|==|=~|~=|:=|=|:|->|=>|\beq\b|-eq\b|\bis\b|\bequals?\b|\blike\b)\s*"
_TEST = re.compile(_KEY + _OP + _QUOTED.format("v"))
_CALL_TEST = re.compile(r"\b\w+\(\s*" + _QUOTED.format("k").replace("P<k", "P<key_") + r"\s*,\s*" + _QUOTED.format("v") + r"\s*\)")
_NUMBER_TEST = re.compile(r"(?<=[.(\"'\[@$#{,])(?P<key>[A-Za-z_]\w*)[\"'\]]?\)?\s*(?P<op>===|==|>=|=>|=|:|\beq\b|\bge\b|-ge\b)\s*[\"']?"
                          r"(?P<value>\d+(?:[.:]\d+)?(?:\s*(?:am|pm|mg))?)[\"']?")
_EITHER = re.compile(r"(?P<key>[A-Za-z_]\w*)[\"'\]]?\)?\s*[,.]?\s*(?:\bin\b|\bisin\b|\binlist\b|\bIN\b|\bany_of\b|\boneOf\b|\bin_\b)?"
                     r"\s*[(\[{]\s*(?:[A-Za-z_]\w*\s*,\s*)?" + _QUOTED.format("a") + r"\s*[,|]\s*" + _QUOTED.format("b") + r"\s*[)\]}]")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")

_BASES = ("meals", "meetings", "coffees", "nights", "workouts", "tips", "flights", "pets", "people", "launches")
_SINGULAR = {"meal": "meals", "meeting": "meetings", "coffee": "coffees", "night": "nights", "workout": "workouts", "tip": "tips",
             "flight": "flights", "pet": "pets", "launch": "launches", "attendees": "meetings", "attendee": "meetings",
             "exercises": "workouts", "exercise": "workouts", "trainings": "workouts", "sessions": "workouts", "cups": "coffees",
             "recommendations": "tips", "recs": "tips", "dinners": "meals", "lunches": "meals", "breakfasts": "meals",
             "trips": "flights", "animals": "pets", "relatives": "people", "sleeps": "nights"}
_KINDS = {"breakfast", "lunch", "dinner", "book", "film", "movie", "podcast", "restaurant", "dog", "daughter", "offsite"}
_KIND_BASES = {"breakfast": ("meals",), "lunch": ("meals",), "dinner": ("meals",), "book": ("tips",), "film": ("tips",),
               "movie": ("tips",), "podcast": ("tips",), "restaurant": ("tips",), "dog": ("pets",), "daughter": ("people",),
               "offsite": ("tips",)}
"""The records a kind's name belongs to (a lunch is a meal's kind, a film a tip's)."""
_COLUMN_BASES = {"food": "meals", "dish": "meals", "dishes": "meals", "place": "meals", "venue": "meals", "hours": "nights",
                 "quality": "nights", "bed": "nights", "wake": "nights", "woke": "nights", "attendees": "meetings",
                 "guests": "meetings", "landing": "flights", "lands": "flights"}
"""The records a selected column belongs to, where a query names several tables."""
_KIND_KEYS = {"kind", "meal", "type", "medium", "species", "topic", "child", "relation", "category", "event", "what", "drink"}
_DAY_KEYS = {"day", "date", "on", "morning", "morning_of", "woke_on", "log_day", "when", "d", "dt", "dated", "logged"}
_NIGHT_KEYS = {"night", "log_night", "night_of", "slept", "sleep_night", "nightof"}
_PERSON_KEYS = {"from", "giver", "by", "recommended_by", "praised_by", "owner", "parent", "passenger", "traveller", "traveler",
                "flyer", "moved_by", "movedby", "changed_by", "who", "person", "speaker", "said_by", "told_by", "source",
                "friend", "author", "mentioned_by", "keeper", "sender", "colleague"}
_TITLE_KEYS = {"title", "meeting", "meeting_title", "subject", "topic_title"}
_LABEL_KEYS = {"session", "label", "workout", "workout_name"}
_STATS = {"sum": "sum", "total": "sum", "min": "first", "minimum": "first", "first": "first", "earliest": "first",
          "max": "last", "maximum": "last", "last": "last", "latest": "last", "count": "count", "len": "count",
          "length": "count", "size": "count", "tally": "count", "cnt": "count", "nrow": "count", "avg": "", "mean": "",
          "average": ""}
_COLUMNS = {"food", "dish", "dishes", "place", "venue", "where", "name", "title", "hours", "minutes", "duration", "km",
            "metres", "meters", "distance", "mg", "caffeine", "caffeine_mg", "time", "start", "starts", "at", "attendees",
            "guests", "people", "who", "landing", "lands", "arrives", "arrival", "town", "city", "new_date", "newdate", "age",
            "turns", "quality", "bed", "bedtime", "bed_time", "bed_at", "wake", "woke", "woke_at", "wake_time", "activity",
            "sport", "avg_hr", "bpm", "avg_bpm", "heart_rate", "pulse", "cups", "coffees", "meetings", "workouts", "date",
            "moved_to", "new_place", "lands_at", "to_bed", "pet_name", "age_next", "kind", "type", "location", "rating"}
_TIME_COLUMNS = {"time", "start", "starts", "at", "starts_at", "started"}
_RERUN = re.compile(r"\b(?:same|again|redo|rerun|re_run|retry|repeat|reissue|previous|prev|last_query|lastq|last_result|ans|"
                    r"answer|result|_|it|that|query|above)\b", re.I)
_PROSE = re.compile(r"^(?:what|which|who|where|when|how|did|do|does|is|are|was|were|can|could|tell|show me|give me|and|"
                    r"i|my|please)\b[^=(){}\[\]|$@#]*$", re.I)


def _words(name: str) -> list[str]:
    """An identifier's words: ``LandsAt``, ``lands_at``, ``tbl_Meals``, ``meals.food`` all split, in lower case."""
    spaced = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
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
    """Each identifier compared with a quoted value, by its name in snake case (the first of each), and every number or
    time compared (``km == 1.7``, ``caffeine_mg >= 300``) as key, operator, value."""
    tests: dict[str, str] = {}
    for match in _CALL_TEST.finditer(text):
        key = _value(match, "key_")
        if key and re.fullmatch(r"[A-Za-z_]\w*", key):
            tests.setdefault(_snake(key), _value(match, "v") or "")
    for match in _TEST.finditer(text):
        tests.setdefault(_snake(match["key"]), _value(match, "v") or "")
    numbers = [(_snake(m["key"]), m["op"], m["value"]) for m in _NUMBER_TEST.finditer(text)]
    return tests, numbers


def _kind_of(key: str, value: str) -> str | None:
    return value.lower() if key in _KIND_KEYS or value.lower() in _KINDS and key not in _DAY_KEYS | _NIGHT_KEYS else None


def _statistic(text: str, column: str) -> str:
    """The aggregate applied in ``text``: a call (``sum(km)``, ``.min()``, ``max_by``) or a verb (``count``, ``total km``); a
    first or last only for a time (``.first()`` elsewhere takes a row, not the earliest)."""
    found = ""
    for match in re.finditer(r"(?<![\w\"'])(sum|total|min|minimum|first|earliest|max|maximum|last|latest|count|len|length|size|"
                             r"tally|cnt|nrow|avg|mean|average)(?![\w\"'])", text, re.I):
        statistic = _STATS[match[1].lower()]
        if statistic in ("first", "last") and column not in _TIME_COLUMNS and _snake(column) not in _TIME_COLUMNS:
            continue
        found = found or statistic
    return found


def _column(text: str, tests: dict[str, str], base: str) -> str:
    """The column asked: the last identifier that names one, outside quoted values and tested keys."""
    bare = re.sub(r"\"[^\"]*\"|'[^']*'|`[^`]*`", lambda m: " " + m[0][1:-1] + " " if re.fullmatch(r"\W\w+\W", m[0]) else " ", text)
    found = ""
    for name in _IDENT.findall(bare):
        snake = _snake(name)
        if snake in tests or _base(name) == base and snake not in _COLUMNS:
            continue
        words = _words(name)
        if snake in _COLUMNS or snake in COLUMN_NAMES or snake in SELECTED_COLUMNS:
            found = snake
        elif len(words) <= 3 and not _base(name) and (hit := [word for word in words if word in _COLUMNS]):
            found = hit[-1] if words[-1] not in _COLUMNS else snake
    return found


def _param(key: str, base: str) -> str | None:
    if key in _DAY_KEYS or key.endswith("_day") or key.endswith("_date"):
        return "day"
    if key in _NIGHT_KEYS or key.endswith("_night"):
        return "night"
    if key in _PERSON_KEYS or key.endswith("_by") or key == "name" and base in ("tips", "people", "pets", "flights"):
        return {"flights": "flyer", "pets": "owner", "people": "parent"}.get(base, "from")
    if key in _TITLE_KEYS:
        return "title" if base in ("meetings", "launches") else "title" if base == "tips" else None
    if key in _LABEL_KEYS and base == "nights":
        return "night"
    if key in _LABEL_KEYS or key == "name" and base == "workouts":
        return "label"
    if key in ("project",):
        return "project"
    if key in ("activity", "sport"):
        return "activity"
    return None


def _again(text: str) -> str | None:
    """A rerun of the last query: a day or night back, today (so far), that meeting's length, or another value."""
    if not _RERUN.search(text) or _base_in(text):
        return None
    lowered = text.lower()
    back = re.search(r"-\s*1\b|\bprev(?:ious)?_?(?:day|night)|\b(?:day|night)_?before\b|\b(?:day|night)_?back\b|\bshift\(|\bback\b|"
                     r"\byesterday_of\b|\bpreceding\b|\bminus\b", lowered)
    if back is not None:
        return NIGHT_BEFORE if "night" in lowered else DAY_BEFORE
    if re.search(r"\bminutes\b|\bduration\b|\blength\b", lowered) and "meeting" in lowered:
        return MEETING_MINUTES
    if re.search(r"\btoday\b|\bnow\b|current_date|\bsysdate\b", lowered):
        return TODAY_SO_FAR if re.search(r"\bnow\b|so_?far|until|up_?to|\bsysdate\b|current_time", lowered) else "GET same&day=today"
    values = [v for v in re.findall(r"\"([^\"]+)\"|'([^']+)'", text) for v in v if v]
    return f"GET same&day={values[0]}" if len(values) == 1 else None


def _base_in(text: str) -> str | None:
    return next((base for name in _IDENT.findall(text) if (base := _base(name)) is not None), None)


def _request(text: str) -> str | None:  # noqa: PLR0911, PLR0912 - one reading per kind of query
    tests, numbers = _tests(text)
    lowered = text.lower()
    base = _base_in(re.sub(r"\"[^\"]*\"|'[^']*'", " ", text))
    kinds = {kind for key, value in tests.items() if (kind := _kind_of(key, value))}
    for kind in list(kinds):
        named = _base(kind)
        if named is not None:
            base = named if base in (None, "meetings", "meals", "coffees", "workouts", "days") else base
            kinds.discard(kind)
    bare = re.sub(r"\"[^\"]*\"|'[^']*'", " ", text)
    named_kinds = {word for name in _IDENT.findall(bare) for word in _words(name) if word in _KINDS}
    if not kinds and len(named_kinds) == 1:
        kinds = set(named_kinds)
        base = base if base in _KIND_BASES[next(iter(kinds))] else _KIND_BASES[next(iter(kinds))][0]
    week = bool(re.search(r"[\"'._(\[]week|week[\"'._)\]=]|week\w|[a-z]week", lowered) and re.search(
        r"current|this|now|start_?of_?week|date_?trunc|\b0\b", lowered))
    if base is None or not (tests or numbers or week or _EITHER.search(text)):
        return None
    column_base = _COLUMN_BASES.get(_column(text, tests, base))
    if column_base and column_base != base and column_base in {_base(name) for name in _IDENT.findall(bare)} | {"meals"} & {
            _KIND_BASES.get(kind, ("",))[0] for kind in kinds}:
        base = column_base
    for key, op, value in numbers:
        if op in (">=", "=>", "ge", "-ge") and base == "nights" and (line := _threshold(key, value)) is not None:
            return line
    either = _EITHER.search(text)
    if either is not None:
        first, second = _value(either, "a"), _value(either, "b")
        key = _snake(either["key"])
        if first and second and (key in _DAY_KEYS | _NIGHT_KEYS or _param(key, base) in ("day", "night")):
            nights, caffeine = base == "nights" or _param(key, base) == "night", bool(re.search(r"mg|caffeine", lowered))
            if nights or base == "workouts" or base == "coffees" and caffeine:
                return pair_line(first, second, nights, base == "coffees")
            return None
    if re.search(r"\b(?:trained|worked_?out|workout_?day|exercised|training_?day)", _snake(text)):
        return habit_line(measured="cups" if re.search(r"cup|coffee", lowered) and base != "nights" else "hours")
    column = _column(text, tests, base)
    statistic = _statistic(text, column)
    own = {}
    for key, value in tests.items():
        param = _param(key, base)
        if param is not None and _kind_of(key, value) is None:
            own[param] = value
    for kind in kinds:
        if base == "workouts":
            own.setdefault("activity", kind)
        elif base in _KIND_BASES.get(kind, (base,)):
            own.setdefault("kind", kind)
    if week:
        own["week"] = "this"
    if base in ("meals", "nights") and "title" in own and base != "meetings":
        own["night" if base == "nights" else "day"] = f"nightafter(meeting={own.pop('title')})" if base == "nights" else \
            f"dayof(meeting={own.pop('title')})"
    keys = {"kind": "kind", "day": "day", "night": "night", "from": "from", "flyer": "flyer", "owner": "owner", "parent": "parent",
            "title": "title", "label": "label", "project": "project", "activity": "activity", "week": "week"}
    pairs = [pair for pair in ordered_pairs(base, {k: v for k, v in own.items() if k != "kind"}, keys)]
    pairs = ([("kind", own["kind"])] if "kind" in own else []) + pairs
    if not pairs:
        return None
    if statistic == "count":
        return select_line(base, pairs, "", "count")
    column = COLUMN_NAMES.get(column) or SELECTED_COLUMNS.get(column, column)
    if base == "meetings" and column in ("name", "names", "person", "people", "who", "attendee"):
        column = "attendees"
    if column in ("meetings", "coffees", "workouts", "cups", "kind", "type"):
        column = "activity" if base == "workouts" and column in ("kind", "type") else ""
    if not column:
        return None
    return select_line(base, pairs, column, statistic)


def _threshold(key: str, value: str) -> str | None:
    return habit_line(key, value) if threshold_habit(key, value) else None


def looks_like_code(text: str) -> bool:
    """Whether ``text`` has code's marks (an identifier compared with a value, a call, an index, a pipe, a member) and no
    sentence in words: no run of five plain words outside its quoted values and comments, no closing question mark, no
    spreadsheet formula's leading "=" (``from_formula`` reads those)."""
    stripped = text.strip()
    if not stripped or _PROSE.match(stripped) or stripped.startswith("=") or stripped.endswith("?") and not stripped.startswith("?-"):
        return False
    bare = re.sub(r"\"[^\"]*\"|'[^']*'|`[^`]*`|“[^”]*”|//.*$|--.*$|\s#\s.*$", " ", stripped)
    if re.search(r"(?:\b(?![A-Z]+\b)[A-Za-z][a-z]+\b[ ,]+){4}(?![A-Z]+\b)[A-Za-z][a-z]+\b", bare):
        return False
    if any(test["op"] not in (":", "is", "like", "equals", "equal") for test in _TEST.finditer(stripped)):
        return True
    return re.search(r"==|=>|\|>|[A-Za-z_]\(|[A-Za-z_]\w*\.[A-Za-z_]|\w\[|\]\.|[$@#][A-Za-z_]|\w\s*=\s*[\"'`]|"
                     r"\w:\s*[\"']", stripped) is not None


def from_any_code(question: str) -> str:
    """``question`` as an English question when it is code that can be read by its structure; else as it is."""
    if not looks_like_code(question):
        return question
    line = _request(question)
    if line is None:
        line = _again(question)
    return read_as_request(question, line)
