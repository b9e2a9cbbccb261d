"""Request limits: the largest body the server reads (413) and a request rate per token (429).

Both answer with the server's JSON error body before any work is done. The body limit is an ASGI
middleware that reads the body itself, so it holds for chunked (streamed) bodies as well as for
ones that declare a ``Content-Length``; the rate limit is a token bucket per API token, applied
by the auth gate once it knows who is asking (``server.api.auth.admit``).
"""

from __future__ import annotations

import logging
import math
import threading
import time
from typing import Callable

from starlette.responses import Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from server.errors import BodyTooLargeError, RateLimitedError, TetherServerError

logger = logging.getLogger(__name__)

Refuse = Callable[[str, TetherServerError], Response]
"""Renders a request's refusal by path, as the routes would (OpenAI's shape on its routes)."""

MAX_KEYS = 10_000
"""Buckets kept before refilled ones are forgotten (failed logins are keyed by client address)."""


class TokenBucket:
    """``rate_per_s`` requests a second on average, bursts up to ``burst``, per key.

    ``rate_per_s`` 0 turns limiting off. Keys are token ids, and client addresses for failed logins.
    """

    def __init__(self, rate_per_s: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.rate_per_s = rate_per_s
        self.burst = max(1, burst)
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # key -> (tokens left, when last filled)

    def take(self, key: str) -> float:
        """Spend one request of ``key``'s budget; returns 0, or the seconds until one is available."""
        if self.rate_per_s <= 0:
            return 0.0
        with self._lock:
            now = self._clock()
            tokens, then = self._buckets.get(key, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - then) * self.rate_per_s)
            if len(self._buckets) > MAX_KEYS:  # many addresses: forget the ones that have refilled
                full_after = self.burst / self.rate_per_s
                self._buckets = {k: v for k, v in self._buckets.items() if now - v[1] < full_after}
            if tokens >= 1.0:
                self._buckets[key] = (tokens - 1.0, now)
                return 0.0
            self._buckets[key] = (tokens, now)
            return (1.0 - tokens) / self.rate_per_s

    def check(self, key: str, what: str = "requests with this token") -> None:
        """``take`` or raise ``RateLimitedError`` with the seconds to wait (rounded up, at least 1)."""
        wait = self.take(key)
        if wait > 0:
            raise RateLimitedError(
                f"too many {what} (limit {self.rate_per_s:g}/s, bursts of {self.burst}); "
                "slow down and retry after the Retry-After seconds",
                retry_after_s=max(1, math.ceil(wait)),
            )


class _BodyTooLarge(Exception):
    pass


class BodySizeLimitMiddleware:
    """Refuse request bodies over ``max_bytes`` with 413 and a JSON error, before the app runs.

    The body is read here (the routes would read all of it anyway) and handed on unchanged; a
    declared ``Content-Length`` over the limit is refused without reading anything.
    """

    def __init__(self, app: ASGIApp, max_bytes: int, refuse: Refuse) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = _content_length(scope)
        if declared is not None and declared > self.max_bytes:
            await self._refuse(scope, receive, send)
            return
        try:
            body, ended = await self._read(receive)
        except _BodyTooLarge:
            await self._refuse(scope, receive, send)
            return
        if ended is not None:  # the client left while sending
            replay: list[Message] = [ended]
        else:
            replay = [{"type": "http.request", "body": body, "more_body": False}]

        async def replayed() -> Message:
            # The buffered body first; then the real channel (the app waits there for a disconnect).
            return replay.pop(0) if replay else await receive()

        await self.app(scope, replayed, send)

    async def _read(self, receive: Receive) -> tuple[bytes, Message | None]:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message["type"] != "http.request":
                return b"", message
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_bytes:
                raise _BodyTooLarge
            chunks.append(chunk)
            if not message.get("more_body", False):
                return b"".join(chunks), None

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        detail = f"request body larger than {self.max_bytes} bytes (TETHER_MAX_BODY_BYTES); send smaller batches"
        logger.info("refused a request body over %d bytes", self.max_bytes)
        response = self.refuse(scope.get("path", ""), BodyTooLargeError(detail))
        response.headers["connection"] = "close"  # the rest of the body is never read
        await response(scope, receive, send)


def _content_length(scope: Scope) -> int | None:
    for name, value in scope.get("headers", ()):
        if name == b"content-length":
            try:
                return int(value)
            except ValueError:
                return None
    return None
