"""Stream a blocking generator to an async response, and stop it when the client goes away."""

from __future__ import annotations

import asyncio
import logging
import threading
from typing import AsyncIterator, Iterator, TypeVar

logger = logging.getLogger(__name__)

T = TypeVar("T")
_DONE = object()


async def iterate_cancellable(iterator: Iterator[T], cancel: threading.Event) -> AsyncIterator[T]:
    """Run ``iterator`` in its own producer thread and hand its items to the event loop.

    One thread per stream instead of a thread-pool hop per item: decode is a few milliseconds a
    token, and every hop costs CPU the engine's threads need. Text frames that arrive while the
    previous write is in flight are sent together.

    When the consumer stops early (the client disconnected and Starlette cancelled the response),
    ``cancel`` is set: the engine stops at its next token and the producer runs the iterator to its
    end, so its ``finally`` blocks release the engine.
    """
    loop = asyncio.get_running_loop()
    queue: asyncio.Queue[tuple[object, BaseException | None]] = asyncio.Queue()

    def put(item: object, error: BaseException | None = None) -> None:
        try:
            loop.call_soon_threadsafe(queue.put_nowait, (item, error))
        except RuntimeError:  # the loop is gone: nobody is listening any more
            cancel.set()

    def produce() -> None:
        try:
            for item in iterator:
                put(item)
        except BaseException as exc:  # handed to the consumer, which re-raises it
            put(_DONE, exc)
        else:
            put(_DONE)

    threading.Thread(target=produce, name="tether-stream", daemon=True).start()
    pending: tuple[object, BaseException | None] | None = None
    try:
        while True:
            item, error = pending if pending is not None else await queue.get()
            pending = None
            if item is _DONE:
                if error is not None:
                    raise error
                return
            if not isinstance(item, str):
                yield item  # type: ignore[misc]
                continue
            parts = [item]
            while not queue.empty():
                following = queue.get_nowait()
                if not isinstance(following[0], str):
                    pending = following
                    break
                parts.append(following[0])
            yield "".join(parts)  # type: ignore[misc]
    finally:
        cancel.set()
