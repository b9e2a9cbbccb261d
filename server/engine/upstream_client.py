"""HTTP to an OpenAI-compatible server: retries with backoff, and error answers as typed errors.

``UpstreamClient.send`` retries a request that fails to connect, or is answered 429/5xx, with
exponential backoff (a ``Retry-After`` header may ask for longer, up to ``MAX_RETRY_AFTER_S``); any
other error answer raises at once, with a message a person can act on. The engine that streams
answers through it is ``server.engine.openai_upstream``.
"""

from __future__ import annotations

import logging
import re
import threading
import time
from typing import Any, Iterable, Iterator

import httpx

from server.errors import EngineError, PromptTooLongError

logger = logging.getLogger(__name__)

CONNECT_TIMEOUT_S = 10.0
"""Connecting is quick or not at all; a long read timeout is only for slow prefills."""

MAX_RETRY_AFTER_S = 10.0
"""Longest wait a ``Retry-After`` header may ask for before a retry."""

RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
CONTEXT_ERROR = re.compile(
    r"context[ _](length|window|size)|maximum context|exceed_context|too many tokens|prompt is too long"
    r"|longer than the model",
    re.IGNORECASE,
)
"""Error messages of upstreams that say the prompt does not fit the model's context window."""


class Cancelled(Exception):
    """The caller cancelled while a retry was waiting."""


class UpstreamStatusError(EngineError):
    """The upstream answered with an error status (``upstream_status``), so callers can tell a
    refused request field (400/422) from an outage (429/5xx)."""

    def __init__(self, message: str, upstream_status: int) -> None:
        super().__init__(message)
        self.upstream_status = upstream_status


def error_message(response: httpx.Response) -> str:
    """The human-readable part of an error body (OpenAI, FastAPI or plain-text shape)."""
    try:
        body = response.json()
    except ValueError:
        return response.text.strip()[:300] or response.reason_phrase
    if isinstance(body, dict):
        error = body.get("error", body.get("detail", body.get("message")))
        if isinstance(error, dict):
            error = error.get("message", error)
        if error is not None:
            return str(error)[:300]
    return str(body)[:300]


def sse_data(lines: Iterable[str]) -> Iterator[str]:
    """The ``data`` payloads of a Server-Sent Events stream (multi-line data joined by newlines)."""
    data: list[str] = []
    for line in lines:
        if not line:
            if data:
                yield "\n".join(data)
                data = []
        elif line.startswith("data:"):
            data.append(line[5:].lstrip(" "))
    if data:
        yield "\n".join(data)


class UpstreamClient:
    """An ``httpx.Client`` for one upstream at ``base_url``, with the retry policy of the upstream engine."""

    def __init__(
        self,
        base_url: str,
        api_key: str | None = None,
        timeout_s: float = 120.0,
        retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        backoff_s: float = 0.5,
    ) -> None:
        self.base_url = base_url
        self.timeout_s = timeout_s
        self.retries = retries
        self.backoff_s = backoff_s
        headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
        self._client = httpx.Client(
            headers=headers,
            timeout=httpx.Timeout(timeout_s, connect=min(timeout_s, CONNECT_TIMEOUT_S)),
            transport=transport,
        )

    def send(
        self, method: str, url: str, body: dict[str, Any] | None = None, *, stream: bool = False,
        cancel: threading.Event | None = None, retries: int | None = None,
    ) -> httpx.Response:
        """Send with retries on connection errors and 429/5xx; an error status raises a typed error.

        With ``stream=True`` the body is left unread (the caller closes the response). ``retries``
        overrides the engine's retry count for this request.
        """
        retries = self.retries if retries is None else retries
        attempt = 0
        while True:
            delay = self.backoff_s * 2**attempt
            try:
                request = self._client.build_request(method, url, json=body)
                response = self._client.send(request, stream=stream)
            except (httpx.ConnectTimeout, httpx.ConnectError, httpx.RemoteProtocolError, httpx.ReadError,
                    httpx.WriteError) as exc:
                if attempt >= retries:
                    raise EngineError(f"cannot reach upstream engine at {self.base_url}: {exc or type(exc).__name__}") from exc
                logger.warning("upstream %s %s failed (%s); retry %d/%d in %.2f s",
                               method, url, exc or type(exc).__name__, attempt + 1, retries, delay)
            except httpx.TimeoutException as exc:  # read/write timeout: the request may be running, do not pile on
                raise EngineError(f"upstream engine at {self.base_url} did not answer within {self.timeout_s:g} s") from exc
            except httpx.HTTPError as exc:
                raise EngineError(f"request to upstream engine at {self.base_url} failed: {exc}") from exc
            else:
                if response.status_code < 400:
                    return response
                if stream:
                    response.read()
                response.close()
                if response.status_code not in RETRY_STATUSES or attempt >= retries:
                    raise self._status_error(response, url)
                retry_after = response.headers.get("retry-after", "")
                if retry_after.isdigit():
                    delay = max(delay, min(float(retry_after), MAX_RETRY_AFTER_S))
                logger.warning("upstream %s %s answered HTTP %d; retry %d/%d in %.2f s",
                               method, url, response.status_code, attempt + 1, retries, delay)
            attempt += 1
            if cancel is not None:
                if cancel.wait(delay):
                    raise Cancelled
            else:
                time.sleep(delay)

    def post(self, url: str, body: dict[str, Any]) -> httpx.Response:
        """One plain POST: no retries, and an error status is returned, not raised (for probes)."""
        return self._client.post(url, json=body)

    def _status_error(self, response: httpx.Response, url: str) -> UpstreamStatusError | PromptTooLongError:
        """The typed error for an HTTP error answer, with a message a person can act on."""
        status, message = response.status_code, error_message(response)
        if status in (401, 403):
            return UpstreamStatusError(f"upstream refused the API key (HTTP {status} from {url}); "
                                       "check TETHER_UPSTREAM_API_KEY", status)
        if status in (400, 413, 422) and CONTEXT_ERROR.search(message):
            return PromptTooLongError(f"the prompt does not fit the upstream model's context window: {message}")
        if status == 404:
            return UpstreamStatusError(f"upstream engine has no {url} or no such model ({message}); "
                                       "check TETHER_UPSTREAM_URL (usually ending in /v1) and TETHER_UPSTREAM_MODEL",
                                       status)
        return UpstreamStatusError(f"upstream engine at {self.base_url} answered HTTP {status}: {message}", status)

    def close(self) -> None:
        """Close the connections."""
        self._client.close()
