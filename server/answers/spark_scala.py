"""A question typed as one Scala expression on Spark DataFrames of the log, read as the English question it stands for.

A data engineer asks at spark-shell: ``meals.where(col("day") === "Monday" && col("kind") === "lunch").select("food").show()``
for a value (``.filter``, ``.first()``, ``.head()`` alike), ``.count()`` for a count, ``.agg(sum("km"))`` for a sum,
``.agg(min("time"))`` and ``max`` for the first and the last, ``.orderBy("start").select("start").first()`` for the first,
``col("day").isin(A, B)`` for two compared, ``groupBy(col("last_coffee") >= "9 pm").agg(avg("hours"))`` or ``groupBy(
"worked_out")`` for a habit, ``col("ts") >= date_trunc("week", current_timestamp())`` for this week, ``.join(other.where(...)
.select("day"), "day")`` for a day named by what happened on it (a comment after ``//`` says the verb), ``col("start") >
endOf("X")`` for the meeting after a workout. He binds a value again and reruns (``val day = dayBefore(day)``, ``val who =
"X"``). The expression is put into the HTTP request line it stands for, which ``http_requests`` reads. Pure functions of
the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, day_named_by_record, habit_line, pair_line, read_as_request,
                                          request_line, rerun, select_line, selected_column)

_START = re.compile(r"^\s*(?P<table>[a-z]\w*)\.(?:where|filter|join|groupBy)\(")
_TEST = re.compile(r"col\(\"(?P<key>\w+)\"\)\s*===\s*(?:\"(?P<text>[^\"]*)\"|(?P<word>[\w.]+))")
_RECORDS = {"meals": "meals", "tips": "tips", "news": "tips", "flights": "flights", "dogs": "pets", "cats": "pets", "pets": "pets",
            "launches": "launches", "kids": "people", "children": "people", "people": "people", "workouts": "workouts",
            "nights": "nights", "meetings": "meetings", "attendees": "meetings", "coffees": "coffees"}
_KEYS = {"from": "from", "passenger": "flyer", "flyer": "flyer", "owner": "owner", "told_by": "movedby", "parent": "parent",
         "project": "project", "day": "day", "night": "night", "morning_of": "day", "title": "title", "meeting": "title",
         "name": "label", "activity": "activity", "kind": "kind", "about": "kind"}
"""The request's parameter a DataFrame's column tests (a passenger is a flight's flyer, a workout's name its label)."""
_COLUMNS = {"lands_at": "landing", "avg_hr": "avg_bpm", "turning": "age_next_birthday", "new_venue": "town", "bedtime": "bed_time",
            "start": "time", "mg": "caffeine_mg"}
_KINDS = {"dogs": "dog", "cats": "cat"}


def _tests(text: str) -> dict[str, str]:
    return {m["key"]: m["text"] if m["text"] is not None else m["word"] for m in _TEST.finditer(text)}


def _pairs(table: str, tests: dict[str, str]) -> list[tuple[str, str]]:
    """The request's parameters for a ``where``'s equality tests over ``table``: the kind first, then the rest in order."""
    base = _RECORDS[table]
    kinds = [("kind", tests[key]) for key in ("kind", "about") if key in tests]
    kinds += [("kind", _KINDS[table])] if table in _KINDS else []
    rest = sorted(((_KEYS.get(key, key), value) for key, value in tests.items() if key not in ("kind", "about")),
                  key=lambda pair: pair[0] != "label")  # a workout's name before its day: "the Monday run"
    if base == "tips" and any(value == "offsite" for _, value in kinds):
        rest = [("movedby" if key == "from" else key, value) for key, value in rest]
    return [*kinds, *rest]


def _joined(text: str, table: str) -> tuple[str, str] | None:
    """A day (or night) a join names by what happened on it: a meeting's, a workout's distance (the verb from the comment),
    a tip's giver and title."""
    inner = re.search(r"\.join\((\w+)\.(?:where|filter)\((.+?)\)\.select\(", re.sub(r"\s*//.*$", "", text))
    if inner is None or inner[1] not in _RECORDS:
        return None
    tests, key = _tests(inner[2]), "night" if table == "nights" else "day"
    if inner[1] == "tips":
        tests = {"giver": tests.get("from", ""), "title": tests.get("title", "")}
    if "km" in tests and (verb := re.search(r"//\s*(\w+)", text)) is not None:
        tests["verb"] = verb[1]
    day = day_named_by_record(_RECORDS[inner[1]], tests, key)
    return (key, day) if day else None


