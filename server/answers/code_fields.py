"""The names a question typed as code gives the log's records and fields, as the readers that read ``table.field`` tests
(FoxPro's ``meals.day = "X"``, PHP's ``$m['day'] == 'X'``) put them into a request line's parameters: which records an
alias or an array names, which parameter a field tests, which column it selects, and the parameters' order. Data and one
pure function."""

from __future__ import annotations

from server.answers.http_requests import QUERY_KEYS, RECORD_PATHS

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
