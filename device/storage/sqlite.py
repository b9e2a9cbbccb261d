"""Opening the device's durable SQLite databases (the outbox and the local store) the same way."""

from __future__ import annotations

import logging
import sqlite3
from pathlib import Path

logger = logging.getLogger(__name__)


def open_sqlite(path: str | Path) -> sqlite3.Connection:
    """A connection for a durable device database: WAL, synchronous=FULL, usable from any thread.

    Autocommit mode (``isolation_level=None``); callers open their own transactions.
    """
    if str(path) != ":memory:":
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    connection = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None, timeout=30.0)
    try:
        mode = connection.execute("PRAGMA journal_mode=WAL").fetchone()[0]
        if str(mode).lower() != "wal" and str(path) != ":memory:":
            logger.warning("%s: SQLite refused WAL (journal mode %s); writes stay durable but slower", path, mode)
        # FULL: a transaction that returned is on disk even after power loss, which is the outbox's promise.
        connection.execute("PRAGMA synchronous=FULL")
    except BaseException:
        connection.close()  # e.g. "file is not a database": the caller decides, without a dangling handle
        raise
    return connection
