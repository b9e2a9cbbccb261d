"""An ``answers_life`` life read as of a moment: its records by kind and local day (docs/benchmarks.md, "Answers").

The evaluation set reads gold answers through it: only records that ended by ``as_of`` count, a
night belongs to the evening it starts on, and the moments questions are asked at fall where no
record is half known.
"""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, time, timedelta
from typing import Any

from answers_life import Life
from shared.observation import Observation, effective_end


class LifeIndex:
    """The life's observations by kind and local day, read as of a moment."""

    def __init__(self, life: Life) -> None:
        self.life, self.tz = life, life.tz
        self.days = [life.start + timedelta(days=i) for i in range(life.days)]
        self.by_kind: dict[str, list[Observation]] = defaultdict(list)
        for obs in life.observations:
            self.by_kind[obs.kind].append(obs)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def on(self, kind: str, day: date, as_of: datetime, **match: Any) -> list[Observation]:
        """Records of ``kind`` that began on ``day`` and ended by ``as_of``, matching ``data``."""
        return [o for o in self.by_kind[kind] if self.local(o.start).date() == day and effective_end(o) <= as_of
                and all(o.data.get(k) == v for k, v in match.items())]

    def one(self, kind: str, day: date, as_of: datetime, **match: Any) -> Observation | None:
        found = self.on(kind, day, as_of, **match)
        return found[0] if len(found) == 1 else None

    def night(self, day: date, as_of: datetime) -> Observation | None:
        """The sleep that ended on the morning after ``day`` ("``day`` night")."""
        return next((o for o in self.by_kind["sleep"] if self.local(o.end).date() == day + timedelta(days=1)
                     and o.end <= as_of), None)

    def evening(self, day: date, rng: random.Random) -> datetime:
        """A moment after the day's last record, before that night's sleep starts where it can be."""
        ends = [self.local(effective_end(o)) for o in self.life.observations
                if o.kind != "sleep" and self.local(o.start).date() == day]
        moment = max([datetime.combine(day, time(21, 40), tzinfo=self.tz), *ends]) + timedelta(minutes=rng.randint(5, 20))
        bed = next((o.start for o in self.by_kind["sleep"] if self.local(o.start) >= max(ends, default=moment)), None)
        if bed and bed > max(ends, default=moment):
            moment = min(moment, bed - timedelta(minutes=1))
        return self.local(moment)

    def afternoon(self, day: date, rng: random.Random) -> datetime:
        """A moment after 15:30 that falls inside no record (so no record is half known)."""
        moment = datetime.combine(day, time(15, 30), tzinfo=self.tz) + timedelta(minutes=rng.randint(0, 20))
        spans = [(o.start, o.end) for o in self.life.observations if o.end is not None and o.kind != "sleep"]
        while any(start < moment < end for start, end in spans):
            moment = max(end for start, end in spans if start < moment < end) + timedelta(minutes=1)
        return self.local(moment)

    def clock(self, moment: datetime) -> str:
        """``moment`` as "HH:MM" in the person's zone."""
        return f"{self.local(moment):%H:%M}"
