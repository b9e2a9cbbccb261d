"""A question typed as a spreadsheet formula over the log's tables, read as the English question it stands for.

An analyst asks as one formula: ``=XLOOKUP(1,(tblMeals[kind]="lunch")*(tblMeals[day]="Monday"),tblMeals[food])``,
``=COUNTIFS(tblCoffees[day],"today")``, ``=SUMIFS(tblRuns[km],tblRuns[day],"Monday")``, ``=MINIFS(tblCoffees[time],...)``,
``=IF(SUMIFS(...A...)>SUMIFS(...B...),"A","B")`` for two compared, a difference of ``AVERAGEIFS`` for a habit, a day found by
an inner ``XLOOKUP``, and repeats the last one with ``=RECALC(A1,"day",-1)``. The formula is put into the HTTP request line it
stands for (the table as the path, its criteria the parameters, the column returned and the function what is selected), which
``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, DAY_BEFORE, MEETING_MINUTES, NIGHT_BEFORE, TODAY_SO_FAR, pair_line,
                                         read_as_request, request_line)

_FORMULA = re.compile(r"^\s*=\s*(?P<func>[A-Z]+)\((?P<args>.*)\)\s*(?P<tail>[+-]\s*\d+)?\s*$")
_COLUMN = r"tbl(\w+)\[(\w+)\]"
_CRITERION = re.compile(r"\(\s*" + _COLUMN + r'\s*=\s*(?:"([^"]*)"|([\d.]+))\s*\)')  # (tblT[col]="value")
_IFS_PAIR = re.compile(_COLUMN + r'\s*,\s*(?:"([^"]*)"|(TRUE|FALSE|[\d.]+))')  # tblT[col],"value" in a *IFS
_LOOKUP = re.compile(r'XLOOKUP\(\s*"([^"]*)"\s*,\s*' + _COLUMN + r"\s*,\s*" + _COLUMN)  # XLOOKUP("value",tblT[col],tblT[ret])
_TABLES = {"books": ("tips", "book"), "films": ("tips", "film"), "podcasts": ("tips", "podcast"), "places": ("tips", None),
           "kids": ("people", "daughter"), "sleep": ("nights", None), "hr": ("workouts", None), "runs": ("workouts", None),
           "rides": ("workouts", None), "swims": ("workouts", None), "coffeedays": ("days", None)}
_ACTIVITY = {"runs": "run", "rides": "cycle", "swims": "swim"}
_KEYS = {"recommended_by": "from", "praised_by": "from", "moved_by": "movedby", "passenger": "flyer", "owner": "owner",
         "project": "project", "parent": "parent", "kind": "kind", "day": "day", "title": "title", "session": "label", "night": "night"}
_SELECTED = {"lands_at": "landing", "bpm": "avg_bpm", "bed": "bed_time", "woke": "wake_time", "start": "time", "time": "time",
             "mg": "caffeine_mg", "m": "metres", "age": "age_next_birthday"}


def _habit(text: str) -> str | None:
    """``=AVERAGEIFS(t[hours],t[col],">=X")-AVERAGEIFS(...)``: a threshold on a night's column, or trained days against the others."""
    averaged = re.findall(r"AVERAGEIFS\(\s*" + _COLUMN + r'\s*,\s*' + _COLUMN + r'\s*,\s*(?:"([^"]*)"|(TRUE|FALSE))', text)
    if len(averaged) < 2:
        return None
    table, measured, _, column, value, flag = averaged[0]
    if value.startswith(">="):
        name = "caffeine" if "mg" in column or "caffeine" in column else "lastcoffee" if "coffee" in column else \
            "dinner" if "dinner" in column else column
        return f"GET /nights?{name}_gte={value[2:]}&select=hours"
    if flag and re.search(r"train|workout|exercise", column):
        return f"GET /{'days' if table.lower().startswith('coffee') else 'nights'}?trained=true&select={measured}"
    return None


def _day_named(inner: str) -> str | None:
    """A day found by an inner ``XLOOKUP``: of a workout's distance, a meeting, something said."""
    criteria = {column: value or number for _, column, value, number in _CRITERION.findall(inner)}
    if "by" in criteria:
        return f"dayof(by={criteria['by']},said={criteria.get('about', '')})"
    if "verb" in criteria:
        return f"dayof(dist={criteria.get('km', '')},did={criteria['verb']})"
    lookup = re.match(r'\s*"([^"]*)"\s*,\s*' + _COLUMN, inner)  # XLOOKUP("Design review",tblMeetings[title],...)
    if lookup is not None and lookup.group(3) == "title":
        return f"dayof(meeting={lookup.group(1)})"
    return None


