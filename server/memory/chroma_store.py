"""``ChromaMemoryStore``: memories in a chromadb collection, with our own embeddings (cosine space).

Works the same on an embedded ``PersistentClient`` and on an ``HttpClient`` to a Chroma server
(``chroma_client``); each memory's metadata keeps its times, kind, sensor, source ids and the whole
observation as JSON (``OBSERVATION_KEY``), which learning reads back (``stored_observations``). Its
in-memory twin is ``memory_twin.InMemoryMemoryStore``.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Iterable, Iterator
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

import numpy as np

from server.memory.chroma_filters import all_of, any_of, chroma_where
from server.memory.documents import content_key, embedding_text
from server.memory.embedder import Embedder
from server.memory.records import MemoryFilter, MemoryRecord
from server.memory.store import VectorMemoryStore, unique_by_id
from shared.observation import Observation, parse_observation
from shared.timeutil import UTC
from shared.wire import MemoryHit

if TYPE_CHECKING:
    from chromadb.api import ClientAPI

logger = logging.getLogger(__name__)

COLLECTION = "observations"
CONTENTS_SUFFIX = "-contents"
"""The collection of distinct contents is the memories' collection's name with this after it."""
CONTENT_KEY = "content_key"
"""Metadata key holding the memory's ``documents.content_key``."""
SOURCE_LIST_KEY = "source_id_list"
"""Metadata key holding the source ids as a list, so Chroma can match one with ``$contains``."""
PINNED_KEY = "pinned"
"""Metadata key set to True on memories the person pinned (absent otherwise): the storage budget
never folds them away."""
OBSERVATION_KEY = "observation"
"""Metadata key holding the whole observation as JSON, so nothing is lost and stores can be rebuilt."""
_CHUNK = 200  # ids per Chroma request when selecting, reading or deleting
_VECTOR_CHUNK = 1000  # ids per Chroma request when reading vectors


def _chunks(items: list[str], size: int = _CHUNK) -> Iterator[list[str]]:
    for offset in range(0, len(items), size):
        yield items[offset:offset + size]


