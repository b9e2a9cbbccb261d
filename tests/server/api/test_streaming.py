"""The producer-thread bridge from a blocking generator to the event loop."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest

from server.api.streaming import FLUSH_INTERVAL_S, iterate_cancellable


def collect(iterator, cancel: threading.Event, limit: int | None = None) -> list:
    async def run() -> list:
        out = []
        async for item in iterate_cancellable(iterator, cancel):
            out.append(item)
            if limit is not None and len(out) >= limit:
                break
        return out

    return asyncio.run(run())


def test_text_arrives_complete_and_in_order_with_objects_between():
    marker = object()

    def produce():
        for i in range(200):
            yield f"{i},"
        yield marker
        yield "tail"

    out = collect(produce(), threading.Event())
    assert marker in out
    at = out.index(marker)
    assert "".join(out[:at]) == "".join(f"{i}," for i in range(200))
    assert out[at + 1:] == ["tail"]
    assert len(out) < 202  # fast text was handed over in batches, not one wake per piece


def test_first_piece_is_not_held_back():
    seen_first = threading.Event()

    def produce():
        yield "first"
        assert seen_first.wait(5), "the first piece waited for the second"
        yield "second"

    async def run() -> list:
        out = []
        async for item in iterate_cancellable(produce(), threading.Event()):
            out.append(item)
            seen_first.set()
        return out

    assert "".join(asyncio.run(run())) == "firstsecond"


def test_a_slow_producer_gets_each_piece_handed_over():
    def produce():
        for i in range(3):
            time.sleep(FLUSH_INTERVAL_S * 2)
            yield str(i)

    assert collect(produce(), threading.Event()) == ["0", "1", "2"]


def test_producer_errors_reach_the_consumer_after_the_text_before_them():
    def produce():
        yield "partial"
        raise ValueError("engine broke")

    got: list = []

    async def run() -> None:
        async for item in iterate_cancellable(produce(), threading.Event()):
            got.append(item)

    with pytest.raises(ValueError, match="engine broke"):
        asyncio.run(run())
    assert got == ["partial"]


def test_consumer_leaving_early_sets_cancel_and_the_producer_finishes():
    cancel = threading.Event()
    finished = threading.Event()

    def produce():
        try:
            i = 0
            while not cancel.is_set():
                time.sleep(0.001)
                yield str(i)
                i += 1
        finally:
            finished.set()

    collect(produce(), cancel, limit=1)
    assert cancel.is_set()
    assert finished.wait(5)
