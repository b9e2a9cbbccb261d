"""The keyword side of hybrid search: SQLite FTS5 ranked with ``bm25()``.

An inverted index finds exact rare words (a product code, a name) that a sentence embedding blurs,
and stays fast at 100k+ documents. Two tables: ``memory_docs`` (id, kind, times, source ids) with a
unique id so ``add`` is idempotent and ``delete`` is an index lookup, and the FTS5 table
``memory_fts`` holding the text, joined on rowid. Together they hold everything a search hit shows,
so hybrid search reads its hits here (one indexed query) rather than from the vector store, which
reads a document and its metadata at ~0.1 ms each. (An FTS5 ``id UNINDEXED`` column could not be looked up without
a full scan, which ``delete`` and idempotent ``add`` would then pay per call.)
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

from server.memory.keyword_query import fts_match, query_terms

logger = logging.getLogger(__name__)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS memory_docs (
    rowid INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    kind TEXT,
    start_ts REAL NOT NULL,
    end_ts REAL NOT NULL,
    source_ids TEXT
);
CREATE INDEX IF NOT EXISTS memory_docs_start ON memory_docs (start_ts);
CREATE VIRTUAL TABLE IF NOT EXISTS memory_fts USING fts5(
    text, tokenize = 'porter unicode61 remove_diacritics 2'
);
"""

COMMON_SHARE = 0.02
COMMON_MIN_DOCS = 1000
"""A query term in more than ``max(COMMON_MIN_DOCS, COMMON_SHARE * documents)`` documents is left out
of the keyword search: bm25 has to score every document a term is in (100 ms for "computer" at 100k
memories), and so common a term ranks little (the dense side still reads the whole question)."""
_DF_CACHE_SIZE = 4096
_BATCH = 500  # ids per statement, under SQLite's variable limit
_COLUMNS_ADDED = (("source_ids", "TEXT"), ("speaker", "TEXT"), ("content_key", "TEXT"))
"""Columns added to ``memory_docs`` after its first release; an older index gets them (NULL) on open."""


