"""A question typed as a Cypher graph query, read as the English question it stands for.

A developer asks as a query over a graph of the log: ``MATCH (d:Day)-[:HAD]->(m:Lunch) WHERE d.date = "Monday" RETURN
m.food``, ``MATCH (p:Person)-[:ATTENDED]->(m:Meeting) WHERE m.title = "Budget sync" AND m.day = "today" RETURN p.name``,
``MATCH (n:Night) RETURN n.last_coffee >= "3 pm" AS late, avg(n.hours_asleep)``, ``CALL answers.again("day",
"previous")``. The labels of the nodes it matches and what it returns are read by the parts of their names; the values
its WHERE sets are what they ask about, a day, a title, a person. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.named_asks import asked_by_name, filled, threshold_habit

_LOOKS_CYPHER = re.compile(r"^\s*(?:MATCH\s*\(|CALL\s+\w+\.\w+\s*\()")
_AGAIN = re.compile(r'^\s*CALL\s+\w+\.again\s*\(\s*"(\w+)"\s*,\s*"([^"]*)"\s*\)')
_WHERE = re.compile(r'\b(\w+)\.(\w+)\s*=\s*(?:"([^"]*)"|(\d+(?:\.\d+)?))')
_LABELS = re.compile(r"\(\s*\w*\s*:\s*(\w+)\s*\)|\[\s*\w*\s*:\s*(\w+)\s*\]")
_AT_LEAST = re.compile(r'\bRETURN\s+\w+\.(\w+)\s*>=?\s*"?([^"\s,]+(?:\s*[ap]m)?)"?', re.I)


def _words(name: str) -> list[str]:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).replace("_", " ").lower().split()


def _habit(text: str) -> str | None:
    """``MATCH (n:Night) RETURN n.x >= v AS ..., avg(n.hours_asleep)``: nights grouped by what came before them."""
    if not re.search(r"\bavg\s*\(", text, re.I):
        return None
    if (at_least := _AT_LEAST.search(text)) and (habit := threshold_habit(at_least[1], at_least[2])) is not None:
        return habit
    if re.search(r"after_workout|trained|workout_day", text):
        return "do I drink more coffee on workout days than on rest days" if re.search(r"coffee|cups", text, re.I) and "hours" not in text \
            else "do I sleep longer after workout days than after rest days"
    return None


def _again(kind: str, value: str) -> str:
    if value in ("previous", "before", "prior"):
        return f"and the {kind} before"
    if kind == "meeting":
        return "and how long was that meeting"
    return f"and {value}"


def _asked(text: str) -> str | None:
    if (habit := _habit(text)) is not None:
        return habit
    if re.search(r":LastAnswer\b", text) and re.search(r"RETURN\s+\w+\.(?:minutes|duration|length)", text):
        return "and how long was that meeting"
    labels = [a or b for a, b in _LABELS.findall(text)]
    values: list[str] = []
    titles: list[str] = []
    day = None
    where = {(var, prop): (quoted or number) for var, prop, quoted, number in _WHERE.findall(text)}
    props = {prop: value for (_, prop), value in where.items()}
    if "about" in props and "name" in props:
        day = f"on the day {props.pop('name')} mentioned {props.pop('about')}"
    if "verb" in props and "km" in props:
        day = f"on the day I {props.pop('verb')} {props.pop('km')} km"
    if "title" in props and re.search(r"\)<-\[:\w+\]-\(\w+:Day\)", text):
        day = f"on the day of the {props.pop('title')} meeting"
    parts = {word for label in labels for word in _words(label)} - {"day", "had", "held", "at"}
    returned = re.search(r"\bRETURN\s+(.+)$", text, re.I)
    returning = returned[1] if returned else ""
    parts |= {word for name in re.findall(r"\w+\.(\w+)", returning) for word in _words(name)}
    if re.search(r"\bcount\s*\(", returning, re.I):
        parts |= {"count"}
    if re.search(r"\bsum\s*\(", returning, re.I):
        parts |= {"total"}
    if re.search(r"\bmin\s*\(\s*\w+\.time", returning, re.I):
        parts |= {"first", "time"}
    if re.search(r"\bmax\s*\(\s*\w+\.time", returning, re.I):
        parts |= {"last", "time"}
    if "type" in props:
        parts = parts - {"workout", "workouts"} | set(_words(props.pop("type")))  # the type names the activity
    week = " this week" if props.pop("week", None) == "this" else ""
    if "attended" in parts:
        parts |= {"people"}
    for prop in ("title", "name", "label"):
        if prop in props and prop == "title":
            titles.append(props.pop(prop))
    values = [value for prop, value in props.items() if prop in ("name", "label")] + \
             [value for prop, value in props.items() if prop not in ("name", "label")]
    if {"km", "total"} <= parts and not values and week:
        parts |= {"week"}
    asked = asked_by_name(parts, titles + values)
    if asked is None:
        return None
    said = filled(asked, titles + values, day)
    return said if not week or "week" in said else said + week


def from_cypher(text: str) -> str:
    """``text`` as an English question when it is a Cypher query or a call to ask again; else ``text`` as it is."""
    if not _LOOKS_CYPHER.match(text):
        return text
    again = _AGAIN.match(text)
    said = _again(again[1], again[2]) if again else _asked(text)
    return text if said is None else re.sub(r"\s{2,}", " ", said).strip() + "?"
