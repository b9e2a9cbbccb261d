"""``GET /v1/jobs`` and ``POST /v1/jobs/{job_id}/run``: the learning jobs."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Request
from starlette.concurrency import run_in_threadpool

from server.api.deps import AdminAccess, ReadAccess
from server.errors import LearningUnavailableError
from server.learning.jobs import LearningScheduler
from server.api.openapi_docs import AUTH_ERRORS, error_responses
from shared.jobs import JobRunRecord, JobStatus

router = APIRouter(prefix="/v1/jobs", tags=["jobs"], responses=error_responses(*AUTH_ERRORS, 503))


def get_learning(request: Request) -> LearningScheduler:
    """The ``LearningScheduler`` the lifespan started (``app.state.learning``)."""
    learning = getattr(request.app.state, "learning", None)
    if learning is None:
        raise LearningUnavailableError("learning jobs are not running in this server (started with learning off?)")
    return learning


Learning = Annotated[LearningScheduler, Depends(get_learning)]


@router.get("", response_model=list[JobStatus], dependencies=[ReadAccess])
async def list_jobs(learning: Learning) -> list[JobStatus]:
    """Every learning job with its next run time and its last run."""
    rows = await run_in_threadpool(learning.status)
    return [JobStatus(**row) for row in rows]


@router.post("/{job_id}/run", response_model=JobRunRecord, dependencies=[AdminAccess], responses=error_responses(404, 422))
async def run_job_now(
    learning: Learning,
    job_id: Annotated[str, Path(min_length=1, max_length=64, description="A job id from GET /v1/jobs.")],
) -> JobRunRecord:
    """Run one job now (even while the person is active) and return the recorded run.

    Waits for the run: model calls queue behind chat requests, so this can take a while.
    """
    run = await run_in_threadpool(learning.run_now, job_id)
    return JobRunRecord(**run.as_dict())
