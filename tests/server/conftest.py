"""Server-test fixtures: a real OpenAI-compatible engine (llama_cpp.server) on a loopback port."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Iterator

import pytest

from tests.local_servers import free_port, running_server

logger = logging.getLogger(__name__)

STARTUP_TIMEOUT_S = 120.0


@pytest.fixture(scope="session")
def llama_server_url(gguf_path: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """``python -m llama_cpp.server`` serving SmolLM2 (ChatML, n_ctx 1024); yields its root URL (no ``/v1``)."""
    port = free_port()
    log_path = tmp_path_factory.mktemp("llama-server") / "server.log"
    command = [
        sys.executable, "-m", "llama_cpp.server", "--model", str(gguf_path), "--host", "127.0.0.1",
        "--port", str(port), "--n_ctx", "1024", "--n_threads", "2", "--chat_format", "chatml", "--verbose", "False",
    ]
    url = f"http://127.0.0.1:{port}"
    with running_server(command, f"{url}/v1/models", log_path, STARTUP_TIMEOUT_S, "llama_cpp.server"):
        logger.info("llama_cpp.server up at %s (log: %s)", url, log_path)
        yield url
