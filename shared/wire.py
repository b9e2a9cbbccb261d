"""Wire models of the server API (requests, responses, SSE events). Stable: scripts use them."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field, field_validator

from shared.plan import QuestionPlan
from shared.timeutil import known_zone


class RejectedRecord(BaseModel):
    """One record of a batch that was not stored, and why."""

    index: int = Field(description="Position of the record in the batch (0-based).")
    id: str | None = Field(default=None, description="The record's id, when it had a readable one.")
    error: str = Field(description="What is wrong, naming the field.")


class IngestRequest(BaseModel):
    """A batch of observations. Records are validated one by one so one bad record spoils nothing."""

    observations: list[Any] = Field(max_length=5000, description="Observation records (docs/architecture.md).")


class IngestResult(BaseModel):
    """What happened to a batch: stored, already present, or rejected with reasons."""

    accepted: int = Field(description="New observations stored.")
    duplicates: int = Field(description="Observations whose id was already stored (idempotent ingest).")
    rejected: list[RejectedRecord] = Field(default_factory=list)


class MemoryHit(BaseModel):
    """One memory returned by retrieval."""

    id: str = Field(description="The memory's id.")
    text: str = Field(description="The memory as text.")
    score: float = Field(description="Relevance in [0, 1], higher is better (dense, keyword, time and recency fused).")
    kind: str | None = None
    start: datetime | None = None
    source_ids: list[str] = Field(description="Ids of the observations this memory came from.")


class MemorySearchResponse(BaseModel):
    """Result of a memory search."""

    query: str
    hits: list[MemoryHit]
    retrieval_ms: float


MAX_HISTORY_TURNS = 20
"""Earlier turns a chat request may carry (a client keeps the newest ones)."""


class ChatTurn(BaseModel):
    """An earlier turn of the conversation, as the client kept it from that turn's final event."""

    question: str = Field(max_length=4000)
    answer: str = Field(default="", max_length=16000)
    plan: QuestionPlan | None = Field(default=None, description="The plan that turn's final event carried.")


class ChatRequest(BaseModel):
    """A question to answer from the person's memory and the device's condensed prompt."""

    question: str = Field(min_length=1, max_length=4000)
    condensed: str = Field(default="", max_length=16000, description="The device's condensed state prompt.")
    k: int = Field(default=6, ge=0, le=50, description="How many memories to retrieve.")
    max_tokens: int = Field(default=128, ge=1, le=2048)
    as_of: datetime | None = Field(default=None, description="When the question is asked (ISO 8601 with offset): "
                                   "'today' and 'yesterday' are read as of it, and no evidence is from after it. "
                                   "Default: the server's clock.")
    timezone: str | None = Field(default=None, max_length=64,
                                 description="The person's IANA zone for days and times; default: the server's.")
    history: list[ChatTurn] = Field(default_factory=list, max_length=MAX_HISTORY_TURNS,
                                    description="Earlier turns, oldest first: follow-ups resolve against them.")
    answer_path: Literal["grounded", "model"] = Field(
        default="grounded", description="grounded: plan, compute from records, quote and verify (the default); "
        "model: memories and state straight into the model (the old path, kept for comparison).")

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        return known_zone(value)

    @field_validator("as_of")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            raise ValueError("as_of needs a UTC offset, e.g. 2026-11-04T12:00:00+01:00")
        return value


class PhaseMetrics(BaseModel):
    """Per-phase numbers every answer reports (docs/architecture.md). Absent phases stay null."""

    condense_ms: float | None = None
    tokens_before_condense: int | None = None
    tokens_after_condense: int | None = None
    retrieval_ms: float | None = None
    hits: int | None = None
    prompt_tokens: int | None = None
    cached_prefix_tokens: int | None = None
    prefill_ms: float | None = None
    ttft_ms: float | None = None
    decode_tokens: int | None = None
    ms_per_output_token: float | None = None
    total_ms: float | None = None


class ChatTokenEvent(BaseModel):
    """SSE ``token`` event: a piece of the answer."""

    type: Literal["token"] = "token"
    text: str


class ChatFinalEvent(BaseModel):
    """SSE ``final`` event: the whole answer, the evidence used and the metrics."""

    type: Literal["final"] = "final"
    answer: str
    evidence: list[MemoryHit]
    metrics: PhaseMetrics
    source: Literal["server", "device"] = "server"
    plan: QuestionPlan | None = Field(default=None, description="How the question was read (grounded path).")
    made_by: Literal["computed", "quoted", "generated", "unknown"] = Field(
        default="generated", description="computed from records, quoted from evidence, generated by the model, "
        "or unknown (the log holds nothing in the plan's window).")
    verified: bool | None = Field(default=None, description="Every number, time, date and name of the answer is "
                                  "in the computed result or the evidence (None: not checked).")


class ErrorBody(BaseModel):
    """Error response body: a message a person can act on."""

    error: str
    detail: str
    index: int | None = Field(default=None, description="The one record of a batch the error is about "
                              "(``record_forbidden``); absent otherwise.")


class Health(BaseModel):
    """``GET /healthz``."""

    status: Literal["ok"] = "ok"
    version: str
    memories: int


class ForgetRequest(BaseModel):
    """What to forget; conditions combine with AND. At least one is required."""

    ids: list[str] | None = Field(default=None, description="Memory ids or source observation ids.")
    start: datetime | None = Field(default=None, description="Memories overlapping [start, end).")
    end: datetime | None = None
    kind: str | None = None
    sensor: str | None = None
    dry_run: bool = Field(default=False, description="Only count what would be forgotten.")


class ForgetResult(BaseModel):
    """How many memories were (or would be) forgotten."""

    forgotten: int
    dry_run: bool


class PinRequest(BaseModel):
    """Memories to pin (kept by the storage budget) or unpin."""

    ids: list[str] = Field(min_length=1, max_length=1000, description="Memory ids or source observation ids.")
    pinned: bool = Field(default=True, description="True pins, False unpins.")


class PinResult(BaseModel):
    """The memories whose pin was set or cleared."""

    ids: list[str] = Field(description="Ids of the memories changed.")
    pinned: bool
