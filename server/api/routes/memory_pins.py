"""``POST /v1/memory/pins``: pin memories so the storage budget never folds them away (or unpin)."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from server.api.deps import Services, WriteAccess
from server.api.openapi_docs import AUTH_ERRORS, error_responses
from shared.wire import PinRequest, PinResult

router = APIRouter(prefix="/v1/memory", tags=["memory"], responses=error_responses(*AUTH_ERRORS, 422))


@router.post("/pins", response_model=PinResult, dependencies=[WriteAccess], responses=error_responses(400, 404))
async def pin_memories(services: Services, request: PinRequest) -> PinResult:
    """Pin (``pinned: true``) or unpin the memories with these ids, or that came from these observation ids.

    A pinned memory is never removed by the storage budget (``fold-memories``); forgetting it
    explicitly still works.
    """
    return await run_in_threadpool(services.memory.pin, request)
