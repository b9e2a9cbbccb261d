"""Running a helper program (xprop, osascript, xprintidle, ioreg) for a sensor, without a shell."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence

from sensors.base import HealthStatus, Sensor, SensorHealth


class CommandError(RuntimeError):
    """A helper command failed, timed out or is not installed; the message says which."""


CommandRunner = Callable[[Sequence[str], float], str]
"""``runner(argv, timeout_s) -> stdout``; raises ``CommandError`` on any failure."""


def run_command(argv: Sequence[str], timeout_s: float) -> str:
    """Run ``argv`` without a shell and return its stdout (UTF-8, undecodable bytes replaced)."""
    try:
        completed = subprocess.run(list(argv), capture_output=True, timeout=timeout_s, check=False)
    except FileNotFoundError as exc:
        raise CommandError(f"{argv[0]} is not installed") from exc
    except subprocess.TimeoutExpired as exc:
        raise CommandError(f"{argv[0]} did not answer within {timeout_s:g} s") from exc
    except OSError as exc:
        raise CommandError(f"cannot run {argv[0]}: {exc}") from exc
    if completed.returncode != 0:
        stderr = completed.stderr.decode("utf-8", errors="replace").strip()
        raise CommandError(f"{argv[0]} exited with {completed.returncode}: {stderr or 'no message'}")
    return completed.stdout.decode("utf-8", errors="replace")


class CommandSensor(Sensor):
    """A sensor that reads the platform through helper programs.

    Subclasses say what is missing on this platform in ``_unavailable_reason`` and keep the last
    failed reading in ``_last_error``; health follows from those two.
    """

    _last_error: str = ""

    def _unavailable_reason(self) -> str:
        """Why this platform cannot give readings (empty when it can)."""
        return ""

    def health(self) -> SensorHealth:
        """Unavailable with the missing piece named; error when the last reading failed."""
        reason = self._unavailable_reason()
        if reason:
            return SensorHealth(HealthStatus.unavailable, reason)
        if self._last_error:
            return SensorHealth(HealthStatus.error, self._last_error)
        return SensorHealth(HealthStatus.ok)
