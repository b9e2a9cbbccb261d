"""Memory stores: observations as embedded documents, searchable by meaning, and forgettable.

``MemoryStore`` is what the services use (add, search, count, forget). ``VectorMemoryStore`` adds
what hybrid search needs of its dense side (insert returning the new records, filtered search, get
by id); ``ChromaMemoryStore`` keeps documents in chromadb (embedded ``PersistentClient`` or a Chroma
server through ``HttpClient``), and ``server.memory.memory_twin.InMemoryMemoryStore`` is its
in-memory twin, run through the same tests. Ingest is idempotent on the observation id.
"""

from __future__ import annotations

import json
import logging
import threading
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo
from typing import Any

import numpy as np

from server.memory.chroma_filters import all_of, any_of, chroma_where
from server.memory.documents import embedding_text
from server.memory.embedder import Embedder
from server.memory.records import MemoryFilter, MemoryRecord
from shared.observation import Observation
from shared.timeutil import UTC
from shared.wire import MemoryHit

logger = logging.getLogger(__name__)

COLLECTION = "observations"
SOURCE_LIST_KEY = "source_id_list"
"""Metadata key holding the source ids as a list, so Chroma can match one with ``$contains``."""
PINNED_KEY = "pinned"
"""Metadata key set to True on memories the person pinned (absent otherwise): the storage budget
never folds them away."""
_CHUNK = 200  # ids per Chroma request when selecting or deleting
_VECTOR_CHUNK = 1000  # ids per Chroma request when reading vectors


class MemoryStore(ABC):
    """Where the person's long-term memory lives."""

    @abstractmethod
    def add(self, observations: list[Observation]) -> tuple[int, int]:
        """Store new observations; return (stored, already present). Same id twice is stored once."""

    @abstractmethod
    def search(self, query: str, k: int) -> list[MemoryHit]:
        """The ``k`` memories closest in meaning to ``query``, best first."""

    @abstractmethod
    def count(self) -> int:
        """How many memories are stored."""

    @abstractmethod
    def select(self, ids: Iterable[str] | None = None, where: MemoryFilter | None = None) -> list[str]:
        """Ids of memories whose own id or a source observation id is in ``ids`` (any, when None)
        and that pass ``where``."""

    @abstractmethod
    def delete(self, ids: Iterable[str]) -> int:
        """Delete memories by their own ids (unknown ids are ignored); returns how many were removed."""

    def close(self) -> None:
        """Release files or connections the store holds (none by default)."""

    def forget(
        self,
        ids: Iterable[str] | None = None,
        start: datetime | None = None,
        end: datetime | None = None,
        kind: str | None = None,
        sensor: str | None = None,
    ) -> int:
        """Delete every memory matching all the given conditions; returns how many were removed.

        ``ids`` matches a memory's own id or the id of any observation it came from; ``start``/``end``
        (aware) select memories overlapping that range. At least one condition is required, so a
        forgotten argument never erases the whole memory.
        """
        wanted = None if ids is None else list(ids)
        where = MemoryFilter(start=start, end=end, kind=kind, sensor=sensor)
        if wanted is None and where.is_empty:
            raise ValueError("forget needs ids, a time range, a kind or a sensor; refusing to forget everything")
        if wanted is not None and not wanted:
            return 0
        removed = self.delete(self.select(wanted, where))
        logger.info("forgot %d memories (ids=%s, %s)", removed, None if wanted is None else len(wanted), where)
        return removed


class VectorMemoryStore(MemoryStore):
    """A store that embeds documents itself: the dense side of hybrid search."""

    @abstractmethod
    def insert(self, observations: list[Observation]) -> tuple[list[MemoryRecord], int]:
        """Store the observations not stored yet; return (the new records, how many were already there)."""

    @abstractmethod
    def search(self, query: str, k: int, where: MemoryFilter | None = None) -> list[MemoryHit]:
        """The ``k`` memories passing ``where`` closest in meaning to ``query``, best first;
        ``score`` is the cosine similarity (clipped to [0, 1])."""

    def warm(self, queries: list[str]) -> None:
        """Embed these queries now, in one batch, for the searches about to be made (a caching
        embedder keeps the vectors; two texts cost little more than one)."""
        embedder = getattr(self, "_embedder", None)
        if embedder is not None and len(queries) > 1:
            embedder.embed(list(dict.fromkeys(queries)))

    @abstractmethod
    def search_among(self, query: str, k: int, ids: Iterable[str]) -> list[MemoryHit]:
        """Like ``search``, but only among the memories with these ids (exact, no index): for a
        time window, whose few hundred memories the keyword index lists at once."""

    def rank(self, query: str, k: int, where: MemoryFilter | None = None) -> list[tuple[str, float]]:
        """``search`` as (id, score) pairs only. Hybrid search reads records just for the hits it
        returns, so a store that can rank without reading documents (Chroma) overrides this."""
        return [(hit.id, hit.score) for hit in self.search(query, k, where)]

    def rank_among(self, query: str, k: int, ids: Iterable[str]) -> list[tuple[str, float]]:
        """``search_among`` as (id, score) pairs only (see ``rank``)."""
        return [(hit.id, hit.score) for hit in self.search_among(query, k, ids)]

    @abstractmethod
    def get(self, ids: Iterable[str]) -> list[MemoryRecord]:
        """The stored records with these ids (unknown ids are skipped)."""

    @abstractmethod
    def records(self) -> Iterator[MemoryRecord]:
        """Every stored record (to rebuild other indexes from)."""

    @abstractmethod
    def set_pinned(self, ids: Iterable[str], pinned: bool) -> list[str]:
        """Pin (or unpin) the memories with these own ids; returns the ids found."""

    @abstractmethod
    def pinned_ids(self) -> set[str]:
        """Ids of every pinned memory."""

    def add(self, observations: list[Observation]) -> tuple[int, int]:
        new, present = self.insert(observations)
        return len(new), present


