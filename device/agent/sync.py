"""How the agent paces its syncs: exponential backoff with jitter, and a time budget for the last one."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable
from typing import Any

from device.client.api import ServerApi, ServerUnreachableError
from shared.settings import DeviceSettings
from shared.wire import Health, IngestResult


class Backoff:
    """Delays after failed attempts: doubling from ``base_s`` up to ``cap_s``, with jitter.

    The delay is drawn from [ceiling / 2, ceiling] ("equal jitter"): many devices that lost the
    same server do not come back in lockstep, and no delay collapses to nothing.
    """

    def __init__(self, base_s: float, cap_s: float, rng: random.Random | None = None) -> None:
        if base_s <= 0 or cap_s < base_s:
            raise ValueError(f"need 0 < base_s <= cap_s, got base_s={base_s}, cap_s={cap_s}")
        self.base_s = base_s
        self.cap_s = cap_s
        self.failures = 0
        self._rng = rng or random.Random()

    def failure(self) -> float:
        """Count a failure; returns how long to wait before the next attempt."""
        self.failures += 1
        # min() before the power would overflow nothing, but 2**failures grows without bound.
        ceiling = min(self.cap_s, self.base_s * 2 ** min(self.failures - 1, 62))
        return self._rng.uniform(ceiling / 2, ceiling)

    def success(self) -> None:
        """Start over after an attempt that worked."""
        self.failures = 0


class SyncInterrupted(ServerUnreachableError):
    """A sync stopped between batches on purpose (the agent stops, or the time budget is spent)."""


class BudgetedServer:
    """A ``ServerApi`` that refuses to start a request after a deadline or once ``stop`` is set.

    ``DevicePipeline.sync`` sends batch after batch until the outbox is empty; this makes a sync
    end between batches when the agent stops or the last sync's budget is spent, and whatever is
    left stays queued.
    """

    def __init__(self, inner: ServerApi, deadline: float | None = None, stop: threading.Event | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.inner = inner
        self.description = inner.description
        self._deadline = deadline
        self._stop = stop
        self._clock = clock

    def _check(self) -> None:
        if self._stop is not None and self._stop.is_set():
            raise SyncInterrupted("the agent is stopping; the rest stays queued")
        if self._deadline is not None and self._clock() >= self._deadline:
            raise SyncInterrupted("the sync's time budget is spent; the rest stays queued")

    def post_observations(self, records: list[dict]) -> IngestResult:
        self._check()
        return self.inner.post_observations(records)

    def health(self) -> Health:
        self._check()
        return self.inner.health()

    def __getattr__(self, name: str) -> Any:
        # Reads (search, chat, jobs, ...) are not the agent's business; they pass straight through.
        return getattr(self.inner, name)

    def close(self) -> None:
        """The inner server belongs to whoever made it; nothing to close here."""


def http_server(settings: DeviceSettings, timeout_s: float) -> ServerApi:
    """A client of ``settings.server_url`` whose requests time out after ``timeout_s``.

    The agent's own: its syncs should give up sooner than a streamed answer may take.
    """
    from device.client.http import HttpServerApi

    return HttpServerApi(settings.server_url or "", settings.token, timeout_s=timeout_s)