@dataclass(frozen=True)
class KeywordDocument:
    """One memory as the keyword index sees it; times are UTC epoch seconds."""

    id: str
    text: str
    kind: str | None
    start_ts: float
    end_ts: float | None = None
    source_ids: tuple[str, ...] | None = None
    """The observation ids the memory came from; None in an index written before they were kept."""
    speaker: str | None = None
    """Who said it, for a conversation turn (``data.speaker``); None for everything else."""
    content_key: str | None = None
    """Equal for memories whose embedded content is the same ("Lol" said by Tom on two days); None
    when unknown (indexed before it was kept): such a memory is never taken for a repeat."""


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
            present = {row[1] for row in self._conn.execute("PRAGMA table_info(memory_docs)")}
            for column, kind in _COLUMNS_ADDED:
                if column not in present:
                    self._conn.execute(f"ALTER TABLE memory_docs ADD COLUMN {column} {kind}")
            self._conn.execute("CREATE INDEX IF NOT EXISTS memory_docs_speaker ON memory_docs (speaker COLLATE NOCASE, start_ts)")
            self._conn.execute("CREATE INDEX IF NOT EXISTS memory_docs_content ON memory_docs (content_key, start_ts)")
            # The longest memory bounds how far before a window a memory overlapping it can start,
            # which turns "overlaps [start, end)" into a range scan of the start_ts index.
            self._longest = float(self._conn.execute("SELECT coalesce(max(end_ts - start_ts), 0) FROM memory_docs").fetchone()[0])
            self._docs = int(self._conn.execute("SELECT count(*) FROM memory_docs").fetchone()[0])
        self._speakers: set[str] | None = None
        self._df: dict[str, tuple[int, int]] = {}
        """term -> (documents it is in, document count then); recounted after the index grew by a tenth."""

    def add(self, docs: Iterable[KeywordDocument]) -> int:
        """Index ``docs``; ids already present are left as they are. Returns how many were new."""
        added = 0
        with self._lock, self._transaction():
            for doc in docs:
                end_ts = doc.start_ts if doc.end_ts is None else doc.end_ts
                sources = None if doc.source_ids is None else json.dumps(list(doc.source_ids))
                cursor = self._conn.execute(
                    "INSERT OR IGNORE INTO memory_docs (id, kind, start_ts, end_ts, source_ids, speaker, content_key) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (doc.id, doc.kind, float(doc.start_ts), float(end_ts), sources, doc.speaker, doc.content_key),
                )
                if cursor.rowcount == 1:
                    self._conn.execute(
                        "INSERT INTO memory_fts (rowid, text) VALUES (?, ?)", (cursor.lastrowid, doc.text)
                    )
                    added += 1
                    self._longest = max(self._longest, float(end_ts) - float(doc.start_ts))
                    if doc.speaker and self._speakers is not None:
                        self._speakers.add(doc.speaker)
            self._docs += added
        return added

    def speakers(self) -> set[str]:
        """Every speaker of an indexed conversation turn (read once, then kept up to date by ``add``)."""
        with self._lock:
            if self._speakers is None:
                self._speakers = {row[0] for row in self._conn.execute(
                    "SELECT DISTINCT speaker FROM memory_docs WHERE speaker IS NOT NULL")}
            return set(self._speakers)

    def ids_by_speaker(self, speakers: Iterable[str], limit: int, start_ts: float | None = None,
                       end_ts: float | None = None) -> list[str]:
        """Ids of what these speakers said (names matched without case), newest first, at most
        ``limit``; with ``start_ts``/``end_ts`` only turns overlapping that window."""
        names = sorted({name.lower() for name in speakers})
        if not names:
            return []
        window, params = self._window_clause(start_ts, end_ts)
        sql = (f"SELECT d.id FROM memory_docs d WHERE d.speaker COLLATE NOCASE IN ({','.join('?' * len(names))})"
               + (f" AND {window}" if window else "") + " ORDER BY d.start_ts DESC LIMIT ?")
        with self._lock:
            return [row[0] for row in self._conn.execute(sql, [*names, *params, int(limit)])]

    def speaker_of(self, ids: Iterable[str]) -> dict[str, str]:
        """The speaker of each of these documents that has one."""
        rows = self._rows_by_id("SELECT id, speaker FROM memory_docs WHERE speaker IS NOT NULL AND id IN ({})", ids)
        return dict(rows)

    def search(
        self, query: str, k: int, start_ts: float | None = None, end_ts: float | None = None
    ) -> list[tuple[str, float]]:
        """The ``k`` best (id, score) for ``query``, best first; score is ``-bm25`` (higher is better).

        With ``start_ts``/``end_ts`` only memories overlapping ``[start_ts, end_ts)`` count.
        """
        if k <= 0:
            return []
        with self._lock:
            match = fts_match(self._selective(query_terms(query)))
        if match is None:
            return []
        params: list[object] = [match]
        if start_ts is None and end_ts is None:
            # Rank in the FTS table alone, then join only the k best: joining every match first
            # (thousands for a query of everyday words) costs a third of the search.
            sql = (
                "SELECT d.id, best.rank FROM (SELECT rowid, bm25(memory_fts) AS rank FROM memory_fts "
                "WHERE memory_fts MATCH ? ORDER BY rank LIMIT ?) AS best "
                "JOIN memory_docs d ON d.rowid = best.rowid ORDER BY best.rank"
            )
            params.append(int(k))
        else:
            window, window_params = self._window_clause(start_ts, end_ts)
            with self._lock:
                low, high = self._conn.execute(
                    f"SELECT min(rowid), max(rowid) FROM memory_docs d WHERE {window}", window_params).fetchone()
            if low is None:
                return []  # nothing in the window
            # The window's documents lie in one stretch of rowids (memories arrive roughly in time
            # order), and FTS5 reads only that stretch of each term's list: a day's keyword search at
            # 100k memories drops from ~6 ms to well under 1. Memories filed out of order only widen
            # the stretch; the time condition itself stays, so the result is exact either way.
            sql = (
                "SELECT d.id, bm25(memory_fts) AS rank FROM memory_fts "
                "JOIN memory_docs d ON d.rowid = memory_fts.rowid "
                f"WHERE memory_fts MATCH ? AND memory_fts.rowid BETWEEN ? AND ? AND {window} ORDER BY rank LIMIT ?"
            )
            params += [int(low), int(high), *window_params, int(k)]
        with self._lock:
            try:
                rows = self._conn.execute(sql, params).fetchall()
            except sqlite3.OperationalError as exc:  # quoting should make this unreachable; never fail a search on it
                logger.warning("keyword search failed (%s); no keyword hits", type(exc).__name__)  # no query text: it is personal
                return []
        return [(mem_id, -float(rank)) for mem_id, rank in rows]

    def _window_clause(self, start_ts: float | None, end_ts: float | None) -> tuple[str, list[object]]:
        """SQL on ``memory_docs d`` for documents overlapping ``[start_ts, end_ts)`` (either bound may
        be None), with a lower bound on ``start_ts`` that the index can use."""
        clauses: list[str] = []
        params: list[object] = []
        if end_ts is not None:
            clauses.append("d.start_ts < ?")
            params.append(float(end_ts))
        if start_ts is not None:
            # The longest memory bounds how far before the window an overlapping one can start.
            clauses.append("d.start_ts >= ? AND (d.end_ts > ? OR d.start_ts >= ?)")
            params += [float(start_ts) - self._longest, float(start_ts), float(start_ts)]
        return " AND ".join(clauses), params

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
            self._docs -= removed
            self._speakers = None  # a speaker's last turn may be gone
        return removed

    def _selective(self, terms: list[str]) -> list[str]:
        """``terms`` without those too common to be worth scoring (see ``COMMON_SHARE``); lock held."""
        limit = max(COMMON_MIN_DOCS, COMMON_SHARE * self._docs)
        if self._docs <= limit:
            return terms
        return [term for term in terms if self._document_frequency(term) <= limit]

    def _document_frequency(self, term: str) -> int:
        cached = self._df.get(term)
        if cached is not None and cached[1] * 0.9 <= self._docs <= cached[1] * 1.1:
            return cached[0]
        # Counting stops past the limit: "computer" in half of 100k memories would take 13 ms to count.
        limit = int(max(COMMON_MIN_DOCS, COMMON_SHARE * self._docs)) + 1
        try:
            found = int(self._conn.execute(
                "SELECT count(*) FROM (SELECT 1 FROM memory_fts WHERE memory_fts MATCH ? LIMIT ?)", (fts_match([term]), limit),
            ).fetchone()[0])
        except sqlite3.OperationalError:
            found = 0
        if len(self._df) >= _DF_CACHE_SIZE:
            self._df.clear()
        self._df[term] = (found, self._docs)
        return found

    def count(self) -> int:
        """How many documents are indexed."""
        with self._lock:
            return int(self._conn.execute("SELECT count(*) FROM memory_docs").fetchone()[0])

    def ids_overlapping(self, start_ts: float, end_ts: float, limit: int, kind: str | None = None) -> list[str] | None:
        """Ids of the documents (of ``kind``, if given) overlapping ``[start_ts, end_ts)``, or None when
        there are more than ``limit``."""
        sql = "SELECT id FROM memory_docs WHERE start_ts < ? AND start_ts >= ? AND (end_ts > ? OR start_ts >= ?)"
        params: list[object] = [float(end_ts), float(start_ts) - self._longest, float(start_ts), float(start_ts)]
        if kind is not None:
            sql += " AND kind = ?"
            params.append(kind)
        with self._lock:
            rows = self._conn.execute(sql + " LIMIT ?", [*params, int(limit) + 1]).fetchall()
        return None if len(rows) > limit else [row[0] for row in rows]

    def starts(self, ids: Iterable[str]) -> dict[str, datetime]:
        """When each of these documents began (unknown ids are left out)."""
        rows = self._rows_by_id("SELECT id, start_ts FROM memory_docs WHERE id IN ({})", ids)
        return {mem_id: datetime.fromtimestamp(start_ts, timezone.utc) for mem_id, start_ts in rows}

    def starts_and_contents(self, ids: Iterable[str]) -> dict[str, tuple[datetime, str | None]]:
        """When each of these documents began and its content key (unknown ids are left out)."""
        rows = self._rows_by_id("SELECT id, start_ts, content_key FROM memory_docs WHERE id IN ({})", ids)
        return {mem_id: (datetime.fromtimestamp(start_ts, timezone.utc), key) for mem_id, start_ts, key in rows}

    def contents(self, ids: Iterable[str]) -> dict[str, str | None]:
        """The content key of each of these documents (unknown ids are left out)."""
        return dict(self._rows_by_id("SELECT id, content_key FROM memory_docs WHERE id IN ({})", ids))

    def newest_by_content(self, keys: Iterable[str]) -> dict[str, str]:
        """For each of these content keys, the id of the newest document with it (unknown keys are left out)."""
        rows = self._rows_by_id("SELECT content_key, id, max(start_ts) FROM memory_docs WHERE content_key IN ({}) "
                                "GROUP BY content_key", keys)
        return {key: mem_id for key, mem_id, _ in rows}

    def documents(self, ids: Iterable[str]) -> dict[str, KeywordDocument]:
        """The indexed documents with these ids, text included (unknown ids are left out)."""
        rows = self._rows_by_id(
            "SELECT d.id, f.text, d.kind, d.start_ts, d.end_ts, d.source_ids FROM memory_docs d "
            "JOIN memory_fts f ON f.rowid = d.rowid WHERE d.id IN ({})", ids)
        return {
            mem_id: KeywordDocument(mem_id, text, kind, start_ts, end_ts,
                                    None if sources is None else tuple(json.loads(sources)))
            for mem_id, text, kind, start_ts, end_ts, sources in rows
        }

    def _rows_by_id(self, sql: str, ids: Iterable[str]) -> list[tuple]:
        """The rows of ``sql`` (whose ``{}`` takes the placeholders of an id list) for these ids, in batches."""
        wanted = list(dict.fromkeys(ids))
        rows: list[tuple] = []
        with self._lock:
            for offset in range(0, len(wanted), _BATCH):
                chunk = wanted[offset:offset + _BATCH]
                rows.extend(self._conn.execute(sql.format(",".join("?" * len(chunk))), chunk))
        return rows

    def ids_without_sources(self, limit: int = -1) -> list[str]:
        """Ids of the documents indexed before source ids were kept (see ``set_sources``); at most
        ``limit`` of them (-1: all)."""
        with self._lock:
            return [row[0] for row in self._conn.execute("SELECT id FROM memory_docs WHERE source_ids IS NULL LIMIT ?",
                                                         (int(limit),))]

    def ids_without_contents(self, limit: int = -1) -> list[str]:
        """Ids of the documents indexed before content keys were kept; at most ``limit`` (-1: all)."""
        with self._lock:
            return [row[0] for row in self._conn.execute("SELECT id FROM memory_docs WHERE content_key IS NULL LIMIT ?",
                                                         (int(limit),))]

    def set_contents(self, keys: Iterable[tuple[str, str]]) -> None:
        """Record the content keys of documents already indexed, as (id, key) (unknown ids are ignored)."""
        with self._lock, self._transaction():
            self._conn.executemany("UPDATE memory_docs SET content_key = ? WHERE id = ?",
                                   ((key, mem_id) for mem_id, key in keys))

    def set_sources(self, sources: Iterable[tuple[str, Iterable[str]]]) -> None:
        """Record the source observation ids of documents already indexed (unknown ids are ignored)."""
        with self._lock, self._transaction():
            self._conn.executemany("UPDATE memory_docs SET source_ids = ? WHERE id = ?",
                                   ((json.dumps(list(ids)), mem_id) for mem_id, ids in sources))

    def span(self, mem_id: str) -> tuple[datetime, datetime] | None:
        """When this document began and ended (None if it is not indexed)."""
        with self._lock:
            row = self._conn.execute("SELECT start_ts, end_ts FROM memory_docs WHERE id = ?", (mem_id,)).fetchone()
        return None if row is None else (datetime.fromtimestamp(row[0], timezone.utc), datetime.fromtimestamp(row[1], timezone.utc))

    def kind_stats(self, exclude_kinds: Iterable[str], after_ts: float | None = None) -> tuple[int, float | None]:
        """How many documents are not of ``exclude_kinds``, and the smallest ``start_ts`` among those
        starting at or after ``after_ts`` (None if none)."""
        kinds = sorted(set(exclude_kinds))
        marks = ",".join("?" * len(kinds))
        not_kind = f"(kind IS NULL OR kind NOT IN ({marks}))" if kinds else "1"
        with self._lock:
            count = int(self._conn.execute(f"SELECT count(*) FROM memory_docs WHERE {not_kind}", kinds).fetchone()[0])
            oldest = self._conn.execute(
                f"SELECT min(start_ts) FROM memory_docs WHERE {not_kind} AND start_ts >= ?",
                [*kinds, float("-inf") if after_ts is None else float(after_ts)],
            ).fetchone()[0]
        return count, None if oldest is None else float(oldest)

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
