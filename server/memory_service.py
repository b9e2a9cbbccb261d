"""Memory service: forgetting that really deletes, from every index the server keeps."""

from __future__ import annotations

import logging

from server.errors import InvalidRequestError
from server.memory.store import MemoryFilter, MemoryStore
from shared.wire import ForgetRequest, ForgetResult

logger = logging.getLogger(__name__)


class MemoryService:
    """Operations on the person's memory beyond ingest and search."""

    def __init__(self, store: MemoryStore) -> None:
        self._store = store

    def forget(self, request: ForgetRequest) -> ForgetResult:
        """Delete (or with ``dry_run`` count) the memories matching all conditions of ``request``."""
        if not (request.ids or request.start or request.end or request.kind or request.sensor):
            raise InvalidRequestError("say what to forget: ids, a time range, a kind or a sensor")
        try:
            where = MemoryFilter(start=request.start, end=request.end, kind=request.kind, sensor=request.sensor)
        except ValueError as exc:
            raise InvalidRequestError(str(exc)) from None
        if request.dry_run:
            return ForgetResult(forgotten=len(self._store.select(request.ids, where)), dry_run=True)
        forgotten = self._store.forget(request.ids, request.start, request.end, request.kind, request.sensor)
        logger.info("forgot %d memories", forgotten)
        return ForgetResult(forgotten=forgotten, dry_run=False)
