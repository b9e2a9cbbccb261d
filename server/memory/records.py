"""What the memory stores hold and select by: ``MemoryRecord`` (one stored memory) and
``MemoryFilter`` (which memories an operation applies to).

Plain values with no store behind them, so every store and the Chroma filter builder
(``chroma_filters``) import them from here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from server.memory.documents import observation_source_ids, observation_text
from shared.observation import Observation
from shared.timeutil import to_utc
from shared.wire import MemoryHit


@dataclass(frozen=True)
class MemoryRecord:
    """One stored memory: its document text and where it came from (times aware UTC)."""

    id: str
    text: str
    kind: str | None
    sensor: str | None
    start: datetime
    end: datetime
    source_ids: tuple[str, ...]
    pinned: bool = False

    @classmethod
    def from_observation(cls, obs: Observation, tz: tzinfo) -> MemoryRecord:
        """The memory an observation becomes (text written in local time ``tz``)."""
        return cls(
            id=obs.id,
            text=observation_text(obs, tz),
            kind=obs.kind,
            sensor=obs.sensor,
            start=obs.start,
            end=obs.end or obs.start,
            source_ids=tuple(observation_source_ids(obs)),
        )

    def hit(self, score: float) -> MemoryHit:
        """This memory as a search hit."""
        return MemoryHit(
            id=self.id, text=self.text, score=score, kind=self.kind, start=self.start,
            source_ids=list(self.source_ids) or [self.id],
        )

    def matches_any_id(self, wanted: set[str]) -> bool:
        """Whether its own id or one of its source observation ids is in ``wanted``."""
        return self.id in wanted or any(source in wanted for source in self.source_ids)


@dataclass(frozen=True)
class MemoryFilter:
    """Which memories an operation applies to; unset fields match all, set ones must all hold.

    ``start``/``end`` select memories overlapping ``[start, end)``: an instant at ``start`` counts, a
    span that ends exactly at ``start`` (yesterday's day summary, for "today") does not.
    """

    start: datetime | None = None
    end: datetime | None = None
    kind: str | None = None
    sensor: str | None = None

    def __post_init__(self) -> None:
        # Naive times are refused: their meaning would depend on the server's zone.
        for name in ("start", "end"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, to_utc(value))

    @property
    def is_empty(self) -> bool:
        """True when it selects everything."""
        return self.start is None and self.end is None and self.kind is None and self.sensor is None

    def matches(self, record: MemoryRecord) -> bool:
        """Whether ``record`` passes every set condition."""
        return (
            (self.start is None or record.end > self.start or record.start >= self.start)
            and (self.end is None or record.start < self.end)
            and (self.kind is None or record.kind == self.kind)
            and (self.sensor is None or record.sensor == self.sensor)
        )