def _expression(text: str) -> str | None:
    start = _START.match(text)
    if start is None or start["table"] not in _RECORDS and start["table"] != "days":
        return None
    table, body = start["table"], re.sub(r"\s*//.*$", "", text)
    if (habit := re.search(r"\.groupBy\((?:col\(\"(\w+)\"\)\s*>=\s*\"?([^\")]+)\"?|\"(\w+)\")\)\.agg\(avg\(\"(\w+)\"\)\)", body)):
        return habit_line(habit[1], habit[2]) if habit[1] else habit_line(measured="cups" if "coffee" in habit[4] else "hours")
    if re.search(r"\.groupBy\(date_trunc\(\"week\"", body):
        return COFFEE_WEEKS if table == "coffees" else None
    base = _RECORDS.get(table)
    if base is None:
        return None
    if (pair := re.search(r"col\(\"(?:day|night)\"\)\.isin\(\"([^\"]+)\",\s*\"([^\"]+)\"\)", body)) is not None:
        return pair_line(pair[1], pair[2], base == "nights", base == "coffees")
    where = re.match(r"\w+\.(?:where|filter)\((.+?)\)\.(?:select|agg|count|orderBy|join)\b", body)
    tests = _tests(where[1]) if where else {}
    if (after := re.search(r"col\(\"start\"\)\s*>\s*endOf\(\"([^\"]+)\"\)", body)) is not None:
        return request_line("meetings", [("after", after[1]), ("day", tests.get("day", "")), ("take", "next"), ("select", "attendees")])
    pairs = _pairs(table, tests)
    if (joined := _joined(text, table)) is not None:
        pairs.append(joined)
    elif ".join(" in body:
        return None
    pairs += [("week", "this")] if re.search(r"col\(\"ts\"\)\s*>=\s*date_trunc\(\"week\"", body) else []
    if re.search(r"\.count\(\)\s*$", body):
        return select_line(base, pairs, "", "count")
    if (agg := re.search(r"\.agg\((sum|min|max)\(\"(\w+)\"\)\)", body)) is not None:
        statistic = {"min": "first", "max": "last"}.get(agg[1], agg[1])
        return select_line(base, pairs, selected_column(agg[2], base, _COLUMNS), statistic)
    selected = re.findall(r"\.select\(\"(\w+)\"\)", body)
    if not selected:
        return None
    column = "attendees" if table == "attendees" or (base == "meetings" and selected[-1] == "name") else \
        selected_column(selected[-1], base, _COLUMNS)
    first = base == "meetings" and re.search(r"\.orderBy\(\"start\"\)", body) and column == "time"
    return select_line(base, pairs, column, "first" if first else "")


def _again(text: str) -> str | None:
    """``val day = dayBefore(day)``, ``val night = nightBefore(night)``, ``val day = current_date()`` (today so far), ``val day
    = "X"`` or ``val who = "X"``."""
    return rerun(text, r"\bval\s+day\s*=\s*dayBefore\(", r"\bval\s+night\s*=\s*nightBefore\(", r"\bval\s+day\s*=\s*current_date\(\)",
                 r"\bval\s+day\s*=\s*current_date\(\)", r"\bval\s+(day|who)\s*=\s*\"([^\"]*)\"")


def from_spark(text: str) -> str:
    """``text`` as an English question when it is a Scala expression over the log's DataFrames or a rerun; else as it is."""
    if re.match(r"^\s*val\s+(?:day|night|who)\s*=", text):
        return read_as_request(text, _again(text))
    if re.match(r"^\s*meetings\.(?:where|filter)\(col\(\"title\"\)\s*===\s*title\)\.select\(\"minutes\"\)", text):
        return read_as_request(text, MEETING_MINUTES)  # the same meeting's length, by the value the last expression bound
    if _START.match(text) is None or "col(" not in text and ".groupBy(" not in text:
        return text
    return read_as_request(text, _expression(text))
