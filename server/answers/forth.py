"""A question typed as a line of Forth, read as the English question it stands for.

A Forth programmer asks as a line of words: its arguments first (strings ``s" ..."``, numbers, or words that stand for a
value, ``this-week``, ``workout-days``), then the words that act on them, then ``.`` to print: ``s" Monday" supper-dishes
.``, ``s" Budget sync" s" today" heads-present .``, ``s" ran" 12 km-day lunch-spot .``, ``prior-night requery .``. The
word that asks is read by the parts of its name (a meal and a place: where did I have it; a meeting and a count: how many
meetings), so a name no table holds is read too; words before it name a day by what happened on it. Pure functions of
the text.
"""

from __future__ import annotations

import re

_TOKEN = re.compile(r's"\s([^"]*)"|(\d+(?:[.:]\d+)?(?:\s*[ap]m)?)|([a-z][a-z0-9?-]*)|(\S+)')
_LOOKS_FORTH = re.compile(r'^\s*(?:s"\s[^"]*"\s+|\d+(?:\.\d+)?\s+)*[a-z][a-z0-9?]*(?:-[a-z0-9?]+)*(?:\s+(?:s"\s[^"]*"|[a-z][\w?-]*|\d+(?:\.\d+)?))*\s+\.\s*$')
_VALUES = {"this-week": "this week", "last-week": "last week", "today": "today", "yesterday": "yesterday",
           "workout-days": "workout days", "training-days": "workout days", "rest-days": "rest days", "days-off": "rest days",
           "that-meeting": "that meeting", "last-night": "last night"}
_MEALS = (({"supper", "dinner", "evening", "dinnertime"}, "dinner"), ({"noon", "midday", "lunch", "luncheon", "lunchtime"}, "lunch"),
          ({"breakfast", "morning", "brekkie"}, "breakfast"))
_PLACE = {"spot", "place", "venue", "where", "location", "site", "restaurant", "eatery"}
_FIRST, _LAST = {"first", "opening", "earliest", "initial"}, {"last", "latest", "final", "closing"}
_TIME = {"time", "hour", "clock", "when", "at"}
_COUNT = {"tally", "count", "number", "total", "so-far", "many", "done"}
_MINUTES = {"minutes", "mins", "min", "duration", "spent", "used", "long", "length", "lasted"}


def _parts(word: str) -> set[str]:
    return set(word.rstrip("?").split("-"))


def _meal(parts: set[str]) -> str | None:
    return next((meal for words, meal in _MEALS if parts & words), None)


def _activity(parts: set[str]) -> str | None:
    if parts & {"bike", "cycle", "cycling", "cycled", "ride", "rode", "ridden", "pedal"}:
        return "cycle"
    if parts & {"swim", "swum", "swam", "swimming", "pool", "lap", "laps"}:
        return "swim"
    if parts & {"foot", "run", "ran", "running", "jog", "jogging", "feet"}:
        return "run"
    return None


def _asked(parts: set[str], values: list[str]) -> str | None:  # noqa: PLR0911, PLR0912 - one reading per kind of word
    """The English question a word asks, with {0}, {1} ... where its values go."""
    person_or = "{0}"
    if parts & {"dog", "pup", "puppy", "hound"}:
        return f"what is the name of {person_or}'s new dog"
    if parts & {"film", "movie", "flick"}:
        return "which film did {0} recommend"
    if parts & {"book", "novel", "read"}:
        return "which book did {0} recommend"
    if parts & {"podcast", "pod", "listen"}:
        return "which podcast did {0} recommend"
    if parts & {"flight", "plane", "touchdown", "landing", "lands", "arrival"}:
        return "when does {0}'s flight land"
    if parts & {"daughter", "age", "birthday"}:
        return "how old will {0}'s daughter turn"
    if parts & {"offsite"}:
        return "where is the offsite now, according to {0}"
    if parts & {"launch"}:
        return "what is the new date of the {0} launch according to {1}"
    if (meal := _meal(parts)) and not parts & {"late", "after"}:
        return f"where did I have {meal} {{0}}" if parts & _PLACE else f"what did I eat for {meal} {{0}}"
    if parts & _PLACE and len(values) == 1 and not parts & {"meeting", "meetings"}:
        return "which restaurant did {0} recommend"
    if parts & {"compared", "vs", "versus", "more", "longer", "greater", "heavier", "compare"} and len(values) >= 2:
        return _compared(parts, values)
    if parts & {"cost", "effect", "penalty", "toll"} and parts & {"sleep", "night", "nights"}:
        late = "dinner" if _meal(parts) or parts & {"eat", "meal"} else "coffee"
        return f"do I sleep less after {late} at {{0}} or later"
    if parts & {"caffeine", "mg"}:
        return "how much caffeine in mg {0}"
    if parts & {"meeting", "meetings"}:
        if parts & _FIRST:
            return "what time did my first meeting start {0}"
        if parts & {"next", "after", "following"}:
            return "who was at the meeting right after the {0} {1}"
        if parts & {"heads", "people", "faces", "attendees", "present", "who", "names", "crew", "guests"}:
            return "who was at the {0} meeting {1}"
        if parts & _MINUTES and values:
            return "how many minutes was the {0} meeting {1}"
        return "how many meetings did I have {0}"
    if parts & {"heads", "people", "faces", "attendees", "present", "who"}:
        return "who was at the {0} meeting {1}" if len(values) >= 2 else "who was at the meeting {0}"
    if parts & {"cup", "cups", "coffee", "coffees", "espresso", "brew"}:
        if parts & _FIRST:
            return "what time was my first coffee {0}"
        if parts & _LAST:
            return "what time was my last coffee {0}"
        return "how many coffees did I drink {0}"
    if parts & {"lights", "bed", "bedtime", "pillow", "turn-in"}:
        return "what time did I go to bed {0}"
    if parts & {"wake", "woke", "waking", "rise", "risen", "up", "alarm"}:
        return "what time did I wake up {0}"
    if parts & {"pulse", "heart", "bpm", "hr"}:
        return "what was my average heart rate during the {0} {1}"
    if parts & {"workout", "workouts", "training", "session", "sessions", "exercise", "sport"}:
        if parts & {"type", "kind", "sport", "what", "which"}:
            return "what kind of workout did I do {0}"
        if parts & _COUNT or parts & {"so", "far"}:
            return "how many workouts did I do {0}"
    if parts & {"km", "distance", "kilometres", "kilometers"} or (_activity(parts) and parts & {"length", "metres", "far"}):
        activity = _activity(parts)
        if parts & {"since", "week", "total"}:
            since = " since Monday" if "monday" in parts else " this week" if "week" in parts else ""
            return "how many km of {0} in total" + since
        return {"cycle": "how many km did I cycle {0}", "swim": "how far did I swim {0}", "run": "how many km did I run {0}"}.get(
            activity or "", "how many km did I cover {0}")
    if parts & {"sleep", "asleep", "slept", "night", "hours"}:
        if parts & {"quality", "well", "sound", "soundly", "rested"}:
            return "how well did I sleep {0}, good or poor"
        return "how many hours did I sleep {0}"
    if parts & _MINUTES:
        return "how many minutes did the {0} {1} last" if len(values) >= 2 else "how many minutes did my workout {0} last"
    return None


