"""The names a question typed as code gives the log's records and fields, as the readers that read ``table.field`` tests
(FoxPro's ``meals.day = "X"``, PHP's ``$m['day'] == 'X'``) put them into a request line's parameters: which records an
alias or an array names, which parameter a field tests, which column it selects, and the parameters' order; and, for the
readers of code over arrays and lists (Fortran, OCaml), the parameter a column's test fills and the day a record's tests
name. Data and pure functions."""

from __future__ import annotations

from typing import NamedTuple

from server.answers.code_words import (ALLOWED, DAY_KEYS, KIND_KEYS, LABEL_KEYS, NIGHT_KEYS, PEOPLE, PERSON_KEYS, SAID_KEYS, SYNONYMS,
                                       TITLE_KEYS)
from server.answers.http_requests import QUERY_KEYS, RECORD_PATHS, day_named_by, from_http_request, select_line, selected_column

RECORD_ALIASES = {**RECORD_PATHS, "news": "tips", "attend": "meetings", "attendance": "meetings", "coffee": "coffees", "dogs": "pets",
                  "cats": "pets", "kids": "people", "children": "people"}
"""The records a table's alias or an array's name stands for."""
FIELD_KEYS = {**QUERY_KEYS, "from": "from", "owner": "owner", "meeting": "title", "morning": "day", "name": "label", "activity": "activity"}
"""The request parameter a field's test fills."""
KIND_FIELDS = ("kind", "meal", "topic", "child", "species")
"""Fields whose test says which kind of record (a book, lunch, the offsite, a daughter)."""
COLUMN_NAMES = {"lands": "landing", "arrives": "landing", "avg_hr": "avg_bpm", "turns": "age_next_birthday", "new_place": "town",
                "bedtime": "bed_time", "woke": "wake_time", "start": "time", "mg": "caffeine_mg", "person": "attendees", "people": "attendees",
                "lands_at": "landing", "pet_name": "name", "moved_to": "new_date", "age_next": "age_next_birthday", "to_bed": "bed_time",
                "bed_at": "bed_time"}
"""The column a selected field names."""
_ORDER = ("label", "after", "title", "project", "from", "movedby", "owner", "flyer", "parent", "activity", "day", "night", "week")
"""The order of a request's parameters, whatever the tests' order: what is named before when ("the Monday run")."""


def records(alias: str) -> str:
    """The records an alias or an array's name stands for (the name itself when it is none of those)."""
    return RECORD_ALIASES.get(alias.lower(), alias.lower())


def ordered_pairs(base: str, tests: dict[str, str], keys: dict[str, str] = FIELD_KEYS) -> list[tuple[str, str]]:
    """The request's parameters for the tests on one record (``base``): the kind first, then the rest in one order; on a
    launch or the offsite, who told it is who moved it."""
    kinds = [("kind", tests[key].lower()) for key in KIND_FIELDS if key in tests and not (key == "meal" and base != "meals")]
    moved = base == "launches" or ("kind", "offsite") in kinds
    rest = [("movedby" if moved and keys[key] == "from" else keys[key], value) for key, value in tests.items() if key in keys]
    return kinds + sorted(rest, key=lambda pair: _ORDER.index(pair[0]) if pair[0] in _ORDER else len(_ORDER))


KEYS = {key: key for key in ("from", "flyer", "owner", "parent", "title", "label", "project", "activity", "day", "night", "week")}
"""The request parameters a column's test may fill, by their own names."""
VERBS = {"run": "ran", "ran": "ran", "cycle": "cycled", "cycled": "cycled", "ride": "cycled", "rode": "cycled", "bike": "cycled",
         "swim": "swam", "swam": "swam"}
"""A workout's activity or verb as the past tense a day named by it takes ("the day I ran 9.3 km")."""
PLACES = {"venue", "place", "location", "city", "town", "where", "site", "new_place"}
MEALS = {"breakfast": "breakfast", "lunch": "lunch", "dinner": "dinner", "supper": "dinner"}


def param(column: str, base: str) -> str | None:  # noqa: PLR0911 - one parameter per kind of column
    """The request parameter a test of ``column`` over the records ``base`` fills (``km`` and ``verb`` a day named by a
    workout, ``said`` by a remark)."""
    if column in DAY_KEYS:
        return "day"
    if column in NIGHT_KEYS:
        return "night"
    if base in ("workouts", "days") and column in ("activity", "sport", "type", "kind"):
        return "activity"
    if column in KIND_KEYS or column in ("relation", "tie", "sort"):
        return "kind"
    if column in PERSON_KEYS:
        return PEOPLE.get(base, "from")
    if column in SAID_KEYS:
        return "said"
    if column in TITLE_KEYS or column == "name" and base == "meetings":
        return "title"
    if column in LABEL_KEYS or column == "name" and base == "workouts":
        return "label"
    if column in ("km", "distance", "distance_km", "dist"):
        return "km"
    if column in ("verb", "did", "done") or column.endswith("_past"):
        return "verb"
    return "project" if column == "project" else None