def unique_by_id(observations: list[Observation]) -> tuple[dict[str, Observation], int]:
    """The first observation of each id, in order, and how many later ones repeated an id."""
    unique: dict[str, Observation] = {}
    for obs in observations:
        unique.setdefault(obs.id, obs)
    return unique, len(observations) - len(unique)


def _chunks(items: list[str], size: int = _CHUNK) -> Iterator[list[str]]:
    for offset in range(0, len(items), size):
        yield items[offset:offset + size]


class ChromaMemoryStore(VectorMemoryStore):
    """chromadb collection of observation documents with our own embeddings (cosine space).

    Works the same on an embedded ``PersistentClient`` and on an ``HttpClient`` to a Chroma server.
    """

    def __init__(self, client: Any, embedder: Embedder, tz: tzinfo, collection: str = COLLECTION) -> None:
        self._client = client
        self._embedder = embedder
        self._tz = tz
        self._collection = client.get_or_create_collection(
            name=collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        # Check-then-insert must be atomic for idempotent ingest under concurrent batches.
        self._write_lock = threading.Lock()

    def insert(self, observations: list[Observation]) -> tuple[list[MemoryRecord], int]:
        unique, in_batch_duplicates = unique_by_id(observations)
        if not unique:
            return [], in_batch_duplicates
        with self._write_lock:
            existing = set(self._collection.get(ids=list(unique), include=[])["ids"])
            new = [MemoryRecord.from_observation(obs, self._tz) for obs_id, obs in unique.items() if obs_id not in existing]
            if new:
                self._collection.add(
                    ids=[record.id for record in new],
                    documents=[record.text for record in new],
                    embeddings=self._embedder.embed([embedding_text(unique[record.id]) for record in new]),
                    metadatas=[self._metadata(unique[record.id], record) for record in new],
                )
        return new, in_batch_duplicates + len(existing)

    @staticmethod
    def _metadata(obs: Observation, record: MemoryRecord) -> dict[str, Any]:
        return {
            "kind": record.kind,
            "sensor": record.sensor,
            "start_ts": record.start.timestamp(),
            "end_ts": record.end.timestamp(),
            "source_ids": json.dumps(list(record.source_ids)),
            SOURCE_LIST_KEY: list(record.source_ids),
            # The whole record, so nothing is lost and stores can be rebuilt from memory.
            "observation": obs.to_json(),
        }

    @staticmethod
    def _record(mem_id: str, doc: str | None, meta: dict[str, Any] | None) -> MemoryRecord:
        meta = meta or {}
        start = datetime.fromtimestamp(float(meta.get("start_ts", 0.0)), UTC)
        end = datetime.fromtimestamp(float(meta["end_ts"]), UTC) if "end_ts" in meta else start
        return MemoryRecord(
            id=mem_id,
            text=doc or "",
            kind=meta.get("kind"),
            sensor=meta.get("sensor"),
            start=start,
            end=end,
            source_ids=tuple(json.loads(meta.get("source_ids", "[]")) or [mem_id]),
            pinned=bool(meta.get(PINNED_KEY)),
        )

    def set_pinned(self, ids: Iterable[str], pinned: bool) -> list[str]:
        found: list[str] = []
        with self._write_lock:
            for chunk in _chunks(list(dict.fromkeys(ids))):
                present = self._collection.get(ids=chunk, include=[])["ids"]
                if present:
                    # Chroma merges metadata on update; None removes the key.
                    self._collection.update(ids=present, metadatas=[{PINNED_KEY: True if pinned else None}] * len(present))
                    found.extend(present)
        return found

    def pinned_ids(self) -> set[str]:
        return set(self._collection.get(where={PINNED_KEY: True}, include=[])["ids"])

    def search(self, query: str, k: int, where: MemoryFilter | None = None) -> list[MemoryHit]:
        if k <= 0:
            return []
        # No count() first: Chroma returns fewer than n_results when it holds fewer (one round trip less).
        result = self._collection.query(
            query_embeddings=self._embedder.embed([query]),
            n_results=k,
            where=chroma_where(where),
            include=["documents", "metadatas", "distances"],
        )
        return [
            self._record(mem_id, doc, meta).hit(max(0.0, 1.0 - float(dist)))
            for mem_id, doc, meta, dist in zip(
                result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0]
            )
        ]

    def rank(self, query: str, k: int, where: MemoryFilter | None = None) -> list[tuple[str, float]]:
        if k <= 0:
            return []
        # Distances only: Chroma reads a result's document and metadata at ~0.1 ms each (30 of them
        # cost more than the vector search itself), and hybrid search keeps only a few of them.
        result = self._collection.query(
            query_embeddings=self._embedder.embed([query]), n_results=k, where=chroma_where(where),
            include=["distances"],
        )
        return [(mem_id, max(0.0, 1.0 - float(dist))) for mem_id, dist in zip(result["ids"][0], result["distances"][0])]

    def search_among(self, query: str, k: int, ids: Iterable[str]) -> list[MemoryHit]:
        ranked = self.rank_among(query, k, ids)
        records = {record.id: record for record in self.get([mem_id for mem_id, _ in ranked])}
        return [records[mem_id].hit(score) for mem_id, score in ranked if mem_id in records]

    def rank_among(self, query: str, k: int, ids: Iterable[str]) -> list[tuple[str, float]]:
        wanted = list(dict.fromkeys(ids))
        if k <= 0 or not wanted:
            return []
        # A metadata filter on a time range makes Chroma scan its metadata (~50 ms at 10k memories);
        # reading a window's vectors by id (no documents) and ranking them here costs a few ms.
        found: list[str] = []
        vectors: list[Any] = []
        for chunk in _chunks(wanted, _VECTOR_CHUNK):
            got = self._collection.get(ids=chunk, include=["embeddings"])
            found.extend(got["ids"])
            vectors.extend(got["embeddings"])
        if not found:
            return []
        query_vector = np.asarray(self._embedder.embed([query])[0], dtype=np.float32)
        similarities = np.asarray(vectors, dtype=np.float32) @ query_vector
        order = np.argsort(-similarities, kind="stable")[:k]
        return [(found[i], float(min(1.0, max(0.0, similarities[i])))) for i in order]

    def get(self, ids: Iterable[str]) -> list[MemoryRecord]:
        records: list[MemoryRecord] = []
        for chunk in _chunks(list(dict.fromkeys(ids))):
            got = self._collection.get(ids=chunk, include=["documents", "metadatas"])
            records.extend(self._record(*row) for row in zip(got["ids"], got["documents"], got["metadatas"]))
        return records

    def records(self, page: int = 1000) -> Iterator[MemoryRecord]:
        offset = 0
        while True:
            got = self._collection.get(limit=page, offset=offset, include=["documents", "metadatas"])
            if not got["ids"]:
                return
            yield from (self._record(*row) for row in zip(got["ids"], got["documents"], got["metadatas"]))
            offset += len(got["ids"])

    def select(self, ids: Iterable[str] | None = None, where: MemoryFilter | None = None) -> list[str]:
        metadata_filter = chroma_where(where)
        if ids is None:
            return list(self._collection.get(where=metadata_filter, include=[])["ids"])
        found: dict[str, None] = {}
        for chunk in _chunks(list(dict.fromkeys(ids))):
            found.update(dict.fromkeys(self._collection.get(ids=chunk, where=metadata_filter, include=[])["ids"]))
            by_source = any_of([{SOURCE_LIST_KEY: {"$contains": source}} for source in chunk])
            clauses = [by_source] if metadata_filter is None else [metadata_filter, by_source]
            found.update(dict.fromkeys(self._collection.get(where=all_of(clauses), include=[])["ids"]))
        return list(found)

    def delete(self, ids: Iterable[str]) -> int:
        removed = 0
        with self._write_lock:
            for chunk in _chunks(list(dict.fromkeys(ids))):
                present = self._collection.get(ids=chunk, include=[])["ids"]
                if present:
                    self._collection.delete(ids=present)
                    removed += len(present)
        return removed

    def count(self) -> int:
        return self._collection.count()
