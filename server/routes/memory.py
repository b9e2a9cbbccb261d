"""``GET /v1/memory/search``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from starlette.concurrency import run_in_threadpool

from server.deps import Authorized, Services
from shared.wire import MemorySearchResponse

router = APIRouter(prefix="/v1/memory", tags=["memory"], dependencies=[Authorized])


@router.get("/search", response_model=MemorySearchResponse)
async def search_memory(
    services: Services,
    q: Annotated[str, Query(min_length=1, max_length=2000, description="What to look for.")],
    k: Annotated[int, Query(ge=1, le=100, description="How many hits.")] = 10,
) -> MemorySearchResponse:
    """Memories closest in meaning to ``q``; each hit lists its source observation ids."""
    hits, ms = await run_in_threadpool(services.chat.retrieve, q, k)
    return MemorySearchResponse(query=q, hits=hits, retrieval_ms=round(ms, 2))
