"""A question typed as a Rust method chain, read as the English question it stands for.

A developer calls methods on the log: ``diary.meal(Lunch, "Monday").unwrap().food``, ``diary.coffees_on("today").count()``,
``diary.workouts_on("Monday").filter(|w| w.kind == Run).map(|w| w.km).sum::<f64>()``, ``diary.tips().find(|t| t.from ==
"Lila" && t.is(Tip::Book)).unwrap().title``, ``["A", "B"].iter().max_by_key(|d| diary.caffeine_mg(d))``,
``diary.nights().partition(|n| n.last_coffee >= "3 pm").mean_hours()``, and repeats the last one with
``prev.day_before()``. The chain is put into the HTTP request line it stands for (the first method's name as the path, its
arguments and the closures' comparisons the parameters, the later methods what is selected), which ``http_requests`` reads.
Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import COFFEE_WEEKS, MEETING_MINUTES, TODAY_SO_FAR, pair_line, read_as_request, request_line

_CHAIN = re.compile(r"^\s*(?:diary|journal|log|self)\s*\.\s*(?P<chain>[a-z_]\w*\s*(?:::<[^>]*>)?\s*\(.*)$")
_PAIR = re.compile(r'^\s*\[\s*(?P<a>"[^"]*")\s*,\s*(?P<b>"[^"]*")\s*\]\s*\.iter\(\)\s*\.max_by_key\(\s*\|\w+\|\s*(?P<body>.+)\)\s*$')
_AGAIN = re.compile(r"^\s*prev\s*\.\s*(?P<chain>.+)$")
_EQUALS = re.compile(r'\b\w+\.(?P<field>\w+)\s*==\s*(?:"(?P<text>[^"]*)"|(?P<ident>[A-Z]\w*))')
_AT_LEAST = re.compile(r'\b\w+\.(?P<field>\w+)(?:\(\))?\s*>=?\s*(?:"(?P<text>[^"]*)"|(?P<number>\d+(?:\.\d+)?))')
_FIELDS = {"from": "from", "by": "movedby", "passenger": "flyer", "owner": "owner", "project": "project", "moved_by": "movedby",
           "kind": "activity"}
_TABLES = {"meal": "meals", "coffees_on": "coffees", "meetings_on": "meetings", "workouts_on": "workouts", "workouts_since": "workouts",
           "wake_on": "nights", "night": "nights", "night_after": "nights", "meeting": "meetings", "meeting_after": "meetings",
           "workout": "workouts", "tips": "tips", "offsite_moves": "offsites", "flights": "flights", "pets": "pets",
           "launches": "launches", "daughter_of": "people", "day_when": "meals", "day_said": "meals", "day_of": "meals",
           "nights": "nights", "days": "days", "coffees": "coffees"}
_FIRST_STRING = {"wake_on": "woke", "night": "night", "meeting": "title", "workout": "label", "daughter_of": "parent",
                 "meeting_after": "after"}
"""What a method's first string names where it is no day."""
_SELECTED = {"count": "count", "sum": "sum", "next": "first", "first": "first", "last": "last", "at": "time", "starts": "time",
             "lands_at": "landing", "avg_hr": "avg_bpm", "bed_at": "bed_time", "age_next_birthday": "age_next_birthday"}


def _calls(chain: str) -> list[tuple[str, str]] | None:
    """``a(x).b.c(y)`` as [("a", "x"), ("b", ""), ("c", "y")], a turbofish dropped; None where the brackets do not close."""
    calls, depth, quoted, start, opened = [], 0, False, 0, -1
    for i, char in enumerate(chain + "."):
        if char == '"':
            quoted = not quoted
        elif quoted:
            continue
        elif char == "(":
            depth, opened = depth + 1, i if depth == 0 else opened
        elif char == ")":
            depth -= 1
        elif char == "." and depth == 0 and not chain[i - 1:i].isdigit():
            part = chain[start:i].strip()
            name = re.match(r"[A-Za-z_]\w*", part)
            if name is None:
                return None
            args = part[part.index("(") + 1:part.rindex(")")] if "(" in part and part.endswith(")") else ""
            calls.append((name.group(0), args))
            start = i + 1
    return calls if depth == 0 and not quoted else None


