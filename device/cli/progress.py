"""Progress on stderr for long CLI work (model loads, big ingests): shown on a terminal, silent otherwise.

Only people watching a terminal want a bar; logs, pipes and services get nothing from here (the
work logs its own summary).
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

BAR_WIDTH = 24


class Progress:
    """A one-line progress display, redrawn in place at most ``redraw_s`` apart."""

    def __init__(self, label: str, total: int | None = None, unit: str = "", stream: TextIO | None = None,
                 redraw_s: float = 0.1) -> None:
        self.label = label
        self.total = total
        self.unit = unit
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = bool(getattr(self.stream, "isatty", lambda: False)())
        self.done = 0
        self._redraw_s = redraw_s
        self._last_draw = 0.0
        self._started = time.monotonic()

    def advance(self, amount: int = 1) -> None:
        """Count ``amount`` more units done."""
        self.update(self.done + amount)

    def update(self, done: int) -> None:
        """Set how many units are done (redraws when enough time has passed)."""
        self.done = done
        now = time.monotonic()
        if self.enabled and now - self._last_draw >= self._redraw_s:
            self._last_draw = now
            self._draw()

    def finish(self, note: str = "") -> None:
        """Draw the final state and end the line."""
        if self.enabled:
            self._draw(note or f"done in {time.monotonic() - self._started:.1f} s")
            self.stream.write("\n")
            self.stream.flush()

    def _draw(self, note: str = "") -> None:
        unit = f" {self.unit}" if self.unit else ""
        if self.total:
            fraction = min(1.0, self.done / self.total)
            filled = int(fraction * BAR_WIDTH)
            text = (f"{self.label} [{'#' * filled}{'.' * (BAR_WIDTH - filled)}] "
                    f"{self.done}/{self.total}{unit} {fraction:4.0%}")
        else:
            text = f"{self.label}: {self.done}{unit}"
        self.stream.write(f"\r\x1b[2K{text}{'  ' + note if note else ''}")
        self.stream.flush()


@contextmanager
def step(label: str, stream: TextIO | None = None) -> Iterator[None]:
    """``label ... done in 2.1 s`` around a block, on a terminal; nothing otherwise."""
    out = stream if stream is not None else sys.stderr
    enabled = bool(getattr(out, "isatty", lambda: False)())
    started = time.monotonic()
    if enabled:
        out.write(f"{label} ...")
        out.flush()
    try:
        yield
    except BaseException:
        if enabled:
            out.write(" failed\n")
            out.flush()
        raise
    if enabled:
        out.write(f" done in {time.monotonic() - started:.1f} s\n")
        out.flush()


class ProgressServer:
    """Wraps a ``ServerApi`` so that each batch of observations it sends advances ``progress``."""

    def __init__(self, inner: Any, progress: Progress) -> None:
        self.inner = inner
        self.progress = progress
        self.description = inner.description

    def post_observations(self, records: list[dict]) -> Any:
        result = self.inner.post_observations(records)
        self.progress.advance(len(records))
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)
