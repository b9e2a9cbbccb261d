"""Fixtures for the memory store tests: a real Chroma server, the three store backends, a corpus.

Not a conftest: test modules import what they use (``from tests.server.memory_fixtures import *``
style, by name), so the Chroma server starts only for the tests that need it.
"""

from __future__ import annotations

import logging
import sys
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from server.memory.chroma_store import ChromaMemoryStore
from server.memory.embedder import Embedder
from tests.local_servers import free_port, running_server
from server.memory.hybrid import HybridMemoryStore
from server.memory.keyword import KeywordIndex
from server.memory.memory_twin import InMemoryMemoryStore
from server.memory.store import VectorMemoryStore
from shared.observation import Observation

logger = logging.getLogger(__name__)

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=TZ)  # a Friday
BACKENDS = ("chroma-persistent", "chroma-http", "in-memory")
CHROMA_STARTUP_TIMEOUT_S = 60.0


def _chroma_executable() -> str:
    """The ``chroma`` CLI next to this interpreter (the virtual environment's)."""
    candidate = Path(sys.executable).with_name("chroma")
    return str(candidate) if candidate.exists() else "chroma"


@pytest.fixture(scope="session")
def chroma_server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real ``chroma run`` on a free loopback port, killed at the end of the session."""
    data = tmp_path_factory.mktemp("chroma-server")
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    argv = [_chroma_executable(), "run", "--path", str(data / "db"), "--host", "127.0.0.1", "--port", str(port)]
    with running_server(argv, f"{url}/api/v2/heartbeat", data / "server.log", CHROMA_STARTUP_TIMEOUT_S, "chroma run"):
        logger.info("chroma server up at %s", url)
        yield url


class CachingEmbedder:
    """Wraps the session's embedder and remembers vectors, so each text is embedded once per run."""

    def __init__(self, inner: Embedder) -> None:
        self._inner = inner
        self.dimension = inner.dimension
        self._cache: dict[str, list[float]] = {}

    def embed(self, texts: list[str]) -> list[list[float]]:
        missing = [t for t in dict.fromkeys(texts) if t not in self._cache]
        if missing:
            self._cache.update(zip(missing, self._inner.embed(missing)))
        return [self._cache[t] for t in texts]


@pytest.fixture(scope="session")
def embedder(server_services: Any) -> CachingEmbedder:
    """The session's loaded sentence-transformers model, with a cache in front."""
    return CachingEmbedder(server_services.embedder)


def make_dense(backend: str, tmp_path: Path, embedder: Embedder, request: pytest.FixtureRequest) -> VectorMemoryStore:
    """A fresh, empty vector store of the named backend."""
    if backend == "in-memory":
        return InMemoryMemoryStore(embedder, TZ)
    from server.memory.chroma_client import build_chroma_client
    from shared.settings import ServerSettings

    if backend == "chroma-persistent":
        settings = ServerSettings(home=tmp_path / "home")
        return ChromaMemoryStore(build_chroma_client(settings), embedder, TZ)
    if backend == "chroma-http":
        settings = ServerSettings(home=tmp_path / "home", chroma_url=request.getfixturevalue("chroma_server_url"))
        client = build_chroma_client(settings)
        name = f"test-{uuid.uuid4().hex[:12]}"  # one server for the session: a collection per test
        request.addfinalizer(lambda: client.delete_collection(name))
        return ChromaMemoryStore(client, embedder, TZ, collection=name)
    raise ValueError(f"unknown backend {backend!r}")


def make_hybrid(dense: VectorMemoryStore, tmp_path: Path) -> HybridMemoryStore:
    """A hybrid store over ``dense``; the in-memory twin gets an in-memory keyword index too."""
    path = ":memory:" if isinstance(dense, InMemoryMemoryStore) else tmp_path / "keyword.sqlite3"
    return HybridMemoryStore(dense, KeywordIndex(path), TZ)


def obs(obs_id: str, kind: str, start: str, end: str | None = None, sensor: str = "manual", **data: Any) -> Observation:
    """An observation at local Berlin times written ``2026-11-19T08:15``."""
    return Observation(
        id=obs_id, sensor=sensor, kind=kind,
        start=datetime.fromisoformat(start).replace(tzinfo=TZ),
        end=None if end is None else datetime.fromisoformat(end).replace(tzinfo=TZ),
        data=data,
    )


def corpus() -> list[Observation]:
    """A fortnight of a person's memories around ``NOW`` (Friday 2026-11-20 15:00, Berlin)."""
    return [
        obs("coffee-yesterday", "coffee", "2026-11-19T08:15", drink="flat white", caffeine_mg=120),
        obs("coffee-today", "coffee", "2026-11-20T09:10", drink="double espresso", caffeine_mg=150),
        obs("run-yesterday", "exercise", "2026-11-19T07:00", "2026-11-19T07:32", sensor="health",
            activity="run", distance_km=5.2),
        obs("meal-today", "meal", "2026-11-20T12:30", food="ramen with soft egg"),
        obs("meeting-nov12", "meeting", "2026-11-12T10:00", "2026-11-12T11:00", sensor="calendar",
            title="quarterly planning", attendees=["Dana", "Luis"]),
        obs("sleep-last-night", "sleep", "2026-11-19T23:10", "2026-11-20T06:50", sensor="health", quality="good"),
        obs("buy-xj9000", "purchase", "2026-11-03T18:40", code="XJ-9000", shop="hardware store on Main Street",
            item="replacement water filter cartridges for the kitchen tap, pack of three"),
        obs("buy-xj8000", "purchase", "2026-11-06T09:00", item="printer toner", code="XJ-8000"),
        obs("buy-xk9100", "purchase", "2026-11-04T10:00", item="espresso machine descaler", code="XK-9100"),
        obs("note-xj", "note", "2026-11-08T20:00", text="watched the sci-fi movie about the XJ series spaceship"),
        obs("note-robots", "note", "2026-11-09T14:00", text="robot model numbers like XR-7 and ZX-10 are confusing"),
        obs("window-merged", "computer", "2026-11-18T14:00", "2026-11-18T15:30", sensor="window",
            app="editor", title="tether hybrid search", source_ids=["w-1", "w-2", "w-3"]),
    ]
