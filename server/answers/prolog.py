"""A question typed as a Prolog query, read as the English question it stands for.

A rules engineer asks as a query: ``?- ate(dinner, "Monday", Food).``, ``?- slept_hours("last night", Hours).``,
``?- meeting("Team retro", Day), ate_at(lunch, Day, Place).``, ``?- retry_with("Tessa").``. The query's goals are
parsed (quoted strings, atoms, numbers, variables); a goal says what it asks by its predicate's phrase (any other by its
name's words), a variable shared between goals names the day one goal finds and another asks about, and two goals of one
predicate before a comparison ask which of two is more. Pure functions of the text.
"""

from __future__ import annotations

import re

_QUERY = re.compile(r"^\s*\?-\s*(?P<body>.+?)\s*\.?\s*$", re.S)
_ARG = re.compile(r"\"[^\"]*\"|\[[^\]]*\]|[A-Za-z_][\w]*\([^()]*(?:\([^()]*\)[^()]*)*\)|[^,\s()]+")

# A goal's phrase: {0}, {1} ... its arguments that are not variables, in order.
_GOALS: dict[str, str] = {
    "ate": "what did I eat for {0} {1}", "ate_at": "where did I have {0} {1}", "slept_hours": "how many hours did I sleep {0}",
    "swam_distance": "how far did I swim {0}", "run_km": "how many km did I run {0}", "cycled_km": "how many km did I cycle {0}",
    "first_coffee_at": "what time was my first coffee {0}", "last_coffee_at": "what time was my last coffee {0}",
    "first_meeting_start": "what time did my first meeting start {0}", "woke_at": "what time did I wake up {0}",
    "went_to_bed": "what time did I go to bed {0}", "workout": "what kind of workout did I do {0}",
    "avg_heart_rate": "what was my average heart rate during the {0} {1}", "duration_min": "how many minutes did the {0} {1} last",
    "meeting_minutes": "how many minutes was the {0} meeting {1}", "sleep_quality": "how well did I sleep {0}, good or poor",
    "recommended_book": "which book did {0} recommend", "recommended_podcast": "which podcast did {0} recommend",
    "must_watch_film": "which film did {0} recommend", "praised_restaurant": "which restaurant did {0} recommend",
    "new_dog": "what is the name of {0}'s new dog", "daughter_age_next_birthday": "how old will {0}'s daughter turn",
    "flight_lands": "when does {0}'s flight land", "offsite_moved_to": "where is the offsite now, according to {0}",
    "launch_new_date": "what is the new date of the {0} launch according to {1}",
    "more_coffee_on": "do I drink more coffee on {0} than on {1}", "longer_sleep_after": "do I sleep longer after {0} than after {1}",
}
_COUNTED = {"workout": "workouts did I do", "coffee": "coffees did I drink", "meeting": "meetings did I have"}
_SUMMED = {"covered": "km of {0} in total {1}", "caffeine": "caffeine in mg {0}"}
_PAIRED = {"caffeine_mg": "which day had more caffeine, {0} or {1}, with the mg of each",
           "workout_min": "which workout was longer, {0} or {1}, with the minutes of each",
           "slept_hours": "which night did I sleep longer, {0} or {1}, with the hours of each",
           "cups": "did I drink more coffee {0} than {1}"}
_DAY_OF = {"distance": "the day I {0} {1} km", "meeting": "the day of the {0} meeting", "said": "the day {0} mentioned {1}"}


def _goals(body: str) -> list[tuple[str, list[str]]]:
    goals, depth, start = [], 0, 0
    for i, ch in enumerate(body + ","):
        depth += ch in "([" 
        depth -= ch in ")]"
        if ch == "," and depth == 0:
            goal = body[start:i].strip()
            start = i + 1
            match = re.match(r"(\w+)\((.*)\)$", goal, re.S)
            goals.append((match[1], _ARG.findall(match[2])) if match else (goal, []))
    return goals


def _is_variable(arg: str) -> bool:
    return bool(re.fullmatch(r"[A-Z_]\w*", arg))


