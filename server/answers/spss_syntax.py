"""A question typed as SPSS command syntax over the log's data files, read as the English question it stands for.

A sociologist who keeps his diary as SPSS data files asks in a syntax window, commands in capitals, each ended with a full
stop: ``DATASET ACTIVATE meals. TEMPORARY. SELECT IF day = 'Monday' AND meal = 'lunch'. LIST VARIABLES=food.`` for a value
(``USE ALL. COMPUTE f = (...). FILTER BY f.`` filters too), ``DESCRIPTIVES VARIABLES=km /STATISTICS=SUM`` (``MIN``, ``MAX``,
``MEAN``) for a sum, the first, the last or a mean, ``FREQUENCIES VARIABLES=...`` for a count, ``date >= !monday`` for this
week, his macros ``!day_of('X')`` and ``!said_on('who', 'X')`` for a day named by what happened on it, ``start >
!end_of('X')`` with ``/CASES=FROM 1 TO 1`` for the meeting after a workout, ``SELECT IF ANY(day, 'A', 'B'). MEANS
TABLES=mg BY day /CELLS=SUM.`` for two compared, ``COMPUTE late = (last_cup >= !clock('9 pm')). MEANS TABLES=hours BY
late.`` or ``T-TEST GROUPS=trained(1 0) /VARIABLES=hours.`` for a habit; he reruns the last one with ``!rerun shift=-1.``,
``night_shift=-1``, ``day=XDATE.DATE($TIME)``, ``day='X'`` or ``who='X'``, and ``LIST VARIABLES=minutes.`` asks the length of
the meeting still selected. The dataset is read by its name (by the variables' names where none is activated), tests by
their variables', into the HTTP request line the syntax stands for, which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.code_fields import COLUMN_NAMES, ordered_pairs, records
from server.answers.http_requests import (COFFEE_WEEKS, MEETING_MINUTES, day_named_by_record, habit_line,
                                          pair_line, read_as_request, request_line, rerun, select_line, selected_column)

_COMMAND = re.compile(r"(?P<verb>DATASET ACTIVATE|TEMPORARY|USE ALL|EXECUTE|SORT CASES|SELECT IF|COMPUTE|FILTER BY|LIST"
                      r"|DESCRIPTIVES|FREQUENCIES|MEANS|T-TEST)\b\s*(?P<rest>.*)", re.S)
_TEST = re.compile(r"(?P<field>\w+)\s*(?P<op>>=|<=|~=|<>|=|>|<)\s*(?P<value>'\d+'|-?[\d.]+|!\w+(?:\([^()]*\))?"
                   r"|\w+\((?:[^()]|\([^()]*\))*\))")
_FIELDS = {"source": "from", "told_by": "from", "passenger": "traveller", "relation": "kind", "workout": "name"}
"""The test a variable's name stands for where ``code_fields`` calls it otherwise (who told it, who flies, the workout)."""
_NAMED_RECORDS = {"meal": "meals", "food": "meals", "venue": "meals", "source": "tips", "topic": "tips", "passenger": "flights",
                  "species": "pets", "project": "launches", "parent": "people", "relation": "people", "night": "nights",
                  "morning": "nights", "hours": "nights", "quality": "nights", "woke": "nights", "to_bed": "nights",
                  "workout": "workouts", "activity": "workouts", "km": "workouts", "metres": "workouts", "minutes": "workouts",
                  "avg_hr": "workouts", "mg": "coffees", "time": "coffees", "start": "meetings", "meeting": "meetings"}
"""The records a variable's name tells, where no dataset is activated (the first name that tells any)."""
_STATISTICS = {"": "", "SUM": "sum", "MIN": "first", "MAX": "last", "MEAN": ""}


def _unwrap(text: str) -> str:
    """``text`` without the brackets around all of it."""
    text = text.strip()
    while text.startswith("(") and text.endswith(")") and re.fullmatch(r"\((?:[^()]|\([^()]*\))*\)", text):
        text = text[1:-1].strip()
    return text


