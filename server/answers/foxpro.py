"""A question typed as a FoxPro (Xbase) command over the log's tables, read as the English question it stands for.

A keeper of an old dBase system asks at the command window: ``LIST meals.food FOR meals.day = "Monday" .AND. meals.meal =
"lunch" OFF`` (or ``DISPLAY``) for a value, ``COUNT FOR coffee.day = "Monday"`` for a count, ``SUM workouts.km FOR ...`` for a
sum, ``CALCULATE MIN(coffee.time) FOR ...`` (``MAX``) for the first (the last), ``workouts.day >= DATE() - DOW(DATE(), 2) + 1``
for this week, ``SEEK(meals.day, "workouts") .AND. workouts.km = 8.2`` for a day named by what happened on it, ``attend.start >
workouts.end .AND. workouts.name = "X" NEXT 1`` for the meeting after a workout, ``CALCULATE SUM(IIF(sleep.night = "A",
sleep.hours, 0)), SUM(IIF(sleep.night = "B", ...))`` for two compared, ``CALCULATE AVG(IIF(sleep.last_cup >= "3 pm",
sleep.hours, .NULL.)), AVG(IIF(sleep.last_cup < ...))`` for a habit; he reruns the last one with ``DO lastq WITH
dayback(m.day)``, ``nightback(m.night)``, ``DATE()`` or ``"X"``. Fields are read as ``alias.field``, the alias naming the
records; the command is put into the HTTP request line it stands for, which ``http_requests`` reads. Pure functions of the
text.
"""

from __future__ import annotations

import re

from server.answers.code_fields import COLUMN_NAMES, ordered_pairs, records
from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, day_named_by_record, habit_line,
                                          pair_line, read_as_request, request_line, rerun, select_line, selected_column)

_COMMAND = re.compile(r"^\s*(?P<verb>LIST|DISPLAY|COUNT|SUM|CALCULATE)\s+(?P<what>.*?)\s*(?:(?<![\w.])FOR\s+(?P<cond>.+?))?"
                      r"(?P<next>\s+NEXT\s+1)?(?:\s+OFF)?\s*;?\s*$")
_TERM = re.compile(r"^(?P<alias>\w+)\.(?P<field>\w+)\s*(?P<op>>=|<=|<>|=|>|<)\s*(?:\"(?P<text>[^\"]*)\"|'(?P<quoted>[^']*)'|(?P<word>.+?))$")
_SEEK = re.compile(r"^SEEK\(\s*\w+\.(?P<key>\w+)\s*,\s*[\"'](?P<table>\w+)[\"']\s*\)$", re.I)
_WEEK = re.compile(r"DATE\(\)\s*-\s*DOW\(\s*DATE\(\)\s*,\s*2\s*\)\s*\+\s*1", re.I)
_IIF = re.compile(r"\b(?P<f>SUM|AVG|CNT)\(\s*IIF\(\s*(?P<cond>(?:\"[^\"]*\"|\((?:[^()]|\([^()]*\))*\)|[^\",()])+?)"
                  r"\s*,\s*(?P<then>[\w.]+)\s*,\s*[\w.]+\s*\)\s*\)", re.I)
_AGGREGATE = re.compile(r"^(?P<f>SUM|AVG|CNT|MIN|MAX)\(\s*(?:\w+\.)?(?P<field>\w+)\s*\)$", re.I)
_STATISTICS = {"SUM": "sum", "MIN": "first", "MAX": "last", "CNT": "count", "COUNT": "count"}


def _terms(condition: str) -> list[str]:
    """A condition's terms joined by ``.AND.`` (none inside a quoted value)."""
    return [term.strip() for term in re.split(r"\.AND\.(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", condition, flags=re.I) if term.strip()]


def _tests(condition: str) -> tuple[dict[str, dict[str, str]], str | None]:
    """A condition's tests by alias, then by field ("week" for a day in this week, "after" for a start after another's
    end), and the table a ``SEEK`` joins with the key it joins on."""
    tests: dict[str, dict[str, str]] = {}
    joined = None
    for term in _terms(condition):
        if (seek := _SEEK.match(term)) is not None:
            joined = f"{seek['table'].lower()}.{seek['key'].lower()}"
            continue
        test = _TERM.match(term)
        if test is None:
            continue
        alias, field, word = test["alias"].lower(), test["field"].lower(), (test["word"] or "").strip()
        value = test["text"] if test["text"] is not None else test["quoted"] if test["quoted"] is not None else word
        if test["op"] == ">=" and _WEEK.search(word):
            tests.setdefault(alias, {})["week"] = "this"
        elif test["op"] == ">" and re.fullmatch(r"\w+\.\w+", word):
            tests.setdefault(alias, {})["after"] = word.split(".")[0].lower()
        elif test["op"] == "=":
            tests.setdefault(alias, {})[field] = value
    return tests, joined


