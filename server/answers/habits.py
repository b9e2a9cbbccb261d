"""Habit relations computed from the records: the mean outcome on days with a habit against the days
without it ("Do I sleep less after a coffee at or after 3 pm?", "more coffees on workout days?").

Every complete day of the log before the question's day counts. The outcome of a day is the sleep of
the night after it (start to end), or its number of coffees.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from server.answers.render import local, span_text
from shared.observation import Observation, effective_end
from shared.timeutil import to_utc
from shared.wire import MemoryHit

HISTORY = timedelta(days=120)
LATE_COFFEE = time(15, 0)
LATE_DINNER = time(20, 0)
EVENING = time(17, 0)
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5}
_AT_OR_AFTER = r"(?:at or after|at or past|at\s*/\s*after|at or later than|no sooner than|no earlier than|not before|after|later than|past|post|from)\s+"
_COFFEE = r"(?:coffee|caffeine|espresso|latte|cappuccino|flat white|cup)\w*"
_CLOCK = r"(?P<h>\d{1,2})(?::(?P<m>\d\d))?\s*(?P<ampm>[ap]\.?m\.?)?"
_NAMED_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b|\b\d{1,2}:\d\d\b")
"""A clock time a question names ("7:30 pm", "19:30"): the time its habit is had from, never replaced by a usual one."""


def dinner_or_meal(q: str) -> bool:
    """Whether the lower-cased question speaks of a dinner or an evening meal (its clock time is the meal's)."""
    return re.search(r"\b(?:dinners?|suppers?|evening meals?|din(?:e|ed|ing)|eat|eats|ate|eating|meals?)\b", q) is not None


@dataclass(frozen=True)
class Habit:
    """A condition on a day, in words and as a test of that day's records."""

    text: str
    test: Callable[[list[Observation], tzinfo], bool]


def _clock(match: re.Match[str], pm_below: int = 8) -> time:
    """The clock time matched; without am/pm an hour below ``pm_below`` is in the afternoon or evening
    ("coffee after 3", "dinner after 8:30")."""
    hour, minute = int(match["h"]), int(match["m"] or 0)
    ampm = (match["ampm"] or "").replace(".", "").lower()
    if ampm == "pm" and hour < 12:
        hour += 12
    elif not ampm and hour < pm_below:
        hour += 12
    return time(min(hour, 23), minute)


def _clock_from(subject: str, gap: int, q: str) -> re.Match[str] | None:
    """The clock time ``subject`` is had from, at most ``gap`` words after it: "coffee at or after 3 pm",
    "dinner starts at 7:30 pm or later", "dinners starting 8 pm+"."""
    near = subject + r"\W+(?:\w+\W+){0," + str(gap) + r"}?"
    return re.search(near + _AT_OR_AFTER + _CLOCK, q) or re.search(
        near + r"(?:(?:at|from)\s+)?" + _CLOCK + r"\s*(?:or\s+(?:more\b|(?:more\s+|even\s+)?(?:later|late|after|beyond)|any\s+(?:hour|time)\s+"
        r"(?:beyond|after|later))|and\s+later|"
        r"onwards?|\+)", q)


def parse_habit(question: str) -> Habit | None:
    """The habit a question asks about, or None when it names none of the known kinds."""
    q = question.lower()
    if re.search(r"\b" + _COFFEE, q):  # "a buyer brings me coffee. If I drink it at 4 pm or later, ...": the coffee
        q = re.sub(r"\b(drink|drinks|drank|drinking|have|has|had|take|takes|took)\s+(?:it|one)(?=\s+(?:at|after|from)\b)", r"\1 coffee", q)
    coffee_at = _clock_from(_COFFEE, 2, q)
    if coffee_at:
        at = _clock(coffee_at)
        return Habit(f"a coffee at or after {at:%H:%M}",
                     lambda rows, tz: any(o.kind == "coffee" and local(o.start, tz).time() >= at for o in rows))
    if _NAMED_CLOCK.search(q) and not dinner_or_meal(q):
        return None  # "a coffee taken at 3 pm or any hour beyond" not read: a time named is never replaced by the usual one
    if re.search(r"\blate(?:-day|-afternoon| afternoon| evening| in the day)? " + _COFFEE + r"|\b" + _COFFEE + r"\s+(?:\w+\s+)?late\b", q):
        return Habit(f"a coffee at or after {LATE_COFFEE:%H:%M}",
                     lambda rows, tz: any(o.kind == "coffee" and local(o.start, tz).time() >= LATE_COFFEE for o in rows))
    dinner_at = _clock_from(r"(?:(?:dinner|supper|evening meal)s?|din(?:e|ed|ing))", 4, q)  # "when I dine at 8 pm or later"
    eaten_at = None if dinner_at else _clock_from(r"\b(?:eat|eats|ate|eating)", 2, q)  # "I only sit down to eat at 7:30 pm or later"
    if eaten_at and _clock(eaten_at, pm_below=12) >= EVENING:
        dinner_at = eaten_at  # a meal eaten in the evening is the day's dinner
    if dinner_at or re.search(r"\blate(?:-night| night|-evening| evening)? (?:dinner|supper)|\b(?:dinner|supper)s?\s+"
                                 r"(?:\w+\s+)?late\b", q):
        if dinner_at is None and _NAMED_CLOCK.search(q):
            return None  # "supper begun at 7:30 pm or more" not read: not the usual 20:00 in its place
        at = _clock(dinner_at, pm_below=12) if dinner_at else LATE_DINNER
        return Habit(f"dinner starting at or after {at:%H:%M}",
                     lambda rows, tz: any(o.kind == "meal" and (o.data or {}).get("meal") == "dinner"
                                          and local(o.start, tz).time() >= at for o in rows))
    over = re.search(r"(?<!at or )\b(?:more than|over|above|exceeding|exceeds?|in excess of|beyond)\s+(\d+)\s*(?:mg|milligrams?)", q)
    if over:
        limit = int(over.group(1)) + 1
        return Habit(f"more than {limit - 1} mg of caffeine",
                     lambda rows, tz: sum((o.data or {}).get("caffeine_mg") or 0 for o in rows if o.kind == "coffee")
                     >= limit)
    caffeine = re.search(r"(?:at least|reach\w*|hit\w*|pass(?:es|ed)?|cross(?:es|ed)?|of|at or over|at or above)\s+(\d+)\s*(?:mg|milligrams?)"
                         r"|(\d+)\s*mg\s+(?:of\s+)?caffeine\s+days"  # "300 mg caffeine days"
                         r"|(\d+)\s*(?:mg|milligrams?)(?:\s+(?:of\s+)?caffeine)?\s*(?:or (?:more|above|higher|over)|\+|plus|and (?:up|above|over))"
                         r"|(\d+)\+\s*(?:mg|milligrams?)", q)
    if caffeine:
        limit = int(next(g for g in caffeine.groups() if g))
        return Habit(f"at least {limit} mg of caffeine",
                     lambda rows, tz: sum((o.data or {}).get("caffeine_mg") or 0 for o in rows if o.kind == "coffee")
                     >= limit)
    many = re.search(r"(?:at least|more than)\s+(\d+|two|three|four|five)\s+(?:coffees|cups)|(\d+|two|three|four|five)"
                     r"\+?\s+(?:or more\s+)?(?:coffees|cups)(?:\s+or more)?", q)
    if many and (many.group(1) or re.search(r"or more|\+", many.group(0))):
        raw = many.group(1) or many.group(2)
        least = _COUNTS.get(raw, None) or int(raw)
        least += 1 if many.group(0).startswith("more than") else 0
        return Habit(f"at least {least} coffees",
                     lambda rows, tz: sum(1 for o in rows if o.kind == "coffee") >= least)
    if re.search(r"\b(exercis\w*|workouts?|work(?:ed|ing|s)? out|train\w*|runs?|ran|running|sports?|gym|pt|p\.t\.|"
                 r"(?:net|training|practice|gym|swim|run)\s+sessions?)\b", q):
        return Habit("a workout", lambda rows, tz: any(o.kind == "exercise" for o in rows))
    return None


def _night_after(day: date, sleeps: list[Observation], tz: tzinfo) -> Observation | None:
    """The sleep that began on the evening of ``day`` (or after midnight, before noon of the next day)."""
    evening = datetime.combine(day, time(12), tzinfo=tz)
    for night in sleeps:
        if evening <= local(night.start, tz) < evening + timedelta(days=1):
            return night
    return None


def habit_relation(question: str, read: Callable[..., list[Observation]], as_of: datetime, tz: tzinfo
                   ) -> tuple[str, list[MemoryHit]] | None:
    """The answer and its statistic as evidence; None when the question names no habit or outcome."""
    habit = parse_habit(question)
    q = question.lower()
    wants_coffees = bool(re.search(r"\b(?:coffees?|cups?|espressos?|lattes?|cups of joe)\b", q)) and habit is not None and \
        "workout" in habit.text
    wants_sleep = bool(re.search(r"\b(sleep\w*|slept|kip|shut-?eye|rest|bed\w*|nights?|rack|crash\w*|zonk\w*)\b", q))
    if habit is None or not (wants_sleep or wants_coffees):
        return None
    rows = read(None, to_utc(as_of) - HISTORY, to_utc(as_of))
    today = local(as_of, tz).date()
    by_day: dict[date, list[Observation]] = {}
    for o in rows:
        by_day.setdefault(local(o.start, tz).date(), []).append(o)
    sleeps = [o for o in rows if o.kind == "sleep" and effective_end(o) <= to_utc(as_of)]
    # A day of the log is one something happened on; the evening a night began before the log did is none.
    days = [d for d in sorted(by_day) if d < today and any(o.kind != "sleep" for o in by_day[d])]
    values: dict[date, float] = {}
    for day in days:
        if wants_coffees:
            values[day] = float(sum(1 for o in by_day[day] if o.kind == "coffee"))
        elif (night := _night_after(day, sleeps, tz)) is not None:
            values[day] = (effective_end(night) - night.start).total_seconds() / 60
    with_ = [v for d, v in values.items() if habit.test(by_day[d], tz)]
    without = [v for d, v in values.items() if not habit.test(by_day[d], tz)]
    if len(with_) < 2 or len(without) < 2:
        return (f"I don't know: your log has too few days with and without {habit.text} to compare.", [])
    high, low = sum(with_) / len(with_), sum(without) / len(without)
    up = high > low
    asks_up = not re.search(r"\b(less|shorter|fewer|worse)\b", q)
    # "Does X affect how long I sleep?" asks no direction: the finding answers it, not a yes or a no.
    directed = re.search(r"\b(more|less|longer|shorter|fewer|better|worse|extra|increase\w*|decrease\w*|reduce\w*)\b",
                         re.sub(r"\bor\s+(?:more|less|above|over)\b", "", q))  # "300 mg or more" is the habit
    verdict = ("Yes" if up == asks_up else "No") if abs(high - low) > 1e-9 else "No difference"
    if wants_coffees:
        said = f"{high:.2f} coffees a day on the {len(with_)} days with {habit.text}, {low:.2f} on the {len(without)} others"
        more = "more" if up else "fewer"
        line = f"{habit.text} -> coffees that day: {high:.2f} (n={len(with_)}) vs {low:.2f} without (n={len(without)})"
    else:
        said = (f"after the {len(with_)} days with {habit.text} you slept {span_text(high)} on average that night; "
                f"after the {len(without)} other days, {span_text(low)}")
        more = "more" if up else "less"
        line = (f"{habit.text} -> sleep that night: {span_text(high)} (n={len(with_)}) vs {span_text(low)} without "
                f"(n={len(without)})")
    ids = [o.id for d in values for o in by_day[d] if o.kind in ("coffee", "meal", "exercise")][:200]
    hit = MemoryHit(id="habit:" + re.sub(r"\W+", "-", habit.text), text=line, score=1.0, kind="routine", start=None,
                    source_ids=ids or ["none"])
    answer = f"{said}. You {'drink' if wants_coffees else 'sleep'} {more} on those days."
    if directed is None and verdict != "No difference":
        return answer[0].upper() + answer[1:], [hit]
    return f"{verdict}: {answer}", [hit]
