"""The device's local store of digitized observations (read by CurrentState and the condenser).

SQLite, idempotent on observation id. Times are kept as integer UTC microseconds so range queries
compare numbers, with an index on start. Ranges are half-open: ``between(a, b)`` returns what
overlaps ``[a, b)``, instants included when ``a <= start < b``.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from datetime import datetime
from pathlib import Path
from types import TracebackType
from typing import Iterable

from device.storage.sqlite import open_sqlite
from shared.observation import Observation, effective_end
from shared.timeutil import UTC, to_utc

logger = logging.getLogger(__name__)

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS observations (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    start_us INTEGER NOT NULL,
    end_us INTEGER NOT NULL,
    body TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS observations_start ON observations (start_us);
"""


class StoreClosedError(RuntimeError):
    """The store was used after ``close()``."""


def _micros(value: datetime) -> int:
    """Aware datetime as integer microseconds since the Unix epoch (exact, no float rounding)."""
    delta = to_utc(value) - _EPOCH
    return (delta.days * 86_400 + delta.seconds) * 1_000_000 + delta.microseconds


class ObservationStore:
    """Digitized observations on disk, queried by time. Thread-safe; a context manager."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._connection = open_sqlite(path)
        self._connection.executescript(_SCHEMA)
        # The longest stored observation bounds how far before a range an overlapping one can
        # start, which lets the start index serve both ends of an overlap query.
        row = self._connection.execute("SELECT COALESCE(MAX(end_us - start_us), 0) FROM observations").fetchone()
        self._longest_us = int(row[0])
        self._closed = False

    def add(self, observations: Iterable[Observation]) -> int:
        """Store observations; ids already stored are skipped. Returns how many were new."""
        rows = [
            (o.id, o.kind, _micros(o.start), _micros(effective_end(o)), o.to_json()) for o in observations
        ]
        if not rows:
            return 0
        added = 0
        with self._lock:
            connection = self._open_connection()
            connection.execute("BEGIN IMMEDIATE")
            try:
                for row in rows:
                    added += connection.execute(
                        "INSERT OR IGNORE INTO observations (id, kind, start_us, end_us, body) VALUES (?, ?, ?, ?, ?)",
                        row,
                    ).rowcount
                connection.execute("COMMIT")
            except BaseException:
                if connection.in_transaction:  # SQLite may have rolled back already (SQLITE_FULL)
                    connection.execute("ROLLBACK")
                raise
            self._longest_us = max(self._longest_us, max(end_us - start_us for _, _, start_us, end_us, _ in rows))
        logger.debug("store added %d of %d observations", added, len(rows))
        return added

    def between(self, start: datetime, end: datetime, kinds: Iterable[str] | None = None) -> list[Observation]:
        """Observations overlapping ``[start, end)``, optionally only of ``kinds``, sorted by (start, id)."""
        start_us, end_us = _micros(start), _micros(end)
        if end_us <= start_us:
            return []
        return self._query(start_us, end_us, kinds)

    def recent(self, since: datetime, kinds: Iterable[str] | None = None) -> list[Observation]:
        """Observations still going on at or after ``since`` (or starting later), sorted by (start, id)."""
        return self._query(_micros(since), None, kinds)

    def forget(self, ids: Iterable[str] | None = None, start: datetime | None = None, end: datetime | None = None,
               kind: str | None = None, sensor: str | None = None, dry_run: bool = False) -> int:
        """Delete observations matching all given conditions (``start``/``end``: overlapping that
        range); at least one condition is required. Returns how many were deleted (with
        ``dry_run``: how many would be, deleting nothing)."""
        if not (ids or start or end or kind or sensor):
            raise ValueError("say what to forget: ids, a time range, a kind or a sensor")
        sql, params = "SELECT id, body FROM observations WHERE 1=1", []
        id_list = None if ids is None else list(dict.fromkeys(ids))
        if id_list is not None:
            sql += f" AND id IN ({', '.join('?' * len(id_list))})"
            params.extend(id_list)
        if end is not None:
            sql += " AND start_us < ?"
            params.append(_micros(end))
        if start is not None:
            sql += " AND (end_us > ? OR start_us >= ?)"
            params.extend([_micros(start)] * 2)
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind)
        with self._lock:
            connection = self._open_connection()
            rows = connection.execute(sql, params).fetchall()
            doomed = [row_id for row_id, body in rows
                      if sensor is None or Observation.model_validate_json(body).sensor == sensor]
            if dry_run:
                return len(doomed)
            connection.execute("BEGIN IMMEDIATE")
            for row_id in doomed:
                connection.execute("DELETE FROM observations WHERE id = ?", (row_id,))
            connection.execute("COMMIT")
        return len(doomed)

    def count(self) -> int:
        """How many observations are stored."""
        with self._lock:
            return int(self._open_connection().execute("SELECT COUNT(*) FROM observations").fetchone()[0])

    def close(self) -> None:
        """Close the database; safe to call twice."""
        with self._lock:
            if not self._closed:
                self._connection.close()
                self._closed = True

    def __enter__(self) -> "ObservationStore":
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def _open_connection(self) -> sqlite3.Connection:
        if self._closed:
            raise StoreClosedError(f"observation store {self.path} is closed")
        return self._connection

    def _query(self, start_us: int, end_us: int | None, kinds: Iterable[str] | None) -> list[Observation]:
        # Overlap with [start, end): begins before end, and ends after start (or is an instant at/after start).
        sql = "SELECT body FROM observations WHERE start_us >= ? AND (end_us > ? OR start_us >= ?)"
        with self._lock:
            params: list[object] = [start_us - self._longest_us, start_us, start_us]
            if end_us is not None:
                sql += " AND start_us < ?"
                params.append(end_us)
            kind_list = None if kinds is None else sorted(set(kinds))
            if kind_list is not None:
                if not kind_list:
                    return []
                sql += f" AND kind IN ({', '.join('?' * len(kind_list))})"
                params.extend(kind_list)
            sql += " ORDER BY start_us, id"
            rows = self._open_connection().execute(sql, params).fetchall()
        return [Observation.model_validate_json(body) for (body,) in rows]
