"""Running a helper program (xprop, osascript, xprintidle, ioreg) for a sensor, without a shell."""

from __future__ import annotations

import subprocess
from collections.abc import Callable, Sequence


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
