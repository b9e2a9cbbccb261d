"""Is the person resting? Heavy learning runs while they sleep or are away (sleep-time compute).

Decided from the newest observations in memory: a sleep that covers now, an AFK period reaching
now, or no activity at all in the last ``IDLE_AFTER``. Planned future observations (a meeting in
the calendar) do not count as activity.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Iterable

from server.learning.recall import LEARNED_KINDS
from shared.observation import Observation

IDLE_AFTER = timedelta(minutes=30)
"""No observation for this long counts as resting."""
AFK_SLACK = timedelta(minutes=5)
"""An AFK period that ended this recently still counts (sensors report it in heartbeats)."""
LOOKBACK = timedelta(hours=24)
"""How far back ``presence_at`` needs observations."""


@dataclass(frozen=True)
class Presence:
    """Whether the person is resting now, and why we think so."""

    resting: bool
    reason: str


def _is_afk(obs: Observation) -> bool:
    # The idle sensor and ActivityWatch both write kind "afk" with data {"afk": bool}.
    return obs.kind == "afk" and obs.data.get("afk", True) is True


def presence_at(observations: Iterable[Observation], now: datetime) -> Presence:
    """The person's state at ``now`` (aware) from the observations around it."""
    past = [o for o in observations if o.kind not in LEARNED_KINDS and o.start <= now]
    for obs in past:
        if obs.kind == "sleep" and (obs.end is None or obs.end >= now):
            return Presence(True, f"asleep since {obs.start:%H:%M} UTC")
    afk = [o for o in past if o.kind == "afk"]
    if afk:
        newest = max(afk, key=lambda o: (o.end or o.start, o.start))
        if _is_afk(newest) and (newest.end or newest.start) >= now - AFK_SLACK:
            return Presence(True, f"away from the keyboard since {newest.start:%H:%M} UTC")
    active = [o for o in past if not _is_afk(o)]
    if not active:
        return Presence(True, f"no activity in the last {LOOKBACK.total_seconds() / 3600:.0f} h")
    last = max(min(o.end or o.start, now) for o in active)
    idle = now - last
    if idle >= IDLE_AFTER:
        return Presence(True, f"no activity for {idle.total_seconds() / 60:.0f} min")
    return Presence(False, f"active {idle.total_seconds() / 60:.0f} min ago")
