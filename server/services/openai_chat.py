"""OpenAI-compatible Chat Completions: the service behind ``/v1/chat/completions`` and ``/v1/models``.

Existing clients (the ``openai`` package, the ``llm`` CLI, Open WebUI) talk to the person's server as if
it were OpenAI, and every answer gets the person's memory in its context: memories retrieved with the
last user message are added as one extra system message after the client's own system message(s), so
the client's stable prefix stays cacheable. The wire models (and what differs from OpenAI) are in
``shared.openai_wire``; the HTTP side (routes, error responses) is in ``server.api.routes.openai``. No
FastAPI in this module.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Union

from server.answers.service import clip
from server.engine.base import ChatMessage, Engine, GenerationStats, TokenPiece
from server.services.chat import ChatService, phase_metrics
from server.services.container import ServerServices
from shared.openai_wire import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequest,
    Choice,
    ChunkChoice,
    ChunkDelta,
    FinishReason,
    ModelCard,
    ModelList,
    PromptTokensDetails,
    ResponseMessage,
    TetherExtension,
    Usage,
)
from shared.prompt_data import DATA_RULE, data_block
from shared.wire import MemoryHit

logger = logging.getLogger(__name__)

MEMORY_HEADER = "Memories from the person's life log:"
COMPUTED_HEADER = ("The answer computed from the person's log for the last question (counted by code; say it as it "
                   "is, keep every number, time and name):")


class StopScanner:
    """Cuts streamed text at the first stop sequence, holding back a tail that could begin one."""

    def __init__(self, stops: list[str]) -> None:
        self._stops = stops
        self._pending = ""
        self.stopped = False

    def feed(self, text: str) -> str:
        """The part of ``text`` (plus what was held back) that is safe to emit now."""
        self._pending += text
        cuts = [i for i in (self._pending.find(s) for s in self._stops) if i >= 0]
        if cuts:
            out, self._pending, self.stopped = self._pending[: min(cuts)], "", True
            return out
        hold = max((n for s in self._stops for n in range(1, len(s)) if self._pending.endswith(s[:n])), default=0)
        out, self._pending = self._pending[: len(self._pending) - hold], self._pending[len(self._pending) - hold :]
        return out

    def flush(self) -> str:
        """What is still held back once the text has ended."""
        out, self._pending = self._pending, ""
        return out


@dataclass(frozen=True)
class PreparedChat:
    """Engine messages with memory added, and what retrieval found."""

    messages: list[ChatMessage]
    hits: list[MemoryHit]
    retrieval_ms: float
    max_tokens: int
    started: float


@dataclass(frozen=True)
class Outcome:
    """How a generation ended: OpenAI's finish reason, usage and the Tether extension."""

    finish_reason: FinishReason
    usage: Usage
    tether: TetherExtension


def with_memory(messages: list[ChatMessage], hits: list[MemoryHit], computed: str = "") -> list[ChatMessage]:
    """``messages`` with one memory system message after the leading system message(s): the answer
    computed from the log for the last question (when there is one), then the memories."""
    if not hits:
        return messages
    at = next((i for i, m in enumerate(messages) if m.role != "system"), len(messages))
    block = data_block("memories", (f"- {clip(hit.text)}" for hit in hits))
    facts = f"{COMPUTED_HEADER}\n{data_block('computed', [computed])}\n" if computed else ""
    memory = ChatMessage("system", f"{facts}{MEMORY_HEADER} {DATA_RULE}\n{block}")
    return [*messages[:at], memory, *messages[at:]]


