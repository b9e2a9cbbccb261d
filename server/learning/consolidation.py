"""Daily consolidation: one local day's observations become one ``day_summary`` memory.

The summary is built from the data (counts, times, names), like the device's day roll-ups; the
model may add one headline sentence through a JSON schema, and the headline is kept only when its
numbers and names occur in the summary (``grounding``). Re-running a day is idempotent: an
unchanged summary is left alone (no model call), a changed one replaces the old memory.
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any, Iterable

from server.engine.base import ChatMessage, Engine
from server.errors import TetherServerError
from server.learning.failures import describe_failure
from server.learning.grounding import copies_from, is_grounded
from server.learning.recall import (
    DAY_SUMMARY_KIND,
    LEARNED_KINDS,
    LEARNING_SENSOR,
    newest_revisions,
    replace_memory,
)
from server.memory.documents import observation_source_ids
from server.memory.store import MemoryStore
from shared.observation import Observation
from shared.prompt_data import DATA_RULE, data_block
from shared.timeutil import to_utc

logger = logging.getLogger(__name__)

HEADLINE_SCHEMA: dict[str, Any] = {
    "type": "object",
    "properties": {"headline": {"type": "string", "maxLength": 120}},
    "required": ["headline"],
}
HEADLINE_PROMPT = "Give the day a title of at most eight words about what stood out. Use only the facts given. " + DATA_RULE
HEADLINE_MAX_TOKENS = 48
"""Room for a title of a dozen words in JSON; a longer answer is a copy of the facts and is cut off."""
HEADLINE_MAX_WORDS = 16
SLEEP_LOOKBACK = timedelta(hours=18)
"""How far before the day's midnight the night's sleep may have begun."""
MAX_LISTED = 4
"""Meetings, apps, etc. named per summary; the rest are counted."""


def summary_id(day: date) -> str:
    """The deterministic id of a day's summary: ``day-summary-YYYY-MM-DD``."""
    return f"day-summary-{day.isoformat()}"


def local_day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """[local midnight, next local midnight) of ``day`` as aware UTC (23 or 25 h across DST)."""
    return (to_utc(datetime.combine(day, time(0), tzinfo=tz)),
            to_utc(datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)))


def day_observations(observations: Iterable[Observation], day: date, tz: tzinfo) -> list[Observation]:
    """What belongs to ``day``: what started on it, plus the sleep that ended on it (the night
    before); a sleep that began on it and ended the next day belongs to the next day."""
    lo, hi = local_day_bounds(day, tz)
    chosen = {}
    for obs in observations:
        if obs.kind in LEARNED_KINDS:
            continue
        if obs.kind == "sleep":
            end = obs.end or obs.start
            if lo <= end < hi:
                chosen[obs.id] = obs
        elif lo <= obs.start < hi:
            chosen[obs.id] = obs
    return sorted(chosen.values(), key=lambda o: (o.start, o.id))


