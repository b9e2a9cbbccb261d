"""Memory stores, the interfaces: observations as embedded documents, searchable by meaning, and forgettable.

``MemoryStore`` is what the services and learning use (add, search, get, count, forget, pin, and
reading whole observations back). ``VectorMemoryStore`` adds what hybrid search needs of its dense
side (insert returning the new records, filtered search, ranking by id). The implementations: ``server.memory.chroma_store.ChromaMemoryStore`` keeps documents in
chromadb (embedded ``PersistentClient`` or a Chroma server through ``HttpClient``),
``server.memory.memory_twin.InMemoryMemoryStore`` is its in-memory twin, run through the same tests,
and ``server.memory.hybrid.HybridMemoryStore`` adds a keyword index to either. Ingest is idempotent
on the observation id.
"""

from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from datetime import datetime

from server.errors import MemoryUnavailableError
from server.memory.embedder import Embedder
from server.memory.records import MemoryFilter, MemoryRecord
from shared.observation import Observation
from shared.wire import MemoryHit

logger = logging.getLogger(__name__)


class MemoryStore(ABC):
    """Where the person's long-term memory lives."""

    @abstractmethod
    def add(self, observations: list[Observation]) -> tuple[int, int]:
        """Store new observations; return (stored, already present). Same id twice is stored once."""

    @abstractmethod
    def search(self, query: str, k: int, now: datetime | None = None) -> list[MemoryHit]:
        """The ``k`` memories that best answer ``query``, best first.

        ``now`` (aware; default the current time) is the moment time phrases ("yesterday") and
        recency are read from. Every store takes it; one that reads neither ignores it.
        """

    @abstractmethod
    def get(self, ids: Iterable[str]) -> list[MemoryRecord]:
        """The stored records with these ids (unknown ids are skipped)."""

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

    @abstractmethod
    def set_pinned(self, ids: Iterable[str], pinned: bool) -> list[str]:
        """Pin (or unpin) the memories with these own ids; returns the ids found."""

    @abstractmethod
    def pinned_ids(self) -> set[str]:
        """Ids of every pinned memory."""

    def stored_observations(
        self, start: datetime | None = None, end: datetime | None = None,
        kinds: Iterable[str] | None = None, ids: Iterable[str] | None = None,
    ) -> list[Observation]:
        """Whole observations (``data`` included) overlapping ``[start, end)``, of ``kinds``, or with
        these own ``ids``, sorted by ``(start, id)``; unset conditions match everything. Learning
        reads its input this way. A store that does not keep whole observations raises
        ``MemoryUnavailableError`` (the default)."""
        raise MemoryUnavailableError(
            f"{type(self).__name__} cannot list stored observations, which learning needs; "
            "use the chromadb store or give the store a stored_observations() method"
        )

    def raw_memories(self, exclude_kinds: Iterable[str], after: datetime | None = None) -> tuple[int, datetime | None]:
        """How many memories are not of ``exclude_kinds``, and when the oldest of them starting at or
        after ``after`` began. The storage budget needs it; a store that cannot count by kind raises
        ``MemoryUnavailableError`` (the default)."""
        raise MemoryUnavailableError(f"{type(self).__name__} cannot count its memories by kind; the storage budget "
                                     "needs the hybrid store (chromadb + keyword index)")

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
    """A store that embeds documents itself (with ``embedder``): the dense side of hybrid search."""

    def __init__(self, embedder: Embedder) -> None:
        self._embedder = embedder

    @abstractmethod
    def insert(self, observations: list[Observation]) -> tuple[list[MemoryRecord], int]:
        """Store the observations not stored yet; return (the new records, how many were already there)."""

    def search(self, query: str, k: int, now: datetime | None = None) -> list[MemoryHit]:
        """``search_where`` over every memory: the closest in meaning (a vector store reads no time
        phrases and ranks by meaning alone, so ``now`` changes nothing)."""
        return self.search_where(query, k, None)

    @abstractmethod
    def search_where(self, query: str, k: int, where: MemoryFilter | None) -> list[MemoryHit]:
        """The ``k`` memories passing ``where`` closest in meaning to ``query``, best first;
        ``score`` is the cosine similarity (clipped to [0, 1])."""

    def warm(self, queries: list[str]) -> None:
        """Embed these queries now, in one batch, for the searches about to be made (a caching
        embedder keeps the vectors; two texts cost little more than one)."""
        if len(queries) > 1:
            self._embedder.embed(list(dict.fromkeys(queries)))

    @abstractmethod
    def rank_contents(self, query: str, k: int) -> list[tuple[str, float]]:
        """The ``k`` distinct contents (``documents.content_key``) closest in meaning to ``query``, as
        (content key, cosine similarity), best first. A thing said or recorded many times is one
        candidate here, and its copies do not crowd the approximate index's graph."""

    @abstractmethod
    def search_among(self, query: str, k: int, ids: Iterable[str]) -> list[MemoryHit]:
        """Like ``search_where``, but only among the memories with these ids (exact, no index): for a
        time window, whose few hundred memories the keyword index lists at once."""

    def rank(self, query: str, k: int, where: MemoryFilter | None = None) -> list[tuple[str, float]]:
        """``search_where`` as (id, score) pairs only. Hybrid search reads records just for the hits
        it returns, so a store that can rank without reading documents (Chroma) overrides this."""
        return [(hit.id, hit.score) for hit in self.search_where(query, k, where)]

    def rank_among(self, query: str, k: int, ids: Iterable[str]) -> list[tuple[str, float]]:
        """``search_among`` as (id, score) pairs only (see ``rank``)."""
        return [(hit.id, hit.score) for hit in self.search_among(query, k, ids)]

    @abstractmethod
    def records(self) -> Iterator[MemoryRecord]:
        """Every stored record (to rebuild other indexes from)."""

    def add(self, observations: list[Observation]) -> tuple[int, int]:
        new, present = self.insert(observations)
        return len(new), present


def unique_by_id(observations: list[Observation]) -> tuple[dict[str, Observation], int]:
    """The first observation of each id, in order, and how many later ones repeated an id."""
    unique: dict[str, Observation] = {}
    for obs in observations:
        unique.setdefault(obs.id, obs)
    return unique, len(observations) - len(unique)
