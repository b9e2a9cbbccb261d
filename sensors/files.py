"""Files sensor: file activity in the watched folders, summarized per project.

A watchdog ``Observer`` (inotify, FSEvents, ReadDirectoryChangesW) runs in background threads and
queues file events; each poll drains the queue into one ``files`` observation per project. The
project is the first-level folder under a watched root (``~/code/tether/src/x.py`` -> ``tether``),
or the root's own name for files directly in it.

Counts are of distinct files per poll, not raw events: one save can raise several ``modified``
events, and a file created in the poll counts as created, not also as modified. Noise is ignored:
version-control and cache folders, editor swap and backup files. An editor's atomic save (write a
temporary file, rename it over the original) counts as a modification of the original.

A folder created under a watched root is walked by watchdog, which reports the files already in it
as created; a file written there before the walk is then reported twice. A second creation of the
same path within ``REPEAT_CREATION_S``, with no deletion between, is that echo and is dropped, so
it is not counted again in a later poll.
"""

from __future__ import annotations

import fnmatch
import hashlib
import logging
import os
import queue
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

from watchdog.events import FileSystemEvent, FileSystemEventHandler
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver

from sensors.base import HealthStatus, Sensor, SensorHealth
from shared.observation import Modality, Observation
from shared.settings import SensorSettings
from shared.timeutil import format_iso, utc_now

logger = logging.getLogger(__name__)

DEFAULT_IGNORED_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", "node_modules", ".mypy_cache", ".pytest_cache"})
"""Folders whose contents are never reported."""
DEFAULT_IGNORED_NAMES = (".DS_Store", "*.swp", "*.swo", "*.swx", "*~", ".#*", "4913")
"""File-name patterns never reported (``4913`` is the probe file vim writes before saving)."""

MAX_SAMPLE_PATHS = 5
REPEAT_CREATION_S = 5.0
_KINDS = ("created", "modified", "deleted", "moved")


class FileEvent(NamedTuple):
    """One file event, already attributed to its watched root."""

    when: datetime
    kind: str  # created | modified | deleted | moved
    root: Path
    path: Path  # for moves, the new location


def is_noise(relative: Path, ignored_dirs: Iterable[str] = DEFAULT_IGNORED_DIRS, ignored_names: Iterable[str] = DEFAULT_IGNORED_NAMES) -> bool:
    """Whether a path (relative to its root) lies in an ignored folder or has an ignored name."""
    dirs = set(ignored_dirs)
    if any(part in dirs for part in relative.parts):
        return True
    return any(fnmatch.fnmatchcase(relative.name, pattern) for pattern in ignored_names)


def project_of(root: Path, path: Path) -> str:
    """The first-level folder under ``root`` holding ``path``, or the root's name."""
    parts = path.relative_to(root).parts
    return parts[0] if len(parts) > 1 else (root.name or str(root))


@dataclass
class _ProjectSummary:
    root: Path
    project: str
    start: datetime
    end: datetime
    paths: dict[str, set[str]] = field(default_factory=lambda: {kind: set() for kind in _KINDS})
    samples: list[str] = field(default_factory=list)

    def add(self, event: FileEvent) -> None:
        relative = event.path.relative_to(self.root).as_posix()
        self.paths[event.kind].add(relative)
        self.start, self.end = min(self.start, event.when), max(self.end, event.when)
        if relative not in self.samples and len(self.samples) < MAX_SAMPLE_PATHS:
            self.samples.append(relative)

    def data(self) -> dict[str, Any]:
        modified = self.paths["modified"] - self.paths["created"]
        return {
            "project": self.project,
            "root": str(self.root),
            "created": len(self.paths["created"]),
            "modified": len(modified),
            "deleted": len(self.paths["deleted"]),
            "moved": len(self.paths["moved"]),
            "sample_paths": list(self.samples),
        }


def summarize_events(events: Iterable[FileEvent]) -> list[dict[str, Any]]:
    """Per (root, project): counts, sample paths, and ``start``/``end`` of its events, by first event."""
    summaries: dict[tuple[Path, str], _ProjectSummary] = {}
    for event in events:
        key = (event.root, project_of(event.root, event.path))
        summary = summaries.get(key)
        if summary is None:
            summary = summaries[key] = _ProjectSummary(event.root, key[1], event.when, event.when)
        summary.add(event)
    return [{**summary.data(), "start": summary.start, "end": summary.end} for summary in summaries.values()]


