"""A question typed as a Smalltalk message send, read as the English question it stands for.

A programmer asks the log as an object: ``(Diary mealOn: 'Monday' kind: #lunch) food``, ``(Diary coffeesOn: 'today') size``,
``(Diary days: 'A' and: 'B') compareBy: #caffeineMg``, ``(Diary nightsSplitBy: #lastCoffee at: '3 pm') meanHours``,
``((Diary dayWhen: 'Lila' said: 'Circe') dinner) food``, and repeats the last one with ``priorQuery redoOn: #dayBefore``.
The message is put into the HTTP request line it stands for (what the keywords name as the path and the parameters, the
unary messages after it what is selected), which ``http_requests`` reads. Pure functions of the text.
"""

from __future__ import annotations

import re

from server.answers.http_requests import DAY_BEFORE, MEETING_MINUTES, NIGHT_BEFORE, TODAY_SO_FAR, read_as_request, request_line

_SEND = re.compile(r"^\s*\(+\s*Diary\s+(?P<keywords>(?:'[^']*'|[^()'])*?)\s*\)(?P<rest>(?:'[^']*'|[^()'])*(?:\)[^()]*)?)$")
_AGAIN = re.compile(r"^\s*(?:priorQuery\s+(?P<keywords>\w+:.*?)|priorMeeting\s+minutes)\s*$")
_KEYWORD = re.compile(r"(\w+):\s*(?:'([^']*)'|#(\w+)|([\d.]+))")
_MEALS = ("breakfast", "lunch", "dinner", "supper")
# A keyword: the records it asks about and the parameter its argument fills (None: the argument names the column).
_KEYWORDS = {"tipfrom": ("tips", "from"), "offsitemovedby": ("offsites", "movedby"), "flightof": ("flights", "flyer"),
             "petof": ("pets", "owner"), "launchof": ("launches", "project"), "movedby": (None, "movedby"),
             "daughterof": ("people", "parent"), "mealon": ("meals", "day"), "workouton": ("workouts", "day"),
             "workoutlabelled": ("workouts", "label"), "on": (None, "day"), "ondate": (None, "day"), "night": ("nights", "night"),
             "meeting": ("meetings", "title"), "kmof": ("workouts", "activity"), "metresof": ("workouts", "activity"),
             "coffeeson": ("coffees", "day"), "meetingson": ("meetings", "day"), "wakeon": ("nights", "woke"), "kind": (None, "kind"),
             "meetingafter": ("meetings", "after"), "for": (None, "from")}


def _words(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", "_", name).lower()


def _request(keywords: str, rest: str) -> str | None:
    sends = [(name.lower(), quoted or symbol or number) for name, quoted, symbol, number in _KEYWORD.findall(keywords)]
    names = dict(sends)
    unary = re.findall(r"[a-z]\w*", re.sub(r"compareBy:\s*#\w+", " ", rest))
    compared = re.search(r"compareBy:\s*#(\w+)", rest)
    pairs: list[tuple[str, str]] = []
    base = "workouts"
    if "daywhen" in names or "dayof" in names:  # ((Diary dayWhen: ... ) dinner) food: a meal of a day named by what happened
        if "said" in names:
            day = f"dayof(by={names['daywhen']},said={names['said']})"
        elif "km" in names:
            day = f"dayof(dist={names['km']},did={names['daywhen']})"
        else:
            day = f"dayof(meeting={names.get('dayof', '')})"
        meal = next((word for word in unary if word in _MEALS), None)
        base, pairs = "meals", [("day", day)] + ([("kind", meal)] if meal else [])
        unary = [word for word in unary if word not in _MEALS]
    elif "nightafter" in names:
        base, pairs = "nights", [("night", f"nightafter(meeting={names['nightafter']})")]
    elif "nights" in names or "days" in names or "weeks" in names:
        what = _words(compared[1]) if compared else ""
        if "weeks" in names:
            base, pairs = "coffees", [("week", "this|last")]
            unary = ["count"]
        else:
            first = names.get("nights") or names.get("days", "")
            base = "nights" if "nights" in names else "coffees" if "caffeine" in what else "workouts"
            pairs = [("night" if "nights" in names else "day", f"{first}|{names.get('and', '')}")]
            unary = [what.replace("workout_", ""), "compared"]
    elif "nightssplitby" in names or "dayssplitby" in names:
        split = _words(names.get("nightssplitby") or names.get("dayssplitby", ""))
        base = "nights" if "nightssplitby" in names else "days"
        if "workout" in split:
            pairs = [("trained", "true")]
        else:
            pairs = [({"last_coffee": "lastcoffee", "dinner_time": "dinner", "caffeine_mg": "caffeine"}.get(split, split) + "_gte",
                      names.get("at", ""))]
    elif names.get("since") or "workoutsthisweek" in keywords.lower():
        pairs = [("activity", names["kmof"])] if "kmof" in names else []
        pairs.append(("week", "this"))
        unary = ["km", "sum"] if "kmof" in names else ["count"]
    else:
        for name, value in sends:
            table, parameter = _KEYWORDS.get(name, (None, None))
            if parameter is None:
                return None
            base = table or base
            pairs.append((parameter, value))
        if "daughterof" in names:
            pairs.append(("kind", "daughter"))
        if "meetingafter" in names:
            pairs.append(("take", "next"))
        if "wakeon" in names:
            unary = ["wake"] + unary
        if "kmof" in names or "metresof" in names:
            unary = ["km" if "kmof" in names else "metres"] + unary
    if re.match(r"\s*Diary\s+workoutsThisWeek\b", keywords):
        base = "workouts"
    select = [_words(word) for word in unary]
    pairs.append(("select", "_".join(word.replace("size", "count").replace("sum_of", "sum") for word in select)))
    return request_line(base, pairs)


def _again(keywords: str | None) -> str:
    if keywords is None:
        return MEETING_MINUTES
    names = {name.lower(): quoted or symbol for name, quoted, symbol, _ in _KEYWORD.findall(keywords)}
    target = names.get("redoon", "")
    if target == "dayBefore":
        return DAY_BEFORE
    if target == "nightBefore":
        return NIGHT_BEFORE
    if target == "today" and "upto" in names:
        return TODAY_SO_FAR
    return f"GET same&from={names['redofor']}" if "redofor" in names else f"GET same&day={target}"


def from_smalltalk(text: str) -> str:
    """``text`` as an English question when it is a Smalltalk message to the log or a rerun of one; else as it is."""
    if (again := _AGAIN.match(text)) is not None:
        line = _again(again["keywords"])
    elif (send := _SEND.match(text)) is not None:
        line = _request(send["keywords"], send["rest"])
    elif (unary := re.match(r"^\s*\(\s*Diary\s+(workoutsThisWeek)\s*\)\s*(size)\s*$", text)) is not None:
        line = _request(unary[1], unary[2])
    else:
        return text
    return read_as_request(text, line)
