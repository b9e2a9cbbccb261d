"""The outbox's tables, and the record of one observation set aside (read by ``tether audit``)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from device.storage.sqlite import open_sqlite

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
CREATE TABLE IF NOT EXISTS damaged (
    seq INTEGER PRIMARY KEY,
    id BLOB,
    body BLOB,
    error TEXT NOT NULL,
    found_at TEXT NOT NULL
);
"""


@dataclass(frozen=True)
class SetAside:
    """A record kept in the outbox's ``damaged`` table instead of being sent, and why."""

    id: str
    reason: str
    at: str
    """When it was set aside (ISO 8601, UTC)."""
    size: int
    """Its stored body, in bytes."""


def prepare(connection: sqlite3.Connection) -> None:
    """The tables, on a connection to a checked database; deleted rows overwritten on disk."""
    # Deleted rows are overwritten, not just unlinked: forgotten data must not linger on disk.
    connection.execute("PRAGMA secure_delete=ON")
    connection.executescript(_SCHEMA)


def create_database(path: Path) -> sqlite3.Connection:
    """An outbox database at ``path`` (new or existing), with its tables, without checking it."""
    connection = open_sqlite(path)
    try:
        prepare(connection)
    except BaseException:
        connection.close()
        raise
    return connection
