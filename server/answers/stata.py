"""A question typed as a Stata command over the log's variables, read as the English question it stands for.

An epidemiologist asks as one command: ``list food if meal=="lunch" & day=="Monday"``, ``count if drink=="coffee" &
day=="today"``, ``total km if activity=="run" & day=="Monday"``, ``mean bpm if session=="X" & day=="Monday"``, ``tabstat time if
drink=="coffee" & day=="today", stat(min)`` for the first, ``tabstat hours if inlist(night,"A","B"), by(night) stat(sum)`` for
two compared, ``ttest hours, by(mg_day>=300)`` for a habit, a day found by ``day_of("Hiring sync")``, and repeats the last one
with ``redo, day(-1)``. The command is put into the HTTP request line it stands for (the records its conditions name as the
path, its conditions the parameters, the variable and the command what is selected), which ``http_requests`` reads. Pure
functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, habit_line, pair_line, read_as_request, request_line, rerun,
                                         select_line)

_COMMAND = re.compile(r"^\s*(?P<cmd>list|total|count|mean|tabstat|ttest)\b\s*(?P<var>[a-z_]\w*)?\s*"
                      r"(?:\bif\s+(?P<cond>(?:\"[^\"]*\"|\([^()]*(?:\([^()]*\)[^()]*)*\)|[^,\"()])+?))?\s*(?:,\s*(?P<opts>.*?))?\s*$")
_EQUALS = re.compile(r'\b(?P<key>[a-z_]\w*)\s*==\s*(?:"(?P<text>[^"]*)"|(?P<number>-?\d+(?:\.\d+)?)|(?P<call>\w+\([^()]*\)))')
_DAY_OF = re.compile(r'day_of\(\s*"?([^",()]*)"?\s*(?:,\s*"?([^",()]*)"?\s*)?\)')
_KEYS = {"recommended_by": "from", "praised_by": "from", "moved_by": "movedby", "passenger": "flyer", "owner": "owner",
         "project": "project", "day": "day", "night": "night", "title": "title", "session": "label", "activity": "activity"}
_SELECTED = {"lands_at": "landing", "bed": "bed_time", "woke": "wake_time", "start": "time", "time": "time", "bpm": "avg_bpm",
             "new_date": "new_date", "town": "town", "quality": "quality", "place": "place", "food": "food", "title": "title",
             "attendees": "attendees", "hours": "hours", "minutes": "minutes", "km": "km", "metres": "metres", "name": "name",
             "caffeine_mg": "caffeine_mg", "cups": "count", "kind": "activity"}
_VERBS = {"ran": "ran", "run": "ran", "cycled": "cycled", "cycle": "cycled", "swam": "swam", "swim": "swam"}


def _records(var: str, named: dict[str, str]) -> tuple[str, list[tuple[str, str]]]:  # noqa: PLR0911 - one set of records per clue
    """The records a command's conditions (and its variable) name, with the kind they ask about."""
    if "meal" in named:
        return "meals", [("kind", named["meal"])]
    if named.get("type") == "meeting" or "title" in named or var == "attendees":
        return "meetings", []
    if "passenger" in named:
        return "flights", []
    if "species" in named or "owner" in named:
        return "pets", [("kind", named.get("species", "dog"))]
    if "medium" in named:
        return "tips", [("kind", named["medium"])]
    if named.get("kind") == "restaurant" or named.get("event") == "offsite":
        return "tips", [("kind", named.get("kind") or named["event"])]
    if "project" in named:
        return "launches", []
    if "night" in named or var in ("hours", "quality", "bed", "woke"):
        return "nights", []
    if "activity" in named or "session" in named or named.get("table") == "workouts":
        return "workouts", []
    return "coffees", []


def _day_named(call: str, key: str) -> str | None:
    """``day_of("Hiring sync")`` (the meeting's day, or for a night the night after it), ``day_of("Lila", "Circe")`` (the day
    she mentioned it), ``day_of("ran", 12.4)`` (the day of that workout)."""
    match = _DAY_OF.fullmatch(call.strip())
    if match is None:
        return None
    first, second = match[1].strip(), (match[2] or "").strip()
    if not second:
        return f"nightafter(meeting={first})" if key == "night" else f"dayof(meeting={first})"
    if re.fullmatch(r"\d+(?:\.\d+)?", second):
        return f"dayof(dist={second},did={_VERBS.get(first.lower(), first)})"
    return f"dayof(by={first},said={second})"


