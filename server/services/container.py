"""Builds the server's heavy objects once (model, embedder, DB client) and holds them.

Used by the FastAPI lifespan and, in embedded mode, directly by the CLI on the same data directory.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from server.answers.service import GroundedAnswerer, Searcher
from server.services.chat import ChatService
from server.engine.base import Engine
from server.engine.scheduler import ScheduledEngine
from server.services.ingest import IngestService
from server.learning.routine_context import RoutineBook
from server.services.memory import MemoryService
from server.memory.embedder import Embedder
from server.memory.chroma_store import ChromaMemoryStore
from server.memory.store import MemoryStore
from server.metrics import MeteredEngine, ServerMetrics
from shared.model_locator import locate_embedding_model, locate_gguf
from shared.settings import ServerSettings
from shared.timeutil import resolve_timezone
from shared.wire import MemoryHit

if TYPE_CHECKING:
    from server.answers.typed_records import RecordStore

logger = logging.getLogger(__name__)


@dataclass
class ServerServices:
    """Everything a request needs; built once per process."""

    settings: ServerSettings
    store: MemoryStore
    embedder: Embedder
    engine: Engine
    """The engine as requests use it: scheduled (fair queue) and metered."""
    scheduler: ScheduledEngine
    metrics: ServerMetrics
    ingest: IngestService
    chat: ChatService
    memory: MemoryService
    routines: RoutineBook | None = None
    """The newest routine statistics (the ``routine-stats`` job updates them; chat reads them)."""
    records: RecordStore | None = None
    """Typed observation rows by kind and time (grounded answers read them)."""

    def close(self) -> None:
        """Release the model and the stores."""
        self.ingest.close()
        self.engine.close()
        self.store.close()
        if self.records is not None:
            self.records.close()


def build_engine(settings: ServerSettings) -> Engine:
    """The configured engine: an OpenAI-compatible upstream (``engine="openai"``), else the embedded
    llama.cpp engine on the configured (or packaged) GGUF model."""
    if settings.engine == "openai":
        from server.engine.openai_upstream import OpenAIUpstreamEngine
        from server.errors import EngineError

        if not settings.upstream_url:
            raise EngineError(
                "engine is 'openai' but no upstream is configured; set TETHER_UPSTREAM_URL "
                "(e.g. http://127.0.0.1:8000/v1)"
            )
        return OpenAIUpstreamEngine(
            settings.upstream_url,
            model=settings.upstream_model,
            api_key=settings.upstream_api_key,
            timeout_s=settings.upstream_timeout_s,
            retries=settings.upstream_retries,
        )
    from server.engine.llamacpp import LlamaCppEngine

    return LlamaCppEngine(
        locate_gguf(settings.model_path), n_ctx=settings.n_ctx, n_threads=settings.n_threads, seed=settings.seed,
        prefix_cache_bytes=settings.prefix_cache_mb * 1024**2,
        prefix_cache_dir=settings.server_dir / "prefix-cache", prefix_cache_disk_bytes=settings.prefix_cache_disk_mb * 1024**2,
        parallel=settings.parallel, speculative=settings.speculative, speculative_tokens=settings.speculative_tokens,
    )


def build_embedder(settings: ServerSettings) -> Embedder:
    """sentence-transformers on the configured (or packaged) model folder, behind a cache of recent texts."""
    from server.memory.embedder import CachedEmbedder, SentenceTransformerEmbedder

    model_dir = locate_embedding_model(settings.embedding_model_path)
    return CachedEmbedder(SentenceTransformerEmbedder(model_dir, threads=settings.embedding_threads))


def build_store(settings: ServerSettings, embedder: Embedder) -> MemoryStore:
    """Hybrid memory: chromadb (embedded, or the Chroma server at ``chroma_url``) + an FTS5 keyword index."""
    from server.memory.chroma_client import build_chroma_client
    from server.memory.hybrid import HybridMemoryStore
    from server.memory.keyword import KeywordIndex

    tz = resolve_timezone(settings.timezone)
    settings.server_dir.mkdir(parents=True, exist_ok=True)
    dense = ChromaMemoryStore(build_chroma_client(settings), embedder, tz)
    return HybridMemoryStore(dense, KeywordIndex(settings.server_dir / "keyword.sqlite3"), tz)


def build_services(
    settings: ServerSettings, engine: Engine | None = None, embedder: Embedder | None = None,
    records: RecordStore | None = None,
) -> ServerServices:
    """Load model, embedder and store; fail early with a message naming what is missing.

    ``engine`` and ``embedder`` may be passed in to share loaded models between servers on
    different data directories (tests do this); ``engine``, ``embedder`` and ``records`` may also
    be stand-ins that load on first use (embedded commands pass those).
    """
    embedder = embedder or build_embedder(settings)
    store = build_store(settings, embedder)
    records = build_records(settings) if records is None else records
    routines = RoutineBook(store, resolve_timezone(settings.timezone))
    metrics = ServerMetrics()
    inner = engine or build_engine(settings)
    capacity = settings.parallel if inner.max_concurrent is None else min(settings.parallel, inner.max_concurrent)
    scheduler = ScheduledEngine(inner, max_waiting=settings.max_waiting, capacity=capacity)
    engine = MeteredEngine(scheduler, metrics)
    return ServerServices(
        settings=settings,
        store=store,
        embedder=embedder,
        engine=engine,
        scheduler=scheduler,
        metrics=metrics,
        ingest=IngestService(store, max_waiting=settings.ingest_max_waiting, nice=settings.ingest_nice,
                             records=records),
        chat=ChatService(store, engine, default_k=settings.retrieve_k, routines=routines,
                         answers=GroundedAnswerer(records.query, _searcher(store), resolve_timezone(settings.timezone),
                                                  k=settings.retrieve_k,
                                                  engine=engine if settings.answer_model_steps else None,
                                                  routines=routines.hits_for)),
        memory=MemoryService(store, records),
        routines=routines,
        records=records,
    )


def build_records(settings: ServerSettings) -> RecordStore:
    """The typed records: SQLite under the server's data directory, or ``records_url``."""
    from server.answers.typed_records import RecordStore  # SQLAlchemy: only where records are built

    settings.server_dir.mkdir(parents=True, exist_ok=True)
    return RecordStore(settings.records_url or f"sqlite:///{settings.server_dir / 'records.sqlite3'}")


def _searcher(store: MemoryStore) -> Searcher:
    """Free-text retrieval for grounded answers: hybrid search with time phrases read as of the question."""

    def search(question: str, k: int, as_of: datetime) -> list[MemoryHit]:
        return store.search(question, k, now=as_of)

    return search


def resolve_token(settings: ServerSettings) -> str:
    """The configured token, or the one stored in ``home/server/token`` (created on first use, mode 600)."""
    if settings.token:
        return settings.token
    path: Path = settings.server_dir / "token"
    if path.is_file():
        return path.read_text().strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    token = secrets.token_urlsafe(32)
    path.touch(mode=0o600)
    path.write_text(token + "\n")
    logger.info("created a server token in %s", path)
    return token
