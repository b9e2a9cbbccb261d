"""A question typed as an R tidyverse pipeline, read as the English question it stands for.

An analyst asks as a pipeline over tables of the log: ``meals %>% filter(date == "Monday", meal == "lunch") %>%
pull(food)``, ``meetings %>% filter(title == "Budget sync", date == "today") %>% pull(attendees)``, ``nights %>%
filter(label %in% c("A", "B")) %>% select(label, hours)``, ``nights %>% group_by(late = last_coffee >= "3 pm") %>%
summarise(hours = mean(hours))``, ``last_query %>% redo(day = "yesterday")``. The table, the columns it pulls and the
values it filters on are read by the parts of their names through ``named_asks``. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.named_asks import asked_by_name, filled, threshold_habit

_LOOKS_R = re.compile(r"^\s*[a-z_]+\s*%>%")
_EQUALS = re.compile(r'\b([a-z_]+)\s*==\s*(?:"([^"]*)"|(\d+(?:\.\d+)?))')
_IN = re.compile(r'\b([a-z_]+)\s*%in%\s*c\(\s*"([^"]*)"\s*,\s*"([^"]*)"\s*\)')
_AT_LEAST = re.compile(r'\b([a-z_]+)\s*>=?\s*"?([^")\s]+(?:\s*[ap]m)?)"?')


def _again(text: str) -> str | None:
    """``last_query %>% redo(day = "yesterday")``, ``last_answer %>% pull(meeting) %>% pull(minutes)``."""
    if re.search(r"pull\(meeting\)", text) and re.search(r"minutes|duration|length", text):
        return "and how long was that meeting"
    redo = re.search(r'redo\(\s*(\w+)\s*=\s*"([^"]*)"', text)
    if redo is None:
        return None
    kind, value = redo[1], redo[2]
    if value in ("previous", "before", "prior"):
        return f"and the {kind} before"
    return f"and {value}" + (" so far" if re.search(r'until\s*=\s*"now"', text) else "")


def _habit(text: str) -> str | None:
    if "group_by(" not in text:
        return None
    if (at_least := _AT_LEAST.search(text.split("group_by(", 1)[1])) and (habit := threshold_habit(at_least[1], at_least[2])) is not None:
        return habit
    if re.search(r"group_by\(\s*(?:trained|workout_day|exercised)", text):
        return "do I drink more coffee on workout days than on rest days" if "coffee" in text.split("group_by(", 1)[1] \
            else "do I sleep longer after workout days than after rest days"
    return None


def _asked(text: str) -> str | None:
    if (habit := _habit(text)) is not None:
        return habit
    table = re.match(r"\s*([a-z_]+)", text)[1]  # type: ignore[index]
    if two := _IN.search(text):
        if two[1] == "week":
            return "did I drink more coffee this week than last week" if table.startswith("coffee") else None
    values: list[str] = []
    titles: list[str] = []
    day = None
    filters = {key: quoted or number for key, quoted, number in _EQUALS.findall(text)}
    if "verb" in filters and "km" in filters:
        day = f"on the day I {filters.pop('verb')} {filters.pop('km')} km"
    parts = set(table.split("_")) | ({"compared"} if two else set())
    meal = filters.pop("meal", None)
    if meal:
        parts |= {meal}
    if "type" in filters:
        parts = parts - {"workouts", "workout"} | {filters.pop("type")}
    week = " this week" if filters.pop("week", None) == "this" else ""
    for key in ("title", "project"):
        if key in filters:
            titles.append(filters.pop(key))
    values = [filters.pop(key) for key in ("name", "owner", "passenger", "moved_by") if key in filters] + list(filters.values())
    if two:
        values = [two[2], two[3]]
    tail = text.split("%>%", 1)[1] if "%>%" in text else ""
    tail = re.sub(r'filter\([^)]*\)|"[^"]*"|inner_join\([^)]*\)', " ", tail)
    parts |= {part for name in re.findall(r"[a-z][a-z_]*", tail) for part in name.split("_")} - {
        "filter", "pull", "select", "arrange", "desc", "summarise", "summarize", "c", "by", "label", "date"}
    if re.search(r"nrow\(\)|count\(", text):
        parts |= {"count"}
    if re.search(r"\bsum\(", text):
        parts |= {"total"}
    if re.search(r"\bmin\(\s*(?:time|start)", text):
        parts |= {"first", "time"}
    if re.search(r"\bmax\(\s*(?:time|start|end)", text):
        parts |= {"last", "time"}
    if joined := re.search(r"inner_join\(\s*([a-z_]+)", text):
        parts = parts - {"workouts", "workout"} | {re.sub(r"(?<=ch)es$|s$", "", joined[1])}  # joined to dinners: the dinner asked
    if "attendees" in parts:
        parts |= {"people", "meeting"}
    if table == "launches":
        parts |= {"launch"}
    asked = asked_by_name(parts, titles + values)
    if asked is None:
        return None
    said = filled(asked, titles + values, day)
    return said if not week or "week" in said else said + week


def from_r_pipeline(text: str) -> str:
    """``text`` as an English question when it is a tidyverse pipeline; else ``text`` as it is."""
    if not _LOOKS_R.match(text):
        return text
    said = _again(text) if text.lstrip().startswith(("last_query", "last_answer")) else _asked(text)
    return text if said is None else re.sub(r"\s{2,}", " ", said).strip() + "?"
