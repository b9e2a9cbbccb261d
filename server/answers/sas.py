"""A question typed as a SAS program over the log's data sets, read as the English question it stands for.

A statistician asks as one program: ``data t; set meals; where meal = 'lunch' and day = 'Monday'; keep dish; run; proc print
data=t; run;`` for a value, ``proc means data=workouts sum; where ...; var km; run;`` (or ``mean``, ``min`` for the first,
``max`` for the last), ``proc freq`` for a count, ``class night`` over two nights for a comparison, ``proc ttest ... class
late`` for a habit, ``proc sql; select ... where ml.day = wk.day ...; quit;`` for a day named by what happened on it, and works
on the last result (``data prev; set last; day = day - 1; run;``). The program is put into the HTTP request line it stands
for (the data set as the path, its conditions the parameters, what it keeps or computes what is selected), which
``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, QUERY_KEYS, RECORD_PATHS, day_named_by, habit_line, kind_pairs,
                                          pair_line, read_as_request, request_line, rerun, select_line, selected_column,
                                          tested_values)

_CONDITION = re.compile(r"\b(?:\w+\.)?(?P<key>\w+)\s*(?P<test>==|>=|contains)\s*(?:'(?P<text>[^']*)'|(?P<call>\w+\((?:[^()]|\([^()]*\))*\))"
                        r"|(?P<word>[\w.]+))")
_KINDS = ("kind", "species", "relation", "meal")
_STATISTICS = {"sum": "sum", "min": "first", "max": "last"}


def _conditions(where: str) -> dict[str, str]:
    """A where clause's tests by column ("=" and "ge" read as "==" and ">="), and what ``contains`` as "said"."""
    where = re.sub(r"\bge\b", ">=", re.sub(r"(?<![<>=!])=(?!=)", "==", where))
    return tested_values(_CONDITION.finditer(where), "contains")


def _pairs(base: str, tests: dict[str, str]) -> list[tuple[str, str]]:
    pairs = kind_pairs(base, tests, _KINDS)
    pairs += [(QUERY_KEYS[key], value) for key, value in tests.items() if key in QUERY_KEYS and value and not re.match(r"\w+\(", value)]
    return pairs + ([("week", "this")] if re.match(r"intnx\('week[^,]*',\s*today\(\),\s*0\)", tests.get("day", "")) else [])


def _column(name: str, base: str) -> str:
    return selected_column(name, base, {"age1": "age_next_birthday"})


def _sql(text: str) -> str | None:
    """``proc sql; select [distinct] a.col from A as a, B as b where ... and a.day = b.day; quit;``: a day named by B."""
    select = re.search(r"\bselect\s+(?:distinct\s+)?(\w+)\.(\w+)\s+from\s+(\w+)\s+as\s+(\w+)\s*,\s*(\w+)\s+as\s+(\w+)\s+where\s+(.+?);", text)
    if select is None:
        return None
    alias, column, first, first_alias, second, second_alias, where = select.groups()
    main, other, other_alias = (first, second, second_alias) if alias == first_alias else (second, first, first_alias)
    joined = re.search(rf"\b{re.escape(alias)}\.(day|night)\s*=\s*{re.escape(other_alias)}\.day\b", where)
    key = joined[1] if joined else "day"
    mine = " and ".join(part for part in re.split(r"\s+and\s+", where) if part.strip().startswith(f"{alias}.") and "=" in part
                        and not re.search(rf"{re.escape(other_alias)}\.", part))
    theirs = " and ".join(part for part in re.split(r"\s+and\s+", where) if part.strip().startswith(f"{other_alias}."))
    named = _conditions(theirs)
    base = RECORD_PATHS.get(main, main)
    day = day_named_by(RECORD_PATHS.get(other, other), named, key, named.pop("said", None))
    pairs = _pairs(base, _conditions(mine)) + ([(key, day)] if day else [])
    statistic = re.search(r"\bproc\s+means\s+data=\w+\s+(sum|mean|min|max)\b", text)
    return select_line(base, pairs, _column(column, base), _STATISTICS.get(statistic[1], "") if statistic else "")


def _program(text: str) -> str | None:
    if re.search(r"\bproc\s+sql\b", text):
        return _sql(text)
    ttest = re.search(r"\bproc\s+ttest\s+data=(\w+)\s*;\s*class\s+(\w+)\s*;\s*var\s+(\w+)", text)
    if ttest is not None:
        flag = re.search(rf"\b{re.escape(ttest[2])}\s*=\s*(\w+)\s+ge\s+'?([^';]+?)'?\s*;", text)
        if flag is not None:
            return habit_line(flag[1], flag[2])
        measured = ttest[3].lower()
        return habit_line(measured="cups" if "cup" in measured or "coffee" in measured else measured)
    where = re.search(r"\bwhere\s+([^;]+);", text)
    tests = _conditions(where[1]) if where else {}
    means = re.search(r"\bproc\s+(means|freq)\s+data=(\w+)(?:\s+(sum|mean|min|max))?\s*;", text)
    data = re.search(r"\bdata\s+\w+\s*;\s*set\s+(\w+)\s*;", text)
    table = (means[2] if means else data[1] if data else "").lower()
    base = RECORD_PATHS.get(table, table)
    either = re.search(r"\b(day|night)\s+in\s*\(\s*'([^']*)'\s*,\s*'([^']*)'\s*\)", where[1] if where else "")
    if either is not None and re.search(r"\bclass\s+(?:day|night)\b", text):
        return pair_line(either[2], either[3], either[1] == "night" or table == "sleep", "caffeine" in text)
    if means and means[1] == "freq" and re.search(r"intnx\('week[^,]*',\s*today\(\),\s*-1\)", text) and table == "drinks":
        return COFFEE_WEEKS
    if "after" in tests and base == "meetings":
        return request_line("meetings", [("after", tests["after"]), ("day", tests.get("day", "")), ("take", "next"), ("select", "attendees")])
    pairs = _pairs(base, tests)
    if means and means[1] == "freq":
        return select_line(base, pairs, "", "count")
    var = re.search(r"\bvar\s+(\w+)", text)
    if means:
        return select_line(base, pairs, _column(var[1] if var else "", base), _STATISTICS.get(means[3] or "", ""))
    keep = re.search(r"\bkeep\s+(\w+)", text)
    return select_line(base, pairs, _column(keep[1] if keep else "", base))


def _again(text: str) -> str | None:
    """``data prev; set last; day = day - 1; run;`` (or ``night = night - 1``), ``where day = 'X'`` (or ``who``), ``where day
    = today() and clock <= time()``."""
    return rerun(text, r"\bday\s*=\s*day\s*-\s*1\b", r"\bnight\s*=\s*night\s*-\s*1\b", r"\bday\s*=\s*today\(\)",
                 r"\bclock\s*<=?\s*time\(\)", r"\b(day|who)\s*=\s*'([^']*)'")


def from_sas(text: str) -> str:
    """``text`` as an English question when it is a SAS program over the log or one working on the last result; else as it is."""
    if not re.search(r"\brun\s*;|\bquit\s*;", text) or not re.search(r"\b(?:data|proc)\s", text):
        return text
    if re.search(r"\bproc\s+print\s+data=last\s*;\s*var\s+minutes\b", text):
        return read_as_request(text, MEETING_MINUTES)
    if re.search(r"\bset\s+last\s*;", text):
        return read_as_request(text, _again(text))
    return read_as_request(text, _program(text))