def _tests(condition: str, quoted: list[str]) -> dict[str, str]:
    """A condition's tests by variable (quoted values stand as ``'0'``, ``'1'`` ... for ``quoted``), with "@week" (this week
    or, from a week back, two), "@after" (a workout whose end a start follows), "@any" (two values of a variable), "@gte" (a
    variable at a value or more) and "@unread" (a test it cannot ask by)."""
    tests: dict[str, str] = {}
    for term in re.split(r"\s+AND\s+|\s*&\s*", _unwrap(condition)):
        test, any_of = _TEST.fullmatch(_unwrap(term)), re.fullmatch(r"ANY\(\s*(\w+)\s*,\s*'(\d+)'\s*,\s*'(\d+)'\s*\)", _unwrap(term))
        field, op, said = (test["field"].lower(), test["op"], test["value"]) if test else ("", "", "")
        args = [quoted[int(arg)] for arg in re.findall(r"'(\d+)'", said)]
        key, value = "night" if field == "night" else "day", (args or [said])[0]
        if any_of is not None:
            tests.update({"@any": any_of[1], "@values": f"{quoted[int(any_of[2])]}|{quoted[int(any_of[3])]}"})
        elif "!monday" in said.lower() and op in (">=", ">"):
            tests["@week"] = "two" if "DATESUM" in said.upper() else "this"
        elif re.match(r"!end_of\(", said, re.I) and args and op == ">":
            tests["@after"] = args[0]
        elif re.match(r"!day_of\(", said, re.I) and args and op == "=":
            tests[key] = day_named_by_record("meetings", {"title": args[0]}, key) or ""
        elif re.match(r"!said_on\(", said, re.I) and len(args) == 2 and op == "=":
            tests[key] = day_named_by_record("tips", {"giver": args[0], "title": args[1]}, key) or ""
        elif op == ">=" and re.fullmatch(r"'\d+'|[\d.]+|!clock\('\d+'\)", said, re.I):
            tests["@gte"] = f"{field}|{value}"
        elif op == "=" and re.fullmatch(r"'\d+'|-?[\d.]+", said):
            tests[_FIELDS.get(field, field)] = value
        else:
            tests["@unread"] = term
    return tests


def _base(dataset: str, names: list[str]) -> str:
    """The records of the dataset activated, else of the first variable whose name tells them."""
    return records(dataset) if dataset else next((_NAMED_RECORDS[name] for name in names if name in _NAMED_RECORDS), "")


def _selected(base: str, tests: dict[str, str], verb: str, rest: str) -> str | None:
    """A value, a sum, a first, a last or a count of the cases selected; the meeting after a workout."""
    column = (re.match(r"(?:VARIABLES\s*=\s*)?(\w+)", rest) or ["", ""])[1].lower()
    if base == "days" and column in ("breakfast", "lunch", "dinner"):  # a meal on a day named by its workout
        verb_said = next((value for field, value in tests.items() if field not in ("km", "day") and not field.startswith("@")), "did")
        day = day_named_by_record("workouts", {"km": tests.get("km", ""), "verb": verb_said}, "day") if "km" in tests else None
        base, tests, column = "meals", {"meal": column, **({"day": day} if day else {})}, "food"
    if "@after" in tests:
        return request_line("meetings", [("after", tests["@after"]), ("day", tests.get("day", "")), ("take", "next"),
                                         ("select", "attendees")]) if re.search(r"/CASES\s*=\s*FROM\s+1\s+TO\s+1", rest) else None
    if {"@gte", "@any", "@unread"} & set(tests) or tests.get("@week") == "two" or not base:
        return None
    pairs = ordered_pairs(base, tests) + ([("week", "this")] if tests.get("@week") == "this" else [])
    if verb == "FREQUENCIES":
        return select_line(base, pairs, "", "count")
    statistic = (re.search(r"/STATISTICS\s*=\s*(\w+)", rest) or ["", ""])[1].upper() if verb == "DESCRIPTIVES" else ""
    return select_line(base, pairs, selected_column(column, base, COLUMN_NAMES), _STATISTICS[statistic]) if statistic in _STATISTICS else None


