"""A question typed as one M (MUMPS) command over the log's globals, read as the English question it stands for.

A programmer asks as one command: ``W $G(^MEAL("Monday","lunch","food"))`` for a value kept in a global (its subscripts
the day, the kind, the field), ``W $$SUM^WK("run","km","Monday")``, ``$$CNT^COF(...)``, ``$$FIRST^COF(...)`` or ``$$LAST^COF(
...)`` for a sum, a count, the first or the last, ``D LIST^ATT("X","Monday")`` for who was there, ``$$SUM^SLP(A)>$$SUM^SLP(B)``
for two compared, ``$$AVG^SLP("cup>=3 pm")-$$AVG^SLP(...)`` for a habit, ``$$DAYOF^MTG("X")`` for a day named by what
happened on it, ``$$MON^DT`` for this week's Monday; he sets a variable and runs again (``S DAY=$$PREV^DT(DAY) D RUN``). The
command is put into the HTTP request line it stands for, which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, day_named_by_record, habit_line, pair_line, read_as_request,
                                          request_line, rerun, select_line)

_ARGS = r"\(((?:[^()]|\([^()]*\))*)\)"
_GLOBAL = re.compile(r"\$G\(\^(?P<g>[A-Z]+)" + _ARGS + r"\)")
_CALL = re.compile(r"\$\$(?P<f>[A-Z]+)\^(?P<r>[A-Z]+)(?:\((?P<a>(?:[^()]|\([^()]*\))*)\))?")
_STRING = re.compile(r"\"([^\"]*)\"|(\$\$[A-Z]+\^[A-Z]+(?:\((?:[^()]|\([^()]*\))*\))?|[\w.]+)")
_RECORDS = {"TIP": "tips", "EVT": "tips", "FLT": "flights", "PET": "pets", "PRJ": "launches", "FAM": "people", "MEAL": "meals",
            "WK": "workouts", "SLP": "nights", "MTG": "meetings", "COF": "coffees", "ATT": "meetings"}
_FIELDS = {"food": "food", "place": "place", "activity": "activity", "bpm": "avg_bpm", "min": "minutes", "quality": "quality",
           "hours": "hours", "bed": "bed_time", "woke": "wake_time", "lands": "landing", "turns": "age_next_birthday", "venue": "town",
           "km": "km", "m": "metres", "mg": "caffeine_mg"}
_STATISTICS = {"SUM": "sum", "CNT": "count", "FIRST": "first", "LAST": "last"}


def _args(text: str) -> list[str]:
    return [m[1] if m[1] is not None else m[2] for m in _STRING.finditer(text)]


def _day(value: str, key: str = "day") -> tuple[str, str] | None:
    """A subscript that names a day: itself, or what ``$$DAYOF^X(...)`` says happened on it (the night after, for nights)."""
    named = re.fullmatch(r"\$\$DAYOF\^([A-Z]+)\((.*)\)", value)
    if named is None:
        return (key, value) if value and not value.startswith("$$") else None
    args = _args(named[2])
    if named[1] == "MTG" and args:
        tests = {"title": args[0]}
    elif named[1] in ("WK", "TIP") and len(args) >= 2:
        tests = {"km": args[1]} if named[1] == "WK" else {"giver": args[0], "title": args[1]}
    else:
        return None
    day = day_named_by_record(_RECORDS[named[1]], tests, key)
    return (key, day) if day else None


def _global(name: str, args: list[str]) -> str | None:
    """``^MEAL(day,kind,field)``, ``^WK(day[,session],field)``, ``^SLP(night,field)``, ``^MTG(title,day,field)``, ``^TIP(kind,
    who)``, ``^EVT(kind,who,field)``, ``^FLT(who,field)``, ``^PET(who,species)``, ``^PRJ(project,"launch",who)``, ``^FAM(who,
    relation,field)``."""
    base = _RECORDS.get(name)
    if base is None or not args:
        return None
    if name == "MEAL" and len(args) == 3:
        day = _day(args[0])
        return select_line(base, [("kind", args[1]), *([day] if day else [])], _FIELDS.get(args[2], args[2]))
    if name == "WK":
        day = _day(args[0])
        pairs = [*([("label", args[1])] if len(args) == 3 else []), *([day] if day else [])]
        return select_line(base, pairs, _FIELDS.get(args[-1], args[-1]))
    if name == "SLP" and len(args) == 2:
        field = _FIELDS.get(args[1], args[1])
        day = _day(args[0], "day" if field == "wake_time" else "night")
        return select_line(base, [day] if day else [], field)
    if name == "MTG" and len(args) == 3:
        return select_line(base, [("title", args[0]), ("day", args[1])], _FIELDS.get(args[2], args[2]))
    if name == "TIP" and len(args) == 2:
        return select_line(base, [("kind", args[0]), ("from", args[1])], "name" if args[0] == "restaurant" else "title")
    if name == "EVT" and len(args) == 3:
        return select_line(base, [("kind", args[0]), ("movedby", args[1])], _FIELDS.get(args[2], args[2]))
    if name == "FLT" and len(args) == 2:
        return select_line(base, [("flyer", args[0])], _FIELDS.get(args[1], args[1]))
    if name == "PET" and len(args) == 2:
        return select_line(base, [("kind", args[1]), ("owner", args[0])], "name")
    if name == "PRJ" and len(args) == 3:
        return select_line(base, [("project", args[0]), ("movedby", args[2])], "new_date")
    if name == "FAM" and len(args) == 3:
        return select_line(base, [("kind", args[1]), ("parent", args[0])], _FIELDS.get(args[2], args[2]))
    return None


def _function(statistic: str, routine: str, args: list[str]) -> str | None:
    """``$$SUM^WK(activity,unit,day)``, ``$$SUM^COF("mg",day)``, ``$$CNT^COF(day)``, ``$$FIRST^MTG(day)`` ..."""
    base = _RECORDS.get(routine)
    if base is None:
        return None
    week = [("week", "this")] if args and args[-1] == "$$MON^DT" else []
    day = [] if week or not args else [("day", args[-1])]
    if statistic == "CNT":
        return select_line(base, [*day, *week], "", "count")
    if statistic in ("FIRST", "LAST"):
        return select_line(base, day, "time", _STATISTICS[statistic])
    if routine == "WK" and len(args) == 3:
        return select_line(base, [("activity", args[0]), *day, *week], _FIELDS.get(args[1], args[1]), "sum")
    if len(args) == 2:
        return select_line(base, [*day, *week], _FIELDS.get(args[0], args[0]), "sum")
    return None


def _command(text: str) -> str | None:
    calls = list(_CALL.finditer(text))
    if len(calls) == 2 and calls[0]["f"] == "AVG":  # a habit: the average where a test holds, less the rest
        test = (_args(calls[0]["a"] or "") or [""])[0]
        flag = re.fullmatch(r"(\w+)\s*>=\s*(.+)", test)
        if flag is not None:
            column = {"cup": "last_coffee_at", "supper": "dinner", "mg": "day_caffeine_mg"}.get(flag[1], flag[1])
            return habit_line(column, flag[2])
        return habit_line(measured="cups" if calls[0]["r"] == "COF" else "hours")
    if len(calls) >= 2 and text.find(">", calls[0].end()) >= 0 and calls[0]["f"] in ("SUM", "CNT") and not text.startswith("D "):
        first, second = calls[0], next(c for c in calls[1:] if c.start() > text.find(">", calls[0].end()))
        if first["f"] == "CNT" and first["r"] == "COF":
            return COFFEE_WEEKS
        one, other = _args(first["a"] or "")[-1:], _args(second["a"] or "")[-1:]
        if not one or not other:
            return None
        return pair_line(one[0], other[0], first["r"] == "SLP", first["r"] == "COF")
    listed = re.match(r"^\s*D\s+LIST\^ATT\((.*)\)\s*$", text)
    if listed is not None:
        nxt = re.match(r"\$\$NEXT\^MTG\((.*?)\)\s*,", listed[1])
        if nxt is not None:
            after = _args(nxt[1])
            return request_line("meetings", [("after", after[0]), ("day", after[1] if len(after) > 1 else ""), ("take", "next"),
                                             ("select", "attendees")])
        args = _args(listed[1])
        return select_line("meetings", [("title", args[0]), *([("day", args[1])] if len(args) > 1 else [])], "attendees")
    found = _GLOBAL.search(text)
    if found is not None:
        return _global(found["g"], _args(found[2]))
    if calls and calls[0]["f"] in _STATISTICS:
        return _function(calls[0]["f"], calls[0]["r"], _args(calls[0]["a"] or ""))
    return None


def _again(text: str) -> str | None:
    """``S DAY=$$PREV^DT(DAY) D RUN`` (or ``NIGHT``), ``S DAY=$H`` (today), ``S DAY="X"`` or ``S WHO="X"``."""
    named = re.sub(r"\bWHO=", "who=", re.sub(r"\bDAY=", "day=", text))
    return rerun(named, r"day=\$\$PREV\^DT\(DAY\)", r"\bNIGHT=\$\$PREV\^DT\(NIGHT\)", r"day=\$H\b", r"day=\$H\b", r"\b(day|who)=\"([^\"]*)\"")


def from_mumps(text: str) -> str:
    """``text`` as an English question when it is an M command over the log or a rerun of the last; else as it is."""
    if re.search(r"\bD\s+RUN\s*$", text) and re.match(r"^\s*S\s", text):
        return read_as_request(text, _again(text))
    if not re.match(r"^\s*(?:W|D)\s+(?:\$|LIST\^|\^)", text):
        return text
    if re.fullmatch(r"\s*W\s+\$G\(\^MTG\(TITLE,\s*DAY,\s*\"min\"\)\)\s*", text):
        return read_as_request(text, MEETING_MINUTES)  # the same meeting's length, by the variables of the last command
    return read_as_request(text, _command(text))
