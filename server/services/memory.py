"""Memory service: forgetting that really deletes, from every index the server keeps."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from server.errors import InvalidRequestError, MemoryNotFoundError
from server.memory.records import MemoryFilter
from server.memory.store import MemoryStore
from shared.wire import ForgetRequest, ForgetResult, PinRequest, PinResult

if TYPE_CHECKING:  # SQLAlchemy loads only where the records are built (services.container)
    from server.answers.typed_records import RecordStore

logger = logging.getLogger(__name__)

LEARNED_MEMORY_KINDS = frozenset({"day_summary", "profile_fact"})
"""Memories learning writes (``server.learning.recall.LEARNED_KINDS``; learning builds on this module)."""


class MemoryService:
    """Operations on the person's memory beyond ingest and search."""

    def __init__(self, store: MemoryStore, records: RecordStore | None = None) -> None:
        self._store = store
        self._records = records

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
        if self._records is not None:
            self._records.forget(request.ids, request.start, request.end, request.kind, request.sensor)
        logger.info("forgot %d memories", forgotten)
        return ForgetResult(forgotten=forgotten, dry_run=False)

    def pin(self, request: PinRequest) -> PinResult:
        """Pin or unpin the memories that have these ids or came from these observations."""
        matched = self._pin_targets(request.ids)
        if not matched:
            raise MemoryNotFoundError(f"no memory has the id {', '.join(request.ids[:3])} or came from it; "
                                      "`tether memory search` shows ids")
        changed = self._store.set_pinned(matched, request.pinned)
        logger.info("%s %d memories", "pinned" if request.pinned else "unpinned", len(changed))
        return PinResult(ids=changed, pinned=request.pinned)

    def _pin_targets(self, ids: list[str]) -> list[str]:
        """The memories ``ids`` name: a memory's own id names that memory; an observation id that
        is not a memory's (a merged heartbeat) names the memory it was merged into, not the day
        summaries that also list it as a source."""
        wanted = list(dict.fromkeys(ids))
        found = self._store.select(wanted, None)
        own = [i for i in wanted if i in set(found)]
        sources = [i for i in wanted if i not in set(found)]
        if not sources:
            return own
        listing = self._store.select(sources, None)
        observed = [r.id for r in self._store.get(listing) if r.kind not in LEARNED_MEMORY_KINDS]
        listing = observed or listing
        return list(dict.fromkeys([*own, *listing]))