def _command(verb: str, what: str, condition: str) -> str | None:
    tests, joined = _tests(condition)
    aggregate = _AGGREGATE.match(what)
    field = re.search(r"(\w+)\.(\w+)", what)
    alias = field[1].lower() if field else next(iter(tests), "")
    base, own = records(alias), tests.get(alias, {})
    column = (aggregate["field"] if aggregate else field[2] if field else "").lower()
    if "after" in own:  # the meeting right after a workout: the workout's name, the day of the meeting
        return request_line("meetings", [("after", tests.get(own["after"], {}).get("name", "")), ("day", own.get("day", "")),
                                         ("take", "next"), ("select", "attendees")])
    pairs = ordered_pairs(base, own)
    if joined is not None:
        table, key = joined.split(".")
        day = day_named_by_record(records(table), tests.get(table, {}), key)
        if day is None:
            return None
        pairs.append((key if key in ("day", "night") else "day", day))
    pairs += [("week", "this")] if own.get("week") else []
    statistic = _STATISTICS.get(aggregate["f"].upper() if aggregate else verb, "")
    if statistic == "count":
        return select_line(base, pairs, "", "count")
    return select_line(base, pairs, selected_column(column, base, COLUMN_NAMES), statistic) if column else None


def _calculated(what: str) -> str | None:
    """Two ``IIF`` aggregates: two days (or nights) compared, this week's coffees against last week's, or a habit."""
    calls = list(_IIF.finditer(what))
    if len(calls) != 2:
        return None
    first, then = calls[0]["cond"], calls[0]["then"].lower()
    if _WEEK.search(first):
        return COFFEE_WEEKS if "coffee" in first.lower() else None
    days = [re.match(r"^(\w+)\.(?:day|night)\s*=\s*\"([^\"]*)\"$", call["cond"].strip()) for call in calls]
    if all(days):
        nights = records(days[0][1]) == "nights" or ".night" in first  # type: ignore[index]
        return pair_line(days[0][2], days[1][2], nights, "mg" in then or "caffeine" in then)  # type: ignore[index]
    if (threshold := re.match(r"^\w+\.(\w+)\s*>=\s*\"?([^\"]+?)\"?$", first.strip())) is not None:
        return habit_line("last_coffee" if "cup" in threshold[1].lower() else threshold[1], threshold[2])
    if re.fullmatch(r"\w+\.\w+", first.strip()):  # a flag: workout days against the others
        return habit_line(measured="cups" if re.search(r"coffee|cup", then) else "hours")
    return None


def _again(text: str) -> str | None:
    """``DO lastq WITH dayback(m.day)``, ``nightback(m.night)``, ``DATE()`` (today so far), or ``"X"``: another day or person."""
    return rerun(text, r"\bWITH\s+dayback\(", r"\bWITH\s+nightback\(", r"\bWITH\s+DATE\(\)", r"\bWITH\s+DATE\(\)", r"\bWITH\s+()\"([^\"]*)\"")


def from_foxpro(text: str) -> str:
    """``text`` as an English question when it is a FoxPro command over the log or a rerun of the last; else as it is."""
    if re.match(r"^\s*DO\s+\w+\s+WITH\s", text):
        return read_as_request(text, _again(text))
    command = _COMMAND.match(text)
    if command is None or not re.match(r"(?:\w+\(\s*)*\w+\.\w+|$", command["what"]) or \
            command["cond"] is None and command["verb"] != "CALCULATE":
        return text
    if command["cond"] is not None and re.search(r"\bminutes\b", command["what"]) and re.search(r"=\s*m\.\w+", command["cond"]):
        return read_as_request(text, MEETING_MINUTES)  # the same meeting's length, by the memory variable the last command set
    if command["cond"] is None:
        return read_as_request(text, _calculated(command["what"]))
    return read_as_request(text, _command(command["verb"], command["what"], command["cond"]))
