"""Chat service: retrieve memories, build the prompt, stream the engine's answer with metrics."""

from __future__ import annotations

import logging
import threading
import time
from datetime import datetime
from typing import Iterator, Union

from server.answers.service import EVIDENCE_CHARS, GroundedAnswer, GroundedAnswerer, clip
from server.answers.verify import strip_markup
from server.engine.base import ChatMessage, Engine, GenerationStats, TokenPiece
from server.learning.routine_context import RoutineBook
from server.memory.store import MemoryStore
from shared.prompt_data import DATA_RULE, data_block
from shared.timeutil import resolve_timezone, utc_now
from shared.wire import ChatFinalEvent, ChatRequest, ChatTokenEvent, ChatTurn, MemoryHit, PhaseMetrics

logger = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "You are Tether, a personal assistant that knows the person's day from their own sensor log. "
    "Answer in one or two short sentences, using only the facts given. "
    "If the facts do not say, answer that you do not know. " + DATA_RULE
)

ChatEvent = Union[ChatTokenEvent, ChatFinalEvent]


def build_messages(question: str, condensed: str, hits: list[MemoryHit]) -> list[ChatMessage]:
    """The chat prompt: stable system part first (prefix-cacheable), volatile context and question last.

    Memories and the device's condensed state are recorded text, so they go in as quoted data
    (``shared.prompt_data``); only the question is the person's own words.
    """
    parts = []
    if hits:
        parts.append("Memories:\n" + data_block("memories", (f"- {clip(hit.text)}" for hit in hits)))
    if condensed.strip():
        parts.append("Now (from the device):\n" + data_block("device", [clip(condensed.strip(), 4 * EVIDENCE_CHARS)]))
    parts.append(f"Question: {question.strip()}")
    return [ChatMessage("system", SYSTEM_PROMPT), ChatMessage("user", "\n\n".join(parts))]


def phase_metrics(stats: GenerationStats | None, retrieval_ms: float, hits: int, started: float) -> PhaseMetrics:
    """The per-phase numbers of one answer (same meaning as ``/v1/chat``'s final event)."""
    metrics = PhaseMetrics(retrieval_ms=round(retrieval_ms, 2), hits=hits)
    if stats is not None:
        per_token = stats.ms_per_output_token
        metrics.prompt_tokens = stats.prompt_tokens
        metrics.cached_prefix_tokens = stats.cached_prefix_tokens
        metrics.prefill_ms = round(stats.prefill_ms, 2)
        metrics.ttft_ms = round(stats.ttft_ms + retrieval_ms, 2)
        metrics.decode_tokens = stats.decode_tokens
        metrics.ms_per_output_token = None if per_token is None else round(per_token, 3)
    metrics.total_ms = round((time.perf_counter() - started) * 1000.0, 2)
    return metrics


class ChatService:
    """Answers questions from memory with the configured engine."""

    def __init__(self, store: MemoryStore, engine: Engine, default_k: int = 6, routines: RoutineBook | None = None,
                 answers: GroundedAnswerer | None = None) -> None:
        self._answers = answers
        """The grounded-answer pipeline (``answer_path="grounded"``); None: every answer is generated."""
        self._store = store
        self._engine = engine
        self._default_k = default_k
        self._routines = routines
        """The routine statistics habit questions get (None: none)."""

    def retrieve(self, query: str, k: int, now: datetime | None = None) -> tuple[list[MemoryHit], float]:
        """Hits for ``query`` and how long retrieval took (ms, query embedding included).

        ``now`` (aware) is the moment time phrases and recency are read from; default the current time.
        """
        started = time.perf_counter()
        hits = self._store.search(query, k, now)
        return hits, (time.perf_counter() - started) * 1000.0

    def context(self, request: ChatRequest) -> tuple[list[MemoryHit], list[ChatMessage], float]:
        """The evidence (routine statistics for a habit question, then memory hits), the prompt built
        from it, and how long finding it took (ms)."""
        started = time.perf_counter()
        hits, _ = self.retrieve(request.question, request.k, now=request.as_of)
        if request.as_of is not None:
            hits = [hit for hit in hits if hit.start is None or hit.start <= request.as_of]
        if self._routines is not None:
            hits = [*self._routines.hits_for(request.question), *hits]
        retrieval_ms = (time.perf_counter() - started) * 1000.0
        return hits, build_messages(request.question, request.condensed, hits), retrieval_ms

    def stream(self, request: ChatRequest, cancel: threading.Event | None = None) -> Iterator[ChatEvent]:
        """Token events as the engine decodes, then one final event with evidence and metrics."""
        started = time.perf_counter()
        if request.answer_path == "grounded" and self._answers is not None:
            yield from self._grounded(request, started)
            return
        hits, messages, retrieval_ms = self.context(request)
        answer: list[str] = []
        stats: GenerationStats | None = None
        for event in self._engine.generate(messages, request.max_tokens, cancel):
            if isinstance(event, TokenPiece):
                answer.append(event.text)
                yield ChatTokenEvent(text=event.text)
            else:
                stats = event
        metrics = phase_metrics(stats, retrieval_ms, len(hits), started)
        yield ChatFinalEvent(answer=strip_markup("".join(answer)), evidence=hits, metrics=metrics)

    def ground(self, question: str, as_of: datetime | None = None, timezone: str | None = None,
               history: list[ChatTurn] | None = None) -> GroundedAnswer | None:
        """The grounded answer to ``question`` (None when this service has no grounded pipeline)."""
        if self._answers is None:
            return None
        tz = resolve_timezone(timezone) if timezone else None
        return self._answers.answer(question, as_of or utc_now(), tz, history or [])

    def _grounded(self, request: ChatRequest, started: float) -> Iterator[ChatEvent]:
        """Plan, compute from records or quote evidence, verify: the answer comes whole, in one token event."""
        result = self.ground(request.question, request.as_of, request.timezone, request.history)
        assert result is not None
        elapsed = round((time.perf_counter() - started) * 1000.0, 2)
        yield ChatTokenEvent(text=result.text)
        yield ChatFinalEvent(answer=result.text, evidence=result.evidence, plan=result.plan, made_by=result.made_by,
                             verified=result.verified, metrics=PhaseMetrics(retrieval_ms=elapsed, hits=len(result.evidence),
                                                                             ttft_ms=elapsed, total_ms=elapsed))