def _hm(moment: datetime, tz: tzinfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M")


def _number(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def _covered_hours(spans: list[tuple[datetime, datetime]]) -> float:
    total, current = 0.0, None
    for start, end in sorted(spans):
        if current is None or start > current[1]:
            if current is not None:
                total += (current[1] - current[0]).total_seconds()
            current = [start, end]
        else:
            current[1] = max(current[1], end)
    if current is not None:
        total += (current[1] - current[0]).total_seconds()
    return total / 3600.0


def summary_body(observations: list[Observation], day: date, tz: tzinfo) -> str:
    """The summary text of one day, from its observations only (deterministic)."""
    by_kind: dict[str, list[Observation]] = defaultdict(list)
    for obs in observations:
        by_kind[obs.kind].append(obs)
    parts: list[str] = []
    if sleep := by_kind.pop("sleep", []):
        hours = sum(o.duration_s for o in sleep) / 3600.0
        parts.append(f"slept {hours:.1f} h ({_hm(sleep[0].start, tz)}-{_hm(sleep[-1].end or sleep[-1].start, tz)})")
    if coffee := by_kind.pop("coffee", []):
        caffeine = sum(_number(o.data.get("caffeine_mg")) or 0.0 for o in coffee)
        extra = f"; {caffeine:.0f} mg caffeine" if caffeine else ""
        parts.append(f"{len(coffee)} coffee{'s' if len(coffee) > 1 else ''} "
                     f"({', '.join(_hm(o.start, tz) for o in coffee)}{extra})")
    if meals := by_kind.pop("meal", []):
        described = []
        for o in meals:
            where = o.data.get("where")
            text = " ".join(str(p) for p in (o.data.get("meal"), o.data.get("food")) if p) or "meal"
            described.append(f"{text} at {_hm(o.start, tz)}" + (f" ({where})" if where else ""))
        parts.append("meals: " + ", ".join(described))
    if exercise := by_kind.pop("exercise", []):
        described = []
        for o in exercise:
            km = _number(o.data.get("distance_km"))
            minutes = round(o.duration_s / 60)
            described.append(f"{o.data.get('activity') or 'exercise'}" + (f" {km:g} km" if km else "")
                             + f" at {_hm(o.start, tz)}" + (f" ({minutes} min)" if minutes else ""))
        parts.append("exercise: " + ", ".join(described))
    if meetings := by_kind.pop("meeting", []):
        named = [f"{o.data.get('title') or 'meeting'} {_hm(o.start, tz)}" for o in meetings[:MAX_LISTED]]
        more = f" and {len(meetings) - MAX_LISTED} more" if len(meetings) > MAX_LISTED else ""
        parts.append(f"{len(meetings)} meeting{'s' if len(meetings) > 1 else ''}: {', '.join(named)}{more}")
    if computer := by_kind.pop("computer", []):
        lo, hi = local_day_bounds(day, tz)
        spans = [(max(o.start, lo), min(o.end or o.start, hi)) for o in computer]
        per_app: Counter[str] = Counter()
        for o, (start, end) in zip(computer, spans):
            per_app[str(o.data.get("app") or "other")] += max(0.0, (end - start).total_seconds()) / 3600.0
        top = ", ".join(f"{app} {hours:.1f} h" for app, hours in
                        sorted(per_app.items(), key=lambda item: (-item[1], item[0]))[:3])
        parts.append(f"screen {_covered_hours([s for s in spans if s[1] > s[0]]):.1f} h ({top})")
    if conversations := by_kind.pop("conversation", []):
        # "me" is the person: the others are who they talked with.
        speakers = Counter(str(o.data.get("speaker")) for o in conversations if o.data.get("speaker") not in (None, "me"))
        names = ", ".join(name for name, _ in sorted(speakers.items(), key=lambda item: (-item[1], item[0]))[:3])
        parts.append(f"{len(conversations)} conversation{'s' if len(conversations) > 1 else ''}"
                     + (f" (with {names})" if names else ""))
    for kind in sorted(by_kind):  # kinds without their own wording are still counted, never dropped
        parts.append(f"{len(by_kind[kind])} {kind.replace('_', ' ')}")
    return f"{day:%A %Y-%m-%d}: " + ("; ".join(parts) if parts else "nothing recorded") + "."


@dataclass(frozen=True)
class ConsolidationResult:
    """What consolidating one day did."""

    day: date
    outcome: str
    """``empty`` (no observations), ``unchanged``, ``added``, ``replaced``, ``revised``, or ``folded``
    (the day was folded by the storage budget; its summary stays as it is)."""
    observations: int
    headline: str | None = None
    summary: Observation | None = None

    def line(self) -> str:
        """One line for job results."""
        return f"{self.day}: {self.outcome} ({self.observations} observations)"


def ask_headline(engine: Engine, body: str, day: date) -> str | None:
    """The model's one-sentence headline for ``body`` if it is grounded in it, else None (logged)."""
    messages = [ChatMessage("system", HEADLINE_PROMPT),
                ChatMessage("user", f"Facts:\n{data_block('day', [body])}\n\nTitle of at most eight words:")]
    try:
        answer = engine.complete_json(messages, HEADLINE_SCHEMA, HEADLINE_MAX_TOKENS)
    except TetherServerError as exc:  # model output, engine, busy queue: the summary stands without it
        logger.warning("no headline for %s: %s", day, describe_failure(exc))
        return None
    headline = answer.get("headline") if isinstance(answer, dict) else None
    if not isinstance(headline, str):
        logger.warning("no headline for %s: the model answered a %s, not a headline", day, type(answer).__name__)
        return None
    headline = " ".join(headline.split())[:120]
    # Small models mostly copy the facts back or invent: keep only a short, grounded, own sentence.
    if len(headline.split()) > HEADLINE_MAX_WORDS or ";" in headline or copies_from(headline, body) \
            or not is_grounded(headline, f"{body} {day:%B}"):
        logger.info("dropped a headline for %s that is not a short grounded sentence (%d words)", day, len(headline.split()))
        return None
    return headline


def _text(body: str, headline: Any) -> str:
    return f"{body} {headline}" if isinstance(headline, str) and headline else body


def consolidate_day(store: MemoryStore, engine: Engine | None, day: date, tz: tzinfo, folded: bool = False,
                    observations: list[Observation] | None = None) -> ConsolidationResult:
    """Write (or leave as it is) the ``day_summary`` memory of ``day``; ``engine`` None: no headline.

    ``folded`` marks the summary as the day's record once its raw observations are removed (the
    storage budget); a folded summary is never rewritten from the few observations left (pinned
    ones). ``observations``: the day's observations when the caller has read them already.
    """
    lo, hi = local_day_bounds(day, tz)
    if observations is None:
        observations = day_observations(store.stored_observations(start=lo - SLEEP_LOOKBACK, end=hi), day, tz)
    if not observations:
        return ConsolidationResult(day, "empty", 0)
    existing = newest_revisions(store.stored_observations(start=lo, end=hi, kinds=[DAY_SUMMARY_KIND])).get(summary_id(day))
    if existing is not None and existing.data.get("folded"):
        return ConsolidationResult(day, "folded", len(observations), existing.data.get("headline"), existing)
    body = summary_body(observations, day, tz)
    source_ids = list(dict.fromkeys(s for obs in observations for s in observation_source_ids(obs)))
    if existing is not None and existing.data.get("text") == _text(body, existing.data.get("headline")) \
            and existing.data.get("source_ids") == source_ids:
        if not folded:
            # Same data, same summary: no model call, no write (a re-run or a catch-up of a done day).
            return ConsolidationResult(day, "unchanged", len(observations), existing.data.get("headline"), existing)
        data: dict[str, Any] = {**existing.data, "folded": True}  # keeps the headline it has
        headline = existing.data.get("headline")
    else:
        headline = ask_headline(engine, body, day) if engine is not None else None
        data = {"text": _text(body, headline), "date": day.isoformat(), "source_ids": source_ids}
        if headline:
            data["headline"] = headline
        if folded:
            data["folded"] = True
    summary = Observation(id=summary_id(day), sensor=LEARNING_SENSOR, kind=DAY_SUMMARY_KIND, start=lo, end=hi, data=data)
    outcome = replace_memory(store, summary, existing)
    logger.info("day summary %s: %s (%d observations%s)", day, outcome, len(observations),
                ", with headline" if headline else "")
    return ConsolidationResult(day, outcome, len(observations), headline, summary)


def consolidate_days(store: MemoryStore, engine: Engine | None, days: Iterable[date], tz: tzinfo) -> list[ConsolidationResult]:
    """``consolidate_day`` for each day, oldest first."""
    return [consolidate_day(store, engine, day, tz) for day in sorted(set(days))]
