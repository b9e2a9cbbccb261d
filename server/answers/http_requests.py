"""A question typed as an HTTP request line, read as the English question it stands for.

A tester of web services asks as one request: ``GET /meals?kind=lunch&day=Monday&select=food``, ``GET
/coffees?day=A|B&select=caffeine_mg_sum&compare=max``, ``GET /nights?caffeine_gte=300&select=hours&vs=rest``, ``GET
/meals?kind=dinner&day=dayof(by=Lila,said=Circe)&select=food``, and repeats the last one with ``GET same&day=day-1``. The
path, the parameters' names and what is selected are read by the parts of their names through ``named_asks``; the
parameters' values are what they ask about. Pure functions of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from server.answers.languages import in_english
from server.answers.named_asks import asked_by_name, filled, threshold_habit

_REQUEST = re.compile(r"^\s*(?:GET|POST)\s+/(?P<path>[\w/-]+)\?(?P<query>.+?)\s*$")
_AGAIN = re.compile(r"^\s*(?:GET|POST)\s+same&(?P<query>.+?)\s*$")
_PAIR = re.compile(r"(?:^|&)(\w+)=(.*?)(?=&\w+=|$)")  # a value may hold a blank, a bracket or a comma
_GLUED = re.compile(r"avg|bpm|sum|count|first|last|next|new|age|birthday|town|date|wake|bed|time|landing|name|title|people"
                    r"|minutes|hours|km|metres|meters|mg|caffeine|cups|rating|food|place|activity|meeting")
"""Words a selected column glues together ("avgbpm", "agenextbirthday", "waketime")."""
_VALUE_KEYS = ("label", "title", "from", "owner", "flyer", "parent", "movedby", "project", "day", "night", "woke", "after", "activity")


_A_DAY = re.compile(r"\d|\b(?:today|tonight|yesterday|last\s+night|this\s+week|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*|day-1|night-1)\b", re.I)
"""A day or night a request's value names in a form the planner reads: a date, or English words for one."""


def _parts(name: str) -> set[str]:
    words = set(re.split(r"[_-]", name.lower()))
    return words | {glued for word in words for glued in _GLUED.findall(word)}


def _day_named(value: str) -> str | None:
    """A day or night named by what happened: ``dayof(dist=4.9,did=ran)``, ``dayof(meeting=X)``, ``nightafter(meeting=X)``,
    ``dayof(by=Lila,said=Circe)``."""
    match = re.fullmatch(r"(dayof|nightafter)\((.*)\)", value.strip())
    if match is None:
        return None
    inner = dict(re.findall(r"(\w+)=([^,]*)", match[2]))
    if "said" in inner and "by" in inner:
        return f"on the day {inner['by']} mentioned {inner['said']}"
    if "meeting" in inner:
        return f"the night after the {inner['meeting']} meeting" if match[1] == "nightafter" else f"on the day of the {inner['meeting']} meeting"
    if "dist" in inner and "did" in inner:
        return f"on the day I {inner['did']} {inner['dist']} km"
    return None


def _again(query: str) -> str | None:
    pairs = dict(_PAIR.findall(query))
    if pairs.get("day") == "day-1":
        return "and the day before"
    if pairs.get("night") == "night-1":
        return "and the night before"
    if "meeting" in pairs.get("select", "") and "minutes" in pairs.get("select", ""):
        return "and how long was that meeting"
    if pairs.get("day", "").startswith("today") and "so_far" in pairs.get("day", ""):
        return "and today so far"
    values = [value for value in pairs.values() if value]
    return f"and {values[0]}" if len(values) == 1 else None