def named_day(base: str, tests: dict[str, str], key: str) -> str | None:
    """The day (``key`` "day") or night that the tests of one record name: a meeting's, a workout's distance, a remark's."""
    if base == "meetings" and set(tests) == {"title"}:
        return day_named_by("meetings", tests, key)
    if base in ("workouts", "days") and "km" in tests and set(tests) <= {"km", "verb", "activity"}:
        verb = VERBS.get((tests.get("verb") or tests.get("activity") or "").lower(), "did")
        return day_named_by(base, {"km": tests["km"], "verb": verb}, key)
    if base in ("talk", "tips") and set(tests) in ({"from", "said"}, {"from", "title"}):
        return day_named_by("talk", {"speaker": tests["from"]}, key, tests.get("said") or tests["title"])
    return None


def as_records_asked(base: str, column: str, tests: dict[str, str]) -> tuple[str, str, dict[str, str]] | None:
    """A query over a day's own fields or over news, as the records it asks of: a day's meal (``day_dinner``, ``d.dinner``)
    is that meal on the day, named by its date or by what was done on it; news is a launch's (a project tested) or the
    offsite's move (a place asked). None where it asks of neither."""
    if base == "days":
        meal = next((MEALS[word] for word in column.split("_") if word in MEALS), None)
        if meal is None or set(tests) - {"day", "km", "verb", "activity"}:
            return None
        day = named_day("days", tests, "day") if "km" in tests else tests.get("day")
        return "meals", "_".join(word for word in column.split("_") if word not in MEALS) or "food", {"kind": meal, "day": day or ""}
    if base == "news":
        base = "launches" if "project" in tests else "tips"
        if base == "tips" and ("kind" in tests or column not in PLACES):
            return None
        return base, column, {"kind": "offsite", **tests} if base == "tips" else tests
    return base, column, tests


class Query(NamedTuple):
    """One lookup read from code over arrays or lists: the records, the column's word, the statistic and the tests by
    request parameter."""

    base: str
    column: str
    statistic: str
    tests: dict[str, str]


def request_column(base: str, column: str) -> str:
    """The request's word for a column (a launch's date is its new date)."""
    if base == "launches" and column in ("date", "day"):
        return "new_date"
    return COLUMN_NAMES.get(column) or selected_column(column, base)


MEASURED = {"hours": "hours", "h": "hours", "slept": "hours", "cups": "cups", "coffees": "cups", "coffee": "cups"}
"""What a habit averages, by a word of the averaged field (``sleep_h`` the hours slept, ``coffees`` the cups)."""
PAIRS = {("nights", "hours", "night"): (True, False), ("coffees", "caffeine_mg", "day"): (False, True),
         ("workouts", "minutes", "day"): (False, False)}
"""Two nights' or days' values a request compares: the records, the column and the key tested, as ``pair_line`` takes them."""
VALUE_COLUMNS = frozenset("""food place name title landing age_next_birthday new_date attendees quality hours minutes avg_bpm
    wake_time bed_time activity km metres caffeine_mg town""".split())
"""The columns a value is asked of (a time alone is asked only as a first or a last)."""
QUANTITIES = frozenset({"km", "metres", "caffeine_mg", "minutes", "hours"})
"""The columns a total sums."""


def checked_line(query: Query, quantities: frozenset[str] = QUANTITIES, values: frozenset[str] = VALUE_COLUMNS) -> str | None:
    """The request line of ``query`` (its column in the request's word already); None where the request would ask another
    question: a sum of no quantity in ``quantities``, a value of no column in ``values``, a test no request takes, a first
    or a last the request drops."""
    base, column, statistic, tests = query
    if statistic == "sum" and column not in quantities or statistic == "" and column not in values:
        return None
    if not tests or not all(tests.values()) or not set(tests) <= ALLOWED.get(base, set()) | {"week"}:
        return None
    line = select_line(base, ordered_pairs(base, tests, KEYS), column, statistic)
    return None if statistic in ("first", "last") and statistic not in from_http_request(line).split() else line


CASELESS_KEYS = ("kind", "verb", "activity")
"""Tests whose value is one of the log's own words (lunch, a run), read whatever its case."""


def request_word(base: str, column: str, own: dict[str, str], dated: bool = True) -> str:
    """The request's word for a field a reader found (a launch's date its new date where ``dated``, a workout's sport its
    activity, a synonym the shared words know, else the reader's ``own`` word for it)."""
    if dated and base in ("launches", "news") and set(column.split("_")) & {"date", "day"}:
        column = "date"
    column = "activity" if param(column, base) == "activity" else SYNONYMS.get(column, own.get(column, column))
    return request_column(base, column)


def tested_value(key: str, value: str) -> str:
    """A test's value as a request carries it: a kind, a verb or an activity in lower case."""
    return value.lower() if key in CASELESS_KEYS else value


def news_of_a_move(base: str, tests: dict[str, str]) -> None:
    """The offsite's news is news of a move: no kind of news tested."""
    if base == "news" and tests.get("kind") == "offsite":
        del tests["kind"]


def one_window(tests: dict[str, str]) -> bool:
    """Whether the tests name one window of time: a week with a day or a night in it names none."""
    return not ("week" in tests and ("day" in tests or "night" in tests))
