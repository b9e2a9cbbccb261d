"""Ingest backpressure: a bounded number of batches wait; the rest get 503 ingest_busy with Retry-After.

The store is a stand-in that holds each batch until the test lets it go, so the queue's fill level
is exact; the HTTP path (uvicorn on loopback, the real device client) is real.
"""

from __future__ import annotations

import os
import secrets
import threading
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from device.client.http import HttpServerApi
from device.client.api import ServerRequestError
from server.api.app import create_app
from server.api.background import BackgroundServer
from server.errors import IngestBusyError
from server.services.ingest import IngestService
from shared.observation import Observation
from shared.settings import ServerSettings


class HeldStore:
    """Stores nothing until ``release``; counts what it was given (stand-in for the slow embedder)."""

    def __init__(self) -> None:
        self.entered = threading.Semaphore(0)
        self.release = threading.Event()
        self.ids: list[str] = []

    def add(self, observations: list[Observation]) -> tuple[int, int]:
        self.entered.release()
        assert self.release.wait(30), "the test never released the store"
        self.ids += [o.id for o in observations]
        return len(observations), 0


def _records(prefix: str, n: int = 3) -> list[dict]:
    start = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
    return [Observation(id=f"{prefix}-{i}", sensor="test", kind="note", start=start).to_wire() for i in range(n)]


def test_only_max_waiting_batches_queue_behind_the_one_being_stored() -> None:
    store = HeldStore()
    service = IngestService(store, max_waiting=1)
    results: list[object] = []
    threads = [threading.Thread(target=lambda p=p: results.append(service.ingest(_records(p)))) for p in ("a", "b")]
    for thread in threads:
        thread.start()
    assert store.entered.acquire(timeout=10)  # "a" (or "b") is being stored, the other waits its turn

    with pytest.raises(IngestBusyError) as caught:
        service.ingest(_records("c"))
    assert caught.value.status == 503 and caught.value.code == "ingest_busy"
    assert 1 <= caught.value.retry_after_s <= 30

    store.release.set()
    for thread in threads:
        thread.join(timeout=10)
    assert sorted(store.ids) == sorted(r["id"] for p in ("a", "b") for r in _records(p))  # "c" stored nothing
    assert service.ingest(_records("c")).accepted == 3  # room again


def test_busy_is_a_503_with_retry_after_through_http(tmp_path) -> None:
    store = HeldStore()
    settings = ServerSettings(home=tmp_path, token=secrets.token_urlsafe(16), learning=False)
    services = SimpleNamespace(ingest=IngestService(store, max_waiting=0), close=lambda: None)
    with BackgroundServer(create_app(settings, services=services, start_learning=False)) as url:
        api = HttpServerApi(url, settings.token, timeout_s=30)
        holder = threading.Thread(target=lambda: api.post_observations(_records("first")))
        holder.start()
        try:
            assert store.entered.acquire(timeout=10)
            with pytest.raises(ServerRequestError) as caught:
                HttpServerApi(url, settings.token, timeout_s=30).post_observations(_records("second"))
        finally:
            store.release.set()
            holder.join(timeout=10)
        api.close()
    assert caught.value.status == 503 and caught.value.retry_after_s is not None and caught.value.retry_after_s >= 1
    assert "send this one again" in str(caught.value)


@pytest.mark.skipif(not hasattr(os, "getpriority"), reason="per-thread nice values are a POSIX feature")
def test_batches_are_stored_at_a_lower_cpu_priority_than_chat() -> None:
    class PriorityStore:
        nice: int | None = None

        def add(self, observations):
            PriorityStore.nice = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
            return len(observations), 0

    base = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
    service = IngestService(PriorityStore(), nice=10)
    try:
        assert service.ingest(_records("nice")).accepted == 3
    finally:
        service.close()
    assert PriorityStore.nice == min(19, base + 10)
    assert os.getpriority(os.PRIO_PROCESS, threading.get_native_id()) == base  # the caller's thread is untouched
