"""The chromadb client the settings ask for: a Chroma server over HTTP, or embedded on disk."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from server.errors import MemoryUnavailableError
from shared.settings import ServerSettings

if TYPE_CHECKING:  # chromadb is imported when a client is built, not with this module
    from chromadb.api import ClientAPI

logger = logging.getLogger(__name__)

_DEFAULT_PORTS = {"http": 8000, "https": 443}


def parse_chroma_url(url: str) -> tuple[str, int, bool]:
    """``http(s)://host[:port]`` as (host, port, ssl); a path or another scheme is refused."""
    parts = urlsplit(url.strip())
    if parts.scheme not in _DEFAULT_PORTS or not parts.hostname:
        raise ValueError(f"chroma_url {url!r} is not an http(s) URL; write e.g. http://127.0.0.1:8000")
    if parts.path not in ("", "/") or parts.query:
        raise ValueError(f"chroma_url {url!r} has a path; give the server root, e.g. http://127.0.0.1:8000")
    try:
        port = parts.port or _DEFAULT_PORTS[parts.scheme]
    except ValueError as exc:  # port out of range or not a number
        raise ValueError(f"chroma_url {url!r}: {exc}") from None
    return parts.hostname, port, parts.scheme == "https"


def build_chroma_client(settings: ServerSettings) -> ClientAPI:
    """``chromadb.HttpClient`` to ``settings.chroma_url`` when set, else a ``PersistentClient``
    under ``home/server/chroma``. Telemetry is off either way.

    Raises ``MemoryUnavailableError`` when the server cannot be reached, naming the URL.
    """
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.chroma_url:
        host, port, ssl = parse_chroma_url(settings.chroma_url)
        try:
            client = chromadb.HttpClient(host=host, port=port, ssl=ssl, settings=chroma_settings)
        except Exception as exc:  # chromadb raises ValueError, httpx errors or its own, by version
            raise MemoryUnavailableError(
                f"cannot reach the Chroma server at {settings.chroma_url} ({exc}); start it with "
                "`chroma run --path DIR --port N`, or unset TETHER_CHROMA_URL to use embedded storage"
            ) from exc
        logger.info("vector store: Chroma server at %s", settings.chroma_url)
        return client
    path = settings.server_dir / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    logger.info("vector store: embedded chromadb in %s", path)
    return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
