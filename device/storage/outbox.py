"""The outbox: a durable SQLite queue of observations waiting to go to the server.

Like ActivityWatch's client request queue, it lives on disk so nothing is lost while the server is
unreachable or the device restarts. It is idempotent on observation id: an id already queued, or
already delivered (kept in a ``delivered`` table), is never queued again, so re-reading a sensor's
history does not resend it.

A damaged database (found by ``PRAGMA quick_check`` at open, or by SQLite while in use) is moved to
``quarantine/`` and replaced by a fresh outbox holding whatever could be read back
(``device.storage.outbox_recovery``); ``Outbox.recoveries`` says what happened. A single row whose body is
no longer a readable observation is moved to the ``damaged`` table so it cannot block the queue.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable
from contextlib import contextmanager
from pathlib import Path
from types import TracebackType
from typing import Iterable, Iterator, TypeVar

from pydantic import ValidationError

from device.storage.outbox_recovery import (
    OutboxCorruptError,
    OutboxRecovery,
    finish_interrupted_swap,
    integrity_problem,
    is_corruption,
    replace_damaged,
)
from device.storage.outbox_schema import SetAside, create_database, prepare
from device.storage.sqlite import open_sqlite
from shared.observation import Observation
from shared.timeutil import format_iso, utc_now

__all__ = ["Outbox", "OutboxClosedError", "OutboxCorruptError", "OutboxRecovery", "SetAside"]

logger = logging.getLogger(__name__)

T = TypeVar("T")

class OutboxClosedError(RuntimeError):
    """The outbox was used after ``close()``."""


class _Damaged(Exception):
    """The database file failed to open or to pass its integrity check."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Outbox:
    """Observations queued for the server, in insertion order. Thread-safe; a context manager.

    With ``recover`` (the default) a damaged database is quarantined and replaced (see the module
    docstring); without it, ``OutboxCorruptError`` is raised instead.
    """

    def __init__(self, path: str | Path, recover: bool = True) -> None:
        self.path = Path(path)
        self.recover = recover
        self.recoveries: list[OutboxRecovery] = []
        """Damaged databases this outbox replaced, oldest first (also logged, and written as JSON
        beside each quarantined file)."""
        self._lock = threading.Lock()
        self._closed = False
        self._connection: sqlite3.Connection | None = self._connect()

    def put(self, observations: Iterable[Observation]) -> int:
        """Queue observations; ids already queued or delivered are skipped. Returns how many were new."""
        rows = [(o.id, o.to_json()) for o in observations]
        if not rows:
            return 0

        def insert() -> int:
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
            return added

        added = self._guarded(insert)
        logger.debug("outbox queued %d of %d observations", added, len(rows))
        return added

    def peek(self, limit: int = 500) -> list[Observation]:
        """Up to ``limit`` queued observations, oldest first; they stay queued until ``ack``.

        A row that no longer reads as an observation is moved to the ``damaged`` table (and logged)
        rather than returned, so one bad row cannot stop every later sync.
        """
        if limit <= 0:
            return []

        def read() -> tuple[list[Observation], list[tuple[int, bytes, bytes, str]]]:
            with self._locked() as connection:
                # Blobs, decoded here: a flipped byte must not make SQLite refuse the whole read.
                rows = connection.execute(
                    "SELECT seq, CAST(id AS BLOB), CAST(body AS BLOB) FROM queue ORDER BY seq LIMIT ?", (limit,)
                ).fetchall()
            good: list[Observation] = []
            bad: list[tuple[int, bytes, bytes, str]] = []
            for seq, raw_id, raw_body in rows:
                try:
                    good.append(Observation.model_validate_json(raw_body.decode("utf-8")))
                except (UnicodeDecodeError, ValidationError, ValueError) as exc:
                    bad.append((seq, raw_id, raw_body, str(exc).splitlines()[0][:200]))
            return good, bad

        while True:
            good, bad = self._guarded(read)
            if not bad:
                return good
            self._set_aside(bad)  # then read again: the batch is refilled from the rows behind

    def ack(self, ids: Iterable[str]) -> int:
        """Mark ids delivered: remove them from the queue and remember them. Returns how many left the queue."""
        unique_ids = list(dict.fromkeys(ids))
        if not unique_ids:
            return 0

        def mark() -> int:
            delivered_at = format_iso(utc_now())
            removed = 0
            with self._transaction() as connection:
                for observation_id in unique_ids:
                    removed += connection.execute("DELETE FROM queue WHERE id = ?", (observation_id,)).rowcount
                    connection.execute(
                        "INSERT OR IGNORE INTO delivered (id, delivered_at) VALUES (?, ?)",
                        (observation_id, delivered_at),
                    )
            return removed

        removed = self._guarded(mark)
        logger.debug("outbox acknowledged %d ids, %d left the queue", len(unique_ids), removed)
        return removed

    def drop(self, ids: Iterable[str], reason: str) -> int:
        """Remove ids the server rejected for good (a 4xx), logging why; they are not marked delivered."""
        unique_ids = list(dict.fromkeys(ids))

        def delete() -> int:
            removed = 0
            with self._transaction() as connection:
                for observation_id in unique_ids:
                    removed += connection.execute("DELETE FROM queue WHERE id = ?", (observation_id,)).rowcount
            if removed:
                # Dropped rows may be forgotten ones: with secure_delete their bytes are zeroed, and the
                # checkpoint clears the WAL's older copies, so no later salvage can bring them back.
                with self._locked() as connection:
                    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            return removed

        removed = self._guarded(delete)
        if removed:
            logger.warning("outbox dropped %d observations: %s", removed, reason)
        return removed

    def set_aside(self, ids: Iterable[str], reason: str) -> int:
        """Move queued ids to the ``damaged`` table (kept there with ``reason``, never sent again):
        for records the server can never take, such as one larger than its body limit."""
        unique_ids = list(dict.fromkeys(ids))

        def read() -> list[tuple[int, bytes, bytes, str]]:
            with self._locked() as connection:
                rows = []
                for observation_id in unique_ids:
                    rows += connection.execute(
                        "SELECT seq, CAST(id AS BLOB), CAST(body AS BLOB) FROM queue WHERE id = ?", (observation_id,)
                    ).fetchall()
            return [(seq, raw_id, raw_body, reason) for seq, raw_id, raw_body in rows]

        rows = self._guarded(read)
        if rows:  # the caller says so to the person (the command's message, the agent's status)
            self._set_aside(rows, "cannot be delivered", level=logging.INFO)
        return len(rows)

    def keep_aside(self, observations: Iterable[Observation], reason: str) -> int:
        """Keep observations that must never be sent (over the size limit) in the ``damaged`` table
        with ``reason``, without queueing them. Ids already queued, delivered or set aside are skipped.
        Returns how many were set aside."""
        rows = [(o.id, o.to_json()) for o in observations]
        if not rows:
            return 0

        def insert() -> int:
            found_at = format_iso(utc_now())
            added = 0
            with self._transaction() as connection:
                for observation_id, body in rows:
                    raw_id = observation_id.encode("utf-8", "surrogatepass")
                    if connection.execute("SELECT 1 FROM delivered WHERE id = ?", (observation_id,)).fetchone() or \
                            connection.execute("SELECT 1 FROM damaged WHERE id = ?", (raw_id,)).fetchone():
                        continue
                    # Through the queue, so the row gets a sequence number no queued row will reuse.
                    cursor = connection.execute("INSERT OR IGNORE INTO queue (id, body, queued_at) VALUES (?, ?, ?)",
                                                (observation_id, body, found_at))
                    if not cursor.rowcount:
                        continue
                    seq = cursor.lastrowid
                    connection.execute("INSERT INTO damaged (seq, id, body, error, found_at) VALUES (?, ?, ?, ?, ?)",
                                       (seq, raw_id, body.encode("utf-8", "surrogatepass"), reason, found_at))
                    connection.execute("DELETE FROM queue WHERE seq = ?", (seq,))
                    added += 1
            return added

        added = self._guarded(insert)
        if added:  # the caller says so to the person (the command's message, the agent's status)
            logger.info("outbox set aside %d observations that cannot be sent: %s", added, reason)
        return added

    def set_aside_entries(self, limit: int | None = None) -> list[SetAside]:
        """What the ``damaged`` table holds (set aside, never sent), newest first."""

        def read() -> list[tuple[bytes, str, str, int]]:
            sql = "SELECT CAST(id AS BLOB), error, found_at, length(body) FROM damaged ORDER BY found_at DESC, seq DESC"
            with self._locked() as connection:
                if limit is not None:
                    return connection.execute(sql + " LIMIT ?", (max(0, limit),)).fetchall()
                return connection.execute(sql).fetchall()

        return [SetAside(bytes(raw_id or b"").decode("utf-8", errors="replace"), error, found_at, int(size or 0))
                for raw_id, error, found_at, size in self._guarded(read)]

    def depth(self) -> int:
        """How many observations are waiting."""
        return self._guarded(lambda: self._scalar("SELECT COUNT(*) FROM queue"))

    def delivered_count(self) -> int:
        """How many ids have been acknowledged so far."""
        return self._guarded(lambda: self._scalar("SELECT COUNT(*) FROM delivered"))

    def damaged_count(self) -> int:
        """How many rows were set aside because they no longer read as observations."""
        return self._guarded(lambda: self._scalar("SELECT COUNT(*) FROM damaged"))

    def close(self) -> None:
        """Close the database; safe to call twice."""
        with self._lock:
            self._closed = True
            if self._connection is not None:
                self._connection.close()
                self._connection = None

    def __enter__(self) -> "Outbox":
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()

    def _scalar(self, sql: str) -> int:
        with self._locked() as connection:
            return int(connection.execute(sql).fetchone()[0])

    def _set_aside(self, bad: list[tuple[int, bytes, bytes, str]], what: str = "are not readable observations",
                   level: int = logging.ERROR) -> None:
        found_at = format_iso(utc_now())

        def move() -> None:
            with self._transaction() as connection:
                for seq, raw_id, raw_body, error in bad:
                    connection.execute(
                        "INSERT OR REPLACE INTO damaged (seq, id, body, error, found_at) VALUES (?, ?, ?, ?, ?)",
                        (seq, raw_id, raw_body, error, found_at),
                    )
                    connection.execute("DELETE FROM queue WHERE seq = ?", (seq,))

        self._guarded(move)
        first_id = bad[0][1].decode("utf-8", errors="replace")
        logger.log(level, "outbox %s: %d queued rows %s (first %r: %s); moved them to its damaged table",
                   self.path, len(bad), what, first_id, bad[0][3])

    # --- damage handling -------------------------------------------------------------------------

    def _guarded(self, operation: Callable[[], T]) -> T:
        """Run ``operation``; if SQLite finds the file damaged, replace the database once and retry."""
        connection = self._connection
        try:
            return operation()
        except sqlite3.DatabaseError as exc:
            if not is_corruption(exc):
                raise  # a full disk or a lock is the caller's business, unchanged
            if not self.recover:
                raise OutboxCorruptError(self.path, str(exc)) from exc
            reason = str(exc)
        with self._lock:
            if self._closed:
                raise OutboxClosedError(f"outbox {self.path} is closed")
            if self._connection is connection:  # else another thread met it first and replaced the file
                if connection is not None:
                    # Closing first lets SQLite fold the WAL into the file, so the salvage sees the newest rows.
                    connection.close()
                    self._connection = None
                # If this fails (a full disk), the next call tries again: see ``_locked``.
                self._connection = self._replace(f"{reason} (while in use)")
        return operation()

    def _connect(self) -> sqlite3.Connection:
        if str(self.path) != ":memory:":
            finish_interrupted_swap(self.path)
        try:
            return self._open_checked()
        except _Damaged as damage:
            if not self.recover:
                raise OutboxCorruptError(self.path, damage.reason) from None
            return self._replace(damage.reason)

    def _open_checked(self) -> sqlite3.Connection:
        """Open (or create) the database and check it; raises ``_Damaged`` when it is not sound."""
        existed = str(self.path) != ":memory:" and self.path.exists() and self.path.stat().st_size > 0
        try:
            if not existed:
                return create_database(self.path)
            connection = open_sqlite(self.path)
        except sqlite3.DatabaseError as exc:
            if is_corruption(exc):
                raise _Damaged(str(exc)) from exc
            raise
        try:
            problem = integrity_problem(connection)
            if problem is None:
                prepare(connection)
        except sqlite3.DatabaseError as exc:
            connection.close()
            if is_corruption(exc):
                raise _Damaged(str(exc)) from exc
            raise
        except BaseException:
            connection.close()
            raise
        if problem is not None:
            connection.close()
            raise _Damaged(f"integrity check failed: {problem}")
        return connection

    def _replace(self, reason: str) -> sqlite3.Connection:
        """Swap the damaged file for a fresh outbox holding what could be read (``replace_damaged``)."""
        recovery = replace_damaged(self.path, reason, create_database)
        try:
            connection = self._open_checked()
        except _Damaged as damage:  # the fresh file itself: nothing more this process can do
            raise OutboxCorruptError(self.path, f"a fresh outbox failed too: {damage.reason}") from None
        self.recoveries.append(recovery)
        return connection

    @contextmanager
    def _locked(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            if self._closed:
                raise OutboxClosedError(f"outbox {self.path} is closed")
            if self._connection is None:  # a recovery while in use failed earlier: try again now
                self._connection = self._connect()
            yield self._connection

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        with self._locked() as connection:
            connection.execute("BEGIN IMMEDIATE")
            try:
                yield connection
                connection.execute("COMMIT")
            except BaseException:
                # SQLite has already rolled back after some errors (SQLITE_FULL: "database or disk is
                # full"); a second ROLLBACK would hide the real error behind "no transaction is active".
                if connection.in_transaction:
                    connection.execute("ROLLBACK")
                raise