def _grouped(base: str, tests: dict[str, str], computed: dict[str, dict[str, str]], measured: str, by: str, cells: str) -> str | None:
    """Two values compared (``MEANS ... BY`` the variable ``ANY`` selected, summed) or a habit (by a flag)."""
    if "@unread" in tests or "@unread" in computed.get(by, {}):
        return None
    if tests.get("@any") == by and cells.upper() in ("", "SUM"):
        first, second = tests["@values"].split("|", 1)
        return pair_line(first, second, by == "night" or base == "nights", re.search(r"mg|caffeine", measured) is not None)
    if "@gte" in computed.get(by, {}):
        field, value = computed[by]["@gte"].split("|", 1)
        return habit_line(field.replace("cup", "coffee"), value)
    return habit_line(measured="cups" if re.search(r"coffee|cup", measured) else "hours") if by not in computed else None


def _read(commands: list[str], quoted: list[str]) -> str | None:
    """The request line the commands stand for."""
    dataset, tests, computed, names = "", {}, {}, []
    for command in commands:
        verb, rest = (match := _COMMAND.fullmatch(command))["verb"], match["rest"].strip()  # type: ignore[index]
        names += [name.lower() for name in re.findall(r"\b([a-z_]+)\b(?!\s*\()", re.sub(r"'\d+'", "", rest))]
        if verb == "DATASET ACTIVATE":
            dataset = rest.split()[0] if rest else ""
        elif verb == "SELECT IF":
            tests.update(_tests(rest, quoted))
        elif verb == "COMPUTE" and (flag := re.fullmatch(r"(\w+)\s*=\s*(.+)", rest, re.S)) is not None:
            computed[flag[1].lower()] = _tests(flag[2], quoted)
        elif verb == "FILTER BY":
            tests.update(computed.get(rest.lower(), {}))
        elif verb == "MEANS" and (table := re.match(r"TABLES\s*=\s*(\w+)\s+BY\s+(\w+)\s*(?:/CELLS\s*=\s*(\w+))?", rest)):
            return _grouped(_base(dataset, names), tests, computed, table[1].lower(), table[2].lower(), table[3] or "")
        elif verb == "T-TEST" and (test := re.match(r"GROUPS\s*=\s*(\w+)\s*\(\s*1\s+0\s*\)\s*/VARIABLES\s*=\s*(\w+)", rest)):
            return _grouped(_base(dataset, names), tests, computed, test[2].lower(), test[1].lower(), "MEAN")
        elif verb == "FREQUENCIES" and computed.get(re.sub(r"^VARIABLES\s*=\s*", "", rest).lower(), {}).get("@week"):
            return COFFEE_WEEKS if tests.get("@week") == "two" and _base(dataset, names) == "coffees" else None
        elif verb in ("LIST", "DESCRIPTIVES", "FREQUENCIES"):
            if len(commands) == 1 and re.fullmatch(r"(?:VARIABLES\s*=\s*)?minutes", rest):
                return MEETING_MINUTES  # the length of the meeting the last question selected
            return _selected(_base(dataset, names), tests, verb, rest) if tests or dataset else None
    return None


def from_spss(text: str) -> str:
    """``text`` as an English question when it is SPSS syntax over the log or a rerun of the last; else as it is."""
    if re.fullmatch(r"\s*!rerun\s+.+\.\s*", text, re.S):  # the day or night before, today so far, another day or person
        return read_as_request(text, rerun(text, r"\bshift\s*=\s*-1\b", r"\bnight_shift\s*=\s*-1\b", r"\bday\s*=\s*XDATE\.DATE\(",
                                           r"\$TIME\b", r"\b(who|day)\s*=\s*'((?:[^']|'')*)'\s*\.\s*$"))
    quoted: list[str] = []
    masked = re.sub(r"'((?:[^']|'')*)'", lambda m: quoted.append(m[1].replace("''", "'")) or f"'{len(quoted) - 1}'", text)
    commands = [command.strip() for command in re.split(r"\.(?:\s+|$)", masked.strip()) if command.strip()]
    if not masked.rstrip().endswith(".") or "'" in re.sub(r"'\d+'", "", masked) or \
            not commands or not all(_COMMAND.fullmatch(command) for command in commands):
        return text
    return read_as_request(text, _read(commands, quoted))
