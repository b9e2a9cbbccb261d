"""``InMemoryMemoryStore``: the in-memory twin of ``ChromaMemoryStore`` (brute-force cosine).

Same interface and behaviour, no database: the store tests run against it and Chroma alike, which
keeps the tests honest about what is Chroma's behaviour and what is ours. Exact search, so it is
also a reference for the approximate (HNSW) results.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable, Iterator
from dataclasses import replace
from datetime import tzinfo

import numpy as np

from server.memory.documents import content_key, embedding_text
from server.memory.ranking import first_of_each
from server.memory.embedder import Embedder
from server.memory.records import MemoryFilter, MemoryRecord
from server.memory.store import VectorMemoryStore, unique_by_id
from shared.observation import Observation
from shared.wire import MemoryHit

logger = logging.getLogger(__name__)


class InMemoryMemoryStore(VectorMemoryStore):
    """Records and their unit vectors in a dict; search is one matrix product over all of them."""

    def __init__(self, embedder: Embedder, tz: tzinfo) -> None:
        super().__init__(embedder)
        self._tz = tz
        self._records: dict[str, MemoryRecord] = {}
        self._vectors: dict[str, np.ndarray] = {}
        self._keys: dict[str, str] = {}
        self._matrix: tuple[list[str], np.ndarray] | None = None  # rebuilt lazily after writes
        self._lock = threading.RLock()

    def insert(self, observations: list[Observation]) -> tuple[list[MemoryRecord], int]:
        unique, in_batch_duplicates = unique_by_id(observations)
        with self._lock:
            present = [obs_id for obs_id in unique if obs_id in self._records]
            new = [MemoryRecord.from_observation(obs, self._tz) for obs_id, obs in unique.items() if obs_id not in self._records]
            if new:
                vectors = self._embedder.embed([embedding_text(unique[record.id]) for record in new])
                for record, vector in zip(new, vectors):
                    self._records[record.id] = record
                    self._vectors[record.id] = np.asarray(vector, dtype=np.float32)
                    self._keys[record.id] = content_key(unique[record.id])
                self._matrix = None
        return new, in_batch_duplicates + len(present)

    def search_where(self, query: str, k: int, where: MemoryFilter | None) -> list[MemoryHit]:
        if k <= 0:
            return []
        with self._lock:
            if not self._records:
                return []
            ids, matrix = self._snapshot()
            records = [self._records[mem_id] for mem_id in ids]
        query_vector = np.asarray(self._embedder.embed([query])[0], dtype=np.float32)
        similarities = matrix @ query_vector
        if where is not None and not where.is_empty:
            keep = np.fromiter((where.matches(r) for r in records), dtype=bool, count=len(records))
            similarities = np.where(keep, similarities, -np.inf)
        order = np.argsort(-similarities, kind="stable")[:k]
        return [
            records[i].hit(float(min(1.0, max(0.0, similarities[i])))) for i in order if np.isfinite(similarities[i])
        ]

    def rank_contents(self, query: str, k: int) -> list[tuple[str, float]]:
        """Exact: every memory ranked, the best of each content kept (its vector is the content's)."""
        with self._lock:
            keys = dict(self._keys)
        ranked = [(hit.id, hit.score) for hit in self.search_where(query, len(keys), None)]
        return [(keys[mem_id], score) for mem_id, score in first_of_each(ranked, keys)][:max(0, k)]

    def search_among(self, query: str, k: int, ids: Iterable[str]) -> list[MemoryHit]:
        wanted = set(ids)
        with self._lock:
            records = [record for mem_id, record in self._records.items() if mem_id in wanted]
        keep = {record.id for record in records}
        if k <= 0 or not keep:
            return []
        return [hit for hit in self.search_where(query, len(self._records), None) if hit.id in keep][:k]

    def _snapshot(self) -> tuple[list[str], np.ndarray]:
        if self._matrix is None:
            ids = list(self._records)
            matrix = np.stack([self._vectors[i] for i in ids]) if ids else np.zeros((0, 0), dtype=np.float32)
            self._matrix = (ids, matrix)
        return self._matrix

    def get(self, ids: Iterable[str]) -> list[MemoryRecord]:
        with self._lock:
            return [self._records[i] for i in dict.fromkeys(ids) if i in self._records]

    def records(self) -> Iterator[MemoryRecord]:
        with self._lock:
            snapshot = list(self._records.values())
        return iter(snapshot)

    def set_pinned(self, ids: Iterable[str], pinned: bool) -> list[str]:
        with self._lock:
            found = [mem_id for mem_id in dict.fromkeys(ids) if mem_id in self._records]
            for mem_id in found:
                self._records[mem_id] = replace(self._records[mem_id], pinned=pinned)
        return found

    def pinned_ids(self) -> set[str]:
        with self._lock:
            return {mem_id for mem_id, record in self._records.items() if record.pinned}

    def select(self, ids: Iterable[str] | None = None, where: MemoryFilter | None = None) -> list[str]:
        wanted = None if ids is None else set(ids)
        with self._lock:
            return [
                r.id for r in self._records.values()
                if (wanted is None or r.matches_any_id(wanted)) and (where is None or where.matches(r))
            ]

    def delete(self, ids: Iterable[str]) -> int:
        removed = 0
        with self._lock:
            for mem_id in dict.fromkeys(ids):
                if self._records.pop(mem_id, None) is not None:
                    del self._vectors[mem_id]
                    del self._keys[mem_id]
                    removed += 1
            if removed:
                self._matrix = None
        return removed

    def count(self) -> int:
        with self._lock:
            return len(self._records)
