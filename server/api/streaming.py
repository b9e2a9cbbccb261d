"""Stream a blocking generator to an async response, and stop it when the client goes away."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from typing import AsyncIterator, Iterator, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
_DONE = object()

FLUSH_INTERVAL_S = 0.03
"""Text produced within this long of the last hand-over waits for the next one (the first piece never waits).

On a small CPU box the engine's threads use every core, and each wake-up of the event loop (plus the
socket write and the client's read it causes) takes a slice from them; decode slowed by a quarter
with a hand-over per token. Batching the hand-overs keeps decode at the engine's own speed while a
piece waits at most one token's time plus this interval.
"""


class _Handover:
    """Items from the producer thread, waiting for the event loop; wakes it at most once per batch."""

    def __init__(self, loop: asyncio.AbstractEventLoop, cancel: threading.Event) -> None:
        self._loop = loop
        self._cancel = cancel
        self._lock = threading.Lock()
        self._items: list[tuple[object, BaseException | None]] = []
        self._wake_pending = False
        self._last_wake = float("-inf")
        self.ready = asyncio.Event()

    def put(self, item: object, error: BaseException | None = None, urgent: bool = False) -> None:
        """Queue ``item``; wake the loop now if it is urgent or the last wake was a while ago."""
        with self._lock:
            self._items.append((item, error))
            now = time.monotonic()
            if self._wake_pending or (not urgent and now - self._last_wake < FLUSH_INTERVAL_S):
                return
            self._wake_pending = True
            self._last_wake = now
        try:
            self._loop.call_soon_threadsafe(self.ready.set)
        except RuntimeError:  # the loop is gone: nobody is listening any more
            self._cancel.set()

    def take(self) -> list[tuple[object, BaseException | None]]:
        """Everything queued so far (called on the loop after ``ready``)."""
        self.ready.clear()
        with self._lock:
            items, self._items = self._items, []
            self._wake_pending = False
        return items


async def iterate_cancellable(iterator: Iterator[T], cancel: threading.Event) -> AsyncIterator[T]:
    """Run ``iterator`` in its own producer thread and hand its items to the event loop.

    One thread per stream instead of a thread-pool hop per item, and text items handed over in
    batches (see ``FLUSH_INTERVAL_S``): consecutive text items are yielded joined, as one write.
    Anything that is not text (a final event object) is handed over at once.

    When the consumer stops early (the client disconnected and Starlette cancelled the response),
    ``cancel`` is set: the engine stops at its next token and the producer runs the iterator to its
    end, so its ``finally`` blocks release the engine.
    """
    handover = _Handover(asyncio.get_running_loop(), cancel)

    def produce() -> None:
        try:
            for item in iterator:
                handover.put(item, urgent=not isinstance(item, str))
        except BaseException as exc:  # handed to the consumer, which re-raises it
            handover.put(_DONE, exc, urgent=True)
        else:
            handover.put(_DONE, urgent=True)

    threading.Thread(target=produce, name="tether-stream", daemon=True).start()
    try:
        while True:
            await handover.ready.wait()
            text: list[str] = []
            for item, error in handover.take():
                if isinstance(item, str):
                    text.append(item)
                    continue
                if text:
                    yield "".join(text)  # type: ignore[misc]
                    text = []
                if item is _DONE:
                    if error is not None:
                        raise error
                    return
                yield item  # type: ignore[misc]
            if text:
                yield "".join(text)  # type: ignore[misc]
    finally:
        cancel.set()
