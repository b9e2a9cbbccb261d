"""A question typed as a kdb+ q-sql query over the log's tables, read as the English question it stands for.

An analyst asks as one query: ``exec dish from meals where meal=`lunch, day~"Monday"`` for a value (a symbol after a
backtick, a text in quotes compared by ``~`` or ``like``), ``exec sum km``, ``exec avg bpm``, ``exec min at`` (the first)
or ``exec max at`` (the last), ``exec count i`` for a count, ``day>=`week$.z.d`` for this week, ``select sum hours by night
... where night in ("A";"B")`` for two compared, ``select avg hours by late:dinner_at>="8 pm" from nights`` for a habit,
``day in exec day from talk where ...`` for a day named by what happened on it; she amends the last query and runs it
again (``eval @[q;`day;-;1]``). The query is put into the HTTP request line it stands for (the table as the path, its
constraints the parameters, what it takes the column selected), which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, QUERY_KEYS, RECORD_PATHS, day_named_by, habit_line, kind_pairs,
                                          pair_line, read_as_request, request_line, rerun, select_line, selected_column)

_QUERY = re.compile(r"^\s*(?P<verb>exec|select)\s+(?:distinct\s+)?(?P<what>.+?)\s+(?:by\s+(?P<by>(?:\"[^\"]*\"|[^\s\"])+)\s+)?from\s+(?P<table>\w+)"
                    r"(?:\s+where\s+(?P<where>.+?))?\s*;?\s*$")
_NESTED = re.compile(r"\b(?P<key>day|night)\s+in\s+exec\s+day\s+from\s+(?P<table>\w+)\s+where\s+(?P<where>.+)$")
_CONSTRAINT = re.compile(r"(?<![\w.$])(?P<key>[a-z_]\w*)\s*(?P<test>>=|<=|=|~|<|>|\blike\b)\s*"
                         r"(?:\"(?P<text>[^\"]*)\"|`(?P<symbol>[\w.:-]*)(?:\$(?P<of>[\w.]+))?|(?P<word>[\w.+-]+))")
_KINDS = ("cat", "species", "rel", "meal")
_STATISTICS = {"sum": "sum", "min": "first", "max": "last", "count": "count"}


def _constraints(where: str) -> dict[str, str]:
    """A where clause's constraints by column: a symbol's name, a text (``like``'s stars taken off; "said" for what was
    said), a number; ``week`` for a day at or after this week's start (```week$.z.d``)."""
    found: dict[str, str] = {}
    for match in _CONSTRAINT.finditer(where):
        key, test = match["key"].lower(), match["test"]
        if match["of"] and test == ">=":
            found["week"] = "this"
            continue
        if test not in ("=", "~", "like", ">="):
            continue  # "months<12": how young a pet is, not what names it
        value = next(v for v in (match["text"], match["symbol"], match["word"], "") if v is not None)
        found["said" if key == "said" else key] = value.strip("*% ")
    return found


def _pairs(base: str, tests: dict[str, str]) -> list[tuple[str, str]]:
    pairs = kind_pairs(base, tests, _KINDS)
    pairs += [(QUERY_KEYS[key], value) for key, value in tests.items() if key in QUERY_KEYS and value]
    return pairs + ([("week", "this")] if tests.get("week") == "this" else [])


def _column(what: str, base: str) -> tuple[str, str]:
    """The column a query takes, in the request's words, and its statistic: "sum km" (km, sum), "avg bpm" (avg_bpm),
    "count i" (count), "min at" (time, first)."""
    words = what.lower().split()
    statistic = words[0] if len(words) > 1 and words[0] in (*_STATISTICS, "avg") else ""
    name = words[-1]
    if statistic == "count":
        return "", "count"
    if statistic == "avg":
        return "avg_" + name, ""
    return selected_column(name, base, {"1+age": "age_next_birthday"}), _STATISTICS.get(statistic, "")


def _habit(by: str, what: str, table: str) -> str | None:
    """``select avg hours by late:dinner_at>="8 pm" from nights`` (a night's column at a value or more), ``select avg cups
    by trained from days`` (workout days against the others)."""
    flag = re.fullmatch(r"\w+:(\w+)>=\"?([^\"]+)\"?", by)
    if flag is not None:
        return habit_line(flag[1], flag[2])
    if by == "trained":
        measured = what.split()[-1].lower()
        return habit_line(measured="cups" if "cup" in measured or "coffee" in measured or table == "days" else measured)
    return None


def _query(text: str) -> str | None:
    query = _QUERY.match(text)
    if query is None:
        return None
    table, what, by, where = query["table"].lower(), query["what"], query["by"] or "", query["where"] or ""
    base = RECORD_PATHS.get(table, table)
    if query["verb"] == "select" and by:
        either = re.search(r"\b(day|night)\s+in\s*\(\s*\"([^\"]*)\"\s*;\s*\"([^\"]*)\"\s*\)", where)
        if either is not None:
            return pair_line(either[2], either[3], either[1] == "night" or table == "sleep", "caffeine" in what)
        if "week$" in by and base == "coffees":
            return COFFEE_WEEKS
        return _habit(by, what, table)
    nested = _NESTED.search(where)
    day = None
    if nested is not None:
        named = _constraints(nested["where"])
        inner = nested["table"].lower()
        day = day_named_by(RECORD_PATHS.get(inner, inner), named, nested["key"], named.pop("said", None))
        where = where[: nested.start()]
    tests = _constraints(where)
    if "after" in tests and base == "meetings":
        return request_line("meetings", [("after", tests["after"]), ("day", tests.get("day", "")), ("take", "next"),
                                         ("select", "attendees")])
    column, statistic = _column(what, base)
    pairs = _pairs(base, tests) + ([(nested["key"], day)] if nested is not None and day else [])
    return select_line(base, pairs, column, statistic)


def _again(text: str) -> str | None:
    """``eval @[q;`day;-;1]`` (or ```night``), ``eval @[q;`day;:;.z.d]`` (today), ``eval @[q;`day;:;"X"]`` or ``eval
    @[q;`who;:;`X]`` (another day or person)."""
    return rerun(text, r"@\[\s*q\s*;\s*`day\s*;\s*-\s*;\s*1\s*\]", r"@\[\s*q\s*;\s*`night\s*;\s*-\s*;\s*1\s*\]",
                 r"@\[\s*q\s*;\s*`day\s*;\s*:\s*;\s*\.z\.d\s*\]", r"\.z\.d", r"@\[\s*q\s*;\s*`(day|who)\s*;\s*:\s*;\s*[`\"]?([^\"\]]*?)\"?\s*\]")


def from_q_sql(text: str) -> str:
    """``text`` as an English question when it is a q-sql query over the log or one amending the last; else as it is."""
    if re.match(r"^\s*eval\s+@\[\s*q\s*;", text):
        return read_as_request(text, _again(text))
    if re.match(r"^\s*exec\s+minutes\s+from\s+r\s*;?\s*$", text):
        return read_as_request(text, MEETING_MINUTES)
    starts = re.match(r"^\s*(exec|select)\s", text)
    if starts is None or (starts[1] == "select" and "`" not in text and not re.search(r"\sby\s+(?:\"[^\"]*\"|[^\s\"])+\s+from\s", text)):
        return text  # an SQL "select ... from ..." is another reader's
    return read_as_request(text, _query(text))
