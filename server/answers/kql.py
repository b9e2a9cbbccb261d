"""A question typed as a Kusto (KQL) query over the log's tables, read as the English question it stands for.

An analyst asks as one query: ``Meals | where Meal == "lunch" | where Day == "Monday" | project Food``, ``... | count``,
``| summarize sum(Km)``, ``avg(Bpm)``, ``min(At)`` for the first, ``max(At)`` for the last, ``Sleep | where Night in ("A",
"B") | summarize sum(Hours) by SleptOn = Night`` for two compared, ``Nights | summarize avg(Hours) by LateCoffee =
LastCoffeeAt >= "3 pm"`` for a habit, a day found by an inner ``Day in ((Meetings | where Title == "X" | project Day))``, and
pipes the last result on (``last_result | extend Day = Day - 1d``). The query is put into the HTTP request line it stands for
(the table as the path, its conditions the parameters, what it projects or summarizes what is selected), which
``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, RECORD_PATHS, day_named_by, habit_line, kind_pairs,
                                          pair_line, read_as_request, request_line, rerun, select_line, tested_values)

_QUERY = re.compile(r"^\s*(?P<table>[A-Z]\w*)\s*\|\s*(?:where|summarize|count)\b")
_INNER = re.compile(r"\b(?P<key>Day|Night)\s+in\s*\(\(\s*(?P<table>\w+)\s*\|\s*where\s+(?P<conds>[^()|]*)\|\s*project\s+(?:Day|Night)\s*\)\)")
_CONDITION = re.compile(r'\b(?P<key>\w+)\s*(?P<test>==|>=|<=|<|>|has)\s*(?:"(?P<text>[^"]*)"|(?P<call>\w+\([^()]*(?:\([^()]*\))?[^()]*\))|(?P<word>[\w.]+))')
_KEYS = {"from": "from", "movedby": "movedby", "changedby": "movedby", "passenger": "flyer", "owner": "owner", "project": "project",
         "parent": "parent", "day": "day", "night": "night", "title": "title", "session": "label", "activity": "activity",
         "wokeon": "day"}
_KINDS = ("medium", "species", "relation", "kind", "meal")
_SELECTED = {"arrivesat": "landing", "arrives": "landing", "bedat": "bed_time", "wokeat": "wake_time", "at": "time",
             "startsat": "time", "start": "time", "newdate": "new_date", "bpm": "avg_bpm", "age": "age_next_birthday",
             "nextage": "age_next_birthday", "caffeinemg": "caffeine_mg", "placename": "name"}
_AGGREGATES = {"sum": "sum", "min": "first", "max": "last", "count": "count"}


def _conditions(text: str) -> dict[str, str]:
    """Each ``Col == value`` (or ``>=``), by its column's name in lower case; ``Text has "X"`` as "said"."""
    return tested_values(_CONDITION.finditer(text), "has")


def _grouped(table: str, body: str) -> str | None:
    """``summarize ... by ...``: two days or nights compared, this week's coffees against last week's, or a habit."""
    either = re.search(r'\b(Day|Night)\s+in\s*\(\s*"([^"]*)"\s*,\s*"([^"]*)"\s*\)', body)
    if either is not None:
        return pair_line(either[2], either[3], either[1] == "Night" or table == "nights", "caffeine" in body.lower())
    if re.search(r"\bby\s+startofweek\(", body) and table == "coffees":
        return COFFEE_WEEKS
    threshold = re.search(r'\bby\s+\w+\s*=\s*(\w+)\s*>=\s*"?([^"|]+?)"?\s*$', body)
    if threshold is not None:
        return habit_line(threshold[1], threshold[2])
    trained = re.search(r"\bavg\(\s*(\w+)\s*\)\s+by\s+(?:\w+\s*=\s*)?(?:Trained|Exercised|Workout)\w*\s*$", body, re.I)
    if trained is None:
        return None
    measured = trained[1].lower()
    return habit_line(measured="cups" if "cup" in measured or "coffee" in measured else measured)


def _request(table: str, body: str) -> str | None:
    base = RECORD_PATHS.get(table, table)
    if re.search(r"\bsummarize\b[^|]*\bby\b", body):
        return _grouped(base, body)
    inner = _INNER.search(body)
    stages = [stage.strip() for stage in (_INNER.sub("", body) if inner else body).split("|")]
    tests = _conditions(" and ".join(stage[len("where"):] for stage in stages if stage.startswith("where")))
    pairs = kind_pairs(base, tests, _KINDS)
    if "after" in tests and base == "meetings":
        return request_line("meetings", [("after", tests["after"]), ("day", tests.get("day", "")), ("take", "next"),
                                         ("select", "attendees")])
    if inner is not None:
        inner_tests = _conditions(inner["conds"])
        said = inner_tests.pop("said", None)
        if (day := day_named_by(RECORD_PATHS.get(inner["table"].lower(), inner["table"].lower()), inner_tests, inner["key"].lower(), said)):
            pairs.append((inner["key"].lower(), day))
    week = any(re.match(r"startofweek\(", value) for value in tests.values())
    for key, value in tests.items():
        if key in _KEYS and value and not re.match(r"\w+\(", value):
            pairs.append((_KEYS[key], value))
    if week:
        pairs.append(("week", "this"))
    last = stages[-1]
    if last == "count":
        return select_line(base, pairs, "", "count")
    aggregate = re.fullmatch(r"summarize\s+(sum|avg|min|max|count)\(\s*(\w*)\s*\)", last)
    if aggregate is not None:
        column = aggregate[2].lower()
        return select_line(base, pairs, _SELECTED.get(column, column), _AGGREGATES.get(aggregate[1], ""))
    projected = re.fullmatch(r"project\s+(\w+)(?:\s*=.*)?", last)
    column = projected[1].lower() if projected else ""
    return select_line(base, pairs, _SELECTED.get(column, column))


def _again(text: str) -> str | None:
    """``last_result | extend Day = Day - 1d`` (or ``Night = Night - 1d``), ``where Day == "X"``, ``where Who == "X"``, ``where
    Day == startofday(now()) and At <= now()``."""
    text = re.sub(r'\b(Who|Day)(?=\s*==\s*")', lambda m: m[1].lower(), text)
    return rerun(text, r"\bDay\s*=\s*Day\s*-\s*1d\b", r"\bNight\s*=\s*Night\s*-\s*1d\b", r"\bDay\s*==\s*startofday\(\s*now\(\)\s*\)",
                 r"\bAt\s*<=?\s*now\(\)", r'\b(day|who)\s*==\s*"([^"]*)"')


def from_kql(text: str) -> str:
    """``text`` as an English question when it is a Kusto query over the log or one piped on from the last result; else as
    it is."""
    if re.match(r"^\s*last_result\s*\|\s*project\s+Minutes\s*$", text, re.I):
        return read_as_request(text, MEETING_MINUTES)
    if re.match(r"^\s*last_result\s*\|", text):
        return read_as_request(text, _again(text))
    query = _QUERY.match(text)
    if query is None:
        return text
    return read_as_request(text, _request(query["table"].lower(), text[text.index("|") + 1:].strip()))