def _asked(path: str, query: str) -> str | None:
    pairs = _PAIR.findall(query)
    fields = dict(pairs)
    base = path.strip("/").split("/")[0].lower()
    parts = {re.sub(r"(?<=ch)es$|(?<!s)s$", "", base)} | _parts(fields.pop("select", ""))
    for key in ("kind", "species"):
        if key in fields:
            parts.add(fields.pop(key).lower())
    if base == "workouts" and "activity" in fields and "select" not in parts:
        parts = parts - {"workout"} | {fields["activity"].lower()}
    for key, value in list(fields.items()):
        if key.endswith("_gte") and (habit := threshold_habit(key[:-4], value)) is not None:
            return habit
    if fields.get("trained") == "true":
        return "do I drink more coffee on workout days than on rest days" if parts & {"cups", "coffee", "coffees"} else \
            "do I sleep longer after workout days than after rest days"
    if fields.get("week", "") in ("this|last", "last|this"):
        return "did I drink more coffee this week than last week" if base.startswith("coffee") else None
    day = None
    for key in ("day", "night"):
        if key in fields and (named := _day_named(fields[key])) is not None:
            day = named
            del fields[key]
        elif key in fields and not all(_A_DAY.search(in_english(part)) for part in fields[key].split("|")):
            return None  # "day=вчерашний": a day in words no language table puts into English, not to be read as today
    compared = [value for value in fields.values() if "|" in value]
    if compared:
        first, second = compared[0].split("|", 1)
        parts.add("compared")
        values = [first, second]
    else:
        values = [value for key, value in fields.items() if key in _VALUE_KEYS and value]
    if "activity" in fields and base == "workouts":
        parts = parts - {"workout"} | {fields["activity"].lower()}
        values = values if "week" in fields else [value for value in values if value != fields["activity"]]  # a week's total names it
    if "sum" in parts:
        parts |= {"total", "week"} if fields.get("week") == "this" else {"total"}
    if "take" in fields and fields["take"] == "next":
        parts.add("next")
    if base == "meetings":
        parts.add("meeting")
    week = fields.get("week")
    asked = asked_by_name(parts, values)
    if asked is None:
        return None
    said = filled(asked, values, day)
    return said + " this week" if week == "this" and "week" not in said else said


def request_fields(line: str) -> tuple[str, dict[str, str]] | None:
    """The records a request line asks of (its path's first part) and its fields, or None for no request line."""
    request = _REQUEST.match(line)
    return None if request is None else (request["path"].strip("/").split("/")[0].lower(), dict(_PAIR.findall(request["query"])))


def from_http_request(text: str) -> str:
    """``text`` as an English question when it is an HTTP request line or a rerun of one; else ``text`` as it is."""
    if (again := _AGAIN.match(text)) is not None:
        said = _again(again["query"])
    elif (request := _REQUEST.match(text)) is not None:
        said = _asked(request["path"], request["query"])
    else:
        return text
    return text if said is None else re.sub(r"\s{2,}", " ", said).strip() + "?"


DAY_BEFORE, NIGHT_BEFORE = "GET same&day=day-1", "GET same&night=night-1"
TODAY_SO_FAR, MEETING_MINUTES = "GET same&day=today_so_far", "GET same&select=meeting_minutes"
"""The reruns every other syntax's follow-ups are put into: the day or night before, today so far, that meeting's length."""


def rerun(text: str, day_back: str, night_back: str, today: str, so_far: str, named: str) -> str | None:
    """The rerun a follow-up typed as code stands for, each form given as a pattern of its syntax: the day before, the
    night before, today (so far, where ``so_far`` matches too), or another day or person (``named``: its groups are "day"
    or "who", then the value)."""
    if re.search(day_back, text):
        return DAY_BEFORE
    if re.search(night_back, text):
        return NIGHT_BEFORE
    if re.search(today, text):
        return TODAY_SO_FAR if re.search(so_far, text) else "GET same&day=today"
    other = re.search(named, text)
    return f"GET same&{'from' if other[1] == 'who' else 'day'}={other[2]}" if other else None


COFFEE_WEEKS = "GET /coffees?week=this|last&select=count_compared"
"""This week's coffees against last week's."""


def pair_line(first: str, second: str, nights: bool, caffeine: bool) -> str:
    """Which of two nights was longer, which of two days had more caffeine, or else which day's workout was longer."""
    if nights:
        return f"GET /nights?night={first}|{second}&select=hours_compared"
    if caffeine:
        return f"GET /coffees?day={first}|{second}&select=caffeine_mg_compared"
    return f"GET /workouts?day={first}|{second}&select=minutes_compared"


def request_line(base: str, pairs: list[tuple[str, str]]) -> str:
    """The request line for the records ``base`` with the parameters ``pairs`` ("GET /meals?kind=lunch&select=food")."""
    return f"GET /{base}?" + "&".join(f"{key}={value}" for key, value in pairs)


def select_line(base: str, pairs: list[tuple[str, str]], column: str, statistic: str = "") -> str:
    """The request line of a query over the records ``base`` that takes ``column`` (already in this module's words:
    "km", "caffeine_mg", "wake_time") with ``statistic`` ("count", "first", "last", "sum" or none); a workout's activity
    alone asks its kilometres."""
    words = [column] if column else []
    if statistic == "count":
        words = ["meeting_count" if base == "meetings" else "count"]
    elif statistic in ("first", "last"):
        words.insert(0, statistic)
    elif statistic == "sum" and column in ("km", "caffeine_mg", "metres"):
        words.append("sum")
    if base == "workouts" and any(key == "activity" for key, _ in pairs) and not set(words) & {"km", "metres", "minutes"}:
        words.insert(0, "km")
    return request_line(base, [*pairs, ("select", "_".join(word for word in words if word))])