def _request(func: str, args: str, tail: str | None, text: str) -> str | None:  # noqa: PLR0911, PLR0912 - one reading per shape
    if func == "IF":
        pair = re.search(r',\s*"([^"]*)"\s*,\s*"([^"]*)"\s*$', args)
        if pair is None:
            return None
        if "week" in args:
            return COFFEE_WEEKS
        return pair_line(pair.group(1), pair.group(2), "tblSleep" in args, "tblCoffees" in args)
    if (habit := _habit(text)) is not None:
        return habit
    columns = re.findall(_COLUMN, args)
    if not columns:
        return None
    returned = columns[-1] if func == "XLOOKUP" else columns[0]
    table = returned[0].lower()
    base, kind = _TABLES.get(table, (table, None))
    pairs: list[tuple[str, str]] = [("kind", kind)] if kind else []
    pairs += [("activity", _ACTIVITY[table])] if table in _ACTIVITY else []
    inner = re.search(r"=\s*XLOOKUP\((.+)\)\)\s*,\s*tbl\w+\[\w+\]\s*$", args)
    if func == "XLOOKUP" and inner is not None and (day := _day_named(inner.group(1))):
        meal = next((value for _, column, value, _ in _CRITERION.findall(args) if column == "kind"), "")
        return request_line("meals", [("day", day), ("kind", meal), ("select", returned[1])])
    if func == "XLOOKUP" and re.match(r"\s*XLOOKUP\(", args):  # XLOOKUP(XLOOKUP("T",...[day]),tblSleep[day],tblSleep[hours])
        title = _LOOKUP.search(args)
        return request_line("nights", [("night", f"nightafter(meeting={title.group(1) if title else ''})"), ("select", returned[1])])
    if ">XLOOKUP(" in args.replace(" ", ""):  # a meeting starting after a workout's end: the next one
        session = _LOOKUP.search(args)
        day = next((value for _, column, value, _ in _CRITERION.findall(args) if column == "day"), "")
        return request_line("meetings", [("after", session.group(1) if session else ""), ("day", day), ("take", "next"),
                                         ("select", "attendees")])
    criteria = [(column, value or number) for _, column, value, number in _CRITERION.findall(args)]
    if func == "XLOOKUP" and (lookup := re.match(r'\s*"([^"]*)"\s*,\s*' + _COLUMN, args)) is not None:
        criteria.append((lookup.group(3), lookup.group(1)))  # XLOOKUP("Lila",tblBooks[recommended_by],tblBooks[title])
    if func.endswith("IFS"):  # (COUNTIFS has no column to return: its first argument is a criterion's)
        criteria += [(column, value or flag) for _, column, value, flag in
                     _IFS_PAIR.findall(args if func == "COUNTIFS" else args[args.index(",") + 1:])]
    for column, value in criteria:
        if column == "week":
            pairs.append(("week", "this"))
        elif column == "kind" and base == "workouts":
            pairs.append(("activity", value))
        elif column in _KEYS and column != "sex" and (column, value) != ("kind", kind):
            pairs.append((_KEYS[column], value))
    words = [_SELECTED.get(returned[1], returned[1])] if func not in ("COUNTIFS",) else []
    words += {"COUNTIFS": ["count"], "SUMIFS": ["sum"] if returned[1] in ("km", "mg", "m") else [], "MINIFS": [], "MAXIFS": []}.get(func, [])
    if func in ("MINIFS", "MAXIFS"):
        words.insert(0, "first" if func == "MINIFS" else "last")
    if base == "tips" and table == "places":
        pairs = [pair for pair in pairs if pair != ("kind", "restaurant")] + [("kind", "restaurant")]
    if table == "kids" and tail:
        words = ["age_next_birthday"]
    if base == "workouts" and returned[1] == "kind":
        words = ["activity"]
    pairs.append(("select", "_".join(word for word in words if word)))
    return request_line(base, pairs)


def _again(args: str) -> str | None:
    """``=RECALC(A1,"day",-1)``, ``=RECALC(A1,"who","Lila")``, ``=RECALC(A1,"day",TODAY(),"until",NOW())``."""
    named = re.match(r'\s*A1\s*,\s*"(\w+)"\s*,\s*(?:"([^"]*)"|(-1)|(TODAY\(\)))', args)
    if named is None:
        return None
    key, value, back, today = named.groups()
    if back:
        return DAY_BEFORE if key == "day" else NIGHT_BEFORE
    if today:
        return TODAY_SO_FAR if "NOW()" in args else "GET same&day=today"
    return f"GET same&{'from' if key == 'who' else 'day'}={value}"


def from_spreadsheet(text: str) -> str:
    """``text`` as an English question when it is a spreadsheet formula over the log or a rerun of one; else as it is."""
    formula = _FORMULA.match(text)
    if formula is None or "tbl" not in text and formula["func"] != "RECALC":
        return text
    if formula["func"] == "RECALC":
        return read_as_request(text, _again(formula["args"]))
    if re.search(r"tblMeetings\[id\]\s*,\s*A1", text):
        return read_as_request(text, MEETING_MINUTES)
    return read_as_request(text, _request(formula["func"], formula["args"], formula["tail"], text))