class _QueueingHandler(FileSystemEventHandler):
    """Turns one root's watchdog events into ``FileEvent``s on a thread-safe queue."""

    def __init__(self, root: Path, sensor: "FilesSensor") -> None:
        self.root = root
        self.sensor = sensor
        self._created: OrderedDict[Path, float] = OrderedDict()  # path -> when it was reported created

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.is_directory or event.event_type not in _KINDS:
            return  # folder events and opened/closed events are not file activity
        source = self._inside(os.fsdecode(event.src_path))
        target = self._inside(os.fsdecode(event.dest_path)) if event.event_type == "moved" else None
        kind = event.event_type
        if kind == "moved":
            if target is None and source is None:
                return
            if target is None:  # moved out of the root (or to a noise name): gone from here
                kind, target = "deleted", source
            elif source is None:  # moved in, or an atomic save renaming a temporary file
                kind = "modified" if self._is_temporary(event) else "created"
            path = target
        else:
            path = source
        if event.event_type == "moved" and source is not None:
            self._created.pop(source, None)
        if path is None or self._is_echo(kind, path):
            return
        self.sensor._events.put(FileEvent(utc_now(), kind, self.root, path))

    def _is_echo(self, kind: str, path: Path) -> bool:
        """Whether this creation repeats one just reported (watchdog's walk of a new folder)."""
        if kind == "deleted":
            self._created.pop(path, None)
        if kind != "created":
            return False
        now = time.monotonic()
        while self._created and now - next(iter(self._created.values())) >= REPEAT_CREATION_S:
            self._created.popitem(last=False)  # oldest first
        if path in self._created:
            return True
        self._created[path] = now
        return False

    def _inside(self, raw: str) -> Path | None:
        """The path if it is reportable under this root (not noise, not owned by a nested root)."""
        if not raw:
            return None
        path = Path(raw)
        if self.sensor._root_of(path) != self.root:
            return None
        return None if self.sensor._is_noise(path.relative_to(self.root)) else path

    def _is_temporary(self, event: FileSystemEvent) -> bool:
        source = Path(os.fsdecode(event.src_path))
        return self.sensor._root_of(source) == self.root


class FilesSensor(Sensor):
    """File activity in watched folders, one observation per project per poll."""

    name: ClassVar[str] = "files"

    def __init__(
        self,
        folders: Iterable[str | os.PathLike[str]],
        *,
        ignored_dirs: Iterable[str] = DEFAULT_IGNORED_DIRS,
        ignored_names: Iterable[str] = DEFAULT_IGNORED_NAMES,
        observer_factory: Callable[[], BaseObserver] = Observer,
    ) -> None:
        self.roots = [Path(folder).expanduser().resolve() for folder in folders]
        self.ignored_dirs = frozenset(ignored_dirs)
        self.ignored_names = tuple(ignored_names)
        self._observer_factory = observer_factory
        self._observer: BaseObserver | None = None
        self._scheduled: set[Path] = set()
        self._errors: dict[Path, str] = {}
        self._events: queue.SimpleQueue[FileEvent] = queue.SimpleQueue()

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "FilesSensor":
        """A sensor for the settings' ``watch_folders`` (missing ones are reported by ``health``)."""
        return cls(settings.watch_folders)

    def start(self) -> None:
        """Start watching the roots that exist (idempotent; ``poll`` calls it)."""
        if self._observer is None:
            self._observer = self._observer_factory()
            self._observer.daemon = True
            self._observer.start()
        for root in self.roots:
            if root in self._scheduled or not root.is_dir():
                continue
            try:
                self._observer.schedule(_QueueingHandler(root, self), str(root), recursive=True)
            except OSError as exc:
                message = f"cannot watch {root}: {exc.strerror or exc}"
                if exc.errno == 28:  # ENOSPC from inotify_add_watch
                    message += "; raise the limit with sysctl fs.inotify.max_user_watches"
                if self._errors.get(root) != message:
                    logger.warning("%s", message)
                self._errors[root] = message
                continue
            self._errors.pop(root, None)
            self._scheduled.add(root)

    def poll(self) -> list[Observation]:
        """One observation per project with file activity since the previous poll."""
        self.start()  # also picks up watched folders created since the last poll
        events: list[FileEvent] = []
        while True:
            try:
                events.append(self._events.get_nowait())
            except queue.Empty:
                break
        return [self._observation(summary) for summary in summarize_events(events)]

    def health(self) -> SensorHealth:
        """Unavailable without folders or with missing ones (named); error if one cannot be watched."""
        if not self.roots:
            return SensorHealth(HealthStatus.unavailable, "no folders to watch; set TETHER_SENSORS__WATCH_FOLDERS")
        missing = [str(root) for root in self.roots if not root.is_dir()]
        if missing:
            return SensorHealth(HealthStatus.unavailable, f"watch folder not found or not a folder: {', '.join(missing)}")
        if self._errors:
            return SensorHealth(HealthStatus.error, "; ".join(self._errors.values()))
        return SensorHealth(HealthStatus.ok)

    def close(self) -> None:
        """Stop the observer threads."""
        observer, self._observer = self._observer, None
        self._scheduled.clear()
        if observer is not None:
            observer.stop()
            observer.join(timeout=5)

    def _observation(self, summary: dict[str, Any]) -> Observation:
        start, end = summary.pop("start"), summary.pop("end")
        key = f"{summary['root']}\0{summary['project']}\0{format_iso(start)}\0{format_iso(end)}\0{sorted(summary.items())}"
        return Observation(
            id=f"files-{hashlib.sha256(key.encode('utf-8', errors='replace')).hexdigest()[:32]}",
            sensor=self.name,
            kind="files",
            start=start,
            end=end,
            modality=Modality.digital,
            data=summary,
        )

    def _root_of(self, path: Path) -> Path | None:
        """The deepest watched root containing ``path`` (nested roots own their own files)."""
        owners = [root for root in self.roots if path == root or root in path.parents]
        return max(owners, key=lambda root: len(root.parts)) if owners else None

    def _is_noise(self, relative: Path) -> bool:
        return is_noise(relative, self.ignored_dirs, self.ignored_names)


SENSOR = FilesSensor
