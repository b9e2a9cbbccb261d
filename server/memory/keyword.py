"""The keyword side of hybrid search: SQLite FTS5 ranked with ``bm25()``.

An inverted index finds exact rare words (a product code, a name) that a sentence embedding blurs,
and stays fast at 100k+ documents. Two tables: ``memory_docs`` (id, kind, times) with a unique id
so ``add`` is idempotent and ``delete`` is an index lookup, and the FTS5 table ``memory_fts``
holding the text, joined on rowid. (An FTS5 ``id UNINDEXED`` column could not be looked up without
a full scan, which ``delete`` and idempotent ``add`` would then pay per call.)
"""

from __future__ import annotations

import logging
import re
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS memory_docs (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT,
    start_ts REAL NOT NULL,
    end_ts REAL NOT NULL
);
CREATE INDEX IF NOT EXISTS memory_docs_start ON memory_docs (start_ts);
CREATE VIRTUAL TABLE IF NOT EXISTS memory_fts USING fts5(
    text, tokenize = 'porter unicode61 remove_diacritics 2'
);
"""

# Words too common in questions to say anything about a memory ("when did I have coffee").
STOPWORDS = frozenset(
    (
        "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been",
        "before", "being", "but", "by", "can", "could", "did", "do", "does", "doing", "for", "from",
        "had", "has", "have", "having", "how", "i", "if", "in", "into", "is", "it", "its", "me", "my",
        "myself", "of", "on", "or", "our", "over", "so", "than", "that", "the", "their", "them", "then",
        "there", "these", "they", "this", "those", "to", "was", "we", "were", "what", "when", "where",
        "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your",
    )
)
_TOKEN = re.compile(r"\w+", re.UNICODE)
MAX_QUERY_TERMS = 32
_BATCH = 500  # ids per statement, under SQLite's variable limit


@dataclass(frozen=True)
class KeywordDocument:
    """One memory as the keyword index sees it; times are UTC epoch seconds."""

    id: str
    text: str
    kind: str | None
    start_ts: float
    end_ts: float | None = None


def fts_query(text: str) -> str | None:
    """An FTS5 MATCH expression: the query's words, quoted, joined with OR (None if no words).

    Quoting every token means no user text is read as FTS5 syntax (``NEAR``, ``*``, ``"``, ``:``,
    ``-``, parentheses). Stopwords are left out unless the query has nothing else.
    """
    tokens = [t.lower() for t in _TOKEN.findall(text)]
    words = [t for t in tokens if t not in STOPWORDS] or tokens
    unique = list(dict.fromkeys(words))[:MAX_QUERY_TERMS]
    if not unique:
        return None
    return " OR ".join('"' + t.replace('"', '""') + '"' for t in unique)


class KeywordIndex:
    """FTS5 index over memory documents; one connection behind a lock, WAL journal.

    ``path`` may be ``":memory:"`` (the in-memory twin used in tests).
    """

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._conn = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        with self._lock:
            if self.path != ":memory:":
                self._conn.execute("PRAGMA journal_mode=WAL")
                self._conn.execute("PRAGMA synchronous=NORMAL")
            self._conn.executescript(_SCHEMA)

    def add(self, docs: Iterable[KeywordDocument]) -> int:
        """Index ``docs``; ids already present are left as they are. Returns how many were new."""
        added = 0
        with self._lock, self._transaction():
            for doc in docs:
                end_ts = doc.start_ts if doc.end_ts is None else doc.end_ts
                cursor = self._conn.execute(
                    "INSERT OR IGNORE INTO memory_docs (id, kind, start_ts, end_ts) VALUES (?, ?, ?, ?)",
                    (doc.id, doc.kind, float(doc.start_ts), float(end_ts)),
                )
                if cursor.rowcount == 1:
                    self._conn.execute(
                        "INSERT INTO memory_fts (rowid, text) VALUES (?, ?)", (cursor.lastrowid, doc.text)
                    )
                    added += 1
        return added

    def search(
        self, query: str, k: int, start_ts: float | None = None, end_ts: float | None = None
    ) -> list[tuple[str, float]]:
        """The ``k`` best (id, score) for ``query``, best first; score is ``-bm25`` (higher is better).

        With ``start_ts``/``end_ts`` only memories overlapping ``[start_ts, end_ts)`` count.
        """
        match = fts_query(query)
        if match is None or k <= 0:
            return []
        sql = (
            "SELECT d.id, bm25(memory_fts) AS rank FROM memory_fts "
            "JOIN memory_docs d ON d.rowid = memory_fts.rowid WHERE memory_fts MATCH ?"
        )
        params: list[object] = [match]
        if end_ts is not None:
            sql += " AND d.start_ts < ?"
            params.append(float(end_ts))
        if start_ts is not None:
            sql += " AND d.end_ts >= ?"
            params.append(float(start_ts))
        sql += " ORDER BY rank LIMIT ?"
        params.append(int(k))
        with self._lock:
            try:
                rows = self._conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:  # quoting should make this unreachable; never fail a search on it
                logger.warning("keyword search failed for %r: %s", match, exc)
                return []
        return [(mem_id, -float(rank)) for mem_id, rank in rows]

    def delete(self, ids: Iterable[str]) -> int:
        """Remove these ids (unknown ones are ignored); returns how many were removed."""
        wanted = list(dict.fromkeys(ids))
        removed = 0
        with self._lock, self._transaction():
            for offset in range(0, len(wanted), _BATCH):
                chunk = wanted[offset:offset + _BATCH]
                marks = ",".join("?" * len(chunk))
                rowids = [r[0] for r in self._conn.execute(f"SELECT rowid FROM memory_docs WHERE id IN ({marks})", chunk)]
                if not rowids:
                    continue
                row_marks = ",".join("?" * len(rowids))
                self._conn.execute(f"DELETE FROM memory_fts WHERE rowid IN ({row_marks})", rowids)
                self._conn.execute(f"DELETE FROM memory_docs WHERE rowid IN ({row_marks})", rowids)
                removed += len(rowids)
        return removed

    def count(self) -> int:
        """How many documents are indexed."""
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM memory_docs").fetchone()[0])

    def ids(self) -> set[str]:
        """Every indexed id (to reconcile with the vector store)."""
        with self._lock:
            return {row[0] for row in self._conn.execute("SELECT id FROM memory_docs")}

    def close(self) -> None:
        """Close the connection."""
        with self._lock:
            self._conn.close()

    def _transaction(self) -> _Transaction:
        return _Transaction(self._conn)


class _Transaction:
    """BEGIN/COMMIT around a block (the connection runs in autocommit mode), ROLLBACK on error."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self._conn = conn

    def __enter__(self) -> None:
        self._conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        self._conn.execute("ROLLBACK" if exc_type is not None else "COMMIT")