def _word(arg: str) -> str:
    """An argument as words: a string unquoted, an atom's underscores as blanks ("since_monday" -> "since Monday")."""
    if arg.startswith('"'):
        return arg.strip('"')
    words = arg.replace("_", " ")
    return re.sub(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", lambda m: m[1].capitalize(), words)


def _fill(phrase: str, args: list[str]) -> str:
    values = [_word(a) for a in args if not _is_variable(a)]
    for i, value in enumerate(values):
        phrase = phrase.replace("{" + str(i) + "}", value)
    return re.sub(r"\s*\{\d\}", "", phrase)


def _say(goals: list[tuple[str, list[str]]]) -> str:
    name, args = goals[0]
    if name == "retry_with":
        inner = args[0] if args else ""
        said = {"day_before": "the day before", "night_before": "the night before", "today_so_far": "today so far"}.get(inner)
        if inner.startswith("meeting_minutes"):
            said = "how long was that meeting"
        return f"and {said or _word(inner)}"
    if name == "aggregate_all" and len(args) >= 2:
        counted = re.match(r"(\w+)\((.*)\)$", args[1])
        kind, inner = (counted[1], _ARG.findall(counted[2])) if counted else ("", [])
        if args[0] == "count":
            return _fill(f"how many {_COUNTED.get(kind, kind + 's')} {{0}}", inner)
        summed = _SUMMED.get(kind, kind + " {0}")
        return _fill(("how much " if summed.startswith("caffeine") else "how many ") + summed, inner)
    if len(goals) >= 2 and goals[0][0] == goals[1][0] in _PAIRED:
        return _fill(_PAIRED[goals[0][0]], goals[0][1] + goals[1][1])
    if len(goals) >= 3 and goals[0][0] == goals[1][0] and goals[2][0] in ("longer", "higher", "more", "greater", "shorter", "lower"):
        values = [_word(a) for a in goals[0][1] + goals[1][1] if not _is_variable(a)]  # "run_km(A, X), run_km(B, Y), longer(X, Y, Z)"
        return f"which was {goals[2][0]}, {' or '.join(values)}, {name.replace('_', ' ')} of each"
    if name == "attendees" and args and (meeting := re.match(r"meeting\((.*)\)$", args[0])):
        return _fill("who was at the {0} meeting {1}", _ARG.findall(meeting[1]))
    if name == "next_meeting_after" and args and (workout := re.match(r"workout\((.*)\)$", args[0])):
        return _fill("who was at the meeting right after the {0} {1}", _ARG.findall(workout[1]))
    if len(goals) >= 2 and name in _DAY_OF:  # "meeting(T, Day), ate_at(lunch, Day, Place)": the day the first goal finds
        day = _fill(_DAY_OF[name], args)
        last, last_args = goals[-1]
        if name == "meeting" and last == "slept_hours":
            return f"how many hours did I sleep the night after the {_word(args[0])} meeting"
        asked = _fill(_GOALS.get(last, last.replace("_", " ") + " {0}"), [a for a in last_args if not _is_variable(a)])
        return f"{asked} on {day}"
    if name == "compare_sleep" and args and (dose := re.search(r"caffeine_at_least\((\d+)\)", args[0])):
        return f"how do I sleep after days of {dose[1]} mg of caffeine or more compared to other nights"
    if name == "shorter_sleep_after" and args and (late := re.match(r"(\w+)_from\(\"([^\"]+)\"\)", args[0])):
        return f"do I sleep less after {late[1]} at {late[2]} or later"
    phrase = _GOALS.get(name)
    return _fill(phrase, args) if phrase else " ".join([name.replace("_", " "), *(_word(a) for a in args if not _is_variable(a))])


def from_prolog(text: str) -> str:
    """``text`` as an English question when it is a Prolog query ("?- goal, goal."); else ``text`` as it is."""
    match = _QUERY.match(text)
    if match is None or "(" not in match["body"]:
        return text
    try:
        said = _say(_goals(match["body"]))
    except (IndexError, TypeError):
        return text
    return re.sub(r"\s{2,}", " ", said).strip() + "?"
