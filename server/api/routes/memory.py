"""``GET /v1/memory/search``."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import AfterValidator
from starlette.concurrency import run_in_threadpool

from server.api.deps import ForgetAccess, ReadAccess, Services
from server.errors import InvalidRequestError
from server.api.openapi_docs import AUTH_ERRORS, error_responses
from shared.timeutil import within_range
from shared.wire import ForgetRequest, ForgetResult, MemorySearchResponse

Time = Annotated[datetime, AfterValidator(within_range)]
"""A query-string time that converts to UTC and to any zone without overflow (else 422)."""

router = APIRouter(prefix="/v1/memory", tags=["memory"], responses=error_responses(*AUTH_ERRORS, 422))


@router.get("/search", response_model=MemorySearchResponse, dependencies=[ReadAccess], responses=error_responses(400))
async def search_memory(
    services: Services,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="What to look for.")],
    k: Annotated[int, Query(ge=1, le=100, description="How many hits.")] = 10,
    at: Annotated[Time | None, Query(description="Read time phrases and recency as of this time (ISO 8601 with offset); default now.")] = None,
) -> MemorySearchResponse:
    """Memories closest in meaning to ``q``; each hit lists its source observation ids."""
    if at is not None and at.tzinfo is None:
        raise InvalidRequestError("at: give a time with an offset, e.g. 2026-11-20T15:00:00+01:00")
    hits, ms = await run_in_threadpool(services.chat.retrieve, q, k, at)
    return MemorySearchResponse(query=q, hits=hits, retrieval_ms=round(ms, 2))


@router.delete("", response_model=ForgetResult, dependencies=[ForgetAccess], responses=error_responses(400))
async def forget_memories(
    services: Services,
    id: Annotated[list[str] | None, Query(description="Memory ids or source observation ids (repeatable).")] = None,
    start: Annotated[Time | None, Query(description="Forget memories overlapping [start, end) (ISO 8601 with offset).")] = None,
    end: Annotated[Time | None, Query()] = None,
    kind: Annotated[str | None, Query()] = None,
    sensor: Annotated[str | None, Query()] = None,
    dry_run: Annotated[bool, Query(description="Only count.")] = False,
) -> ForgetResult:
    """Forget everywhere the server stored them (vectors and keyword index); conditions combine with AND."""
    request = ForgetRequest(ids=id, start=start, end=end, kind=kind, sensor=sensor, dry_run=dry_run)
    return await run_in_threadpool(services.memory.forget, request)


@router.delete("/{memory_id}", response_model=ForgetResult, dependencies=[ForgetAccess])
async def forget_memory(services: Services, memory_id: str) -> ForgetResult:
    """Forget one memory (by its id, or every memory that came from that observation id)."""
    return await run_in_threadpool(services.memory.forget, ForgetRequest(ids=[memory_id]))
