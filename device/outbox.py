"""The outbox: a durable SQLite queue of observations waiting to go to the server.

Like ActivityWatch's client request queue, it lives on disk so nothing is lost while the server is
unreachable or the device restarts. It is idempotent on observation id: an id already queued, or
already delivered (kept in a ``delivered`` table), is never queued again, so re-reading a sensor's
history does not resend it.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Iterable, Iterator

from shared.observation import Observation
from shared.timeutil import format_iso, utc_now

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS queue (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL UNIQUE,
    body TEXT NOT NULL,
    queued_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS delivered (
    id TEXT PRIMARY KEY,
    delivered_at TEXT NOT NULL
) WITHOUT ROWID;
"""


class OutboxClosedError(RuntimeError):
    """The outbox was used after ``close()``."""


def open_sqlite(path: str | Path) -> sqlite3.Connection:
    """A connection for a durable device database: WAL, synchronous=FULL, usable from any thread.

    Autocommit mode (``isolation_level=None``); callers open their own transactions.
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30.0)
    mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
    if str(mode).lower() != "wal" and str(path) != ":memory:":
        logger.warning("%s: SQLite refused WAL (journal mode %s); writes stay durable but slower", path, mode)
    # FULL: a transaction that returned is on disk even after power loss, which is the outbox's promise.
    connection.execute("PRAGMA synchronous=FULL")
    return connection


class Outbox:
    """Observations queued for the server, in insertion order. Thread-safe; a context manager."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self._lock = threading.Lock()
        self._connection: sqlite3.Connection | None = open_sqlite(path)
        self._connection.executescript(_SCHEMA)

    def put(self, observations: Iterable[Observation]) -> int:
        """Queue observations; ids already queued or delivered are skipped. Returns how many were new."""
        rows = [(o.id, o.to_json()) for o in observations]
        if not rows:
            return 0
        queued_at = format_iso(utc_now())
        added = 0
        with self._transaction() as connection:
            for observation_id, body in rows:
                if connection.execute("SELECT 1 FROM delivered WHERE id = ?", (observation_id,)).fetchone():
                    continue
                cursor = connection.execute(
                    "INSERT OR IGNORE INTO queue (id, body, queued_at) VALUES (?, ?, ?)",
                    (observation_id, body, queued_at),
                )
                added += cursor.rowcount
        logger.debug("outbox queued %d of %d observations", added, len(rows))
        return added

    def peek(self, limit: int = 500) -> list[Observation]:
        """Up to ``limit`` queued observations, oldest first; they stay queued until ``ack``."""
        if limit <= 0:
            return []
        with self._locked() as connection:
            rows = connection.execute("SELECT body FROM queue ORDER BY seq LIMIT ?", (limit,)).fetchall()
        return [Observation.model_validate_json(body) for (body,) in rows]

    def ack(self, ids: Iterable[str]) -> int:
        """Mark ids delivered: remove them from the queue and remember them. Returns how many left the queue."""
        unique_ids = list(dict.fromkeys(ids))
        if not unique_ids:
            return 0
        delivered_at = format_iso(utc_now())
        removed = 0
        with self._transaction() as connection:
            for observation_id in unique_ids:
                removed += connection.execute("DELETE FROM queue WHERE id = ?", (observation_id,)).rowcount
                connection.execute(
                    "INSERT OR IGNORE INTO delivered (id, delivered_at) VALUES (?, ?)",
                    (observation_id, delivered_at),
                )
        logger.debug("outbox acknowledged %d ids, %d left the queue", len(unique_ids), removed)
        return removed

    def drop(self, ids: Iterable[str], reason: str) -> int:
        """Remove ids the server rejected for good (a 4xx), logging why; they are not marked delivered."""
        unique_ids = list(dict.fromkeys(ids))
        removed = 0
        with self._transaction() as connection:
            for observation_id in unique_ids:
                removed += connection.execute("DELETE FROM queue WHERE id = ?", (observation_id,)).rowcount
        if removed:
            logger.warning("outbox dropped %d observations: %s", removed, reason)
        return removed

    def depth(self) -> int:
        """How many observations are waiting."""
        with self._locked() as connection:
            return int(connection.execute("SELECT COUNT(*) FROM queue").fetchone()[0])

    def delivered_count(self) -> int:
        """How many ids have been acknowledged so far."""
        with self._locked() as connection:
            return int(connection.execute("SELECT COUNT(*) FROM delivered").fetchone()[0])

    def close(self) -> None:
        """Close the database; safe to call twice."""
        with self._lock:
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def __enter__(self) -> "Outbox":
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    @contextmanager
    def _locked(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._connection is None:
                raise OutboxClosedError(f"outbox {self.path} is closed")
            yield self._connection

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._locked() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
            except BaseException:
                connection.execute("ROLLBACK")
                raise
            connection.execute("COMMIT")
