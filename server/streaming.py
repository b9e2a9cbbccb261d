"""Stream a blocking generator to an async response, and stop it when the client goes away."""

from __future__ import annotations

import threading
from typing import AsyncIterator, Iterator, TypeVar

import anyio

T = TypeVar("T")
_DONE = object()


async def iterate_cancellable(iterator: Iterator[T], cancel: threading.Event) -> AsyncIterator[T]:
    """Pull ``iterator`` in a worker thread, one item at a time.

    When the consumer stops early (the client disconnected and Starlette cancelled the response),
    ``cancel`` is set, so the engine stops at its next token, and the iterator is drained in the
    background so it can release the engine (its ``finally`` blocks run) instead of staying
    suspended while holding it.
    """
    lock = threading.Lock()

    def step() -> object:
        with lock:
            return next(iterator, _DONE)

    def drain() -> None:
        with lock:
            for _ in iterator:
                pass

    try:
        while True:
            item = await anyio.to_thread.run_sync(step)
            if item is _DONE:
                return
            yield item  # type: ignore[misc]
    finally:
        cancel.set()
        threading.Thread(target=drain, name="tether-stream-drain", daemon=True).start()
