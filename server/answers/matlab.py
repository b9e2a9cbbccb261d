"""A question typed as a MATLAB expression with logical indexing, read as the English question it stands for.

A metrologist indexes the log's tables by comparisons of their fields: ``meals.food(meals.kind=="lunch" & meals.day=="Monday")``,
``nnz(coffees.day=="today")``, ``sum(workouts.km(workouts.activity=="run" & workouts.day=="Monday"))``,
``["A" "B"](argmax([...]))`` for two compared, ``mean(nights.hours(nights.last_coffee>="3 pm")) - mean(...)`` for a habit,
a day found by another table's index (``meals.day==meetings.day(meetings.title=="X")``), and repeats the last one with
``rerun(q, day=q.day - 1)``. The expression is put into the HTTP request line it stands for (the table as the path, its
comparisons the parameters, the field indexed and the function around it what is selected), which ``http_requests`` reads.
Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import COFFEE_WEEKS, MEETING_MINUTES, pair_line, read_as_request, request_line, rerun

_INDEXED = re.compile(r"^\s*(?:(?P<func>sum|nnz|min|max|mean|numel|length)\()?\s*(?P<table>[a-z_]\w*)\.(?:(?P<field>[a-z_]\w*)\s*\((?P<rest>.*)"
                      r"|[a-z_]\w*\s*(?:==|>=|>|<).*)$")
_COMPARE = re.compile(r'\b(?P<table>[a-z_]\w*)\.(?P<field>[a-z_]\w*)\s*(?P<op>==|>=|>|<=|<)\s*(?:"(?P<text>[^"]*)"|(?P<other>[\w.]+(?:\([^()]*\))?))')
_TABLES = {"books": ("tips", "book"), "films": ("tips", "film"), "podcasts": ("tips", "podcast"), "places": ("tips", None),
           "kids": ("people", "daughter"), "days": ("nights", None)}
_FIELDS = {"recommended_by": "from", "praised_by": "from", "moved_by": "movedby", "passenger": "flyer", "owner": "owner",
           "project": "project", "parent": "parent", "kind": "kind", "day": "day", "title": "title", "activity": "activity"}
_SELECTED = {"hr": "avg_bpm", "bed": "bed_time", "woke": "wake_time", "lands_at": "landing", "start": "time", "time": "time",
             "mg": "caffeine_mg", "age": "age_next_birthday", "town": "town"}


def _comparisons(text: str) -> list[re.Match[str]]:
    """Every comparison in ``text``, those inside another table's index too ("meals.day==meetings.day(meetings.title=="X")")."""
    found = []
    for match in _COMPARE.finditer(text):
        found.append(match)
        if match["other"] and "(" in match["other"]:
            found += _comparisons(match["other"][match["other"].index("(") + 1:])
    return found


def _habit(text: str) -> str | None:
    """``mean(t.f(cond)) - mean(t.f(~cond))``: a threshold on a night's column, or a workout day against the others."""
    means = re.findall(r"mean\(\s*(\w+)\.(\w+)\((.*?)\)\s*\)", text)
    if len(means) < 2:
        return None
    table, field, condition = means[0]
    at_least = re.search(r'\.(\w+)\s*>=\s*(?:"([^"]*)"|(\d+))', condition)
    if at_least is not None:
        column = at_least.group(1)
        name = "caffeine" if "mg" in column or "caffeine" in column else "lastcoffee" if "coffee" in column else \
            "dinner" if "dinner" in column else column
        return f"GET /nights?{name}_gte={at_least.group(2) or at_least.group(3)}&select=hours"
    if re.search(r"workout|trained|exercise", condition):
        return f"GET /{'days' if table == 'days' else 'nights'}?trained=true&select={field}"
    return None


def _compared(text: str) -> str | None:
    """``["A" "B"](argmax([t.f(...A...) t.f(...B...)]))``: which of two days or nights had more."""
    pair = re.match(r'^\s*\[\s*"([^"]*)"\s*,?\s*"([^"]*)"\s*\]\s*\(\s*arg(?:max|min)\(', text)
    if pair is None:
        return None
    first, second = pair.groups()
    return pair_line(first, second, "nights." in text, "coffees." in text or "caffeine" in text)


def _day_named(compares: list[re.Match[str]]) -> str | None:
    """A day found by another table's index: ``meals.day==meetings.day(meetings.title=="X")`` and the like."""
    inner = {m["field"]: m["text"] or m["other"] for m in compares if m["table"] in ("workouts", "meetings", "remarks")}
    if any(m["table"] == "remarks" for m in compares):
        return f"dayof(by={inner.get('by', '')},said={inner.get('about', '')})"
    if "verb" in inner:
        return f"dayof(dist={inner.get('distance_km', inner.get('km', ''))},did={inner['verb']})"
    if "title" in inner:
        return f"dayof(meeting={inner['title']})"
    return None


