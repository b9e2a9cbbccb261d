"""The sensing step: poll one sensor, hand what it read to the writer, count it in the status.

Each sensor's schedule runs ``SensorPoller.sense``. While the writer is paused (a full disk) a poll
only retries what is held and reads nothing new. The poller counts the polls in flight, so that
the agent can stop after the write in progress.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager

from apscheduler.events import JobSubmissionEvent

from device.agent.reporter import StatusReporter, now_iso, sensor_stats
from device.agent.writer import BufferedWriter
from sensors.base import HealthStatus, Sensor
from shared.observation import Observation

logger = logging.getLogger(__name__)

JOB_PREFIX = "sense-"
"""Scheduler job ids of the sensing step: the prefix, then the sensor's name."""


def job_id(sensor: Sensor) -> str:
    """The scheduler job id that polls ``sensor``."""
    return f"{JOB_PREFIX}{sensor.name}"


class SensorPoller:
    """Polls sensors into a ``BufferedWriter`` and records each poll in the status. Thread-safe.

    Nothing is polled once ``stopping`` is set.
    """

    def __init__(self, writer: BufferedWriter, reporter: StatusReporter, stopping: threading.Event) -> None:
        self.writer = writer
        self.reporter = reporter
        self.stopping = stopping
        self._sensing = 0
        self._idle = threading.Condition()

    def sense(self, sensor: Sensor) -> None:
        """Poll one sensor and write what it read (the job each sensor's schedule runs)."""
        if self.stopping.is_set():
            return
        with self._sensing_now():
            if self.writer.paused_reason is not None:
                self._write(None)  # retry what is held; stay paused while that fails
                if self.writer.paused_reason is not None:
                    return  # sensing stays paused: polling now would read more than we can keep
            health = sensor.health()
            with self.reporter.update() as status:
                status.sensors[sensor.name] = health.status.value + (f": {health.reason}" if health.reason else "")
            if health.status is HealthStatus.unavailable:
                return
            try:
                observations = sensor.poll()
            except Exception as exc:  # a broken sensor must not stop the others
                logger.exception("sensor %s failed", sensor.name, extra={"sensor": sensor.name})
                with self.reporter.update() as status:
                    status.sensors[sensor.name] = f"error: {exc}"
                    sensor_stats(status, sensor.name)["errors"] += 1
                    status.add_error(now_iso(), f"sensor {sensor.name}", str(exc))
                return
            with self.reporter.update() as status:
                stats = sensor_stats(status, sensor.name)
                stats["polls"] += 1
                stats["observations"] += len(observations)
                stats["last_poll"] = now_iso()
                status.polls += 1
            if observations:
                logger.debug("sensor %s read %d observations", sensor.name, len(observations),
                             extra={"sensor": sensor.name, "count": len(observations)})
            self._write(observations)

    def _write(self, observations: list[Observation] | None) -> None:
        report = self.writer.write(observations) if observations else self.writer.flush()
        with self.reporter.update() as status:
            status.pending = self.writer.pending
            reason = self.writer.paused_reason
            if reason is not None and status.paused_reason != reason:
                status.add_error(now_iso(), "storage", f"{reason}: {self.writer.last_error}")
            status.paused_reason = reason
            if report is not None:
                for message in report.set_aside:
                    status.add_error(now_iso(), "storage", message)
                status.observations += report.stored
                status.excluded += report.excluded
                status.redactions += report.redactions

    def count_skipped(self, event: JobSubmissionEvent) -> None:
        """A poll came due while the previous one of the same sensor was still running.

        The scheduler's listener for ``EVENT_JOB_MAX_INSTANCES``; other jobs' events are ignored.
        """
        name = event.job_id.removeprefix(JOB_PREFIX)
        logger.debug("poll of %s skipped: the previous one is still running", name, extra={"sensor": name})
        with self.reporter.update() as status:
            if event.job_id.startswith(JOB_PREFIX):
                sensor_stats(status, name)["skipped"] += 1

    def wait_idle(self, timeout_s: float) -> bool:
        """Wait until no poll is running; False if one still is after ``timeout_s``."""
        with self._idle:
            return self._idle.wait_for(lambda: self._sensing == 0, timeout=timeout_s)

    @contextmanager
    def _sensing_now(self) -> Iterator[None]:
        with self._idle:
            self._sensing += 1
        try:
            yield
        finally:
            with self._idle:
                self._sensing -= 1
                self._idle.notify_all()