def _request(calls: list[tuple[str, str]]) -> str | None:
    (name, args), later = calls[0], [call for call in calls[1:] if call[0] not in ("unwrap", "iter", "expect")]
    strings = re.findall(r'"([^"]*)"', args)
    idents = [word.lower() for word in re.findall(r"(?<![\w\"])([A-Z]\w*)(?![\w\"])", args)]
    base = _TABLES.get(name, name if name.endswith("s") else name + "s")
    pairs: list[tuple[str, str]] = []
    words = {"workouts_on": [], "wake_on": ["wake"]}.get(name, [])
    if name in ("day_when", "day_said", "day_of", "night_after"):
        number = re.search(r"\d+(?:\.\d+)?", args.replace(strings[0], "") if strings else args)
        day = (f"dayof(by={strings[0]},said={strings[1]})" if name == "day_said" and len(strings) > 1
               else f"dayof(dist={number.group(0) if number else ''},did={strings[0]})" if name == "day_when" and strings
               else f"{'nightafter' if name == 'night_after' else 'dayof'}(meeting={strings[0] if strings else ''})")
        meal = next((call for call, _ in later if call in ("breakfast", "lunch", "dinner", "supper")), None)
        pairs = [("night", day)] if name == "night_after" else [("day", day)] + ([("kind", meal)] if meal else [])
        later = [call for call in later if call[0] != meal]
    elif name in ("nights", "days") and any(call == "partition" for call, _ in later):
        body = next(rest for call, rest in later if call == "partition")
        if (at_least := _AT_LEAST.search(body)) is not None:
            column = at_least["field"].replace("last_coffee", "lastcoffee").replace("dinner_at", "dinner")
            pairs = [(("caffeine" if "caffeine" in column else column) + "_gte", at_least["text"] or at_least["number"])]
        elif re.search(r"workout|trained|exercise", body):
            pairs = [("trained", "true")]
        later = [call for call in later if call[0] != "partition"]
    else:
        pairs = [(_FIRST_STRING.get(name, "day"), value) for value in strings[:1]] + [("day", value) for value in strings[1:2]]
        pairs += [("kind", ident) for ident in idents if ident in ("breakfast", "lunch", "dinner", "supper")]
        if name == "workouts_since":
            pairs.append(("week", "this"))
        if name == "daughter_of":
            pairs.append(("kind", "daughter"))
        if name == "meeting_after":
            pairs.append(("take", "next"))
    for call, rest in later:
        if call in ("find", "filter"):
            for equal in _EQUALS.finditer(rest):
                pairs.append((_FIELDS.get(equal["field"], equal["field"]), (equal["text"] or equal["ident"] or "").lower()
                              if equal["field"] == "kind" else equal["text"] or equal["ident"] or ""))
            pairs += [("kind", kind.lower()) for kind in re.findall(r"\bis\(\s*\w+::(\w+)\s*\)", rest)]
            pairs += [("kind", "puppy")] if "is_puppy" in rest else []
        elif call == "map":
            words += re.findall(r"\|\w+\|\s*\w+\.(\w+)", rest)[:1]
        elif call.startswith("mean_"):
            words.append(call[len("mean_"):])
        else:
            words.append(_SELECTED.get(call, call))
    if base == "workouts" and "activity" in dict(pairs) and "km" not in words and "metres" not in words:
        words.insert(0, "km")
    pairs.append(("select", "_".join(word for word in words if word)))
    return request_line(base, pairs)


def _compared(first: str, second: str, body: str) -> str:
    """``["A", "B"].iter().max_by_key(|d| diary.caffeine_mg(d))``: which of two days or nights had more."""
    return pair_line(first, second, "night" in body, "caffeine" in body)


def _again(chain: str) -> str | None:
    """``prev.day_before()``, ``prev.with_day("Monday")``, ``prev.with_who("Lila")``, ``prev.meeting().minutes``."""
    if re.match(r"meeting\(\)\s*\.\s*(?:minutes|duration|length)", chain):
        return MEETING_MINUTES
    if chain.startswith(("day_before", "night_before")):
        return f"GET same&{chain[:chain.index('_')]}={chain[:chain.index('_')]}-1"
    if re.match(r"with_day\(\s*today\s*\)\s*\.\s*until\(\s*now\s*\)", chain):
        return TODAY_SO_FAR
    named = re.match(r'with_(day|who)\(\s*"?([^")]+)"?\s*\)', chain)
    return f"GET same&{'from' if named[1] == 'who' else 'day'}={named[2]}" if named else None


def from_rust(text: str) -> str:
    """``text`` as an English question when it is a Rust method chain on the log or a rerun of one; else as it is."""
    if (again := _AGAIN.match(text)) is not None:
        return read_as_request(text, _again(again["chain"].strip()))
    if (pair := _PAIR.match(text)) is not None:
        return read_as_request(text, _compared(pair["a"].strip('"'), pair["b"].strip('"'), pair["body"]))
    if re.match(r"^\s*\w+\.coffees\(\s*(?:This|Last)Week\s*\)\.count\(\)\s*[<>]=?\s*\w+\.coffees\(\s*(?:This|Last)Week\s*\)\.count\(\)\s*$", text):
        return read_as_request(text, COFFEE_WEEKS)
    chain = _CHAIN.match(text)
    calls = _calls(re.sub(r"::<[^>]*>", "", chain["chain"])) if chain else None
    return read_as_request(text, _request(calls)) if calls else text
