"""What a word typed in code asks, read by the parts of its name: ``supper-dishes`` (what did I eat for dinner),
``km-on-bike`` and ``cycle:km`` (how many km did I cycle), ``heads-present`` (who was at the meeting), ``longer-night``
(which night did I sleep longer), ``sleep-cost`` after a time (do I sleep less after coffee at that time or later). A name
no table holds is read too, by its parts (a meal and a place: where did I have it; a meeting and a count: how many
meetings). Words that stand for a value (``this-week``, ``workout-days``) and words that name a day by what happened on
it (``meeting-day``, ``night-after``, ``km-day``) are read here as well. Pure functions of the words.
"""

from __future__ import annotations

import re

VALUES = {"this-week": "this week", "last-week": "last week", "today": "today", "yesterday": "yesterday",
           "workout-days": "workout days", "training-days": "workout days", "rest-days": "rest days", "days-off": "rest days",
           "that-meeting": "that meeting", "last-night": "last night"}
_MEALS = (({"supper", "dinner", "evening", "dinnertime"}, "dinner"), ({"noon", "midday", "lunch", "luncheon", "lunchtime"}, "lunch"),
          ({"breakfast", "morning", "brekkie"}, "breakfast"))
_PLACE = {"spot", "place", "venue", "where", "location", "site", "restaurant", "eatery"}
_FIRST, _LAST = {"first", "opening", "earliest", "initial"}, {"last", "latest", "final", "closing"}
_COUNT = {"tally", "count", "number", "total", "so-far", "many", "done"}
MINUTES = {"minutes", "mins", "min", "duration", "spent", "used", "long", "length", "lasted"}


def parts_of(word: str) -> set[str]:
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


def asked_by_name(parts: set[str], values: list[str]) -> str | None:  # noqa: PLR0911, PLR0912 - one reading per kind of word
    """The English question a word asks, with {0}, {1} ... where its values go."""
    if parts & {"dog", "dogs", "pup", "pups", "puppy", "puppies", "hound"}:
        return "what is the name of {0}'s new dog"
    if parts & {"film", "movie", "flick"}:
        return "which film did {0} recommend"
    if parts & {"book", "novel", "read", "reading"}:
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
        where = parts & _PLACE or {"eaten", "at"} <= parts or {"had", "at"} <= parts  # "lunch/@eaten-at"
        return f"where did I have {meal} {{0}}" if where else f"what did I eat for {meal} {{0}}"
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
        if parts & {"heads", "people", "faces", "attendees", "present", "who", "names", "crew", "guests", "member", "members"}:
            return "who was at the {0} meeting {1}"
        if parts & MINUTES and values:
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
    if parts & {"wake", "woke", "waking", "rise", "risen", "up", "alarm"} or {"eyes", "open"} <= parts:
        return "what time did I wake up {0}"
    if parts & {"pulse", "heart", "bpm", "hr"}:
        return "what was my average heart rate during the {0} {1}"
    if parts & {"workout", "workouts", "training", "session", "sessions", "exercise", "sport"}:
        if parts & {"type", "kind", "sport", "what", "which", "activity"}:
            return "what kind of workout did I do {0}"
        if parts & _COUNT or parts & {"so", "far"}:
            return "how many workouts did I do {0}"
    if parts & {"km", "distance", "kilometres", "kilometers"} or (_activity(parts) and parts & {"length", "metres", "far"}):
        activity = _activity(parts)
        if parts & {"since", "week"} or "total" in parts and activity is None:
            since = " since Monday" if "monday" in parts else " this week" if "week" in parts else ""
            doing = {"cycle": "cycling", "swim": "swimming", "run": "running"}.get(activity or "", "{0}")
            return f"how many km of {doing if not values else '{0}'} in total{since}"
        return {"cycle": "how many km did I cycle {0}", "swim": "how far did I swim {0}", "run": "how many km did I run {0}"}.get(
            activity or "", "how many km did I cover {0}")
    if parts & {"sleep", "asleep", "slept", "night", "hours"}:
        if parts & {"quality", "well", "sound", "soundly", "rested", "grade", "score", "rating", "restfulness"}:
            return "how well did I sleep {0}, good or poor"
        return "how many hours did I sleep {0}"
    if parts & MINUTES:
        return "how many minutes did the {0} {1} last" if len(values) >= 2 else "how many minutes did my workout {0} last"
    return None


def _compared(parts: set[str], values: list[str]) -> str:
    first, second = values[0], values[1]
    if first in ("workout days", "rest days") and second in ("workout days", "rest days"):
        if parts & {"cups", "cup", "coffee", "coffees"}:
            return "do I drink more coffee on workout days than on rest days"
        return "do I sleep longer after workout days than after rest days"
    if parts & {"caffeine", "mg"}:
        return "which day had more caffeine, {0} or {1}, with the mg of each"
    if parts & {"cups", "cup", "coffee", "coffees"}:
        return "did I drink more coffee {0} than {1}"
    if parts & {"night", "nights", "sleep", "asleep", "slept", "hours"}:
        return "which night did I sleep longer, {0} or {1}, with the hours of each"
    return "which workout was longer, {0} or {1}, with the minutes of each"


def day_named(word: str, values: list[str]) -> tuple[str, int] | None:
    """A word that names a day by what happened on it, and how many of the values before it that takes."""
    parts = parts_of(word)
    if parts & {"said", "mentioned", "told", "chat"} and len(values) >= 2:
        return f"on the day {values[-2]} mentioned {values[-1]}", 2
    if parts & {"meeting"} and parts & {"day"} and values:
        return f"on the day of the {values[-1]} meeting", 1
    if parts & {"km", "distance"} and parts & {"day"} and len(values) >= 2:
        return f"on the day I {values[-2]} {values[-1]} km", 2
    if parts & {"night"} and parts & {"after", "following"} and values:
        return f"the night after the {values[-1]} meeting", 1
    return None


def filled(asked: str, values: list[str], day: str | None = None) -> str:
    """``asked`` with ``values`` where {0}, {1} ... stand (a place with no value dropped), then the day it names."""
    for i, value in enumerate(values):
        asked = asked.replace("{" + str(i) + "}", value)
    asked = re.sub(r"\s*\{\d\}", "", asked)
    return f"{asked} {day}" if day else asked


def threshold_habit(key: str, value: str) -> str | None:
    """The habit a threshold on a night's column asks about: ``caffeine_mg >= 300`` (days of that much caffeine),
    ``dinner_at >= "8 pm"`` (a late dinner), ``last_coffee >= "3 pm"`` (a late coffee); None for another column."""
    key = key.lower()
    if "caffeine" in key or key.endswith("mg"):
        return f"how do I sleep after days of {value} mg of caffeine or more compared to other nights"
    if "dinner" in key or "supper" in key or "meal" in key:
        return f"do I sleep less after dinner at {value} or later"
    if "coffee" in key or "cup" in key:
        return f"do I sleep less after coffee at {value} or later"
    return None
