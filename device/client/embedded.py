"""``EmbeddedServerApi``: the server's services in this process, on the same data directory.

A command pays only for what it uses. The services are built on the first request that needs
them, the language model on the first request that generates text (an answer, a learning job),
the embedding model on the first text to embed, and the typed records (SQLAlchemy) on their first
read or write, which a search never makes. A search embeds one short query: that runs
on ``NumpyBertEmbedder`` (the same weights in NumPy, no torch import), while batches of
observations go to sentence-transformers, loaded then. ``tether jobs`` reads the job log without
building anything.
"""

from __future__ import annotations

import logging
import threading
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterator

from device.client.api import ChatEvent
from server import __version__
from shared.jobs import JobRunRecord, JobStatus
from shared.settings import ServerSettings
from shared.wire import (
    ChatRequest, ForgetRequest, ForgetResult, Health, IngestResult, MemorySearchResponse, PinRequest, PinResult,
)

logger = logging.getLogger(__name__)

SMALL_BATCH = 8
"""Texts embedded at once up to which the NumPy encoder serves (a query); larger batches load torch."""


class OnDemandEngine:
    """The configured engine, loaded on the first call that needs the model.

    ``name`` and ``max_concurrent`` are known from the settings, so wrapping it in the scheduler and
    the metrics loads nothing.
    """

    def __init__(self, settings: ServerSettings, build: Callable[[ServerSettings], Any] | None = None) -> None:
        self._settings = settings
        self._build = build
        self._engine: Any = None
        self._lock = threading.Lock()
        self.name = settings.engine
        self.max_concurrent = settings.parallel if settings.engine == "llamacpp" else None

    @property
    def loaded(self) -> bool:
        """Whether the model has been loaded."""
        return self._engine is not None

    def _get(self) -> Any:
        with self._lock:
            if self._engine is None:
                from server.services.container import build_engine

                self._engine = (self._build or build_engine)(self._settings)
            return self._engine

    @property
    def model_name(self) -> str:
        return self._get().model_name

    @property
    def model_path(self) -> Path | None:
        return self._get().model_path

    def generate(self, *args: Any, **kwargs: Any) -> Iterator[Any]:
        return self._get().generate(*args, **kwargs)

    def complete_json(self, *args: Any, **kwargs: Any) -> Any:
        return self._get().complete_json(*args, **kwargs)

    def count_tokens(self, text: str) -> int:
        return self._get().count_tokens(text)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()


class OnDemandRecordStore:
    """The typed records (``RecordStore``, on SQLAlchemy), opened on the first call that reads or
    writes them: ingest, grounded answers and forgetting do; ``memory search`` does not."""

    def __init__(self, settings: ServerSettings) -> None:
        self._settings = settings
        self._records: Any = None
        self._lock = threading.Lock()

    def _get(self) -> Any:
        with self._lock:
            if self._records is None:
                from server.services.container import build_records

                self._records = build_records(self._settings)
            return self._records

    def add(self, *args: Any, **kwargs: Any) -> int:
        return self._get().add(*args, **kwargs)

    def query(self, *args: Any, **kwargs: Any) -> list[Any]:
        return self._get().query(*args, **kwargs)

    def count(self) -> int:
        return self._get().count()

    def forget(self, *args: Any, **kwargs: Any) -> int:
        return self._get().forget(*args, **kwargs)

    def close(self) -> None:
        if self._records is not None:
            self._records.close()


class CommandEmbedder:
    """Embeds a query with ``NumpyBertEmbedder`` and batches with sentence-transformers, each loaded
    on first use; a model folder NumPy cannot compute exactly goes to sentence-transformers only."""

    def __init__(self, settings: ServerSettings) -> None:
        from shared.model_locator import locate_embedding_model

        self._settings = settings
        self._model_dir = locate_embedding_model(settings.embedding_model_path)
        self._small: Any = None
        self._large: Any = None
        self._lock = threading.Lock()
        self.model_name = self._model_dir.name

    def _numpy(self) -> Any:
        from server.memory.numpy_bert import NumpyBertEmbedder

        with self._lock:
            if self._small is None:
                self._small = NumpyBertEmbedder(self._model_dir) if NumpyBertEmbedder.supports(self._model_dir) \
                    else self._torch_locked()
            return self._small

    def _torch(self) -> Any:
        with self._lock:
            return self._torch_locked()

    def _torch_locked(self) -> Any:
        if self._large is None:
            from server.memory.embedder import SentenceTransformerEmbedder

            self._large = SentenceTransformerEmbedder(self._model_dir, threads=self._settings.embedding_threads)
        return self._large

    @property
    def dimension(self) -> int:
        return int(self._numpy().dimension)

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Unit vectors; NumPy for a few texts, torch for a batch."""
        return (self._numpy() if len(texts) <= SMALL_BATCH else self._torch()).embed(texts)


class EmbeddedServerApi:
    """No network: calls the same services the HTTP routes call, built when first needed."""

    def __init__(self, settings: ServerSettings, services: Any | None = None) -> None:
        self.description = "embedded"
        self._settings = settings
        self._services = services
        self._build_lock = threading.Lock()
        self._learning = None

    @property
    def services(self) -> Any:
        """The server's services (``ServerServices``); the models in them load on first use."""
        with self._build_lock:
            if self._services is None:
                from server.memory.embedder import CachedEmbedder
                from server.services.container import build_services

                self._services = build_services(self._settings, engine=OnDemandEngine(self._settings),
                                                embedder=CachedEmbedder(CommandEmbedder(self._settings)),
                                                records=OnDemandRecordStore(self._settings))  # type: ignore[arg-type]
            return self._services

    def health(self) -> Health:
        return Health(version=__version__, memories=self.services.store.count())

    def post_observations(self, records: list[dict]) -> IngestResult:
        return self.services.ingest.ingest(records)

    def search(self, query: str, k: int, at: datetime | None = None) -> MemorySearchResponse:
        hits, ms = self.services.chat.retrieve(query, k, at)
        return MemorySearchResponse(query=query, hits=hits, retrieval_ms=round(ms, 2))

    def chat(self, request: ChatRequest) -> Iterator[ChatEvent]:
        return self.services.chat.stream(request)

    def forget(self, request: ForgetRequest) -> ForgetResult:
        return self.services.memory.forget(request)

    def pin(self, request: PinRequest) -> PinResult:
        return self.services.memory.pin(request)

    def _scheduler(self):
        # Not started: embedded commands run jobs on request only (the server runs them on schedule).
        # Its services are looked up only when a job runs, so listing the jobs builds nothing.
        if self._learning is None:
            from server.learning.jobs import LearningScheduler

            self._learning = LearningScheduler(_ServicesWhenUsed(self), self._settings)  # type: ignore[arg-type]
        return self._learning

    def jobs(self) -> list[JobStatus]:
        return [JobStatus.model_validate(j) for j in self._scheduler().status()]

    def run_job(self, job_id: str) -> JobRunRecord:
        return JobRunRecord.model_validate(self._scheduler().run_now(job_id).as_dict())

    def close(self) -> None:
        if self._services is not None:
            self._services.close()


class _ServicesWhenUsed:
    """Stands in for ``ServerServices``: builds them on the first attribute read."""

    def __init__(self, api: EmbeddedServerApi) -> None:
        self._api = api

    def __getattr__(self, name: str) -> Any:
        return getattr(self._api.services, name)
