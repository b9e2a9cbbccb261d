"""Fair admission to one engine: interactive chat before background jobs, a bounded queue.

An engine runs up to ``max_concurrent`` generations at once (the embedded engine decodes them in
one batch; an upstream engine batches them itself); structured completions run alone. Requests wait
in order of (priority, arrival); when ``max_waiting`` are already waiting, a new one is refused at
once with ``EngineBusyError`` (HTTP 503 with Retry-After) instead of hanging. A request whose client
went away (its ``cancel`` event set) leaves the queue without running.
"""

from __future__ import annotations

import heapq
import itertools
import threading
from contextlib import contextmanager
from enum import IntEnum
from pathlib import Path
from typing import Any, Iterator

from server.engine.base import ChatMessage, Engine, EngineEvent, JsonValue
from server.errors import EngineBusyError, EngineError


class Priority(IntEnum):
    """Lower runs first."""

    INTERACTIVE = 0
    BACKGROUND = 1


class ScheduledEngine(Engine):
    """An ``Engine`` whose generations are admitted fairly, at most ``capacity`` at a time."""

    def __init__(self, engine: Engine, max_waiting: int = 8, retry_after_s: int = 2, capacity: int | None = None) -> None:
        self._engine = engine
        self.name = engine.name
        self.max_waiting = max_waiting
        self.retry_after_s = retry_after_s
        self.capacity = max(1, capacity if capacity is not None else (engine.max_concurrent or 1))
        self._cond = threading.Condition()
        self._waiting: list[tuple[int, int]] = []  # heap of (priority, ticket)
        self._running = 0
        self._exclusive = False
        self._tickets = itertools.count()

    @property
    def model_name(self) -> str:
        """Asked of the inner engine each time: an upstream may only be reachable later."""
        return self._engine.model_name

    @property
    def inner(self) -> Engine:
        """The engine being scheduled."""
        return self._engine

    @property
    def model_path(self) -> Path | None:
        """The inner engine's model file."""
        return self._engine.model_path

    @property
    def waiting(self) -> int:
        """Requests waiting for the engine."""
        with self._cond:
            return len(self._waiting)

    @property
    def busy(self) -> bool:
        """Whether a generation is running."""
        with self._cond:
            return self._running > 0

    @property
    def running(self) -> int:
        """Generations running now."""
        with self._cond:
            return self._running

    def _may_start(self, entry: tuple[int, int], exclusive: bool) -> bool:
        if self._waiting[0] != entry or self._exclusive:
            return False
        return self._running == 0 if exclusive else self._running < self.capacity

    def check_capacity(self) -> None:
        """Raise ``EngineBusyError`` now if a new request would be refused (routes call this before
        answering 200, so a full queue is a 503 and not an error in the middle of a stream)."""
        with self._cond:
            if len(self._waiting) >= self.max_waiting:
                raise EngineBusyError(f"the engine is busy ({len(self._waiting)} requests waiting)", self.retry_after_s)

    @contextmanager
    def slot(self, priority: Priority = Priority.INTERACTIVE, cancel: threading.Event | None = None,
             exclusive: bool = False) -> Iterator[bool]:
        """Hold one of the engine's places (all of them when ``exclusive``); yields False when the
        request was cancelled while waiting."""
        with self._cond:
            if len(self._waiting) >= self.max_waiting:
                raise EngineBusyError(f"the engine is busy ({len(self._waiting)} requests waiting)", self.retry_after_s)
            entry = (int(priority), next(self._tickets))
            heapq.heappush(self._waiting, entry)
            try:
                while not self._may_start(entry, exclusive):
                    if cancel is not None and cancel.is_set():
                        break
                    self._cond.wait(timeout=0.25)
            finally:
                self._waiting.remove(entry)
                heapq.heapify(self._waiting)
            admitted = not (cancel is not None and cancel.is_set())
            if admitted:
                self._running += 1
                self._exclusive = exclusive
            self._cond.notify_all()
        try:
            yield admitted
        finally:
            if admitted:
                with self._cond:
                    self._running -= 1
                    if exclusive:
                        self._exclusive = False
                    self._cond.notify_all()

    def generate(
        self, messages: list[ChatMessage], max_tokens: int, cancel: threading.Event | None = None,
        priority: Priority = Priority.INTERACTIVE,
    ) -> Iterator[EngineEvent]:
        """The inner engine's generation, once admitted."""
        with self.slot(priority, cancel) as admitted:
            if admitted:
                yield from self._engine.generate(messages, max_tokens, cancel)

    def complete_json(
        self, messages: list[ChatMessage], schema: dict[str, Any], max_tokens: int = 256,
        cancel: threading.Event | None = None, priority: Priority = Priority.BACKGROUND,
    ) -> JsonValue:
        """The inner engine's structured completion, once admitted.

        Background by default: structured completions are what learning jobs ask for, and a person
        waiting for a chat answer goes first. Raises ``EngineError`` when cancelled while waiting or
        when the inner engine has no structured output.
        """
        with self.slot(priority, cancel, exclusive=True) as admitted:
            if not admitted:
                raise EngineError("the structured completion was cancelled while waiting for the engine")
            return self._engine.complete_json(messages, schema, max_tokens)

    def count_tokens(self, text: str) -> int:
        return self._engine.count_tokens(text)

    def close(self) -> None:
        self._engine.close()
