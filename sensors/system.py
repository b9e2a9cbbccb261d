"""System sensor: this computer's load, battery and busiest processes, read with psutil.

Each poll yields one ``computer_load`` observation spanning the time since the previous poll, so
CPU figures are averages over that span rather than a single instant. The busiest processes are a
hint at what the person is doing (a video call, a build, a game) without reading any window titles.
"""

from __future__ import annotations

import logging
import os
import socket
import time
from datetime import datetime, timedelta
from typing import Any, ClassVar, NamedTuple

import psutil

from sensors.base import HealthStatus, Sensor, SensorHealth
from shared.observation import Modality, Observation
from shared.timeutil import UTC, utc_now

logger = logging.getLogger(__name__)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class _ProcessSample(NamedTuple):
    name: str
    cpu_seconds: float
    created: float


def _busy_and_total(times: Any) -> tuple[float, float]:
    """Busy and total CPU seconds from ``psutil.cpu_times()``, counted the way psutil does."""
    total = sum(times)
    # Linux counts guest time inside user/nice already; psutil subtracts it the same way.
    total -= getattr(times, "guest", 0.0) + getattr(times, "guest_nice", 0.0)
    idle = times.idle + getattr(times, "iowait", 0.0)
    return total - idle, total


def _process_samples() -> dict[int, _ProcessSample]:
    """CPU seconds used so far by every process we may read, keyed by pid."""
    samples: dict[int, _ProcessSample] = {}
    own_pid = os.getpid()
    try:
        # With attrs, process_iter swallows AccessDenied (ad_value) and skips vanished processes.
        for proc in psutil.process_iter(["name", "cpu_times", "create_time"], ad_value=None):
            info = proc.info
            cpu_times, created = info.get("cpu_times"), info.get("create_time")
            # pid 0 is the idle pseudo-process on Windows; our own polling is not the person's activity.
            if proc.pid in (0, own_pid) or cpu_times is None or created is None:
                continue
            name = info.get("name") or f"pid {proc.pid}"
            samples[proc.pid] = _ProcessSample(name, cpu_times.user + cpu_times.system, created)
    except psutil.Error as exc:
        logger.debug("process list incomplete: %s", exc)
    return samples


def _read_battery() -> Any | None:
    """psutil's battery reading, or None where there is no battery or no support for one."""
    reader = getattr(psutil, "sensors_battery", None)
    if reader is None:
        return None
    try:
        return reader()
    except (psutil.Error, OSError, RuntimeError) as exc:
        logger.debug("battery unreadable: %s", exc)
        return None


