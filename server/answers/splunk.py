"""A question typed as a Splunk search over the log's events, read as the English question it stands for.

An operator asks as one search: ``search sourcetype=meals meal=lunch day="Monday" | table food``, ``search sourcetype=drinks
drink=coffee day="today" | stats count``, ``... | stats sum(km)``, ``... | stats earliest(time)`` for the first, ``day="A" OR
day="B" | stats sum(caffeine_mg) by day`` for two compared, ``| eval late=if(last_coffee>="3 pm",1,0) | stats avg(hours) by
late`` for a habit, a day found by a subsearch (``[search sourcetype=meetings title="X" | fields day]``), and repeats the last
one with ``| savedsearch last shift_day=-1``. The search is put into the HTTP request line it stands for (its sourcetype as the
path, its fields the parameters, the field tabled or the statistic what is selected), which ``http_requests`` reads. Pure
functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, RECORD_PATHS, day_named_by, habit_line, kind_pairs,
                                         pair_line, read_as_request, request_line, rerun, select_line)

_SEARCH = re.compile(r"^\s*search\s+sourcetype\s*=\s*(?P<type>\w+)\b(?P<rest>.*)$", re.I)
_FIELD = re.compile(r'(?<![\w.$])(?P<key>[a-z_]\w*)\s*(?P<op>=|<|>)\s*(?:"(?P<text>[^"]*)"|(?P<word>[^\s|\]"]+))')
_SUBSEARCH = re.compile(r"\[\s*search\s+sourcetype\s*=\s*(?P<type>\w+)(?P<inner>[^\]]*)\|\s*fields\s+(?P<field>\w+)\s*\]")
_KEYS = {"from": "from", "changed_by": "movedby", "moved_by": "movedby", "passenger": "flyer", "owner": "owner", "project": "project",
         "parent": "parent", "day": "day", "night": "night", "title": "title", "session": "label", "activity": "activity",
         "woke_on": "day"}
_KINDS = ("medium", "species", "relation", "event", "meal")
_SELECTED = {"arrival_time": "landing", "bed_time": "bed_time", "wake_time": "wake_time", "start": "time", "time": "time",
             "next_age": "age_next_birthday", "caffeine_mg": "caffeine_mg", "kind": "activity"}


def _day_named(sub: re.Match[str]) -> str | None:
    """A subsearch that names a day (or a night) by what happened: a meeting, a workout of a distance, something said."""
    inner = {m["key"]: m["text"] if m["text"] is not None else m["word"] for m in _FIELD.finditer(sub["inner"])}
    said = re.search(r'(?<!=)"([^"]+)"(?!\s*=)', re.sub(r'\w+\s*=\s*"[^"]*"', "", sub["inner"]))
    return day_named_by(sub["type"].lower(), inner, sub["field"], said[1] if said else None)


def _habit(text: str) -> str | None:
    """``| eval x=if(column>=V,1,0) | stats avg(hours) by x``, or ``| stats avg(hours) by trained``."""
    threshold = re.search(r'if\(\s*(\w+)\s*>=\s*"?([^",)]+)"?\s*,', text)
    if threshold is not None and re.search(r"stats\s+avg\(\s*hours\s*\)", text):
        return habit_line(threshold[1], threshold[2])
    trained = re.search(r"stats\s+avg\(\s*(\w+)\s*\)\s+by\s+(?:trained|workout\w*|exercise\w*)\b", text)
    return habit_line(measured=trained[1]) if trained is not None else None


def _request(search: re.Match[str]) -> str | None:  # noqa: PLR0911, PLR0912 - one reading per shape of search
    text, source = search.string, search["type"].lower()
    if (habit := _habit(text)) is not None:
        return habit
    if re.search(r"earliest\s*=\s*-1w@w1", text) and re.search(r"by\s+week\b", text):
        return COFFEE_WEEKS
    sub = _SUBSEARCH.search(search["rest"])  # (its own pipe is not the search's)
    head, _, pipes = (_SUBSEARCH.sub("", search["rest"]) if sub else search["rest"]).partition("|")
    pipes = "|" + pipes if pipes else ""
    either = re.search(r'\b(day|night)\s*=\s*"([^"]*)"\s+OR\s+\1\s*=\s*"([^"]*)"', head)
    statistic = re.search(r"stats\s+(\w+)(?:\(\s*(\w+)\s*\))?", pipes)
    if either is not None:
        measured = statistic[2] if statistic and statistic[2] else ""
        return pair_line(either[2], either[3], either[1] == "night" or source == "sleep", "caffeine" in measured)
    base = RECORD_PATHS.get(source, source)
    named = {m["key"]: m["text"] if m["text"] is not None else m["word"] for m in _FIELD.finditer(head)}
    pairs = kind_pairs(base, named, _KINDS)
    if source == "events" and named.get("event") == "offsite":
        pairs = [("kind", "offsite")]
    if "after_workout" in named:
        return request_line("meetings", [("after", named["after_workout"]), ("day", named.get("day", "")), ("take", "next"),
                                         ("select", "attendees")])
    if sub is not None and (day := _day_named(sub)) is not None:
        pairs.append(("night" if sub["field"] == "night" else "day", day))
    for key, value in named.items():
        if key in _KEYS and value:
            pairs.append((_KEYS[key], value))
    if re.search(r"earliest\s*=\s*@w1?\b", head):
        pairs.append(("week", "this"))
    tabled = re.search(r"\|\s*table\s+(\w+)", pipes)
    column, function = "", ""
    if tabled is not None:
        column = _SELECTED.get(tabled[1], tabled[1])
    elif statistic is not None:
        function, field = statistic[1].lower(), statistic[2] or ""
        column = "avg_bpm" if function == "avg" and field in ("bpm", "heart_rate", "hr") else _SELECTED.get(field, field)
    statistic_word = {"count": "count", "earliest": "first", "min": "first", "first": "first", "latest": "last", "max": "last",
                      "last": "last", "sum": "sum"}.get(function, "")
    return select_line(base, pairs, column, statistic_word)


def _again(text: str) -> str | None:
    """``| savedsearch last shift_day=-1`` (or ``shift_night=-1``, ``day="X"``, ``who="X"``, ``day=today latest=now``)."""
    return rerun(text, r"\b\w*day\s*=\s*-1\b", r"\b\w*night\s*=\s*-1\b", r"\bday\s*=\s*today\b", r"\blatest\s*=\s*now\b",
                 r'\b(day|who)\s*=\s*"([^"]*)"')


def from_splunk(text: str) -> str:
    """``text`` as an English question when it is a Splunk search over the log or a rerun of one; else as it is."""
    if re.match(r"^\s*\|\s*savedsearch\s+last\b", text):
        return read_as_request(text, _again(text))
    if re.match(r"^\s*search\s+sourcetype\s*=\s*meetings\s+id\s*=\s*\$\w+\.id\$", text):
        return read_as_request(text, MEETING_MINUTES)
    search = _SEARCH.match(text)
    return text if search is None else read_as_request(text, _request(search))
