"""Reading whole observations back out of memory, and replacing the ones learning writes.

Learning needs the full records (``data`` included), by time range and kind: every store has
``MemoryStore.stored_observations`` for that (the Chroma store reads the observation JSON it keeps in
each memory's metadata; the hybrid store reads its vector store; a store that keeps no whole
observations raises ``MemoryUnavailableError``).

Replacing (a day summary re-made, a fact updated) removes the old memory by its own id with the
store's ``delete(ids)`` or ``forget(ids=...)`` and adds the new one. A store with neither gets a
new revision instead (``<id>~r2``, ``~r3``, ...) and readers take the newest revision of each id;
the older ones stay searchable until the store can forget, which is the documented cost.
"""

from __future__ import annotations

import logging
import re
from typing import Iterable

from server.memory.store import MemoryStore
from shared.observation import Observation

logger = logging.getLogger(__name__)

LEARNING_SENSOR = "tether-learning"
"""The ``sensor`` of every memory learning writes."""
DAY_SUMMARY_KIND = "day_summary"
FACT_KIND = "profile_fact"
LEARNED_KINDS = frozenset({DAY_SUMMARY_KIND, FACT_KIND})
"""Kinds learning writes; statistics and summaries never count them as the person's activity."""

_REVISION = re.compile(r"^(?P<base>.+)~r(?P<n>\d+)$")


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


def remove_memories(store: MemoryStore, ids: list[str]) -> bool:
    """Remove memories by their own ids; False when the store cannot delete."""
    if not ids:
        return True
    # Every MemoryStore deletes; the check keeps the revision fallback (module docstring) for a
    # store built outside that class, as the tests' list-backed store without delete is.
    delete = getattr(store, "delete", None)
    if callable(delete):
        delete(ids)
        return True
    forget = getattr(store, "forget", None)
    if callable(forget):
        forget(ids=ids)
        return True
    return False


def replace_memory(store: MemoryStore, new: Observation, previous: Observation | None) -> str:
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
