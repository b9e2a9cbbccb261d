"""Keeping the running agent's status: one lock around the ``AgentStatus``, and writing it out.

The sensing step and the sync step run on different threads (the scheduler's pools, the sync
thread); each records its own facts through ``StatusReporter.update()``. ``write()`` takes a
snapshot under the same lock and replaces the status file (``device.agent.status``) only when
something changed.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import asdict
from typing import Any

import psutil

from device.agent.status import AgentStatus, status_path, write_agent_status
from shared.settings import DeviceSettings
from shared.timeutil import format_iso, utc_now

logger = logging.getLogger(__name__)


def now_iso() -> str:
    """Now, as the status file writes times (UTC, ISO 8601)."""
    return format_iso(utc_now())


def sensor_stats(status: AgentStatus, name: str) -> dict[str, Any]:
    """The per-sensor counters of ``status`` for ``name``, created empty the first time."""
    return status.sensor_stats.setdefault(
        name, {"interval_s": None, "polls": 0, "observations": 0, "errors": 0, "skipped": 0, "last_poll": None})


class StatusReporter:
    """Owns the agent's ``AgentStatus``: thread-safe updates, and the status file.

    Read ``status`` freely from the thread that owns the agent; change it only inside ``update()``.
    """

    def __init__(self, settings: DeviceSettings, status: AgentStatus | None = None) -> None:
        self.settings = settings
        self.status = status if status is not None else AgentStatus()
        self._lock = threading.RLock()  # re-entrant: a step may update while it already holds it
        self._last_written = ""

    @property
    def path(self) -> str:
        """Where the status file is written (for messages)."""
        return str(status_path(self.settings))

    @contextmanager
    def update(self) -> Iterator[AgentStatus]:
        """Hold the status lock; yields the status to change."""
        with self._lock:
            yield self.status

    def write(self, refresh: Callable[[AgentStatus], None] | None = None) -> None:
        """Write the status file if anything changed; a failure (full disk) is logged, not raised.

        ``refresh`` brings gauges read from elsewhere (held observations, outbox depth) up to date
        under the lock, just before the snapshot.
        """
        with self._lock:
            if refresh is not None:
                refresh(self.status)
            snapshot = AgentStatus(**asdict(self.status))
        text = repr(asdict(snapshot))
        if text == self._last_written:
            return
        try:
            write_agent_status(self.settings, snapshot)
            self._last_written = text
        except OSError as exc:
            logger.warning("cannot write the agent status: %s", exc)

    def mark_started(self, intervals: Mapping[str, float]) -> None:
        """Record that this process runs the agent, polling each sensor named in ``intervals``."""
        me = psutil.Process()
        with self._lock:
            self.status.running = True
            self.status.pid = me.pid
            self.status.pid_started = me.create_time()
            self.status.started = now_iso()
            self.status.stopped = None
            for name, interval_s in intervals.items():
                sensor_stats(self.status, name)["interval_s"] = interval_s

    def mark_stopped(self) -> None:
        """Record that the agent stopped (the file is written by the next ``write()``)."""
        with self._lock:
            self.status.running = False
            self.status.stopped = now_iso()
            self.status.next_sync = None
