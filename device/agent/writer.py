"""Writing what the sensors read, without losing it when storage fails (a full disk).

Observations are held in memory until the pipeline has stored and queued them. When a write fails
they stay held and the writer reports itself paused (``disk full``); the agent stops polling its
sensors and calls ``flush`` on each tick until space returns. The pipeline is idempotent on ids,
so retrying a batch that was half written (store yes, outbox no) stores nothing twice.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
import threading
from typing import Iterable

from device.pipeline.flow import AcceptReport, DevicePipeline
from shared.observation import Observation

logger = logging.getLogger(__name__)

DISK_FULL = "disk full"

_DISK_FULL_ERRNOS = frozenset({errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)})


def is_disk_full(exc: BaseException) -> bool:
    """Whether ``exc`` (or an error it arose from) means the disk or the database is full."""
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, sqlite3.Error):
            if getattr(current, "sqlite_errorname", "") == "SQLITE_FULL" or "database or disk is full" in str(current):
                return True
        if isinstance(current, OSError) and current.errno in _DISK_FULL_ERRNOS:
            return True
        current = current.__cause__ or current.__context__
    return False


def is_storage_error(exc: BaseException) -> bool:
    """Errors of the device's storage (SQLite, the file system) that a later retry may get past."""
    return isinstance(exc, (sqlite3.OperationalError, OSError))


class BufferedWriter:
    """Feeds observations to the pipeline; holds them while storage fails. Thread-safe."""

    def __init__(self, pipeline: DevicePipeline) -> None:
        self.pipeline = pipeline
        self.paused_reason: str | None = None
        """Why writes fail (``disk full`` or ``storage error: ...``); None when they work."""
        self.last_error: BaseException | None = None
        self._pending: list[Observation] = []
        self._lock = threading.Lock()

    @property
    def pending(self) -> int:
        """Observations held, not yet stored."""
        with self._lock:
            return len(self._pending)

    def write(self, observations: Iterable[Observation]) -> AcceptReport | None:
        """Hold ``observations`` and try to store everything held; None when storage failed."""
        with self._lock:
            self._pending.extend(observations)
            return self._flush_locked()

    def flush(self) -> AcceptReport | None:
        """Try again to store what is held; None when storage failed (or nothing was held)."""
        with self._lock:
            return self._flush_locked()

    def _flush_locked(self) -> AcceptReport | None:
        if not self._pending:
            self._resume()
            return None
        try:
            report = self.pipeline.accept(self._pending)
        except Exception as exc:
            if not is_storage_error(exc):
                raise
            reason = DISK_FULL if is_disk_full(exc) else f"storage error: {exc}"
            if self.paused_reason != reason:
                logger.error("cannot store observations (%s); sensing paused, %d held in memory until it works again",
                             reason, len(self._pending), extra={"held": len(self._pending)})
            self.paused_reason, self.last_error = reason, exc
            return None
        self._pending.clear()
        self._resume()
        return report

    def _resume(self) -> None:
        if self.paused_reason is not None:
            logger.warning("storage works again (was: %s); sensing resumes", self.paused_reason)
            self.paused_reason = None
