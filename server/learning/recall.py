"""Reading whole observations back out of memory, and replacing the ones learning writes.

Learning needs the full records (``data`` included), by time range and kind. ``MemoryStore``'s
interface returns search hits, so this module reads them where the stores keep them:

- a store with a ``stored_observations(start, end, kinds, ids)`` method is asked directly (the
  method the stores should grow; test fakes have it);
- a hybrid store is read through its dense side (``.dense``);
- ``ChromaMemoryStore`` keeps each observation's JSON in the metadata key ``"observation"``.

Replacing (a day summary re-made, a fact updated) removes the old memory by its own id with the
store's ``delete(ids)`` or ``forget(ids=...)`` and adds the new one. A store with neither gets a
new revision instead (``<id>~r2``, ``~r3``, ...) and readers take the newest revision of each id;
the older ones stay searchable until the store can forget, which is the documented cost.
"""

from __future__ import annotations

import json
import logging
import re
from datetime import datetime
from typing import Any, Iterable, Protocol

from server.errors import MemoryUnavailableError
from shared.observation import Observation, parse_observation

logger = logging.getLogger(__name__)

LEARNING_SENSOR = "tether-learning"
"""The ``sensor`` of every memory learning writes."""
DAY_SUMMARY_KIND = "day_summary"
FACT_KIND = "profile_fact"
LEARNED_KINDS = frozenset({DAY_SUMMARY_KIND, FACT_KIND})
"""Kinds learning writes; statistics and summaries never count them as the person's activity."""

_REVISION = re.compile(r"^(?P<base>.+)~r(?P<n>\d+)$")
_PAGE = 200


class ObservationReader(Protocol):
    """Whole observations overlapping ``[start, end)``, of ``kinds``, or with these own ``ids``."""

    def stored_observations(
        self, start: datetime | None = None, end: datetime | None = None,
        kinds: Iterable[str] | None = None, ids: Iterable[str] | None = None,
    ) -> list[Observation]:
        """Matching observations sorted by ``(start, id)``; unset conditions match everything."""
        ...


class ChromaObservationReader:
    """Reads the observation JSON that ``ChromaMemoryStore`` keeps in each memory's metadata."""

    def __init__(self, collection: Any) -> None:
        self._collection = collection

    def stored_observations(
        self, start: datetime | None = None, end: datetime | None = None,
        kinds: Iterable[str] | None = None, ids: Iterable[str] | None = None,
    ) -> list[Observation]:
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
            wanted = list(dict.fromkeys(ids))
            for offset in range(0, len(wanted), _PAGE):
                got = self._collection.get(ids=wanted[offset:offset + _PAGE], where=where, include=["metadatas"])
                metadatas.extend(got["metadatas"] or [])
        else:
            metadatas = self._collection.get(where=where, include=["metadatas"])["metadatas"] or []
        return _sorted(_parse_all(metadatas))


def _parse_all(metadatas: Iterable[dict[str, Any] | None]) -> list[Observation]:
    observations = []
    for meta in metadatas:
        raw = (meta or {}).get("observation")
        if not raw:
            continue
        try:
            observations.append(parse_observation(json.loads(raw)))
        except (ValueError, TypeError) as exc:  # a record written by an older version: skip, say so
            logger.warning("skipping a stored memory whose observation JSON is unreadable: %s", exc)
    return observations


def _sorted(observations: list[Observation]) -> list[Observation]:
    return sorted(observations, key=lambda o: (o.start, o.id))


def observation_reader(store: Any) -> ObservationReader:
    """The reader for ``store`` (see the module docstring), or ``MemoryUnavailableError``."""
    if callable(getattr(store, "stored_observations", None)):
        return store
    dense = getattr(store, "dense", None)
    if dense is not None and dense is not store:
        return observation_reader(dense)
    collection = getattr(store, "_collection", None)  # ChromaMemoryStore's own collection
    if collection is not None:
        return ChromaObservationReader(collection)
    raise MemoryUnavailableError(
        f"{type(store).__name__} cannot list stored observations, which learning needs; "
        "use the chromadb store or give the store a stored_observations() method"
    )


def base_id(memory_id: str) -> str:
    """The id without a revision suffix: ``day-summary-2026-11-20~r2`` -> ``day-summary-2026-11-20``."""
    match = _REVISION.match(memory_id)
    return match.group("base") if match else memory_id


def revision(memory_id: str) -> int:
    """1 for an unsuffixed id, else the number after ``~r``."""
    match = _REVISION.match(memory_id)
    return int(match.group("n")) if match else 1


def newest_revisions(observations: Iterable[Observation]) -> dict[str, Observation]:
    """The newest revision of each base id."""
    newest: dict[str, Observation] = {}
    for obs in observations:
        key = base_id(obs.id)
        if key not in newest or revision(obs.id) > revision(newest[key].id):
            newest[key] = obs
    return newest


def remove_memories(store: Any, ids: list[str]) -> bool:
    """Remove memories by their own ids; False when the store cannot delete."""
    if not ids:
        return True
    delete = getattr(store, "delete", None)
    if callable(delete):
        delete(ids)
        return True
    forget = getattr(store, "forget", None)
    if callable(forget):
        forget(ids=ids)
        return True
    return False


def replace_memory(store: Any, new: Observation, previous: Observation | None) -> str:
    """Store ``new`` in place of ``previous`` (same base id); returns what was done.

    ``"added"`` (nothing before), ``"unchanged"`` (same record), ``"replaced"`` (old one removed
    first), or ``"revised"`` (the store cannot delete: stored as the next revision).
    """
    if previous is None:
        store.add([new])
        return "added"
    if previous.to_json() == new.model_copy(update={"id": previous.id}).to_json():
        return "unchanged"
    base = base_id(previous.id)
    # Every revision a store without delete may have left behind goes too (unknown ids are ignored).
    if remove_memories(store, [base, *(f"{base}~r{n}" for n in range(2, revision(previous.id) + 1))]):
        store.add([new.model_copy(update={"id": base})])
        return "replaced"
    logger.info("store %s cannot delete; storing %s as a new revision", type(store).__name__, new.id)
    store.add([new.model_copy(update={"id": f"{base}~r{revision(previous.id) + 1}"})])
    return "revised"