def _compared(parts: set[str], values: list[str]) -> str:
    first, second = values[0], values[1]
    if first in ("workout days", "rest days") and second in ("workout days", "rest days"):
        if parts & {"cups", "cup", "coffee", "coffees"}:
            return "do I drink more coffee on workout days than on rest days"
        return "do I sleep longer after workout days than after rest days"
    if parts & {"cups", "cup", "coffee", "coffees"}:
        return "did I drink more coffee {0} than {1}"
    if parts & {"caffeine", "mg"}:
        return "which day had more caffeine, {0} or {1}, with the mg of each"
    if parts & {"night", "nights", "sleep", "asleep", "slept", "hours"}:
        return "which night did I sleep longer, {0} or {1}, with the hours of each"
    return "which workout was longer, {0} or {1}, with the minutes of each"


def _day_named(word: str, values: list[str]) -> tuple[str, int] | None:
    """A word that names a day by what happened on it, and how many of the values before it that takes."""
    parts = _parts(word)
    if parts & {"said", "mentioned", "told", "chat"} and len(values) >= 2:
        return f"on the day {values[-2]} mentioned {values[-1]}", 2
    if parts & {"meeting"} and parts & {"day"} and values:
        return f"on the day of the {values[-1]} meeting", 1
    if parts & {"km", "distance"} and parts & {"day"} and len(values) >= 2:
        return f"on the day I {values[-2]} {values[-1]} km", 2
    if parts & {"night"} and parts & {"after", "following"} and values:
        return f"the night after the {values[-1]} meeting", 1
    return None


def _say(tokens: list[tuple[str, str]]) -> str | None:
    values: list[str] = []
    words = [text for kind, text in tokens if kind == "word"]
    if not words:
        return None
    follow_up = words[-1] in ("requery", "again", "redo", "same", "repeat")
    day: str | None = None
    for kind, text in tokens:
        if kind == "value":
            values.append(text)
        elif text in _VALUES:
            values.append(_VALUES[text])
        elif text in ("prior-day", "previous-day", "day-before"):
            values.append("the day before")
        elif text in ("prior-night", "previous-night", "night-before"):
            values.append("the night before")
        elif named := _day_named(text, values):
            day, taken = named
            values = values[:-taken]
    asking = [w for w in words if w not in _VALUES and _day_named(w, [""] * 2) is None
              and w not in ("requery", "again", "redo", "same", "repeat", "prior-day", "previous-day", "day-before",
                            "prior-night", "previous-night", "night-before")]
    if not asking:
        return f"and {' '.join(values)}" if follow_up and values else None
    parts = set().union(*(_parts(w) for w in asking))
    asked = _asked(parts, values)
    if asked is None:
        return None
    if follow_up and "that meeting" in values:
        return "and how long was that meeting" if parts & _MINUTES else f"and {asked.replace('{0}', 'that')}"
    for i, value in enumerate(values):
        asked = asked.replace("{" + str(i) + "}", value)
    asked = re.sub(r"\s*\{\d\}", "", asked)
    if day:
        asked = f"{asked} {day}"
    return f"and {asked}" if follow_up else asked


def from_forth(text: str) -> str:
    """``text`` as an English question when it is a line of Forth ending in ``.``; else ``text`` as it is."""
    if not _LOOKS_FORTH.match(text) or not ('s"' in text or "-" in text):
        return text
    tokens: list[tuple[str, str]] = []
    for match in _TOKEN.finditer(text.rstrip().removesuffix(".")):
        if match[1] is not None or match[2] is not None:
            tokens.append(("value", match[1] if match[1] is not None else match[2]))
        elif match[3] is not None:
            tokens.append(("word", match[3]))
        else:
            return text
    said = _say(tokens)
    return text if said is None else re.sub(r"\s{2,}", " ", said).strip() + "?"
