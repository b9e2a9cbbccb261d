"""Routine statistics: what the person usually does, computed from observations without a model.

Pure functions over a list of observations and a time zone (no I/O, no clock). Days are the
person's local calendar days; a night's sleep belongs to the day it ended on (as in the day
roll-ups), and "that night" after a day is the sleep that ended on the next day.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Iterable

from server.learning.recall import LEARNED_KINDS
from server.memory.documents import observation_source_ids
from shared.observation import Observation

LATE_COFFEE_AFTER = time(15, 0)
"""A coffee at or after this local time counts as a late coffee."""
MIN_GROUP = 2
"""Fewest days on each side before a habit/outcome comparison is reported."""
MAX_SOURCE_IDS = 200
"""Source ids kept per statistic (the newest): enough to trace it, small enough to store."""
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@dataclass(frozen=True)
class HabitOutcome:
    """Mean of an outcome on days with a habit vs days without it."""

    habit: str
    outcome: str
    unit: str
    with_mean: float | None
    with_n: int
    without_mean: float | None
    without_n: int
    source_ids: tuple[str, ...] = field(default=(), repr=False)

    @property
    def difference(self) -> float | None:
        """``with_mean - without_mean`` when both sides have enough days, else None."""
        if self.with_mean is None or self.without_mean is None or min(self.with_n, self.without_n) < MIN_GROUP:
            return None
        return self.with_mean - self.without_mean

    def line(self) -> str:
        """E.g. ``coffee after 15:00 -> sleep that night: 6.6 h (n=5) vs 7.4 h without (n=9)``."""
        with_text = "-" if self.with_mean is None else f"{self.with_mean:.1f} {self.unit}"
        without_text = "-" if self.without_mean is None else f"{self.without_mean:.1f} {self.unit}"
        return (f"{self.habit} -> {self.outcome}: {with_text} (n={self.with_n}) vs "
                f"{without_text} without (n={self.without_n})")


@dataclass(frozen=True)
class RoutineFact:
    """A sentence a routine statistic supports, with its topic and evidence."""

    topic: str
    text: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class RoutineStat:
    """One statistic as a line of text, the topics it is about, and the observations behind it."""

    topics: tuple[str, ...]
    text: str
    source_ids: tuple[str, ...]


@dataclass(frozen=True)
class Routines:
    """What the observations say the person usually does."""

    first_day: date | None
    last_day: date | None
    days: int
    sleep_avg_h: float | None = None
    sleep_nights: int = 0
    coffee_per_day: float | None = None
    coffee_first: time | None = None
    coffee_last: time | None = None
    coffee_days: int = 0
    exercise_count: int = 0
    exercise_per_week: float | None = None
    exercise_activity: str | None = None
    exercise_weekday: str | None = None
    exercise_weekday_count: int = 0
    exercise_time: time | None = None
    relations: tuple[HabitOutcome, ...] = ()
    source_ids: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)
    """Evidence per topic (``sleep``, ``coffee``, ``exercise``)."""

    def lines(self) -> list[str]:
        """Short fact lines with numbers, for logs, job results and prompts."""
        if not self.days:
            return ["no observations to learn routines from"]
        return [f"{self.days} days observed ({self.first_day} to {self.last_day})", *(s.text for s in self.stats())]

    def stats(self) -> list[RoutineStat]:
        """Each statistic line with the topics it is about and its evidence."""
        out: list[RoutineStat] = []
        ids = self.source_ids
        if self.sleep_avg_h is not None:
            out.append(RoutineStat(("sleep",), f"sleep: {self.sleep_avg_h:.1f} h a night on average "
                                   f"(n={self.sleep_nights} nights)", ids.get("sleep", ())))
        if self.coffee_per_day is not None:
            out.append(RoutineStat(("coffee",), f"coffee: {self.coffee_per_day:.1f} a day on average over {self.days} days"
                                   + (f"; first around {self.coffee_first:%H:%M}, last around {self.coffee_last:%H:%M}"
                                      if self.coffee_first and self.coffee_last else ""), ids.get("coffee", ())))
        if self.exercise_per_week is not None and not self.exercise_count:
            out.append(RoutineStat(("exercise",), f"exercise: none in {self.days} days", ()))
        elif self.exercise_per_week is not None:
            slot = (f"; most often {self.exercise_weekday} ({self.exercise_weekday_count} of {self.exercise_count})"
                    if self.exercise_weekday else "")
            at = f" around {self.exercise_time:%H:%M}" if self.exercise_time else ""
            out.append(RoutineStat(("exercise",), f"exercise: {self.exercise_per_week:.1f} times a week "
                                   f"({self.exercise_count} sessions, mostly {self.exercise_activity}){at}{slot}",
                                   ids.get("exercise", ())))
        for relation in self.relations:
            habit_topic = "coffee" if "coffee" in relation.habit else relation.habit.split()[0]
            out.append(RoutineStat((habit_topic, "sleep"), relation.line(), relation.source_ids))
        return out

    def facts(self) -> list[RoutineFact]:
        """Sentences about the person these statistics support (candidates for profile facts)."""
        facts: list[RoutineFact] = []
        ids = self.source_ids
        if self.sleep_avg_h is not None and self.sleep_nights >= MIN_GROUP:
            facts.append(RoutineFact("sleep.average", f"Sleeps {self.sleep_avg_h:.1f} h a night on average.",
                                     ids.get("sleep", ())))
        if self.coffee_per_day is not None and self.days >= MIN_GROUP:
            facts.append(RoutineFact("coffee.per_day", f"Drinks {self.coffee_per_day:.1f} coffees a day on average.",
                                     ids.get("coffee", ())))
            if self.coffee_first and self.coffee_last and self.coffee_days >= MIN_GROUP:
                facts.append(RoutineFact("coffee.first", f"Usually has the first coffee around {self.coffee_first:%H:%M}.",
                                         ids.get("coffee", ())))
                facts.append(RoutineFact("coffee.last", f"Usually has the last coffee around {self.coffee_last:%H:%M}.",
                                         ids.get("coffee", ())))
        if self.exercise_per_week is not None and self.exercise_count >= MIN_GROUP:
            facts.append(RoutineFact("exercise.frequency", f"Exercises {self.exercise_per_week:.1f} times a week, "
                                     f"mostly {_plural(self.exercise_activity or 'exercise')}.", ids.get("exercise", ())))
            if self.exercise_weekday and self.exercise_time:
                facts.append(RoutineFact("exercise.slot", f"Usually exercises in the {_part_of_day(self.exercise_time)} "
                                         f"around {self.exercise_time:%H:%M}, most often on {self.exercise_weekday}s.",
                                         ids.get("exercise", ())))
        for relation in self.relations:
            diff = relation.difference
            if diff is None:
                continue
            effect = "about the same" if abs(diff) < 0.1 else f"{abs(diff):.1f} {relation.unit} {'less' if diff < 0 else 'more'}"
            topic = "relation." + relation.habit.replace(" ", "_").replace(":", "")
            facts.append(RoutineFact(topic, f"On days with {relation.habit}, {relation.outcome} is {effect} "
                                     f"({relation.with_mean:.1f} {relation.unit} vs {relation.without_mean:.1f} {relation.unit}).",
                                     relation.source_ids))
        return facts


def _plural(activity: str) -> str:
    return {"run": "runs", "cycle": "rides", "swim": "swims"}.get(activity, activity)


def _part_of_day(at: time) -> str:
    return "morning" if at.hour < 12 else "afternoon" if at.hour < 17 else "evening"


def _clock(minutes: float) -> time:
    minutes = round(minutes) % (24 * 60)
    return time(minutes // 60, minutes % 60)


def _minutes(moment: datetime, tz: tzinfo) -> float:
    local = moment.astimezone(tz)
    return local.hour * 60 + local.minute + local.second / 60


def _ids(observations: Iterable[Observation]) -> tuple[str, ...]:
    ids = [source for obs in observations for source in observation_source_ids(obs)]
    return tuple(dict.fromkeys(ids))[-MAX_SOURCE_IDS:]


def learn_routines(observations: Iterable[Observation], tz: tzinfo, late_coffee_after: time = LATE_COFFEE_AFTER) -> Routines:
    """Routine statistics of ``observations`` (learned kinds such as day summaries are ignored)."""
    items = sorted({o.id: o for o in observations if o.kind not in LEARNED_KINDS}.values(), key=lambda o: (o.start, o.id))
    # A day counts as observed when something other than sleep happened on it: the night before
    # the first day must not add an empty day that lowers every per-day average.
    days = sorted({o.start.astimezone(tz).date() for o in items if o.kind != "sleep"})
    if not days:
        return Routines(first_day=None, last_day=None, days=0)
    day_set = set(days)
    sleep_by_night: dict[date, float] = defaultdict(float)  # keyed by the local day the night ended on
    sleep_obs = [o for o in items if o.kind == "sleep" and o.end is not None]
    for obs in sleep_obs:
        sleep_by_night[obs.end.astimezone(tz).date()] += obs.duration_s / 3600.0
    coffee = [o for o in items if o.kind == "coffee" and o.start.astimezone(tz).date() in day_set]
    coffee_by_day: dict[date, list[Observation]] = defaultdict(list)
    for obs in coffee:
        coffee_by_day[obs.start.astimezone(tz).date()].append(obs)
    exercise = [o for o in items if o.kind == "exercise" and o.start.astimezone(tz).date() in day_set]

    routines = Routines(
        first_day=days[0], last_day=days[-1], days=len(days),
        sleep_avg_h=round(statistics.fmean(sleep_by_night.values()), 1) if sleep_by_night else None,
        sleep_nights=len(sleep_by_night),
        coffee_per_day=round(len(coffee) / len(days), 1),
        coffee_days=len(coffee_by_day),
        source_ids={"sleep": _ids(sleep_obs), "coffee": _ids(coffee), "exercise": _ids(exercise)},
        relations=(_late_coffee_vs_sleep(days, coffee_by_day, sleep_by_night, sleep_obs, tz, late_coffee_after),
                   _exercise_vs_sleep(days, exercise, sleep_by_night, sleep_obs, tz)),
        **_coffee_times(coffee_by_day, tz),
        **_exercise_stats(exercise, len(days), tz),
    )
    return routines


def _coffee_times(coffee_by_day: dict[date, list[Observation]], tz: tzinfo) -> dict[str, time | None]:
    if not coffee_by_day:
        return {"coffee_first": None, "coffee_last": None}
    firsts = [min(_minutes(o.start, tz) for o in day) for day in coffee_by_day.values()]
    lasts = [max(_minutes(o.start, tz) for o in day) for day in coffee_by_day.values()]
    return {"coffee_first": _clock(statistics.median(firsts)), "coffee_last": _clock(statistics.median(lasts))}


def _exercise_stats(exercise: list[Observation], days: int, tz: tzinfo) -> dict[str, object]:
    if not exercise:
        return {"exercise_per_week": 0.0 if days >= 7 else None}
    weekdays = Counter(WEEKDAYS[o.start.astimezone(tz).weekday()] for o in exercise)
    # Ties go to the earlier weekday, so the result does not depend on the order of the input.
    weekday, count = min(weekdays.items(), key=lambda item: (-item[1], WEEKDAYS.index(item[0])))
    activities = Counter(str(o.data.get("activity") or "exercise") for o in exercise)
    activity = min(activities.items(), key=lambda item: (-item[1], item[0]))[0]
    return {
        "exercise_count": len(exercise),
        "exercise_per_week": round(len(exercise) * 7 / days, 1),
        "exercise_activity": activity,
        "exercise_weekday": weekday if count >= MIN_GROUP else None,
        "exercise_weekday_count": count,
        "exercise_time": _clock(statistics.median(_minutes(o.start, tz) for o in exercise)),
    }


def _habit_vs_sleep(habit: str, days: list[date], habit_days: set[date], sleep_by_night: dict[date, float],
                    sleep_obs: list[Observation], habit_obs: list[Observation], tz: tzinfo) -> HabitOutcome:
    """Sleep of the night after each observed day, split by whether the day had the habit."""
    with_habit: list[float] = []
    without: list[float] = []
    nights_used: set[date] = set()
    for day in days:
        night = day + timedelta(days=1)
        if night not in sleep_by_night:
            continue
        nights_used.add(night)
        (with_habit if day in habit_days else without).append(sleep_by_night[night])
    evidence = [o for o in sleep_obs if o.end is not None and o.end.astimezone(tz).date() in nights_used]
    return HabitOutcome(
        habit=habit, outcome="sleep that night", unit="h",
        with_mean=round(statistics.fmean(with_habit), 1) if with_habit else None, with_n=len(with_habit),
        without_mean=round(statistics.fmean(without), 1) if without else None, without_n=len(without),
        source_ids=_ids([*habit_obs, *evidence]),
    )


def _late_coffee_vs_sleep(days: list[date], coffee_by_day: dict[date, list[Observation]],
                          sleep_by_night: dict[date, float], sleep_obs: list[Observation], tz: tzinfo,
                          after: time) -> HabitOutcome:
    cutoff = after.hour * 60 + after.minute
    late = [o for day in coffee_by_day.values() for o in day if _minutes(o.start, tz) >= cutoff]
    late_days = {o.start.astimezone(tz).date() for o in late}
    return _habit_vs_sleep(f"coffee after {after:%H:%M}", days, late_days, sleep_by_night, sleep_obs, late, tz)


def _exercise_vs_sleep(days: list[date], exercise: list[Observation], sleep_by_night: dict[date, float],
                       sleep_obs: list[Observation], tz: tzinfo) -> HabitOutcome:
    exercise_days = {o.start.astimezone(tz).date() for o in exercise}
    return _habit_vs_sleep("exercise", days, exercise_days, sleep_by_night, sleep_obs, exercise, tz)