def _habit(var: str, by: str) -> str | None:
    """``ttest hours, by(mg_day>=300)``: a threshold on a day's or a night's variable; ``by(trained)``: workout days."""
    if re.fullmatch(r"\s*(?:trained|workout\w*|exercise\w*)\s*", by):
        return habit_line(measured=var)
    at_least = re.fullmatch(r"\s*(\w+)\s*>=\s*(.+?)\s*", by)
    return habit_line(at_least[1], at_least[2]) if at_least is not None else None


def _request(command: re.Match[str]) -> str | None:  # noqa: PLR0911 - one reading per command
    cmd, var, cond, opts = command["cmd"], command["var"] or "", command["cond"] or "", command["opts"] or ""
    if cmd == "ttest":
        by = re.search(r"by\((.*)\)", opts)
        return _habit(var, by[1]) if by else None
    inlist = re.search(r'inlist\(\s*(\w+)\s*,\s*(?:"([^"]*)"|(-?\d+))\s*,\s*(?:"([^"]*)"|(-?\d+))\s*\)', cond)
    if cmd == "tabstat" and inlist is not None:
        if inlist[1] == "week":
            return COFFEE_WEEKS
        return pair_line(inlist[2] or "", inlist[4] or "", inlist[1] == "night", "caffeine" in var or var == "mg")
    named = {m["key"]: m["text"] if m["text"] is not None else m["number"] or m["call"] for m in _EQUALS.finditer(cond)}
    base, pairs = _records(var, named)
    after = re.search(r'\bstart\s*>=\s*workout_end\(\s*"([^"]*)"\s*\)', cond)
    if after is not None:
        return request_line("meetings", [("after", after[1]), ("day", named.get("day", "")), ("take", "next"), ("select", "attendees")])
    for key, value in named.items():
        if key in ("day", "night") and (day := _day_named(value, key)) is not None:
            pairs.append((key, day))
        elif key == "week" and value == "0":
            pairs.append(("week", "this"))
        elif key in _KEYS and value:
            pairs.append((_KEYS[key], value))
    stat = re.search(r"stat\((min|max)\)", opts)
    statistic = "count" if cmd == "count" else ("first" if stat[1] == "min" else "last") if stat else "sum" if cmd == "total" else ""
    column = "avg_bpm" if cmd == "mean" and var == "bpm" else _SELECTED.get(var, var) if var else ""
    return select_line(base, pairs, column, statistic)


def _again(text: str) -> str | None:
    """``redo, day(-1)``, ``redo, night(-1)``, ``redo, day(today()) until(now())``, ``redo, day("X")``, ``redo, who("X")``."""
    return rerun(text, r"\bday\(\s*-1\s*\)", r"\bnight\(\s*-1\s*\)", r"\bday\(\s*today\(\)\s*\)", r"\buntil\(",
                 r'\b(day|who)\(\s*"([^"]*)"\s*\)')


def from_stata(text: str) -> str:
    """``text`` as an English question when it is a Stata command over the log or a rerun of one; else as it is."""
    if re.match(r"^\s*redo\s*,", text):
        return read_as_request(text, _again(text))
    if re.match(r"^\s*total\s+minutes\s+if\s+meeting_id\s*==\s*r\(id\)", text):
        return read_as_request(text, MEETING_MINUTES)
    age = re.match(r'^\s*display\s+age_of\(\s*"(\w+)"\s*,\s*"([^"]*)"\s*\)\s*\+\s*1\s*$', text)
    if age is not None:  # her age now, and one year more at her next birthday
        return read_as_request(text, request_line("people", [("kind", age[1]), ("parent", age[2]), ("select", "age_next_birthday")]))
    command = _COMMAND.match(text)
    if command is None or not (command["cond"] or command["cmd"] == "ttest") or "==" not in text and "(" not in text:
        return text
    return read_as_request(text, _request(command))
