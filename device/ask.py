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
from device.pipeline.privacy import redact_chat_request
from device.client.api import ServerUnreachableError
from device.condense.state import current_state
from server.answers.service import GroundedAnswerer
from shared.observation import Observation
from shared.plan import QuestionPlan
from shared.timeutil import UTC, format_iso, to_utc, utc_now
from shared.wire import MAX_HISTORY_TURNS, ChatFinalEvent, ChatRequest, ChatTurn, MemoryHit, PhaseMetrics

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
    plan: QuestionPlan | None = None
    made_by: str = "generated"
    verified: bool | None = None

    def as_turn(self) -> ChatTurn:
        """This answer as an earlier turn of a conversation (what a follow-up is read against)."""
        return ChatTurn(question=self.question, answer=self.text, plan=self.plan)

    def as_dict(self) -> dict[str, Any]:
        """The stable JSON form documented in docs/api.md."""
        return {
            "question": self.question,
            "at": format_iso(self.at),
            "answer": self.text,
            "source": self.source,
            "offline_reason": self.offline_reason,
            "made_by": self.made_by,
            "verified": self.verified,
            "plan": None if self.plan is None else self.plan.model_dump(mode="json"),
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


def zone_name(ctx: DeviceContext) -> str | None:
    """The person's IANA zone name, sent with every question (None for a zone without a name)."""
    return ctx.settings.timezone or getattr(ctx.tz, "key", None)


def offline_answerer(ctx: DeviceContext) -> GroundedAnswerer:
    """The grounded-answer pipeline over the device's own store (no server, no retrieval)."""
    far_past, far_future = datetime(1970, 1, 2, tzinfo=UTC), datetime(9999, 1, 1, tzinfo=UTC)

    def read(kinds: list[str] | None, start: datetime | None, end: datetime | None) -> list[Observation]:
        return ctx.store.between(start or far_past, end or far_future, kinds)

    return GroundedAnswerer(read, None, ctx.tz)


def ask(
    ctx: DeviceContext,
    question: str,
    at: datetime | None = None,
    on_token: Callable[[str], None] | None = None,
    max_tokens: int = 128,
    history: list[ChatTurn] | None = None,
) -> Answer:
    """Answer ``question`` as of ``at`` (default now): sync the outbox, condense, stream the server's
    answer; when the server is unreachable, answer from the device's own store the same grounded way.
    ``history`` holds the conversation's earlier turns (follow-ups are read against them)."""
    at = at or utc_now()
    history = history or []
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
        request = ChatRequest(question=question, condensed=condensed.text, max_tokens=max_tokens, as_of=to_utc(at),
                              timezone=zone_name(ctx), history=history[-MAX_HISTORY_TURNS:])
        request = redact_chat_request(request, ctx.privacy)  # the question and earlier turns leave the device too
        for event in ctx.server.chat(request):
            if event.type == "token":
                on_token(event.text)
            else:
                final = event
        if final is None:
            raise ServerUnreachableError("the server closed the answer stream before its final event")
        metrics = final.metrics.model_copy(update=device_metrics)
        return Answer(question, at, final.answer, "server", final.evidence, metrics, condensed, sync,
                      plan=final.plan, made_by=final.made_by, verified=final.verified)
    except ServerUnreachableError as exc:
        logger.warning("server unreachable, answering on the device: %s", exc)
        started = time.perf_counter()
        grounded = offline_answerer(ctx).answer(question, at, ctx.tz, history)
        on_token(grounded.text)
        elapsed = round((time.perf_counter() - started) * 1000.0, 1)
        metrics = PhaseMetrics(**device_metrics, ttft_ms=elapsed, total_ms=elapsed)
        return Answer(question, at, grounded.text, "device", grounded.evidence, metrics, condensed, None, str(exc),
                      plan=grounded.plan, made_by=grounded.made_by, verified=grounded.verified)


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
