"""``ask``: condense on the device, answer on the server — or on the device when it is unreachable."""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Callable

from device.condense.condenser import CondensedPrompt, time_header
from device.context import DeviceContext
from device.condense.facts import LOOKAHEAD, gather_facts
from device.guidance import GuidanceItem, GuidanceLimiter, evaluate, phrase
from device.pipeline.flow import SyncReport
from device.client.api import ServerUnreachableError
from device.condense.state import current_state
from shared.timeutil import format_iso, to_utc, utc_now
from shared.wire import ChatFinalEvent, ChatRequest, MemoryHit, PhaseMetrics

logger = logging.getLogger(__name__)


@dataclass
class Answer:
    """One answer with the evidence and per-phase metrics (``tether ask --json``)."""

    question: str
    at: datetime
    text: str
    source: str
    evidence: list[MemoryHit]
    metrics: PhaseMetrics
    condensed: CondensedPrompt
    sync: SyncReport | None
    offline_reason: str | None = None

    def as_dict(self) -> dict[str, Any]:
        """The stable JSON form documented in docs/api.md."""
        return {
            "question": self.question,
            "at": format_iso(self.at),
            "answer": self.text,
            "source": self.source,
            "offline_reason": self.offline_reason,
            "evidence": [hit.model_dump(mode="json") for hit in self.evidence],
            "device_facts": [
                {"text": f.text, "source_ids": list(f.source_ids)} for f in self.condensed.facts
            ],
            "metrics": self.metrics.model_dump(),
            "condensed_prompt": self.condensed.text,
        }


def condense_now(ctx: DeviceContext, question: str, at: datetime | None = None) -> CondensedPrompt:
    """The condensed prompt for ``question`` at ``at`` (default now)."""
    at = at or utc_now()
    _, facts = gather_facts(ctx.store, at, ctx.tz)
    return ctx.condenser.condense(question, facts, time_header(at, ctx.tz))


def ask(
    ctx: DeviceContext,
    question: str,
    at: datetime | None = None,
    on_token: Callable[[str], None] | None = None,
    max_tokens: int = 128,
) -> Answer:
    """Answer ``question``: sync the outbox, condense, stream the server's answer (device if offline)."""
    at = at or utc_now()
    on_token = on_token or (lambda _text: None)
    condensed = condense_now(ctx, question, at)
    device_metrics = {
        "condense_ms": round(condensed.condense_ms, 1),
        "tokens_before_condense": condensed.tokens_before,
        "tokens_after_condense": condensed.tokens_after,
    }
    try:
        sync = ctx.pipeline.sync(ctx.server, ctx.settings.sync_batch)
        final: ChatFinalEvent | None = None
        request = ChatRequest(question=question, condensed=condensed.text, max_tokens=max_tokens)
        for event in ctx.server.chat(request):
            if event.type == "token":
                on_token(event.text)
            else:
                final = event
        if final is None:
            raise ServerUnreachableError("the server closed the answer stream before its final event")
        metrics = final.metrics.model_copy(update=device_metrics)
        return Answer(question, at, final.answer, "server", final.evidence, metrics, condensed, sync)
    except ServerUnreachableError as exc:
        logger.warning("server unreachable, answering on the device: %s", exc)
        started = time.perf_counter()
        pieces: list[str] = []
        first: float | None = None
        for piece in ctx.condenser.answer_offline(question, condensed.text, max_tokens):
            first = first or time.perf_counter()
            pieces.append(piece)
            on_token(piece)
        metrics = PhaseMetrics(
            **device_metrics,
            ttft_ms=None if first is None else round((first - started) * 1000.0, 1),
            total_ms=round((time.perf_counter() - started) * 1000.0, 1),
        )
        return Answer(question, at, "".join(pieces).strip(), "device", [], metrics, condensed, None, str(exc))


GUIDANCE_HISTORY = timedelta(days=4)
"""History the guidance rules read (enough for 'no exercise in 3 days')."""


def guide_now(ctx: DeviceContext, at: datetime | None = None, use_model: bool = True,
              rate_limit: bool = True) -> list[GuidanceItem]:
    """Guidance for ``at`` (default now): rules over local state, rate-limited, optionally phrased."""
    at = to_utc(at or utc_now())
    observations = ctx.store.between(at - GUIDANCE_HISTORY, at + LOOKAHEAD)
    items = evaluate(observations, current_state(observations, at, ctx.tz), at, ctx.tz)
    if rate_limit:
        items = GuidanceLimiter(ctx.settings.device_dir / "guidance-fired.json").admit(items)
    if use_model:
        items = [phrase(item, ctx.condenser.rewrite) for item in items]
    return items
