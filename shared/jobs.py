"""Wire models of the learning jobs API (``GET /v1/jobs``, ``POST /v1/jobs/{id}/run``). Stable: scripts use them."""

from __future__ import annotations

from pydantic import BaseModel, Field

JOB_IDS: tuple[str, ...] = ("consolidate-days", "learn-facts", "routine-stats", "fold-memories")
"""Every learning job's id, in the order ``tether jobs`` lists them (the server's ``JOBS`` has the
same ids; a test checks it). Here so that ``tether jobs --help`` names them without loading the server."""


class JobStatus(BaseModel):
    """One learning job: when it runs next and how its last run went."""

    id: str = Field(description="Stable job id: consolidate-days, learn-facts, routine-stats, fold-memories.")
    name: str = Field(description="What the job does.")
    next_run_time: str | None = Field(default=None, description="Next scheduled run (ISO 8601, UTC); None when not scheduled.")
    retry_at: str | None = Field(default=None, description="When a run put off while the person was active is retried.")
    last_run: str | None = Field(default=None, description="When the last run started (ISO 8601, UTC).")
    last_finished: str | None = Field(default=None, description="When the last run finished.")
    last_outcome: str | None = Field(default=None, description="ok, error, deferred, skipped or missed.")
    last_result: str | None = Field(default=None, description="What the last run did, in one line.")
    last_error: str | None = Field(default=None, description="The last run's error, if it failed.")


class JobRunRecord(BaseModel):
    """One recorded run of a job."""

    id: int | None = Field(default=None, description="Row id in the job_runs table.")
    job_id: str
    trigger: str = Field(description="scheduled, deferred or manual.")
    started: str
    finished: str | None = None
    outcome: str = Field(description="ok, error, deferred, skipped or missed.")
    result: str | None = None
    error: str | None = None
