"""Storage budget: when raw memories exceed the budget, old days are folded into their day summaries.

Folding a day (oldest first, only days before the horizon) makes sure the day has its summary,
marked ``folded`` and listing every observation of the day as a source, then removes the day's raw
observation memories from the vectors and the keyword index. Nothing pinned is removed. Because
the summary keeps the source ids, a question about that day still finds evidence, and forgetting
one of the folded observations forgets the summary built from it.

Counting and finding the oldest raw memory use the keyword index (one indexed SQL query each), so
the check costs the same at 100 memories and at a million.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, tzinfo
from server.learning.consolidation import SLEEP_LOOKBACK, consolidate_day, day_observations, local_day_bounds
from server.learning.recall import LEARNED_KINDS
from server.memory.store import MemoryStore

logger = logging.getLogger(__name__)


@dataclass
class FoldReport:
    """What one run of the budget did."""

    budget: int | None
    """None (or 0): no budget."""
    raw_before: int
    raw_after: int
    horizon: date
    """Days before this local day could be folded."""
    days: list[date] = field(default_factory=list)
    removed: int = 0
    kept_pinned: int = 0

    def summary(self) -> str:
        """One line for the job log."""
        if not self.budget:
            return f"no storage budget set; {self.raw_before} raw memories"
        if not self.days:
            state = "within" if self.raw_before <= self.budget else "over, but nothing is older than"
            return f"{self.raw_before} raw memories, {state} the budget of {self.budget}" + (
                f" (horizon {self.horizon})" if self.raw_before > self.budget else "")
        span = f"{self.days[0]}" if len(self.days) == 1 else f"{self.days[0]} to {self.days[-1]}"
        return (f"folded {len(self.days)} days ({span}) into day summaries: removed {self.removed} raw memories, "
                f"kept {self.kept_pinned} pinned; {self.raw_before} -> {self.raw_after} (budget {self.budget})")


def fold_to_budget(store: MemoryStore, tz: tzinfo, budget: int | None, keep_days: int, now: datetime) -> FoldReport:
    """Fold the oldest days (before ``now`` minus ``keep_days``) until at most ``budget`` raw memories
    remain; ``budget`` None or 0 folds nothing. ``MemoryUnavailableError`` when the store cannot
    count its memories by kind (only the hybrid store can)."""
    horizon = now.astimezone(tz).date() - timedelta(days=keep_days)
    raw, oldest = store.raw_memories(LEARNED_KINDS)
    report = FoldReport(budget=budget, raw_before=raw, raw_after=raw, horizon=horizon)
    if not budget or raw <= budget:
        return report
    pinned = store.pinned_ids()
    while report.raw_after > budget and oldest is not None:
        day = oldest.astimezone(tz).date()
        if day >= horizon:
            break
        lo, hi = local_day_bounds(day, tz)
        observations = day_observations(store.stored_observations(start=lo - SLEEP_LOOKBACK, end=hi), day, tz)
        if observations:
            consolidate_day(store, None, day, tz, folded=True, observations=observations)
            removable = [obs.id for obs in observations if obs.id not in pinned]
            removed = store.delete(removable)
            report.removed += removed
            report.kept_pinned += len(observations) - len(removable)
            report.raw_after -= removed
            report.days.append(day)
            logger.info("folded %s into its day summary: %d raw memories removed", day, removed)
        # What started on this day but belongs to the next (tonight's sleep) is folded with the next day.
        _, oldest = store.raw_memories(LEARNED_KINDS, after=hi)
    return report
