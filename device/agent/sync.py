"""The agent's sync step: the outbox to the server, paced by backoff, Retry-After and a time budget.

``Syncer`` delivers the outbox on its interval (``tick`` starts each sync on a thread of its own),
backs off exponentially with jitter while the server or the device's storage fails, honours the
server's Retry-After, and makes one last budgeted sync when the agent stops. ``Backoff`` and
``BudgetedServer`` are the pacing it uses.
"""

from __future__ import annotations

import logging
import random
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from device.agent.reporter import StatusReporter, now_iso
from device.agent.writer import is_storage_error
from device.client.api import ServerApi, ServerError, ServerUnreachableError
from device.client.audit import AuditingServerApi
from device.context import DeviceContext
from shared.settings import DeviceSettings
from shared.timeutil import format_iso, utc_now
from shared.wire import Health, IngestResult

logger = logging.getLogger(__name__)


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


class Syncer:
    """Delivers the outbox every ``interval_s``; after a failure, when the backoff says. Thread-safe.

    One sync runs at a time. Nothing new starts once ``stopping`` is set, and a sync in progress
    ends after its current request.
    """

    def __init__(self, ctx: DeviceContext, settings: DeviceSettings, reporter: StatusReporter,
                 stopping: threading.Event, interval_s: float) -> None:
        self.ctx = ctx
        self.settings = settings
        self.reporter = reporter
        self.stopping = stopping
        self.interval_s = interval_s
        self.backoff = Backoff(min(10.0, interval_s), max(settings.sync_backoff_max_s, min(10.0, interval_s)))
        self._lock = threading.Lock()
        self._next_at = 0.0  # monotonic; 0: at the first tick
        self._contacted_server = False
        self._thread: threading.Thread | None = None

    def tick(self) -> None:
        """Sync when due: every sync interval, or after the backoff delay following a failure."""
        if self.stopping.is_set() or time.monotonic() < self._next_at:
            return
        if self._thread is not None and self._thread.is_alive():
            return  # the previous sync is still sending (a slow server); it schedules the next itself
        # A daemon thread: a request hanging on a silent server cannot hold the process past its
        # last sync on SIGTERM (the outbox acknowledges only what the server answered, so nothing
        # is lost if the thread dies with the process).
        self._thread = threading.Thread(target=self.sync, name="tether-sync", daemon=True)
        self._thread.start()

    def sync(self, server: ServerApi | None = None, wait_s: float | None = None) -> bool:
        """Deliver the outbox once; schedules the next attempt. Returns whether it worked.

        With ``wait_s``, gives up (False) if another sync is still running after that long.
        """
        if not self._lock.acquire(timeout=-1 if wait_s is None else wait_s):
            logger.info("a sync is still running; not starting another")
            return False
        try:
            return self._sync_locked(server)
        finally:
            self._lock.release()

    def _sync_locked(self, server: ServerApi | None) -> bool:
        started = time.monotonic()
        with self.reporter.update() as status:
            status.cycles += 1
            status.last_cycle = now_iso()
        try:
            if self.ctx.outbox.depth() == 0:
                report = None  # nothing to send: no reason to wake the server (or load the embedded one)
            else:
                target = server or BudgetedServer(self.ctx.server, stop=self.stopping)
                report = self.ctx.pipeline.sync(target, self.settings.sync_batch)
                self._contacted_server = True
        except SyncInterrupted as exc:
            logger.info("sync ended early: %s", exc)
            with self.reporter.update() as status:
                status.outbox_depth = self.depth()
            return False
        except Exception as exc:  # server down, refused, or the device's disk: count, back off, retry
            delay = self.backoff.failure()
            # The server's own Retry-After (429/503 backpressure) wins over a shorter backoff.
            delay = max(delay, getattr(exc, "retry_after_s", None) or 0.0)
            self._next_at = started + delay
            where = "sync" if isinstance(exc, ServerError) else "sync (device)"
            if not isinstance(exc, ServerError) and not is_storage_error(exc):
                logger.exception("sync failed unexpectedly")
            logger.warning("%s failed (%d in a row), next attempt in %.0f s: %s", where, self.backoff.failures, delay, exc,
                           extra={"failures": self.backoff.failures, "retry_in_s": round(delay, 1)})
            with self.reporter.update() as status:
                status.last_error = f"sync: {exc}"
                status.sync_failures = self.backoff.failures
                status.next_sync = format_iso(utc_now() + timedelta(seconds=delay))
                status.add_error(now_iso(), where, str(exc))
                status.outbox_depth = self.depth()
            return False
        self.backoff.success()
        self._next_at = started + self.interval_s
        with self.reporter.update() as status:
            status.sync_failures = 0
            status.last_error = None
            status.next_sync = format_iso(utc_now() + timedelta(seconds=self.interval_s))
            status.outbox_depth = self.depth()
            if report is not None:
                status.last_sync = now_iso()
                status.synced += report.accepted + report.duplicates
                for message in report.set_aside:
                    status.add_error(now_iso(), "sync", message)
                if report.set_aside:
                    logger.warning("set aside %d records the server refused by themselves (see `tether audit`)",
                                   len(report.set_aside))
                status.set_aside = self.set_aside_count()
                logger.info("synced %d observations (%d new, %d already there, %d rejected), %d queued",
                            report.sent, report.accepted, report.duplicates, len(report.rejected), report.remaining,
                            extra={"sent": report.sent, "accepted": report.accepted, "duplicates": report.duplicates,
                                   "rejected": len(report.rejected), "queued": report.remaining})
        return True

    def depth(self) -> int:
        """How many observations the outbox holds (the last known count if it cannot say)."""
        try:
            return self.ctx.outbox.depth()
        except Exception:  # a closed or failing outbox must not break the status
            return self.reporter.status.outbox_depth

    def set_aside_count(self) -> int:
        """How many records the outbox holds aside (the last known count if it cannot say)."""
        try:
            return self.ctx.outbox.damaged_count()
        except Exception:  # a closed or failing outbox must not break the status
            return self.reporter.status.set_aside

    def final_sync(self) -> None:
        """One last sync within ``shutdown_sync_s``, on a client of its own when the server is remote.

        The embedded server is not loaded just for this: if no sync needed it, the outbox waits.
        """
        budget = self.settings.shutdown_sync_s
        if budget <= 0 or self.depth() == 0:
            return
        if self.settings.server_url:
            inner = http_server(self.settings, timeout_s=budget)
            server: ServerApi = AuditingServerApi(inner, self.ctx.audit)
        elif self._contacted_server:
            inner, server = None, self.ctx.server
        else:
            logger.info("embedded server not loaded; %d observations stay queued for the next start", self.depth())
            return
        deadline = time.monotonic() + budget
        try:
            self.sync(BudgetedServer(server, deadline=deadline), wait_s=budget)
        finally:
            if inner is not None:
                inner.close()
