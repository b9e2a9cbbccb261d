"""Health sensor: imports an Apple Health export and GPX/TCX workout files.

Settings: ``health_export`` (the export.xml, or the unzipped export folder holding it) and
``workout_files`` (files or folders, searched recursively for .gpx and .tcx). Import is
incremental: each file fully imported is remembered by path, size and modification time in
``state_dir/health-import.json`` and not read again until it changes. Observation ids are
deterministic, so re-importing a changed file (or one cut short by a restart) never duplicates
what ingest already has. A large export is handed out over several polls (``max_per_poll``
observations each) and parsed as a stream, never loaded whole. Unsafe XML (entity bombs, external
entities) is refused and reported through ``health()`` naming the file.
"""

from __future__ import annotations

import json
import logging
import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from sensors.base import HealthStatus, Sensor, SensorHealth
from sensors.health_apple import parse_apple_health
from sensors.health_workouts import WORKOUT_SUFFIXES, parse_workout_file
from sensors.health_xml import HealthFileError
from shared.observation import Observation
from shared.settings import SensorSettings

logger = logging.getLogger(__name__)

STATE_FILE = "health-import.json"

Signature = tuple[int, int]
"""A file's (size, mtime_ns): when either changes, the file is imported again."""


@dataclass
class _Import:
    """A file being imported; its iterator may span several polls."""

    key: str
    signature: Signature
    observations: Iterator[Observation]


class HealthSensor(Sensor):
    """Sleep, workouts, steps and heart rate from Apple Health and GPX/TCX files."""

    name: ClassVar[str] = "health"

    def __init__(
        self,
        export: str | os.PathLike[str] | None,
        workout_paths: Sequence[str | os.PathLike[str]],
        state_dir: str | os.PathLike[str],
        *,
        max_per_poll: int = 5000,
    ) -> None:
        if max_per_poll < 1:
            raise ValueError(f"max_per_poll must be at least 1, got {max_per_poll}")
        self.export = Path(export).expanduser() if export else None
        self.workout_paths = [Path(p).expanduser() for p in workout_paths]
        self.state_path = Path(state_dir) / STATE_FILE
        self.max_per_poll = max_per_poll
        self._imported: dict[str, Signature] = self._load_state()
        # Files that failed, with the signature they failed at: retried only once they change.
        self._failed: dict[str, tuple[Signature, str]] = {}
        self._pending: _Import | None = None

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "HealthSensor":
        """Sources from ``health_export`` and ``workout_files``; none builds a sensor whose health says what to set."""
        return cls(settings.health_export, settings.workout_files, state_dir)

    def poll(self) -> list[Observation]:
        """Observations from files that are new or changed since they were last imported."""
        files, _problems = self._discover()
        pending_key = self._pending.key if self._pending else None
        queue = [(key, sig, parser) for key, sig, parser in files if key != pending_key and self._needs_import(key, sig)]
        out: list[Observation] = []
        while len(out) < self.max_per_poll:
            if self._pending is None:
                if not queue:
                    break
                key, sig, parser = queue.pop(0)
                logger.info("importing %s", key)
                self._pending = _Import(key, sig, parser(key))
            current = self._pending
            try:
                for observation in current.observations:
                    out.append(observation)
                    if len(out) >= self.max_per_poll:
                        break
                else:
                    self._finish(current)
            except HealthFileError as exc:
                logger.warning("health import failed: %s", exc)
                self._failed[current.key] = (current.signature, str(exc))
                self._pending = None
        return out

    def health(self) -> SensorHealth:
        """Unavailable without sources; error naming each missing or unreadable file."""
        if self.export is None and not self.workout_paths:
            return SensorHealth(
                HealthStatus.unavailable,
                "no health data configured; set TETHER_SENSORS__HEALTH_EXPORT (Apple Health export.xml) "
                "or TETHER_SENSORS__WORKOUT_FILES (GPX/TCX files or folders)",
            )
        files, problems = self._discover()
        for key, sig, _parser in files:
            failed = self._failed.get(key)
            if failed is not None and failed[0] == sig:
                problems.append(failed[1])
        if problems:
            return SensorHealth(HealthStatus.error, "; ".join(problems))
        return SensorHealth(HealthStatus.ok)

    def close(self) -> None:
        """Stop an import that is half-way (its file is read again from the start next time)."""
        if self._pending is not None:
            close = getattr(self._pending.observations, "close", None)
            if close is not None:
                close()
            self._pending = None

    def _needs_import(self, key: str, sig: Signature) -> bool:
        failed = self._failed.get(key)
        return self._imported.get(key) != sig and not (failed is not None and failed[0] == sig)

    def _finish(self, done: _Import) -> None:
        self._pending = None
        self._failed.pop(done.key, None)
        self._imported[done.key] = done.signature
        self._save_state()
        logger.info("imported %s", done.key)

    def _discover(self) -> tuple[list[tuple[str, Signature, Callable[[str], Iterator[Observation]]]], list[str]]:
        """The configured files with their signatures and parsers, and problems finding them."""
        files: list[tuple[str, Signature, Callable[[str], Iterator[Observation]]]] = []
        problems: list[str] = []

        def add(path: Path, parser: Callable[[str], Iterator[Observation]]) -> None:
            try:
                stat = path.stat()
            except OSError as exc:
                problems.append(f"cannot read {path}: {exc.strerror or exc}")
                return
            files.append((str(path.resolve()), (stat.st_size, stat.st_mtime_ns), parser))

        if self.export is not None:
            export = self.export / "export.xml" if self.export.is_dir() else self.export
            if export.is_file():
                add(export, parse_apple_health)
            else:
                problems.append(f"Apple Health export {export} does not exist")
        for entry in self.workout_paths:
            if entry.is_dir():
                for path in sorted(entry.rglob("*")):
                    if path.suffix.lower() in WORKOUT_SUFFIXES and path.is_file():
                        add(path, _workouts)
            elif entry.is_file():
                add(entry, _workouts)
            else:
                problems.append(f"workout file or folder {entry} does not exist")
        return files, problems

    def _load_state(self) -> dict[str, Signature]:
        try:
            raw = json.loads(self.state_path.read_text(encoding="utf-8"))
            return {key: (int(value["size"]), int(value["mtime_ns"])) for key, value in raw["files"].items()}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            # Losing the cursor only costs a re-import, which ids make harmless.
            logger.warning("ignoring unreadable import state %s (%s); files will be imported again", self.state_path, exc)
            return {}

    def _save_state(self) -> None:
        payload = {
            "version": 1,
            "files": {key: {"size": size, "mtime_ns": mtime} for key, (size, mtime) in sorted(self._imported.items())},
        }
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.state_path.with_name(self.state_path.name + ".tmp")
        temporary.write_text(json.dumps(payload, indent=1), encoding="utf-8")
        os.replace(temporary, self.state_path)


def _workouts(path: str) -> Iterator[Observation]:
    """A workout file's observations as an iterator, the shape the import loop expects."""
    yield from parse_workout_file(path)


SENSOR = HealthSensor
