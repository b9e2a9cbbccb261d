"""The fair queue in front of the engine (fast unit tests with a slow fake engine)."""

import threading
import time

import pytest

from server.engine.base import Engine, GenerationStats, TokenPiece
from server.engine.scheduler import Priority, ScheduledEngine
from server.errors import EngineBusyError


class SlowEngine(Engine):
    """Takes the interface's defaults: no structured output, one generation at a time."""

    name = "slow"
    model_name = "slow"

    def __init__(self) -> None:
        self.order: list[str] = []
        self.release = threading.Event()

    def generate(self, messages, max_tokens, cancel=None):
        self.order.append(messages)
        self.release.wait(5)
        yield TokenPiece("x")
        yield GenerationStats(1, 0, 1.0, 1.0, 1, 0.0, "stop")

    def count_tokens(self, text):
        return 1

    def close(self):
        pass


def _run(engine, label, priority=Priority.INTERACTIVE, cancel=None, out=None):
    def target():
        try:
            list(engine.generate(label, 4, cancel, priority=priority))
        except EngineBusyError as exc:
            (out if out is not None else []).append(exc)

    t = threading.Thread(target=target)
    t.start()
    return t


def _wait_for(predicate, timeout=5.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline
        time.sleep(0.01)


def test_interactive_goes_before_background_and_order_is_fifo() -> None:
    inner = SlowEngine()
    engine = ScheduledEngine(inner, max_waiting=8)
    threads = [_run(engine, "first")]
    _wait_for(lambda: engine.busy)
    threads.append(_run(engine, "bg-1", Priority.BACKGROUND))
    _wait_for(lambda: engine.waiting == 1)
    threads.append(_run(engine, "chat-1"))
    _wait_for(lambda: engine.waiting == 2)
    threads.append(_run(engine, "chat-2"))
    _wait_for(lambda: engine.waiting == 3)
    inner.release.set()
    for t in threads:
        t.join(5)
    assert inner.order == ["first", "chat-1", "chat-2", "bg-1"]


def test_full_queue_refuses_at_once_with_retry_after() -> None:
    inner = SlowEngine()
    engine = ScheduledEngine(inner, max_waiting=1, retry_after_s=3)
    threads = [_run(engine, "running")]
    _wait_for(lambda: engine.busy)
    threads.append(_run(engine, "waiting"))
    _wait_for(lambda: engine.waiting == 1)
    with pytest.raises(EngineBusyError) as info:
        engine.check_capacity()
    assert info.value.retry_after_s == 3 and info.value.status == 503
    refused: list = []
    started = time.monotonic()
    _run(engine, "refused", out=refused).join(2)
    assert refused and time.monotonic() - started < 1.0
    inner.release.set()
    for t in threads:
        t.join(5)
    assert inner.order == ["running", "waiting"]


def test_cancelled_while_waiting_never_runs() -> None:
    inner = SlowEngine()
    engine = ScheduledEngine(inner)
    first = _run(engine, "running")
    _wait_for(lambda: engine.busy)
    cancel = threading.Event()
    waiting = _run(engine, "gone", cancel=cancel)
    _wait_for(lambda: engine.waiting == 1)
    cancel.set()
    waiting.join(2)
    assert not waiting.is_alive() and engine.waiting == 0
    inner.release.set()
    first.join(5)
    assert inner.order == ["running"]


class SlowJsonEngine(SlowEngine):
    def complete_json(self, messages, schema, max_tokens=256):
        self.order.append(messages)
        self.release.wait(5)
        return {"ok": messages}


def test_structured_completions_wait_behind_chat() -> None:
    from server.metrics import MeteredEngine, ServerMetrics

    inner = SlowJsonEngine()
    scheduled = ScheduledEngine(inner, max_waiting=8)
    engine = MeteredEngine(scheduled, ServerMetrics())  # as services wire it: metered over scheduled
    results: list = []
    threads = [_run(scheduled, "first")]
    _wait_for(lambda: scheduled.busy)
    learning = threading.Thread(target=lambda: results.append(engine.complete_json("learn", {}, 8)))
    learning.start()
    _wait_for(lambda: scheduled.waiting == 1)
    threads.append(_run(scheduled, "chat"))
    _wait_for(lambda: scheduled.waiting == 2)
    inner.release.set()
    for t in [*threads, learning]:
        t.join(5)
    assert inner.order == ["first", "chat", "learn"]  # background by default: the chat went first
    assert results == [{"ok": "learn"}]


def test_structured_completion_needs_an_engine_that_has_it() -> None:
    from server.errors import EngineError

    with pytest.raises(EngineError, match="cannot produce structured"):
        ScheduledEngine(SlowEngine()).complete_json([], {})


class BatchingEngine(SlowEngine):
    max_concurrent = 2

    def complete_json(self, messages, schema, max_tokens=256):
        self.order.append(messages)
        return {}


def test_capacity_admits_several_and_structured_completions_run_alone() -> None:
    inner = BatchingEngine()
    engine = ScheduledEngine(inner, max_waiting=8)
    assert engine.capacity == 2
    threads = [_run(engine, "a"), _run(engine, "b")]
    _wait_for(lambda: engine.running == 2)
    json_done = threading.Event()
    worker = threading.Thread(target=lambda: (engine.complete_json("json", {}), json_done.set()))
    worker.start()
    _wait_for(lambda: engine.waiting == 1)
    threads.append(_run(engine, "c"))  # interactive: goes before the waiting background completion
    _wait_for(lambda: engine.waiting == 2)
    assert engine.running == 2 and not json_done.is_set()
    inner.release.set()
    for t in threads:
        t.join(5)
    worker.join(5)
    assert json_done.is_set()
    assert inner.order.index("c") < inner.order.index("json")
