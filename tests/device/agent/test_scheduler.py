"""The agent's pacing: backoff with jitter, and schedules that survive wall-clock jumps."""

from __future__ import annotations

import random
import threading
import time
from datetime import datetime

import pytest

import apscheduler.schedulers.base as aps_base
from device.agent.scheduler import SteadyScheduler
from device.agent.sync import Backoff, BudgetedServer
from device.client.api import ServerUnreachableError


def test_backoff_doubles_up_to_the_cap_with_jitter_and_resets() -> None:
    backoff = Backoff(base_s=2.0, cap_s=60.0, rng=random.Random(1))
    delays = [backoff.failure() for _ in range(12)]
    ceilings = [min(60.0, 2.0 * 2**i) for i in range(12)]
    assert all(c / 2 <= d <= c for d, c in zip(delays, ceilings, strict=True))
    assert max(delays) <= 60.0 and delays[-1] >= 30.0  # capped, never collapsing to nothing
    assert len({round(d, 6) for d in delays[6:]}) > 1  # jitter: capped delays still differ
    backoff.success()
    assert backoff.failures == 0 and backoff.failure() <= 2.0


def test_backoff_survives_very_many_failures() -> None:
    backoff = Backoff(base_s=1.0, cap_s=900.0)
    for _ in range(5000):
        delay = backoff.failure()
    assert 450.0 <= delay <= 900.0


def test_budgeted_server_stops_between_batches() -> None:
    class Recorder:
        description = "recorder"
        posted = 0

        def post_observations(self, records):
            self.posted += 1

    now = [0.0]
    stop = threading.Event()
    server = BudgetedServer(Recorder(), deadline=10.0, stop=stop, clock=lambda: now[0])
    server.post_observations([])
    now[0] = 10.0
    with pytest.raises(ServerUnreachableError, match="time budget"):
        server.post_observations([])
    stopping = BudgetedServer(server.inner, stop=stop)
    stop.set()
    with pytest.raises(ServerUnreachableError, match="stopping"):
        stopping.post_observations([])
    assert server.inner.posted == 1


class _JumpingClock:
    """The wall clock as APScheduler and the agent see it: real time plus an offset a test can jump."""

    def __init__(self) -> None:
        self.offset_s = 0.0

    def time(self) -> float:
        return time.time() + self.offset_s

    def datetime_class(self) -> type[datetime]:
        clock = self

        class JumpingDatetime(datetime):
            @classmethod
            def now(cls, tz=None):  # type: ignore[override]
                return datetime.fromtimestamp(clock.time(), tz)

        return JumpingDatetime


def _run_with_jump(monkeypatch: pytest.MonkeyPatch, jump_s: float, tolerance_s: float) -> tuple[list[float], SteadyScheduler]:
    """Run a 0.2 s interval job, jump the wall clock by ``jump_s``, and return the job's run times."""
    clock = _JumpingClock()
    monkeypatch.setattr(aps_base, "datetime", clock.datetime_class())
    runs: list[float] = []
    scheduler = SteadyScheduler(jump_tolerance_s=tolerance_s, wall_clock=clock.time)
    scheduler.add_job(lambda: runs.append(time.monotonic()), "interval", seconds=0.2, id="tick")
    scheduler.start()
    try:
        _wait_for(lambda: len(runs) >= 3)
        clock.offset_s = jump_s
        jumped_at = time.monotonic()
        # Without compensation a backward jump stalls the job for |jump_s|; 3 s is far less than that.
        _wait_for(lambda: sum(1 for t in runs if t > jumped_at) >= 5, timeout_s=3.0, fail=False)
    finally:
        scheduler.shutdown(wait=True)
    return [t for t in runs if t > jumped_at], scheduler


def _wait_for(condition, timeout_s: float = 10.0, fail: bool = True) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition():
        if time.monotonic() > deadline:
            if fail:
                pytest.fail("condition not met in time")
            return
        time.sleep(0.02)


def test_clock_set_back_an_hour_does_not_stall_the_schedule(monkeypatch: pytest.MonkeyPatch) -> None:
    after, scheduler = _run_with_jump(monkeypatch, jump_s=-3600.0, tolerance_s=2.0)
    assert len(after) >= 5
    assert scheduler.jumps and scheduler.jumps[0] == pytest.approx(-3600.0, abs=1.0)


def test_without_compensation_the_same_jump_stalls_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # The control: with the detector switched off, APScheduler's wall-clock schedule waits an hour.
    after, scheduler = _run_with_jump(monkeypatch, jump_s=-3600.0, tolerance_s=1e12)
    assert len(after) <= 1 and not scheduler.jumps


def test_clock_set_forward_an_hour_neither_skips_nor_bursts(monkeypatch: pytest.MonkeyPatch) -> None:
    after, scheduler = _run_with_jump(monkeypatch, jump_s=3600.0, tolerance_s=2.0)
    assert len(after) >= 5
    # An hour of missed 0.2 s runs would be 18000; coalescing and the shift leave the usual pace.
    span = after[-1] - after[0]
    assert len(after) <= span / 0.2 + 3
    assert scheduler.jumps[0] == pytest.approx(3600.0, abs=1.0)
