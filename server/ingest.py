"""Ingest service: validate a batch record by record, store the good ones idempotently."""

from __future__ import annotations

import logging
from typing import Any

from server.memory.store import MemoryStore
from shared.observation import Observation, ObservationError, parse_observation
from shared.wire import IngestResult, RejectedRecord

logger = logging.getLogger(__name__)


class IngestService:
    """Turns a batch of raw records into stored memories; one bad record spoils nothing."""

    def __init__(self, store: MemoryStore) -> None:
        self._store = store

    def ingest(self, records: list[Any]) -> IngestResult:
        """Validate each record, store the valid ones, report the rest with field-named reasons."""
        valid: list[Observation] = []
        rejected: list[RejectedRecord] = []
        for index, raw in enumerate(records):
            try:
                valid.append(parse_observation(raw))
            except ObservationError as exc:
                rejected.append(RejectedRecord(index=index, id=exc.record_id, error=str(exc)))
        stored, duplicates = self._store.add(valid) if valid else (0, 0)
        if rejected:
            logger.info("ingest rejected %d of %d records", len(rejected), len(records))
        return IngestResult(accepted=stored, duplicates=duplicates, rejected=rejected)
