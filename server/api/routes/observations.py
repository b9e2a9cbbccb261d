"""``POST /v1/observations``: batch ingest, idempotent on id."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from server.api.auth import bind_to_device
from server.api.deps import Services, Writer
from server.api.openapi_docs import AUTH_ERRORS, error_responses
from shared.wire import IngestRequest, IngestResult

router = APIRouter(prefix="/v1", tags=["observations"], responses=error_responses(*AUTH_ERRORS, 400, 422, 503))


@router.post("/observations", response_model=IngestResult)
async def post_observations(body: IngestRequest, services: Services, principal: Writer) -> IngestResult:
    """Store a batch; invalid records are listed in ``rejected`` while the rest are stored.

    A token bound to a device may only send that device's observations (403 otherwise); records
    that name no device get its id in ``data.device``.
    """
    bind_to_device(principal, body.observations)
    return await run_in_threadpool(services.ingest.ingest, body.observations)
