"""Day roll-ups: one summary per local calendar day (pure functions).

A day is the person's local day in ``tz`` (23 or 25 hours long across a DST change). Durations
that cross midnight are split between the days they touch; overlapping computer observations are
counted once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Iterable

from device.pipeline.digitize import as_number, covered_seconds, normalize
from shared.observation import Observation, effective_end
from shared.timeutil import to_utc


@dataclass(frozen=True)
class DayRollup:
    """What one local day held."""

    day: date
    sleep_h: float = 0.0
    """Hours of sleep that ended on this day (the night before it)."""
    coffee: int = 0
    caffeine_mg: float = 0.0
    meals: tuple[str, ...] = ()
    exercise: tuple[str, ...] = ()
    exercise_km: float = 0.0
    screen_min: float = 0.0
    meetings: tuple[str, ...] = ()
    source_ids: tuple[str, ...] = field(default=(), repr=False)

    def line(self) -> str:
        """One line for prompts and summaries."""
        parts = [f"{self.day:%a %Y-%m-%d}: slept {self.sleep_h:.1f} h", f"coffee {self.coffee}",
                 f"screen {self.screen_min / 60:.1f} h"]
        if self.exercise:
            parts.append("exercise " + ", ".join(self.exercise))
        if self.meetings:
            parts.append(f"{len(self.meetings)} meetings")
        if self.meals:
            parts.append("meals " + ", ".join(self.meals))
        return "; ".join(parts)


def local_day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """[local midnight, next local midnight) of ``day`` as aware UTC."""
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    return to_utc(start), to_utc(end)


def _clip(obs: Observation, lo: datetime, hi: datetime) -> tuple[datetime, datetime] | None:
    start, end = max(obs.start, lo), min(effective_end(obs), hi)
    return (start, end) if end > start else None


def day_rollup(observations: Iterable[Observation], day: date, tz: tzinfo) -> DayRollup:
    """The roll-up of one local day."""
    lo, hi = local_day_bounds(day, tz)
    items = normalize(observations)
    ids: list[str] = []
    sleep = [o for o in items if o.kind == "sleep" and lo <= effective_end(o) < hi]
    coffee = [o for o in items if o.kind == "coffee" and lo <= o.start < hi]
    meals = [o for o in items if o.kind == "meal" and lo <= o.start < hi]
    exercise = [o for o in items if o.kind == "exercise" and lo <= o.start < hi]
    meetings = [o for o in items if o.kind == "meeting" and lo <= o.start < hi]
    computer = [span for o in items if o.kind == "computer" and (span := _clip(o, lo, hi))]
    for group in (sleep, coffee, meals, exercise, meetings):
        ids.extend(o.id for o in group)
    ids.extend(o.id for o in items if o.kind == "computer" and _clip(o, lo, hi))
    return DayRollup(
        day=day,
        sleep_h=round(sum(o.duration_s for o in sleep) / 3600.0, 2),
        coffee=len(coffee),
        caffeine_mg=sum(as_number(o.data.get("caffeine_mg")) or 0.0 for o in coffee),
        meals=tuple(str(o.data.get("food") or o.data.get("meal") or "meal") for o in meals),
        exercise=tuple(str(o.data.get("activity") or "exercise") for o in exercise),
        exercise_km=round(sum(as_number(o.data.get("distance_km")) or 0.0 for o in exercise), 2),
        screen_min=covered_seconds(computer) / 60.0,
        meetings=tuple(str(o.data.get("title") or "meeting") for o in meetings),
        source_ids=tuple(sorted(set(ids))),
    )


def day_rollups(observations: Iterable[Observation], tz: tzinfo) -> list[DayRollup]:
    """A roll-up for every local day the observations touch, in order."""
    items = normalize(observations)
    if not items:
        return []
    first = min(o.start for o in items).astimezone(tz).date()
    last = max(effective_end(o) for o in items).astimezone(tz).date()
    return [day_rollup(items, first + timedelta(days=n), tz) for n in range((last - first).days + 1)]
