"""An apscheduler scheduler whose intervals follow the monotonic clock, not the wall clock.

APScheduler 3 keeps each job's next run as a wall-clock time. If the clock is set back an hour,
every job would wait an extra hour; set forward, every job would be due at once. The scheduler
thread already sleeps on the monotonic clock (``threading.Event.wait``), so each time it wakes,
``SteadyScheduler`` compares how far the wall clock moved with how far the monotonic clock moved.
A difference beyond the tolerance is a jump (or a suspend, during which the monotonic clock stands
still), and every job's next run moves by it: the time left until each job stays what it was.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import timedelta

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.background import BackgroundScheduler

logger = logging.getLogger(__name__)


class SteadyScheduler(BackgroundScheduler):
    """A ``BackgroundScheduler`` that neither skips nor bunches runs when the wall clock jumps.

    Jobs run on a small pool each (``sense``: sensors, ``sync``: the server, ``default``: the
    status file), are coalesced (one catch-up run, never a burst) and are never dropped as misfired.
    """

    def __init__(self, *, sense_workers: int = 4, jump_tolerance_s: float = 2.0,
                 wall_clock: Callable[[], float] = time.time, monotonic: Callable[[], float] = time.monotonic) -> None:
        super().__init__(
            executors={
                "default": ThreadPoolExecutor(1),
                "sense": ThreadPoolExecutor(sense_workers),
                "sync": ThreadPoolExecutor(1),
            },
            job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
            timezone="UTC",
        )
        self.jump_tolerance_s = jump_tolerance_s
        self.jumps: list[float] = []
        """Every jump seen, in seconds (positive: the wall clock moved ahead of the monotonic one)."""
        self._wall_clock = wall_clock
        self._monotonic = monotonic
        self._last: tuple[float, float] | None = None

    def _process_jobs(self) -> float | None:
        self.check_clock()
        return super()._process_jobs()

    def check_clock(self) -> float:
        """Shift every job by a wall-clock jump seen since the last check; returns the jump (0 if none)."""
        now = (self._wall_clock(), self._monotonic())
        last, self._last = self._last, now
        if last is None:
            return 0.0
        jump = (now[0] - last[0]) - (now[1] - last[1])
        if abs(jump) <= self.jump_tolerance_s:
            return 0.0
        self.jumps.append(jump)
        logger.warning("the wall clock moved %+.0f s against the monotonic clock (clock change or sleep); "
                       "keeping every job's remaining wait", jump, extra={"jump_s": round(jump, 3)})
        shift = timedelta(seconds=jump)
        for job in self.get_jobs():
            if job.next_run_time is not None:
                job.modify(next_run_time=job.next_run_time + shift)
        return jump