def day_named_by(records: str, tests: dict[str, str], key: str, said: str | None = None) -> str | None:
    """A day (``key`` "day") or a night named by what happened, from an inner query's tests: a meeting's (the night after it),
    a workout's distance and verb, what someone (``tests["speaker"]``) ``said``."""
    if records == "meetings" and "title" in tests:
        return f"nightafter(meeting={tests['title']})" if key == "night" else f"dayof(meeting={tests['title']})"
    if "km" in tests and "verb" in tests:
        return f"dayof(dist={tests['km']},did={tests['verb']})"
    return f"dayof(by={tests['speaker']},said={said})" if "speaker" in tests and said else None


def day_named_by_record(records: str, tests: dict[str, str], key: str) -> str | None:
    """A day (or a night) named by an inner lookup's tests over ``records``: a tip's giver and title (the day they mentioned
    it), a workout's distance with its verb or, where none is given, "did"; else as ``day_named_by``."""
    if records == "tips" and "giver" in tests and "title" in tests:
        return day_named_by("talk", {"speaker": tests["giver"]}, key, tests["title"])
    return day_named_by(records, {**tests, "verb": tests.get("verb", "did")} if "km" in tests else tests, key)


def habit_line(column: str | None = None, value: str = "", measured: str = "hours") -> str:
    """A habit asked as code: a night's ``column`` at ``value`` or more (the day's caffeine, the last coffee, dinner), or, with
    no column, workout days against the others for ``measured`` (hours of sleep, cups of coffee)."""
    if column is None:
        return f"GET /{'days' if measured in ('cups', 'coffees') else 'nights'}?trained=true&select={measured}"
    column = column.lower()
    name = "caffeine" if "mg" in column or "caffeine" in column else "lastcoffee" if "coffee" in column else \
        "dinner" if "dinner" in column else column
    return f"GET /nights?{name}_gte={value.strip()}&select=hours"


def tested_values(matches: Iterable[re.Match[str]], said_test: str = "") -> dict[str, str]:
    """A query's conditions by their column's name in lower case, from matches with the groups "key", "test" and the value
    in "text", "call" or "word": equality and "at least" tests; the text test ``said_test`` ("has", "MATCHES") as "said"."""
    found: dict[str, str] = {}
    for match in matches:
        value = match["text"] if match["text"] is not None else match["call"] or match["word"]
        if said_test and match["test"] == said_test:
            found["said"] = value.strip(".*%")
        elif match["test"] in ("==", ">="):
            found[match["key"].lower()] = value
    return found


RECORD_PATHS = {"recs": "tips", "events": "tips", "sleep": "nights", "drinks": "coffees", "kin": "people", "family": "people"}
"""The path of the records a query syntax names by its table's name (a table not named here is its own path)."""


QUERY_KEYS = {"giver": "from", "mover": "movedby", "traveller": "flyer", "traveler": "flyer", "keeper": "owner", "project": "project",
              "parent": "parent", "day": "day", "night": "night", "title": "title", "session": "label", "sport": "activity",
              "woke_on": "day"}
"""The request's parameter a query syntax's column stands for (a tip's giver is its "from", a pet's keeper its "owner")."""
SELECTED_COLUMNS = {"dish": "food", "lands": "landing", "called": "name", "newdate": "new_date", "sport": "activity", "guests": "attendees",
                    "woke_at": "wake_time", "bed_at": "bed_time", "at": "time", "starts": "time", "bpm": "avg_bpm"}
"""What a request selects for a column a query syntax takes (a dish is the food, guests the attendees)."""


def selected_column(name: str, base: str, also: dict[str, str] | None = None) -> str:
    """The request's word for the column ``name`` a query takes from the records ``base`` (a venue is a tip's name, else a
    meal's place), with a syntax's own words ``also``."""
    name = name.lower()
    if name == "venue":
        return "name" if base == "tips" else "place"
    return (also or {}).get(name) or SELECTED_COLUMNS.get(name, name)


def kind_pairs(base: str, tests: dict[str, str], kinds: tuple[str, ...]) -> list[tuple[str, str]]:
    """The request's "kind" parameters for a query's tests of the columns ``kinds`` (in that order) over the records
    ``base``: what was recommended, the species, the relation, the meal (a meal's only for meals)."""
    return [("kind", tests[key]) for key in kinds if key in tests and not (key == "meal" and base != "meals")]


def read_as_request(text: str, line: str | None) -> str:
    """``text`` as the English question of the request ``line`` another syntax was put into (a CSS selector, a pandas
    expression); ``text`` as it is when it was put into none, or into one this module cannot read."""
    if line is None:
        return text
    said = from_http_request(line)
    return text if said == line else said