class SystemSensor(Sensor):
    """CPU, memory and battery readings plus the processes that used the most CPU lately."""

    name: ClassVar[str] = "system"

    def __init__(self, top_n: int = 5, hostname: str | None = None) -> None:
        if top_n < 0:
            raise ValueError(f"top_n must be 0 or more, got {top_n}")
        self.top_n = top_n
        self.hostname = hostname or socket.gethostname() or "localhost"
        self._last_error = ""
        self._last_id_ns = 0
        # Baselines for the first poll; this sensor keeps its own so that other psutil users in
        # the same process (which share psutil.cpu_percent's global state) cannot disturb it.
        self._last_time = utc_now()
        self._last_monotonic = time.monotonic()
        self._last_cpu = self._cpu_times()
        self._last_processes = _process_samples()

    def poll(self) -> list[Observation]:
        """One ``computer_load`` observation covering the time since the previous poll."""
        try:
            observation = self._sample()
        except (psutil.Error, OSError) as exc:
            self._last_error = f"reading system load failed: {str(exc) or type(exc).__name__}"
            logger.warning("%s", self._last_error)
            return []
        self._last_error = ""
        return [observation]

    def health(self) -> SensorHealth:
        """Ok unless the most recent poll could not read the system's figures."""
        if self._last_error:
            return SensorHealth(HealthStatus.error, self._last_error)
        return SensorHealth(HealthStatus.ok)

    def _network_delta(self) -> dict[str, Any] | None:
        """Bytes sent and received since the previous poll, and whether any interface is up."""
        try:
            counters = psutil.net_io_counters()
            up = any(stats.isup for name, stats in psutil.net_if_stats().items() if name != "lo")
        except (psutil.Error, OSError, RuntimeError):
            return None
        if counters is None:
            return None
        previous = getattr(self, "_last_net", None)
        self._last_net = counters
        sent = counters.bytes_sent - previous.bytes_sent if previous else 0
        received = counters.bytes_recv - previous.bytes_recv if previous else 0
        # Counters wrap or reset on some platforms: never report a negative amount.
        return {"net_sent_bytes": max(0, sent), "net_recv_bytes": max(0, received), "network_up": up}

    def _sample(self) -> Observation:
        now, monotonic = utc_now(), time.monotonic()
        cpu = self._cpu_times()
        processes = _process_samples()

        data: dict[str, Any] = {
            "cpu_percent": self._cpu_percent(cpu),
            "memory_percent": round(float(psutil.virtual_memory().percent), 1),
            "top_processes": self._top_processes(processes, monotonic - self._last_monotonic),
        }
        network = self._network_delta()
        if network is not None:
            data.update(network)
        battery = _read_battery()
        if battery is not None:
            data["battery_percent"] = round(float(battery.percent), 1)
            if battery.power_plugged is not None:
                data["plugged"] = bool(battery.power_plugged)

        observation = Observation(
            id=f"system-{self.hostname}-{self._unique_ns(now)}",
            sensor=self.name,
            kind="computer_load",
            start=self._last_time,
            end=max(now, self._last_time),
            modality=Modality.digital,
            data=data,
        )
        self._last_time, self._last_monotonic = observation.end or now, monotonic
        self._last_cpu, self._last_processes = cpu, processes
        return observation

    @staticmethod
    def _cpu_times() -> tuple[float, float]:
        return _busy_and_total(psutil.cpu_times())

    def _cpu_percent(self, cpu: tuple[float, float]) -> float:
        """Whole-machine CPU use since the previous poll, 0-100."""
        busy = cpu[0] - self._last_cpu[0]
        total = cpu[1] - self._last_cpu[1]
        if total <= 0:
            return 0.0
        return round(min(100.0, max(0.0, busy / total * 100.0)), 1)

    def _top_processes(self, current: dict[int, _ProcessSample], elapsed_s: float) -> list[dict[str, Any]]:
        """The busiest programs since the previous poll, summed by name, in percent of one CPU.

        Summing by name makes a browser's many helper processes show up as one program, which
        is what matters as an activity hint. Percent of one CPU is top's convention, so a
        multi-threaded build can exceed 100.
        """
        if self.top_n == 0 or elapsed_s <= 0:
            return []
        since = self._last_time.timestamp()
        by_name: dict[str, float] = {}
        for pid, sample in current.items():
            previous = self._last_processes.get(pid)
            if previous is not None and previous.created == sample.created:
                used = sample.cpu_seconds - previous.cpu_seconds
            elif sample.created >= since:
                used = sample.cpu_seconds  # started after the previous poll: all of it is new
            else:
                continue  # readable now but not before (or a reused pid): no fair baseline
            if used > 0:
                by_name[sample.name] = by_name.get(sample.name, 0.0) + used
        ranked = sorted(by_name.items(), key=lambda item: (-item[1], item[0]))
        top = [
            {"name": name, "cpu_percent": round(used / elapsed_s * 100.0, 1)}
            for name, used in ranked[: self.top_n]
        ]
        return [entry for entry in top if entry["cpu_percent"] > 0]

    def _unique_ns(self, now: datetime) -> int:
        """Nanoseconds since the epoch for ``now``, bumped so this sensor never repeats an id."""
        ns = (now - _EPOCH) // timedelta(microseconds=1) * 1000
        ns = max(ns, self._last_id_ns + 1)
        self._last_id_ns = ns
        return ns


SENSOR = SystemSensor
