"""A question typed as one AppleScript statement to a scriptable diary app, read as the English question it stands for.

A Mac user asks as one statement: ``tell application "X" to get food of meal "lunch" of day "Monday"`` for a value of a
record reached through its containers, ``... first book whose recommender is "Tom"`` for a record named by what is known of
it, ``count coffees of day "..."`` for a count, ``get distance of every run of day "..."`` for a sum, ``first coffee`` and
``last coffee`` for the first and the last, ``name of every attendee of meeting "X" of day "..."`` for who was there,
``(... of night "A") > (... of night "B")`` for two compared, ``(average sleep of nights whose ... >= "9 pm") - (...)`` for a
habit, ``day of meeting "X"`` (or of an inner ``(first workout whose km is 12)``) for a day named by what happened on it,
``current week`` for this week; a comment after ``--`` adds a word. He sets a variable and runs again (``set theDay to
theDay - 1 * days``, ``set thePerson to "X"``). The statement is put into the HTTP request line it stands for, which
``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, day_named_by_record, habit_line, pair_line, read_as_request,
                                          request_line, rerun, select_line)

_TELL = re.compile(r"^\s*tell\s+application\s+\"[^\"]+\"\s+to\s+(?P<body>.+?)\s*(?:--.*)?$", re.I)
_WHOSE = re.compile(r"(?:\band\s+)?(?P<key>[a-z]+(?:\s+(?!and\b)[a-z]+)?)\s+is\s+(?:\"(?P<text>[^\"]*)\"|(?P<word>[\w.]+))", re.I)
_RECORDS = {"book": "tips", "film": "tips", "podcast": "tips", "restaurant": "tips", "tip": "tips", "offsite": "tips",
            "flight": "flights", "dog": "pets", "cat": "pets", "daughter": "people", "son": "people", "launch note": "launches",
            "meal": "meals", "workout": "workouts", "run": "workouts", "ride": "workouts", "swim": "workouts", "night": "nights",
            "meeting": "meetings", "attendee": "meetings", "coffee": "coffees", "day": "nights"}
_ACTIVITIES = {"run": "run", "ride": "cycle", "swim": "swim"}
_COLUMNS = {"title": "title", "name": "name", "venue": "town", "arrival time": "landing", "launch date": "new_date",
            "coming age": "age_next_birthday", "food": "food", "place": "place", "activity": "activity", "average heart rate": "avg_bpm",
            "quality": "quality", "sleep duration": "hours", "minutes": "minutes", "duration": "minutes", "distance": "km",
            "metres": "metres", "caffeine": "caffeine_mg", "time": "time", "start time": "time", "wake time": "wake_time",
            "bedtime": "bed_time"}
_HOLDER = {"flights": "flyer", "pets": "owner", "people": "parent", "tips": "movedby"}
"""Whose record "of person X" names: a flight's flyer, a pet's owner, a daughter's parent, an offsite's mover."""


def _day(chain: str, key: str) -> tuple[str, str] | None:
    """The day (or night) a chain of containers names: ``day "X"``, ``night "X"``, ``day of meeting "X"``, ``night of day of
    meeting "X"``, ``day of (first workout whose km is N)``, ``day of (first tip whose teller is "A" and title is "B")``;
    ``current week`` is none (the week is said apart)."""
    if (meeting := re.search(r"\b(night\s+of\s+)?day\s+of\s+meeting\s+\"([^\"]+)\"", chain)) is not None:
        day = day_named_by_record("meetings", {"title": meeting[2]}, "night" if meeting[1] or key == "night" else "day")
        return ("night" if meeting[1] or key == "night" else "day", day) if day else None
    if (inner := re.search(r"\bday\s+of\s+\(first\s+(workout|tip)\s+whose\s+(.+?)\)", chain)) is not None:
        tests = {m["key"].lower(): m["text"] if m["text"] is not None else m["word"] for m in _WHOSE.finditer(inner[2])}
        tests = {"giver" if name == "teller" else name: value for name, value in tests.items()}
        day = day_named_by_record("workouts" if inner[1] == "workout" else "tips", tests, "day")
        return ("day", day) if day else None
    named = re.search(r"\b(day|night)\s+\"([^\"]+)\"", chain)
    return (key if named[1] == "day" and key == "night" else named[1], named[2]) if named else None


def _value(column: str, chain: str) -> str | None:
    """``get <column> of <chain>``: a value, a list or a sum of records reached through their containers."""
    record = re.match(r"(?:\(?\s*)(?:(?P<which>every|first|last)\s+)?(?P<name>launch\s+note|[a-z]+?)s?\b(?:\s+\"(?P<label>[^\"]+)\")?", chain)
    if record is None or (record["name"] not in _RECORDS and record["name"] != "day"):
        return None
    name, base = record["name"], _RECORDS.get(record["name"], "nights")
    tests = {m["key"].lower(): m["text"] if m["text"] is not None else m["word"]
             for m in _WHOSE.finditer(chain.split(" whose ", 1)[1])} if " whose " in chain and "day of (" not in chain else {}
    week = [("week", "this")] if "current week" in chain else []
    column = _COLUMNS.get(column.lower(), column.lower())
    pairs: list[tuple[str, str]] = []
    if base == "tips":
        pairs = [("kind", name), *([("from", tests["recommender"])] if "recommender" in tests else [])]
    elif base == "launches":
        pairs = [("project", tests.get("project", "")), ("movedby", tests.get("teller", ""))]
    if (person := re.search(r"\bof\s+person\s+\"([^\"]+)\"", chain)) is not None:
        pairs = [*([("kind", name)] if base in ("pets", "people", "tips") else []), (_HOLDER.get(base, "from"), person[1])]
    if base == "meals" and record["label"]:
        pairs.append(("kind", record["label"]))
    if base == "meetings" and (meeting := re.search(r"\bmeeting\s+\"([^\"]+)\"", chain)) is not None:
        pairs.append(("title", meeting[1]))
    if base == "workouts" and record["label"]:
        pairs.append(("label", record["label"]))
    activity = _ACTIVITIES.get(name) or tests.get("activity")
    if base == "workouts" and activity and column in ("km", "metres", "minutes"):
        pairs.append(("activity", activity))
    day = _day(chain, "night" if base == "nights" and column not in ("wake_time",) and name != "day" else "day")
    pairs += [day] if day else []
    if name == "attendee":
        column = "attendees"
    statistic = record["which"] if record["which"] in ("first", "last") and base in ("coffees", "meetings") else \
        "sum" if record["which"] == "every" and column in ("km", "metres", "caffeine_mg") else ""
    return select_line(base, [*pairs, *week], column, statistic)


def _statement(body: str) -> str | None:
    body = body.strip()
    if (habit := re.match(r"^get\s+\(average\s+(sleep|coffee\s+count)\s+of\s+(?:nights|days)\s+whose\s+(.+?)\s*(>=|is)\s*\"?([^\")]+)\"?\)\s*-",
                          body)) is not None:
        if habit[3] == "is":
            return habit_line(measured="cups" if habit[1].startswith("coffee") else "hours")
        return habit_line(habit[2], habit[4])
    if re.match(r"^get\s+\(count\s+coffees\s+of\s+current\s+week\)\s*>", body):
        return COFFEE_WEEKS
    if (pair := re.match(r"^get\s+\((.+?)\s+of\s+(night|day)\s+\"([^\"]+)\"\)\s*>\s*\((.+?)\s+of\s+(?:night|day)\s+\"([^\"]+)\"\)", body)) is not None:
        return pair_line(pair[3], pair[5], pair[2] == "night", "caffeine" in pair[1])
    if (nxt := re.match(r"^get\s+name\s+of\s+every\s+attendee\s+of\s+\(first\s+meeting\s+of\s+day\s+\"([^\"]+)\"\s+whose\s+start\s+time\s+"
                        r"comes\s+after\s+end\s+time\s+of\s+workout\s+\"([^\"]+)\"\)", body)) is not None:
        return request_line("meetings", [("after", nxt[2]), ("day", nxt[1]), ("take", "next"), ("select", "attendees")])
    if (counted := re.match(r"^count\s+(coffees|meetings|workouts)\s+of\s+(.+)$", body)) is not None:
        base = counted[1]
        day = _day(counted[2], "day")
        week = [("week", "this")] if "current week" in counted[2] else []
        return select_line(base, [*([day] if day else []), *week], "", "count")
    if (got := re.match(r"^get\s+(.+?)\s+of\s+(.+)$", body)) is not None:
        return _value(got[1], got[2])
    return None


def _again(text: str) -> str | None:
    """``set theDay to theDay - 1 * days`` (or ``theNight``), ``set theDay to current date`` (today), ``set theDay to "X"``,
    ``set thePerson to "X"``."""
    named = re.sub(r"\bset\s+thePerson\s+to\s+", "who=", re.sub(r"\bset\s+theDay\s+to\s+(?=\")", "day=", text))
    return rerun(named, r"\btheDay\s+to\s+theDay\s*-\s*1\b", r"\btheNight\s+to\s+theNight\s*-\s*1\b", r"\btheDay\s+to\s+current\s+date\b",
                 r"\btheDay\s+to\s+current\s+date\b", r"\b(day|who)=\"([^\"]*)\"")


def from_applescript(text: str) -> str:
    """``text`` as an English question when it is an AppleScript statement over the log or a rerun of the last; else as it is."""
    if re.match(r"^\s*set\s+the(?:Day|Night|Person)\s+to\b", text):
        return read_as_request(text, _again(text))
    told = _TELL.match(text)
    if told is not None and re.match(r"get\s+duration\s+of\s+theMeeting\b", told["body"]):
        return read_as_request(text, MEETING_MINUTES)  # the same meeting's length, by the variable of the last statement
    return text if told is None else read_as_request(text, _statement(told["body"]))
