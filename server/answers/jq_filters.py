"""A question typed as a jq filter, read as the English question it stands for.

A data clerk asks as a filter over a JSON of the log: ``.days[] | select(.date == "Monday") | .noon_meal.food``,
``.meetings[] | select(.title == "Budget sync" and .date == "today") | .present[]``, ``[.this_week.workouts[]] |
length``, ``.nights[] | select(.date == "A" or .date == "B") | .asleep_hours``, ``.days[] | select(.ran_km == "5") |
.evening_meal.food``, ``.nights[] | select(.coffee_last_at >= "3 pm") | .asleep_hours``, ``$answer | .date = "today"``.
Its keys are read by the parts of their names (``swimming_distance``: how far did I swim; ``coffees[0].at``: the first
coffee's time), its strings are the values they ask about. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.named_asks import asked_by_name, filled, threshold_habit

_LOOKS_JQ = re.compile(r"^\s*(?:\[\s*|\(\s*\[\s*)?(?:\.[a-z_][\w]*(?:\[\])?(?:\s*\||\.|\[)|\$answer\b)")
_EQUALS = re.compile(r'\.([a-z_][\w.]*?)(?:\["([^"]+)"\])?\s*==\s*"([^"]*)"')
_AT_LEAST = re.compile(r'\.([a-z_][\w.]*)\s*>=?\s*"?([^")\s]+(?:\s*[ap]m)?)"?')


def _follow_up(text: str) -> str | None:
    """``$answer | ...``: the question before, asked again of another day or the day before."""
    if re.search(r"\.previous_(day|night)|\.(day|night)_before", text):
        return "and the {} before".format(re.search(r"(day|night)", text)[1])  # type: ignore[index]
    if re.search(r"\.meeting\.(?:mins|minutes|duration|length)", text):
        return "and how long was that meeting"
    values = re.findall(r'=\s*"([^"]+)"', text)
    return f"and {values[0]}" if values else None


def _habit(text: str) -> str | None:
    """A filter of nights by what came before them, then their sleep: a habit and an outcome."""
    if not re.search(r"^\s*\.nights\[\]", text) and "day_before" not in text:
        return None
    for key, value in _AT_LEAST.findall(text):
        if (habit := threshold_habit(key, value)) is not None:
            return habit
    if re.search(r"day_before\.(?:trained|workout|exercised)|after_workout", text):
        return "do I sleep longer after workout days than after rest days"
    return None


def _asked(text: str) -> str | None:
    if (habit := _habit(text)) is not None:
        return habit
    if re.search(r"this_week", text) and re.search(r"previous_week|last_week", text):
        return "did I drink more coffee this week than last week" if "coffee" in text else None
    if re.search(r"select\(\.(?:trained|workout)\b|select\(\.workouts\s*\|\s*length\s*>\s*0\)", text):
        return "do I drink more coffee on workout days than on rest days" if "coffee" in text else None
    values: list[str] = []
    day = None
    titles: list[str] = []
    if on := re.search(r'\.meetings\[\]\.title\s*==\s*"([^"]+)"', text):
        day = f"on the day of the {on[1]} meeting"  # .days[] | select(.meetings[].title == "X")
        text = text.replace(on[0], " ")
    for key, person, value in _EQUALS.findall(text):
        if person:
            day = f"on the day {person} mentioned {value}"
        elif re.fullmatch(r"(?:swam|ran|cycled|rode)_km", key):
            day = f"on the day I {key.split('_')[0]} {value} km"
        elif key in ("after_meeting", "meeting_before"):
            day = f"the night after the {value} meeting"
        elif key.endswith("title") and key.startswith("meetings"):
            day = f"on the day of the {value} meeting"
        elif key in ("title", "label", "name"):
            titles.append(value)
        else:
            values.append(value)
    path = re.sub(r'select\([^)]*\)|"[^"]*"', " ", text)
    collection = re.match(r"\s*[\[(]*\s*\.([a-z_]+)\[\]", path)
    if collection and re.search(r"\|\s*[\[(]*\.[a-z]", path):  # ".nights[] | select(...) | .asleep_hours": what the rows are
        path = path[:collection.start(1)] + path[collection.end(1):]
    parts = {part for name in re.findall(r"[a-z][a-z_]*", path) for part in name.split("_")} - {"select", "and", "or", "add", "length"}
    parts |= {"nights": {"night"}, "meetings": {"meeting"}}.get(collection[1] if collection else "", set())
    if re.search(r"\[0\]", text):
        parts |= {"first"}
    elif re.search(r"\[-1\]|\|\s*last\b", text):
        parts |= {"last"}
    if re.search(r"\|\s*length\s*$", text):
        parts |= {"count"}
    if re.search(r"\|\s*add\s*$", text):
        parts |= {"total"}
    if " or ." in text and len(values) >= 2:
        parts |= {"compared"}
    if "present" in parts or "attendees" in parts:
        parts |= {"people", "meeting"}
    if "next" in parts and "meeting" in parts:
        parts |= {"after"}
    week = " this week" if "this_week" in text else ""
    asked = asked_by_name(parts, titles + values)
    if asked is None:
        return None
    said = filled(asked, titles + values, day)
    return said if not week or "week" in said else said + week


def from_jq(text: str) -> str:
    """``text`` as an English question when it is a jq filter; else ``text`` as it is."""
    if not _LOOKS_JQ.match(text):
        return text
    said = _follow_up(text) if text.lstrip().startswith("$answer") else _asked(text)
    return text if said is None else re.sub(r"\s{2,}", " ", said).strip() + "?"
