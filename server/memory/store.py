"""Memory stores: observations as embedded documents, searchable by meaning.

``MemoryStore`` is the interface; ``ChromaMemoryStore`` keeps documents in chromadb (an embedded
``PersistentClient`` by default). Ingest is idempotent on the observation id.
"""

from __future__ import annotations

import json
import logging
import threading
from abc import ABC, abstractmethod
from datetime import datetime, tzinfo
from typing import Any

from server.memory.documents import observation_source_ids, observation_text
from server.memory.embedder import Embedder
from shared.observation import Observation
from shared.timeutil import UTC
from shared.wire import MemoryHit

logger = logging.getLogger(__name__)

COLLECTION = "observations"


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


class ChromaMemoryStore(MemoryStore):
    """chromadb collection of observation documents with our own embeddings (cosine space)."""

    def __init__(self, client: Any, embedder: Embedder, tz: tzinfo, collection: str = COLLECTION) -> None:
        self._client = client
        self._embedder = embedder
        self._tz = tz
        self._collection = client.get_or_create_collection(
            name=collection, embedding_function=None, metadata={"hnsw:space": "cosine"}
        )
        # Check-then-insert must be atomic for idempotent ingest under concurrent batches.
        self._write_lock = threading.Lock()

    def add(self, observations: list[Observation]) -> tuple[int, int]:
        unique: dict[str, Observation] = {}
        for obs in observations:
            unique.setdefault(obs.id, obs)
        in_batch_duplicates = len(observations) - len(unique)
        if not unique:
            return 0, in_batch_duplicates
        with self._write_lock:
            existing = set(self._collection.get(ids=list(unique), include=[])["ids"])
            new = [obs for obs_id, obs in unique.items() if obs_id not in existing]
            if new:
                texts = [observation_text(obs, self._tz) for obs in new]
                self._collection.add(
                    ids=[obs.id for obs in new],
                    documents=texts,
                    embeddings=self._embedder.embed(texts),
                    metadatas=[self._metadata(obs) for obs in new],
                )
        return len(new), in_batch_duplicates + len(existing)

    @staticmethod
    def _metadata(obs: Observation) -> dict[str, Any]:
        return {
            "kind": obs.kind,
            "sensor": obs.sensor,
            "start_ts": obs.start.timestamp(),
            "end_ts": (obs.end or obs.start).timestamp(),
            "source_ids": json.dumps(observation_source_ids(obs)),
            # The whole record, so nothing is lost and stores can be rebuilt from memory.
            "observation": obs.to_json(),
        }

    def search(self, query: str, k: int) -> list[MemoryHit]:
        total = self.count()
        if k <= 0 or total == 0:
            return []
        result = self._collection.query(
            query_embeddings=self._embedder.embed([query]),
            n_results=min(k, total),
            include=["documents", "metadatas", "distances"],
        )
        hits = []
        for mem_id, doc, meta, dist in zip(
            result["ids"][0], result["documents"][0], result["metadatas"][0], result["distances"][0]
        ):
            hits.append(
                MemoryHit(
                    id=mem_id,
                    text=doc,
                    score=max(0.0, 1.0 - float(dist)),
                    kind=meta.get("kind"),
                    start=datetime.fromtimestamp(float(meta["start_ts"]), UTC) if "start_ts" in meta else None,
                    source_ids=json.loads(meta.get("source_ids", "[]")) or [mem_id],
                )
            )
        return hits

    def count(self) -> int:
        return self._collection.count()
