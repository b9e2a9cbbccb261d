"""What the device needs from a server, and the errors it can meet.

Two implementations: ``device.client.http.HttpServerApi`` (remote, over HTTP with a token) and
``device.client.embedded.EmbeddedServerApi`` (server parts in-process on the same data directory).
"""

from __future__ import annotations

from datetime import datetime
from typing import Iterator, Protocol, Union

from shared.jobs import JobRunRecord, JobStatus
from shared.wire import (
    ChatFinalEvent, ChatRequest, ChatTokenEvent, ForgetRequest, ForgetResult, Health, IngestResult, MemorySearchResponse,
    PinRequest, PinResult,
)

ChatEvent = Union[ChatTokenEvent, ChatFinalEvent]


class ServerError(Exception):
    """Base of the errors talking to a server."""


class ServerUnreachableError(ServerError):
    """No connection (server down, wrong URL, timeout); the outbox keeps the data."""


class ServerAuthError(ServerError):
    """The server refused the token."""


class ServerRequestError(ServerError):
    """The server answered with an error about the request itself (4xx/5xx)."""

    def __init__(self, status: int, detail: str, retry_after_s: float | None = None) -> None:
        self.status = status
        self.retry_after_s = retry_after_s
        """The server's Retry-After (seconds) on 429/503 backpressure; None when it gave none."""
        super().__init__(f"server answered {status}: {detail}")


class RecordRefusedError(ServerRequestError):
    """The server refused one record of a batch by itself (403: a token bound to another device);
    ``index`` is its place in the batch. The other records were not refused."""

    def __init__(self, status: int, detail: str, index: int) -> None:
        super().__init__(status, detail)
        self.detail = detail
        self.index = index


class ServerApi(Protocol):
    """The server as the device sees it."""

    description: str

    def health(self) -> Health:
        """Whether the server is up."""
        ...

    def post_observations(self, records: list[dict]) -> IngestResult:
        """Send a batch of observation records (wire dicts)."""
        ...

    def search(self, query: str, k: int, at: datetime | None = None) -> MemorySearchResponse:
        """Memory hits for ``query``; time phrases read as of ``at`` (default now)."""
        ...

    def chat(self, request: ChatRequest) -> Iterator[ChatEvent]:
        """Token events, then one final event."""
        ...

    def forget(self, request: ForgetRequest) -> ForgetResult:
        """Forget memories on the server."""
        ...

    def pin(self, request: PinRequest) -> PinResult:
        """Pin or unpin memories on the server (pinned ones survive the storage budget)."""
        ...

    def jobs(self) -> list[JobStatus]:
        """The learning jobs: schedule, last run, result, errors."""
        ...

    def run_job(self, job_id: str) -> JobRunRecord:
        """Run one learning job now."""
        ...

    def close(self) -> None:
        """Release connections or in-process models."""
        ...
