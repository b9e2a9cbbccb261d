"""Idle sensor: whether the person is away from the keyboard (AFK), and since when.

The time since the last keyboard or mouse input comes from ``xprintidle`` (milliseconds) or, where
that is missing, ``xssstate -i`` on X11, and from ``ioreg -c IOHIDSystem`` (``HIDIdleTime``,
nanoseconds) on macOS. Input idle for at least ``threshold_s`` (default 180 s) means AFK.

Each poll yields heartbeats of kind ``afk`` with data ``{afk, idle_s}`` (the model of
ActivityWatch's afk watcher), split at the last input, ``now - idle_s``:

* present: covered up to the last input, the last moment presence is certain (if no input
  follows, the person has been away since then);
* going AFK: an ``afk`` observation starting when idleness began, the last input, up to now;
  later polls while away extend it to each poll's time;
* coming back: the away stretch is extended up to the last input, where presence starts again.

The spans never overlap, and ``idle_s`` is the idle time measured when the state began and stays
fixed while it lasts, so the device's heartbeat merge (which needs equal data) folds each stretch
into one observation.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import sys
from collections.abc import Callable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar

from sensors.commands import CommandError, CommandRunner, CommandSensor, run_command
from sensors.window import NO_DISPLAY_REASON
from shared.observation import Modality, Observation
from shared.settings import SensorSettings
from shared.timeutil import UTC, utc_now

logger = logging.getLogger(__name__)

DEFAULT_THRESHOLD_S = 180.0
"""Seconds without input after which the person counts as away."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_HID_IDLE = re.compile(r'"HIDIdleTime"\s*=\s*(\d+)')


def parse_idle_ms(output: str) -> float | None:
    """Seconds from ``xprintidle`` / ``xssstate -i`` output (one integer, milliseconds)."""
    text = output.strip()
    return int(text) / 1000.0 if text.isdigit() else None


def parse_ioreg_idle(output: str) -> float | None:
    """Seconds from ``ioreg -c IOHIDSystem`` output (the first ``HIDIdleTime``, nanoseconds)."""
    match = _HID_IDLE.search(output)
    return int(match.group(1)) / 1e9 if match else None


class IdleSensor(CommandSensor):
    """AFK / present heartbeats from the input idle time."""

    name: ClassVar[str] = "idle"

    def __init__(
        self,
        runner: CommandRunner = run_command,
        *,
        threshold_s: float = DEFAULT_THRESHOLD_S,
        platform: str | None = None,
        env: Mapping[str, str] | None = None,
        which: Callable[[str], str | None] = shutil.which,
        clock: Callable[[], datetime] = utc_now,
        timeout_s: float = 2.0,
        hostname: str | None = None,
    ) -> None:
        if threshold_s <= 0:
            raise ValueError(f"threshold_s must be positive, got {threshold_s}")
        self.runner = runner
        self.threshold_s = threshold_s
        self.platform = platform or sys.platform
        self.env = os.environ if env is None else env
        self.which = which
        self.clock = clock
        self.timeout_s = timeout_s
        self.hostname = hostname or socket.gethostname() or "localhost"
        self._last_error = ""
        self._last_id_ns = 0
        self._covered_until: datetime | None = None  # end of the last heartbeat emitted
        self._period: dict[str, Any] | None = None  # data of the current state; None before the first poll

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "IdleSensor":
        """An idle sensor with the default threshold."""
        return cls()

    @property
    def afk(self) -> bool | None:
        """Whether the person was away at the last successful poll (None before one)."""
        return None if self._period is None else bool(self._period["afk"])

    def poll(self) -> list[Observation]:
        """Heartbeats for the time since the previous poll (never raises)."""
        if self._unavailable_reason():
            return []
        try:
            idle_s = self._read_idle_s()
        except CommandError as exc:
            if str(exc) != self._last_error:
                logger.warning("reading the idle time failed: %s", exc)
            self._last_error = str(exc)
            return []
        self._last_error = ""
        return self._advance(self.clock(), idle_s)

    def _advance(self, now: datetime, idle_s: float) -> list[Observation]:
        """Move the AFK state machine to ``now`` given the current idle time."""
        last_input = now - timedelta(seconds=idle_s)
        afk = idle_s >= self.threshold_s
        covered = self._covered_until
        observations: list[Observation] = []
        if self._period is not None and covered is not None and bool(self._period["afk"]) == afk:
            # Still away: extend to now. Still present: extend to the newest input, if there was one.
            until = now if afk else last_input
            if until > covered:
                observations.append(self._heartbeat(covered, until, self._period))
                self._covered_until = until
            return observations
        if self._period is not None and covered is not None and last_input > covered:
            observations.append(self._heartbeat(covered, last_input, self._period))
        self._period = {"afk": afk, "idle_s": round(idle_s, 1)}
        if afk:
            logger.info("away from the keyboard since %s", last_input.isoformat(timespec="seconds"))
        # Going away starts at the last input and runs to now; presence starts (and, so far, ends) there.
        start = last_input if covered is None else max(last_input, covered)
        until = now if afk else start
        observations.append(self._heartbeat(start, until, self._period))
        self._covered_until = until
        return observations

    def _heartbeat(self, start: datetime, end: datetime, data: dict[str, Any]) -> Observation:
        return Observation(
            id=f"idle-{self.hostname}-{self._unique_ns(end)}",
            sensor=self.name,
            kind="afk",
            start=start,
            end=max(start, end),  # a clock stepped backwards must not make end precede start
            modality=Modality.digital,
            data=dict(data),
        )

    def _unavailable_reason(self) -> str:
        if self.platform == "darwin":
            return "" if self.which("ioreg") else "ioreg not found (it ships with macOS)"
        if self.platform.startswith(("win", "cygwin")):
            return "idle tracking is not implemented on Windows"
        if not self.env.get("DISPLAY"):
            return NO_DISPLAY_REASON
        if not (self.which("xprintidle") or self.which("xssstate")):
            return "neither xprintidle nor xssstate found; install xprintidle (or suckless-tools for xssstate)"
        return ""

    def _read_idle_s(self) -> float:
        if self.platform == "darwin":
            argv, parse = ["ioreg", "-c", "IOHIDSystem"], parse_ioreg_idle
        elif self.which("xprintidle"):
            argv, parse = ["xprintidle"], parse_idle_ms
        else:
            argv, parse = ["xssstate", "-i"], parse_idle_ms
        output = self.runner(argv, self.timeout_s)
        idle_s = parse(output)
        if idle_s is None:
            raise CommandError(f"{argv[0]} printed no idle time: {output.strip()[:80]!r}")
        return idle_s

    def _unique_ns(self, moment: datetime) -> int:
        """Nanoseconds since the epoch for ``moment``, bumped so this sensor never repeats an id."""
        ns = (moment - _EPOCH) // timedelta(microseconds=1) * 1000
        ns = max(ns, self._last_id_ns + 1)
        self._last_id_ns = ns
        return ns


SENSOR = IdleSensor
