"""Replay sensor: follows a JSON Lines file of observations, like ``tail -F``.

The first poll reads the whole file; later polls read only what was appended since. Bad lines are
kept in ``errors`` (with their 1-based line numbers) instead of raising, so one broken record never
hides the good ones around it.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import ClassVar

from sensors.base import HealthStatus, Sensor, SensorConfigError, SensorHealth
from shared.observation import LineError, Observation, read_jsonl
from shared.settings import SensorSettings

logger = logging.getLogger(__name__)


def _is_complete_json(fragment: bytes) -> bool:
    """Whether an unterminated last line already holds a whole JSON value.

    A writer may be half-way through a line; a truncated JSON object never parses, so a fragment
    that does parse is a finished record whose file simply lacks the final newline.
    """
    try:
        json.loads(fragment)
    except ValueError:  # JSONDecodeError and UnicodeDecodeError are both ValueErrors
        return False
    return True


class ReplaySensor(Sensor):
    """Observations read from a JSON Lines file that may still be growing."""

    name: ClassVar[str] = "replay"

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "ReplaySensor":
        """Replay needs a file, which settings do not carry: it is given on the command line."""
        raise SensorConfigError("the replay sensor needs a file: use `tether agent --replay FILE`")

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        self.errors: list[LineError] = []
        """Every bad line seen so far, oldest first."""
        self._offset = 0
        self._lines_read = 0
        # Set when the last record was taken without its newline: if that newline arrives later
        # it ends the same line and must not count as a new (empty) one.
        self._newline_pending = False

    def poll(self) -> list[Observation]:
        """The valid observations appended since the previous poll (all of them the first time)."""
        try:
            with self.path.open("rb") as handle:
                size = os.fstat(handle.fileno()).st_size
                if size < self._offset:
                    logger.warning(
                        "%s shrank from %d to %d bytes; reading it again from the start",
                        self.path,
                        self._offset,
                        size,
                    )
                    self._offset = 0
                    self._lines_read = 0
                    self._newline_pending = False
                handle.seek(self._offset)
                chunk = handle.read()
        except FileNotFoundError:
            logger.debug("replay file %s does not exist (yet)", self.path)
            return []
        except OSError as exc:
            logger.warning("cannot read replay file %s: %s", self.path, exc)
            return []
        return self._consume(chunk)

    def health(self) -> SensorHealth:
        """Unavailable, with the reason, when the file is missing or cannot be read."""
        if not self.path.exists():
            return SensorHealth(HealthStatus.unavailable, f"replay file {self.path} does not exist")
        if not self.path.is_file():
            return SensorHealth(HealthStatus.unavailable, f"{self.path} is not a regular file")
        if not os.access(self.path, os.R_OK):
            return SensorHealth(HealthStatus.unavailable, f"no permission to read {self.path}")
        return SensorHealth(HealthStatus.ok)

    def _consume(self, chunk: bytes) -> list[Observation]:
        """Parse the complete lines of ``chunk`` (bytes after the offset) and advance the offset."""
        if not chunk:
            return []
        if self._newline_pending and chunk.startswith(b"\n"):
            chunk = chunk[1:]
            self._offset += 1
        self._newline_pending = False

        *lines, tail = chunk.split(b"\n")
        consumed = sum(len(line) + 1 for line in lines)
        if tail.strip() and _is_complete_json(tail):
            lines.append(tail)
            consumed += len(tail)
            self._newline_pending = True

        observations: list[Observation] = []
        new_errors: list[LineError] = []
        for raw in lines:
            self._lines_read += 1
            item = self._parse_line(raw, self._lines_read)
            if isinstance(item, LineError):
                new_errors.append(item)
            elif item is not None:
                observations.append(item)
        self._offset += consumed

        if new_errors:
            self.errors.extend(new_errors)
            logger.warning(
                "skipped %d bad line(s) in %s; first: %s", len(new_errors), self.path, new_errors[0]
            )
        return observations

    @staticmethod
    def _parse_line(raw: bytes, number: int) -> Observation | LineError | None:
        """One line as an Observation, a LineError carrying the file's line number, or None if blank."""
        try:
            # utf-8-sig drops a byte-order mark that some editors put at the start of a file.
            text = raw.decode("utf-8-sig" if number == 1 else "utf-8")
        except UnicodeDecodeError as exc:
            return LineError(number, f"not UTF-8 text ({exc.reason} at byte {exc.start})")
        for item in read_jsonl([text]):
            if isinstance(item, LineError):
                return LineError(number, item.message)
            return item
        return None


SENSOR = ReplaySensor
