"""``EmbeddedServerApi``: the server's services in this process, on the same data directory."""

from __future__ import annotations

from datetime import datetime
from typing import Iterator

from device.client.api import ChatEvent
from server import __version__
from server.services.container import ServerServices, build_services
from shared.jobs import JobRunRecord, JobStatus
from shared.settings import ServerSettings
from shared.wire import (
    ChatRequest, ForgetRequest, ForgetResult, Health, IngestResult, MemorySearchResponse, PinRequest, PinResult,
)


class EmbeddedServerApi:
    """No network: calls the same services the HTTP routes call."""

    def __init__(self, settings: ServerSettings, services: ServerServices | None = None) -> None:
        self.description = "embedded"
        self._settings = settings
        self._services = services or build_services(settings)
        self._learning = None

    def health(self) -> Health:
        return Health(version=__version__, memories=self._services.store.count())

    def post_observations(self, records: list[dict]) -> IngestResult:
        return self._services.ingest.ingest(records)

    def search(self, query: str, k: int, at: datetime | None = None) -> MemorySearchResponse:
        hits, ms = self._services.chat.retrieve(query, k, at)
        return MemorySearchResponse(query=query, hits=hits, retrieval_ms=round(ms, 2))

    def chat(self, request: ChatRequest) -> Iterator[ChatEvent]:
        return self._services.chat.stream(request)

    def forget(self, request: ForgetRequest) -> ForgetResult:
        return self._services.memory.forget(request)

    def pin(self, request: PinRequest) -> PinResult:
        return self._services.memory.pin(request)

    def _scheduler(self):
        # Not started: embedded commands run jobs on request only (the server runs them on schedule).
        if self._learning is None:
            from server.learning.jobs import LearningScheduler

            self._learning = LearningScheduler(self._services, self._settings)
        return self._learning

    def jobs(self) -> list[JobStatus]:
        return [JobStatus.model_validate(j) for j in self._scheduler().status()]

    def run_job(self, job_id: str) -> JobRunRecord:
        return JobRunRecord.model_validate(self._scheduler().run_now(job_id).as_dict())

    def close(self) -> None:
        self._services.close()
