"""Keeping the keyword index in step with the vector store: what it stores of a memory, and how it
is rebuilt from the vector store (the truth) after a crash between the two writes or an upgrade."""

from __future__ import annotations

import logging

from server.errors import MemoryUnavailableError
from server.memory.documents import content_key, conversation_speaker
from server.memory.keyword import KeywordDocument, KeywordIndex
from server.memory.records import MemoryRecord
from server.memory.store import VectorMemoryStore
from shared.observation import Observation

logger = logging.getLogger(__name__)

_RECONCILE_BATCH = 500


def keyword_document(record: MemoryRecord, observation: Observation | None = None) -> KeywordDocument:
    """A record as the keyword index stores it; its ``observation`` (when known) tells who said a
    conversation turn and what its vector was made from."""
    return KeywordDocument(
        id=record.id, text=record.text, kind=record.kind,
        start_ts=record.start.timestamp(), end_ts=record.end.timestamp(), source_ids=record.source_ids,
        speaker=None if observation is None else conversation_speaker(observation),
        content_key=None if observation is None else content_key(observation),
    )


def reconcile_keyword_index(dense: VectorMemoryStore, keyword: KeywordIndex) -> tuple[int, int]:
    """Make ``keyword`` hold exactly ``dense``'s memories, with the speakers, content keys and source
    ids an older index lacks; returns (added, removed). The caller holds the write lock."""
    dense_ids = set(dense.select(None, None))
    keyword_ids = keyword.ids()
    missing = sorted(dense_ids - keyword_ids)
    added = 0
    for offset in range(0, len(missing), _RECONCILE_BATCH):
        chunk = missing[offset:offset + _RECONCILE_BATCH]
        stored = _observations_of(dense, chunk)
        added += keyword.add(keyword_document(record, stored.get(record.id)) for record in dense.get(chunk))
    removed = keyword.delete(keyword_ids - dense_ids)
    # An index written before it kept content keys gets them from the stored observations.
    without = keyword.ids_without_contents()
    for offset in range(0, len(without), _RECONCILE_BATCH):
        stored = _observations_of(dense, without[offset:offset + _RECONCILE_BATCH])
        keyword.set_contents((mem_id, content_key(obs)) for mem_id, obs in stored.items())
    # An index written before it kept source ids gets them once, from the vector store.
    lacking = keyword.ids_without_sources()
    for offset in range(0, len(lacking), _RECONCILE_BATCH):
        records = dense.get(lacking[offset:offset + _RECONCILE_BATCH])
        keyword.set_sources((record.id, record.source_ids) for record in records)
    logger.info("keyword index reconciled with the vector store: %d added, %d removed, %d given content keys, "
                "%d given source ids", added, removed, len(without), len(lacking))
    return added, removed


def _observations_of(dense: VectorMemoryStore, ids: list[str]) -> dict[str, Observation]:
    """The stored observations of these memories (empty from a store that keeps none: they are then
    searched without their speakers, and none is taken for a repeat of another)."""
    try:
        return {obs.id: obs for obs in dense.stored_observations(ids=ids)}
    except MemoryUnavailableError:
        return {}
