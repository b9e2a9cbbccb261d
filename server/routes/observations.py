"""``POST /v1/observations``: batch ingest, idempotent on id."""

from __future__ import annotations

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from server.deps import Authorized, Services
from shared.wire import IngestRequest, IngestResult

router = APIRouter(prefix="/v1", tags=["observations"], dependencies=[Authorized])


@router.post("/observations", response_model=IngestResult)
async def post_observations(body: IngestRequest, services: Services) -> IngestResult:
    """Store a batch; invalid records are listed in ``rejected`` while the rest are stored."""
    return await run_in_threadpool(services.ingest.ingest, body.observations)
