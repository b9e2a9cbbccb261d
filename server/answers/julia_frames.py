"""A question typed as a Julia DataFramesMeta expression over the log's tables, read as the English question it stands for.

An analyst asks as one expression: ``only(@subset(meals, :meal .== "lunch", :day .== "Monday").food)``,
``length(@subset(drinks, :drink .== "coffee", :day .== "today").drink)``, ``sum(@subset(workouts, ...).km)``,
``minimum(@subset(drinks, ...).time)`` for the first, ``@by(@subset(sleep, in.(:night, Ref(["A", "B"]))), :night, :h =
sum(:hours))`` for two compared, ``@by(nights, :late = :lastcoffee .>= "3 pm", :h = mean(:hours))`` for a habit, a day found
by an inner ``first(@subset(meetings, :title .== "X").day)``, and repeats the last one with ``replay(ans, :day => prevday)``.
The expression is put into the HTTP request line it stands for (the table as the path, its conditions the parameters, the
column taken and the function around it what is selected), which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, RECORD_PATHS, day_named_by, habit_line, kind_pairs,
                                         pair_line, read_as_request, request_line, rerun, select_line)

_QUERY = re.compile(r"^\s*(?P<func>only|first|last|sum|mean|length|minimum|maximum)\(\s*@subset\(\s*(?P<table>\w+)\s*,(?P<conds>.*)\)"
                    r"\s*\.\s*(?P<column>\w+)\s*\)\s*(?P<plus>\+\s*1)?\s*$")
_CONDITION = re.compile(r':(?P<key>\w+)\s*\.(?P<op>==|>=|<=|<|>)\s*(?:"(?P<text>[^"]*)"|(?P<call>\w+\(\))|(?P<word>[\w.]+))')
_INNER = re.compile(r'first\(\s*@subset\(\s*(?P<table>\w+)\s*,(?P<conds>(?:[^()]|\([^()]*\))*)\)\s*\.\s*(?P<field>\w+)\s*\)')
_KEYS = {"from": "from", "changedby": "movedby", "passenger": "flyer", "owner": "owner", "project": "project", "parent": "parent",
         "day": "day", "night": "night", "title": "title", "session": "label", "activity": "activity", "wokeon": "day"}
_KINDS = ("medium", "species", "relation", "event", "meal")
_SELECTED = {"arrival": "landing", "bedtime": "bed_time", "waketime": "wake_time", "start": "time", "time": "time",
             "newdate": "new_date", "bpm": "avg_bpm", "age": "age_next_birthday"}
_HABIT_COLUMNS = {"lastcoffee": "lastcoffee", "dinnertime": "dinner", "caffeineday": "caffeine"}


def _conditions(text: str) -> dict[str, str]:
    return {m["key"].lower(): m["text"] if m["text"] is not None else m["call"] or m["word"] for m in _CONDITION.finditer(text)}


def _day_named(inner: re.Match[str], key: str) -> str | None:
    """An inner ``first(@subset(...).day)``: a meeting's day (or the night after it), a workout's, something said."""
    said = re.search(r'occursin\.\(\s*"([^"]*)"', inner["conds"])
    return day_named_by(inner["table"], _conditions(inner["conds"]), key, said[1] if said else None)


def _grouped(text: str) -> str | None:
    """``@by(...)``: two days or nights compared, this week's coffees against last week's, or a habit."""
    either = re.search(r'in\.\(\s*:(day|night)\s*,\s*Ref\(\[\s*"([^"]*)"\s*,\s*"([^"]*)"\s*\]\)\s*\)', text)
    if either is not None:
        measured = re.search(r"sum\(\s*:(\w+)\s*\)", text)
        return pair_line(either[2], either[3], either[1] == "night" or "@subset(sleep" in text,
                         bool(measured and "caffeine" in measured[1]))
    if re.search(r"lastmonday\(\)", text) and re.search(r",\s*:week\s*,", text):
        return COFFEE_WEEKS
    threshold = re.search(r':(\w+)\s*\.>=\s*"?([^",)]+?)"?\s*,\s*:\w+\s*=\s*mean\(\s*:hours', text)
    if threshold is not None:
        return habit_line(_HABIT_COLUMNS.get(threshold[1].lower(), threshold[1]), threshold[2])
    trained = re.search(r"@by\(\s*(\w+)\s*,\s*:(?:trained|workout\w*)\s*,\s*:\w+\s*=\s*mean\(\s*:(\w+)\s*\)", text)
    return habit_line(measured=trained[2]) if trained is not None else None


def _request(query: re.Match[str]) -> str | None:
    table, func, column = query["table"].lower(), query["func"], query["column"].lower()
    inner = _INNER.search(query["conds"])
    tests = _conditions(_INNER.sub("", query["conds"]) if inner else query["conds"])
    base = RECORD_PATHS.get(table, table)
    pairs = kind_pairs(base, tests, _KINDS)
    if table == "events" and tests.get("event") == "offsite":
        pairs = [("kind", "offsite")]
    if "afterworkout" in tests:
        return request_line("meetings", [("after", tests["afterworkout"]), ("day", tests.get("day", "")), ("take", "next"),
                                         ("select", "attendees")])
    named = re.search(r":(day|night)\s*\.==\s*first\(", query["conds"])
    if inner is not None and named is not None and (day := _day_named(inner, named[1])) is not None:
        pairs.append((named[1], day))
    for key, value in tests.items():
        if key in _KEYS and value and not value.endswith("()"):
            pairs.append((_KEYS[key], value))
    if tests.get("day") == "thismonday()":
        pairs.append(("week", "this"))
    statistic = {"length": "count", "minimum": "first", "maximum": "last", "sum": "sum"}.get(func, "")
    return select_line(base, pairs, _SELECTED.get(column, column), statistic)


def _again(text: str) -> str | None:
    """``replay(ans, :day => prevday)`` (or ``:night => prevnight``), ``:day => "X"``, ``:who => "X"``, ``:day => Dates.today(),
    :until => Dates.now()``."""
    return rerun(text, r":day\s*=>\s*prevday\b", r":night\s*=>\s*prevnight\b", r":day\s*=>\s*(?:Dates\.)?today\(\)",
                 r":until\s*=>\s*(?:Dates\.)?now\(\)", r':(day|who)\s*=>\s*"([^"]*)"')


def from_julia(text: str) -> str:
    """``text`` as an English question when it is a DataFramesMeta expression over the log or a rerun of one; else as it is."""
    if re.match(r"^\s*sum\(\s*replay\(\s*ans\s*,\s*:col\s*=>\s*:minutes", text):
        return read_as_request(text, MEETING_MINUTES)
    if re.match(r"^\s*replay\(\s*ans\b", text):
        return read_as_request(text, _again(text))
    if re.match(r"^\s*@by\(", text):
        return read_as_request(text, _grouped(text))
    query = _QUERY.match(text)
    return text if query is None else read_as_request(text, _request(query))