class OpenAIChatService:
    """Chat Completions on the server's engine, with the person's memory in the context."""

    def __init__(
        self, chat: ChatService, engine: Engine, default_k: int, max_tokens_cap: int,
        check_capacity: Callable[[], None] | None = None,
    ) -> None:
        self._chat = chat
        self._engine = engine
        self._default_k = default_k
        self._cap = max_tokens_cap
        self._check_capacity = check_capacity or (lambda: None)

    @classmethod
    def from_services(cls, services: ServerServices) -> OpenAIChatService:
        """Built from the server's services (cheap: it only holds references)."""
        return cls(
            services.chat, services.engine, default_k=services.settings.retrieve_k,
            max_tokens_cap=services.settings.n_ctx, check_capacity=services.scheduler.check_capacity,
        )

    def models(self) -> ModelList:
        """The one model the server runs."""
        path = self._engine.model_path  # scheduled and metered engines report their inner engine's
        created = int(path.stat().st_mtime) if path is not None and path.exists() else 0
        return ModelList(data=[ModelCard(id=self._engine.model_name, created=created)])

    def prepare(self, request: ChatCompletionRequest) -> PreparedChat:
        """Retrieve memories for the last user message and build the engine's messages.

        A full engine queue is refused here (``EngineBusyError``), before any work or response starts.
        """
        self._check_capacity()
        started = time.perf_counter()
        messages = [ChatMessage("system" if m.role == "developer" else m.role, m.content) for m in request.messages]
        query = next((m.content for m in reversed(messages) if m.role == "user"), "")
        k = self._default_k if request.tether_k is None else request.tether_k
        hits, retrieval_ms = self._chat.retrieve(query, k, request.tether_as_of) if k > 0 and query.strip() else ([], 0.0)
        wanted = k > 0 and query.strip()
        grounded = self._chat.ground(query, request.tether_as_of, request.tether_timezone) if wanted else None
        computed = grounded.text if grounded is not None and grounded.made_by != "unknown" else ""
        if grounded is not None:
            hits = [*grounded.evidence, *(hit for hit in hits if hit.id not in {e.id for e in grounded.evidence})]
        limit = request.completion_limit(self._cap)
        logger.debug("chat completion: %d messages, k=%d, %d hits, max_tokens=%d", len(messages), k, len(hits), limit)
        return PreparedChat(with_memory(messages, hits, computed), hits, retrieval_ms, limit, started)

    def complete(self, request: ChatCompletionRequest, cancel: threading.Event | None = None) -> ChatCompletion:
        """The whole answer at once."""
        prepared = self.prepare(request)
        parts: list[str] = []
        outcome: Outcome | None = None
        for item in self._run(prepared, request.stop, cancel or threading.Event()):
            if isinstance(item, str):
                parts.append(item)
            else:
                outcome = item
        assert outcome is not None  # _run always ends with one
        return ChatCompletion(
            id=_completion_id(),
            created=int(time.time()),
            model=self._engine.model_name,
            choices=[Choice(message=ResponseMessage(content="".join(parts)), finish_reason=outcome.finish_reason)],
            usage=outcome.usage,
            tether=outcome.tether,
        )

    def open_stream(self, request: ChatCompletionRequest, cancel: threading.Event) -> Iterator[ChatCompletionChunk]:
        """Start generating and return the chunks to stream.

        Retrieval and the engine's first step run here, before any byte is sent, so that a prompt that
        is too long or a missing model is still answered with its HTTP status instead of a broken stream.
        """
        prepared = self.prepare(request)
        run = self._run(prepared, request.stop, cancel)
        first = next(run)
        return self._chunks(request, first, run)

    def _chunks(
        self, request: ChatCompletionRequest, first: Union[str, Outcome], run: Iterator[Union[str, Outcome]]
    ) -> Iterator[ChatCompletionChunk]:
        head = {"id": _completion_id(), "created": int(time.time()), "model": self._engine.model_name}
        try:
            yield ChatCompletionChunk(**head, choices=[ChunkChoice(delta=ChunkDelta(role="assistant", content=""))])
            item = first
            while isinstance(item, str):
                yield ChatCompletionChunk(**head, choices=[ChunkChoice(delta=ChunkDelta(content=item))])
                item = next(run)
            last = ChunkChoice(finish_reason=item.finish_reason)
            yield ChatCompletionChunk(**head, choices=[last], tether=item.tether)
            if request.stream_options is not None and request.stream_options.include_usage:
                yield ChatCompletionChunk(**head, choices=[], usage=item.usage)
        finally:
            _close(run)  # releases the engine now, not when the generator is garbage-collected

    def _run(
        self, prepared: PreparedChat, stops: list[str], cancel: threading.Event
    ) -> Iterator[Union[str, Outcome]]:
        """Text pieces as the engine decodes (cut at stop sequences), then one ``Outcome``."""
        scanner = StopScanner(stops)
        stats: GenerationStats | None = None
        events = self._engine.generate(prepared.messages, prepared.max_tokens, cancel)
        try:
            for event in events:
                if not isinstance(event, TokenPiece):
                    stats = event
                elif not scanner.stopped:
                    text = scanner.feed(event.text)
                    if text:
                        yield text
                    if scanner.stopped:
                        cancel.set()  # the engine ends after this token with its stats
        finally:
            _close(events)
        tail = scanner.flush()
        if tail:
            yield tail
        # The engine's "cancelled" means our stop sequence or a client that left: both read as "stop".
        finish: FinishReason = "length" if stats and stats.finish_reason == "length" and not scanner.stopped else "stop"
        prompt, completion = (stats.prompt_tokens, stats.decode_tokens) if stats else (0, 0)
        cached = PromptTokensDetails(cached_tokens=stats.cached_prefix_tokens if stats else 0)
        usage = Usage(
            prompt_tokens=prompt, completion_tokens=completion, total_tokens=prompt + completion,
            prompt_tokens_details=cached,
        )
        metrics = phase_metrics(stats, prepared.retrieval_ms, len(prepared.hits), prepared.started)
        yield Outcome(finish, usage, TetherExtension(evidence=prepared.hits, metrics=metrics))


def _completion_id() -> str:
    return f"chatcmpl-{uuid.uuid4().hex}"


def _close(iterator: Iterator[Any]) -> None:
    """Close a generator (engines return generators; the protocol only promises an iterator)."""
    close = getattr(iterator, "close", None)
    if close is not None:
        close()
