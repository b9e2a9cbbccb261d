"""A question typed as a Rails ActiveRecord query at the console, read as the English question it stands for.

A developer asks as one query: ``Meal.find_by(meal: "lunch", day: "Monday").food``, ``Drink.where(drink: "coffee", day:
"today").count``, ``.sum(:km)``, ``.average(:bpm)``, ``.minimum(:at)`` for the first, ``.maximum(:at)`` for the last,
``Sleep.where(night: ["A", "B"]).group(:night).sum(:hours)`` for two compared, ``Night.group("last_coffee_at >= '3
pm'").average(:hours)`` for a habit, a day found by an inner ``Meeting.where(title: "X").select(:day)``, and reruns the
console's last relation with ``_.rewhere(day: _.day.prev_day)``. The query is put into the HTTP request line it stands for
(the model as the path, its conditions the parameters, the attribute or calculation at its end what is selected), which
``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, day_named_by, habit_line, kind_pairs, pair_line,
                                          read_as_request, request_line, rerun, select_line)

_QUERY = re.compile(r"^\s*(?P<model>[A-Z]\w*)\s*\.\s*(?:find_by|where)\((?P<body>.+?)\)\s*(?P<tail>(?:\.\s*\w+(?:\([^()]*\))?)*)\s*$")
_INNER = re.compile(r"\b(?P<key>day|night):\s*(?P<model>[A-Z]\w*)\.where\((?P<conds>[^()]*)\)(?:\.where\((?P<more>[^()]*)\))?"
                    r"\.select\(\s*:(?:day|night)\s*\)")
_CONDITION = re.compile(r'\b(?P<key>\w+):\s*(?:"(?P<text>[^"]*)"|(?P<word>[\w.]+))')
_RECORDS = {"rec": "tips", "event": "tips", "sleep": "nights", "night": "nights", "drink": "coffees", "kin": "people", "talk": "talk"}
_KEYS = {"from": "from", "moved_by": "movedby", "changed_by": "movedby", "passenger": "flyer", "owner": "owner", "project": "project",
         "parent": "parent", "day": "day", "night": "night", "title": "title", "session": "label", "activity": "activity",
         "woke_on": "day"}
_KINDS = ("medium", "species", "relation", "kind", "meal")
_SELECTED = {"arrives_at": "landing", "arrival": "landing", "bed_at": "bed_time", "woke_at": "wake_time", "at": "time",
             "starts_at": "time", "start": "time", "bpm": "avg_bpm", "age": "age_next_birthday"}
_CALCULATIONS = {"count": "count", "minimum": "first", "maximum": "last", "sum": "sum"}
_WEEK = re.compile(r"\bDate\.current\.all_week\b|\b(?:Date\.current|Time\.current)\.beginning_of_week\b")


def _model(name: str) -> str:
    lowered = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower()
    return _RECORDS.get(lowered, lowered + "s")


def _conditions(text: str) -> dict[str, str]:
    return {m["key"].lower(): m["text"] if m["text"] is not None else m["word"] for m in _CONDITION.finditer(text)}


def _day_named(inner: re.Match[str]) -> str | None:
    """An inner ``Model.where(...).select(:day)``: a meeting's day (or the night after it), a workout's, the day someone
    said something (``.where("text LIKE ?", "%X%")``)."""
    said = re.search(r'LIKE\s*\?"\s*,\s*"%?([^"%]*)%?"', inner["more"] or "")
    return day_named_by(_model(inner["model"]), _conditions(inner["conds"]), inner["key"], said[1] if said else None)


def _grouped(model: str, body: str, tail: str) -> str | None:
    """``.group(...)``: two days or nights compared, this week's coffees against last week's, or a habit."""
    either = re.search(r'\b(day|night):\s*\[\s*"([^"]*)"\s*,\s*"([^"]*)"\s*\]', body)
    if either is not None:
        return pair_line(either[2], either[3], either[1] == "night" or model == "nights", "caffeine" in tail)
    if "group_by_week" in tail and model == "coffees":
        return COFFEE_WEEKS
    return None


def _habit(text: str) -> str | None:
    """``Night.group("last_coffee_at >= '3 pm'").average(:hours)``, ``Night.group(:trained_that_day)...``, ``Day.group(:trained)
    .average(:coffee_cups)``."""
    threshold = re.match(r"""^\s*(?:Night|Day)\.group\(\s*["'](\w+)\s*>=\s*'?([^'"]+?)'?\s*["']\s*\)\s*\.\s*average\(""", text)
    if threshold is not None:
        return habit_line(threshold[1], threshold[2])
    trained = re.match(r"^\s*(Night|Day)\.group\(\s*:(?:trained|workout)\w*\s*\)\s*\.\s*average\(\s*:(\w+)\s*\)", text)
    if trained is None:
        return None
    measured = trained[2].lower()
    return habit_line(measured="cups" if "cup" in measured or "coffee" in measured else measured)


def _request(query: re.Match[str]) -> str | None:
    base, body, tail = _model(query["model"]), query["body"], re.sub(r"\s+", "", query["tail"])
    if ".group" in tail:
        return _grouped(base, body, tail)
    inner = _INNER.search(body)
    tests = _conditions(_INNER.sub("", body) if inner else body)
    pairs = kind_pairs(base, tests, _KINDS)
    if "after" in tests and base == "meetings":
        return request_line("meetings", [("after", tests["after"]), ("day", tests.get("day", "")), ("take", "next"),
                                         ("select", "attendees")])
    if inner is not None and (day := _day_named(inner)) is not None:
        pairs.append((inner["key"], day))
    for key, value in tests.items():
        if key in _KEYS and value and not _WEEK.fullmatch(value):
            pairs.append((_KEYS[key], value))
    if _WEEK.search(body):
        pairs.append(("week", "this"))
    calculation = re.search(r"\.(count|sum|average|minimum|maximum|pick)(?:\(:(\w+)\))?$", tail)
    if calculation is not None:
        column = (calculation[2] or "").lower()
        return select_line(base, pairs, _SELECTED.get(column, column), _CALCULATIONS.get(calculation[1], ""))
    attributes = [name for name in re.findall(r"\.(\w+)", tail) if name not in ("first", "last", "next", "take", "where", "order", "limit")]
    column = attributes[-1].lower() if attributes else ""
    return select_line(base, pairs, _SELECTED.get(column, column))


def _again(text: str) -> str | None:
    """``_.rewhere(day: _.day.prev_day)`` (or ``night: _.night.prev_day``), ``day: "X"``, ``who: "X"``, ``day: Date.current,
    before: Time.current``."""
    return rerun(text, r"\bday:\s*_\.day\.prev_day\b", r"\bnight:\s*_\.night\.prev_day\b", r"\bday:\s*Date\.(?:current|today)\b",
                 r"\b(?:before|until):\s*(?:Time\.current|Time\.now|DateTime\.now)\b", r'\b(day|who):\s*"([^"]*)"')


def from_active_record(text: str) -> str:
    """``text`` as an English question when it is an ActiveRecord query over the log or a rerun of the last one; else as it is."""
    if re.match(r"^\s*_\.pick\(\s*:minutes\s*\)\s*$", text):
        return read_as_request(text, MEETING_MINUTES)
    if re.match(r"^\s*_\.rewhere\(", text):
        return read_as_request(text, _again(text))
    if re.match(r"^\s*(?:Night|Day)\.group\(", text):
        return read_as_request(text, _habit(text))
    query = _QUERY.match(text)
    return text if query is None else read_as_request(text, _request(query))