def _request(text: str) -> str | None:  # noqa: PLR0911, PLR0912 - one reading per shape of expression
    if (compared := _compared(text)) is not None:
        return compared
    if (habit := _habit(text)) is not None:
        return habit
    if re.match(r"^\s*nnz\(\s*coffees\.week\s*==\s*week\(today\)\s*\)\s*[<>]", text):
        return COFFEE_WEEKS
    indexed = _INDEXED.match(text)
    if indexed is None:
        return None
    table, field, func = indexed["table"], indexed["field"] or "", indexed["func"] or ""
    compares = _comparisons(indexed["rest"] if field else text)  # (no field indexed: "nnz(coffees.day=="Monday")", a count)
    base, kind = _TABLES.get(table, (table, None))
    pairs: list[tuple[str, str]] = [("kind", kind)] if kind else []
    words = [_SELECTED.get(field, field)] if field else []
    linked = [m for m in compares if m["other"] and re.match(r"(?:workouts|meetings|remarks)\.\w+\(", m["other"] or "")]
    if linked or any(m["table"] == "remarks" for m in compares) or ("verb" in {m["field"] for m in compares}):
        own = [m for m in compares if m["table"] == table]
        if table == "meetings" and any(m["field"] == "begins" for m in own):  # "meetings.begins>workouts.ends(...)": the next one
            named = {m["field"]: m["text"] for m in compares if m["text"]}
            return f"GET /meetings?after={named.get('name', '')}&day={named.get('day', '')}&take=next&select=attendees"
        if table == "nights" and any(m["field"] == "start" for m in own):
            title = next((m["text"] for m in compares if m["field"] == "title"), "")
            return f"GET /nights?night=nightafter(meeting={title})&select={field}"
        day = _day_named([m for m in compares if m["table"] != table])
        meal = next((m["text"] for m in own if m["field"] == "kind"), "")
        return f"GET /meals?day={day}&kind={meal}&select={field}" if day else None
    for match in compares:
        name, value = match["field"], match["text"]
        if match["op"] == "==" and value is not None:
            key = {"name": {"nights": "night", "days": "woke", "workouts": "label"}.get(table, "title")}.get(name, _FIELDS.get(name, name))
            pairs.append((key, value))
        elif name == "sex":
            continue
        elif match["op"] in (">=", "==") and re.match(r"this_\w+|week\(today\)", match["other"] or ""):
            pairs.append(("week", "this"))
    if table == "pets" and ("kind", "puppy") not in pairs:
        pairs.append(("kind", "puppy"))
    if func == "nnz":
        words.append("count")
    elif func == "sum":
        words.append("sum")
    elif func in ("min", "max"):
        words.insert(0, "first" if func == "min" else "last")
    if re.search(r"\bfind\(", text):
        words.insert(0, "activity") if not words else None
    if table == "workouts" and any(key == "activity" for key, _ in pairs) and not set(words) & {"km", "metres"}:
        words.insert(0, "km")
    pairs.append(("select", "_".join(words)))
    return request_line(base, pairs)


def _again(text: str) -> str | None:
    """``rerun(q, day=q.day - 1)``, ``rerun(q, who="Lila")``, ``meetings.minutes(meetings.id==q.meeting)``."""
    if re.search(r"meetings\.(?:minutes|duration)\(\s*meetings\.id\s*==\s*q\.meeting", text):
        return MEETING_MINUTES
    return rerun(text, r"\bday\s*=\s*q\.day\s*-\s*1", r"\bnight\s*=\s*q\.night\s*-\s*1", r'\bday\s*=\s*"today"', r"upto",
                 r'\b(day|who)\s*=\s*"([^"]*)"')


def from_matlab(text: str) -> str:
    """``text`` as an English question when it is a MATLAB expression over the log or a rerun of one; else as it is."""
    if re.match(r"^\s*rerun\(\s*q\b", text) or re.match(r"^\s*meetings\.\w+\(\s*meetings\.id\s*==\s*q\.", text):
        return read_as_request(text, _again(text))
    if not re.search(r'[a-z_]\w*\.[a-z_]\w*\s*(?:==|>=|>|<)|\]\s*\(\s*argm|^\s*mean\(\s*[a-z_]\w*\.', text):
        return text
    return read_as_request(text, _request(text))