class ChromaMemoryStore(VectorMemoryStore):
    """chromadb collection of observation documents with our own embeddings (cosine space).

    Works the same on an embedded ``PersistentClient`` and on an ``HttpClient`` to a Chroma server.
    """

    def __init__(self, client: ClientAPI, embedder: Embedder, tz: tzinfo, collection: str = COLLECTION) -> None:
        super().__init__(embedder)
        self._client = client
        self._tz = tz
        self._collection = client.get_or_create_collection(
            name=collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        self._contents = client.get_or_create_collection(
            name=collection + CONTENTS_SUFFIX, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        # Check-then-insert must be atomic for idempotent ingest under concurrent batches.
        self._write_lock = threading.Lock()
        if self._contents.count() == 0 and self._collection.count() > 0:
            self._index_contents()

    def insert(self, observations: list[Observation]) -> tuple[list[MemoryRecord], int]:
        unique, in_batch_duplicates = unique_by_id(observations)
        if not unique:
            return [], in_batch_duplicates
        with self._write_lock:
            existing = set(self._collection.get(ids=list(unique), include=[])["ids"])
            new = [MemoryRecord.from_observation(obs, self._tz) for obs_id, obs in unique.items() if obs_id not in existing]
            if new:
                vectors = self._embedder.embed([embedding_text(unique[record.id]) for record in new])
                self._collection.add(
                    ids=[record.id for record in new],
                    documents=[record.text for record in new],
                    embeddings=vectors,
                    metadatas=[self._metadata(unique[record.id], record) for record in new],
                )
                self._add_contents([content_key(unique[record.id]) for record in new], vectors)
        return new, in_batch_duplicates + len(existing)

    def _add_contents(self, keys: list[str], vectors: list[Any]) -> None:
        """Add the contents not indexed yet (one vector each: the first memory's); write lock held."""
        first = dict(zip(reversed(keys), reversed(vectors)))  # reversed: the first of a key wins
        for chunk in _chunks(list(first)):
            present = set(self._contents.get(ids=chunk, include=[])["ids"])
            missing = [key for key in chunk if key not in present]
            if missing:
                self._contents.add(ids=missing, embeddings=[first[key] for key in missing])

    def _index_contents(self, page: int = 1000) -> None:
        """Fill the contents collection from the memories (a store written before it existed); memories
        without a content key in their metadata get one."""
        with self._write_lock:
            offset = 0
            while True:
                got = self._collection.get(limit=page, offset=offset, include=["embeddings", "metadatas"])
                if not got["ids"]:
                    break
                keys: list[str] = []
                for mem_id, meta in zip(got["ids"], got["metadatas"]):
                    key = (meta or {}).get(CONTENT_KEY)
                    if not isinstance(key, str):
                        observations = _parse_observations([meta])
                        key = content_key(observations[0]) if observations else f"memory:{mem_id}"
                        self._collection.update(ids=[mem_id], metadatas=[{CONTENT_KEY: key}])
                    keys.append(key)
                self._add_contents(keys, list(got["embeddings"]))
                offset += len(got["ids"])
        logger.info("indexed the distinct contents of %d memories", offset)

    @staticmethod
    def _metadata(obs: Observation, record: MemoryRecord) -> dict[str, Any]:
        return {
            "kind": record.kind,
            "sensor": record.sensor,
            "start_ts": record.start.timestamp(),
            "end_ts": record.end.timestamp(),
            "source_ids": json.dumps(list(record.source_ids)),
            SOURCE_LIST_KEY: list(record.source_ids),
            OBSERVATION_KEY: obs.to_json(),
            CONTENT_KEY: content_key(obs),
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

    def search_where(self, query: str, k: int, where: MemoryFilter | None) -> list[MemoryHit]:
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

    def rank_contents(self, query: str, k: int) -> list[tuple[str, float]]:
        if k <= 0:
            return []
        result = self._contents.query(query_embeddings=self._embedder.embed([query]), n_results=k, include=["distances"])
        return [(key, max(0.0, 1.0 - float(dist))) for key, dist in zip(result["ids"][0], result["distances"][0])]

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
        keys: set[str] = set()
        with self._write_lock:
            for chunk in _chunks(list(dict.fromkeys(ids))):
                got = self._collection.get(ids=chunk, include=["metadatas"])
                if got["ids"]:
                    keys.update(key for meta in got["metadatas"] or [] if isinstance(key := (meta or {}).get(CONTENT_KEY), str))
                    self._collection.delete(ids=got["ids"])
                    removed += len(got["ids"])
            # A content no memory says any more is forgotten too.
            for chunk in _chunks(sorted(keys)):
                kept = self._collection.get(where={CONTENT_KEY: {"$in": chunk}}, include=["metadatas"])["metadatas"] or []
                gone = set(chunk) - {(meta or {}).get(CONTENT_KEY) for meta in kept}
                if gone:
                    self._contents.delete(ids=sorted(gone))
        return removed

    def stored_observations(
        self, start: datetime | None = None, end: datetime | None = None,
        kinds: Iterable[str] | None = None, ids: Iterable[str] | None = None,
    ) -> list[Observation]:
        """The observations kept in the memories' metadata (``OBSERVATION_KEY``)."""
        clauses: list[dict[str, Any]] = []
        if start is not None:
            clauses.append({"end_ts": {"$gte": start.timestamp()}})
        if end is not None:
            clauses.append({"start_ts": {"$lt": end.timestamp()}})
        kind_list = None if kinds is None else sorted(set(kinds))
        if kind_list is not None:
            if not kind_list:
                return []
            clauses.append({"kind": {"$in": kind_list}})
        where = None if not clauses else clauses[0] if len(clauses) == 1 else {"$and": clauses}
        metadatas: list[dict[str, Any]] = []
        if ids is not None:
            for chunk in _chunks(list(dict.fromkeys(ids))):
                got = self._collection.get(ids=chunk, where=where, include=["metadatas"])
                metadatas.extend(got["metadatas"] or [])
        else:
            metadatas = self._collection.get(where=where, include=["metadatas"])["metadatas"] or []
        return sorted(_parse_observations(metadatas), key=lambda o: (o.start, o.id))

    def count(self) -> int:
        return self._collection.count()


def _parse_observations(metadatas: Iterable[dict[str, Any] | None]) -> list[Observation]:
    observations = []
    for meta in metadatas:
        raw = (meta or {}).get(OBSERVATION_KEY)
        if not raw:
            continue
        try:
            observations.append(parse_observation(json.loads(raw)))
        except (ValueError, TypeError) as exc:  # a record written by an older version: skip, say so
            logger.warning("skipping a stored memory whose observation JSON is unreadable: %s", exc)
    return observations
