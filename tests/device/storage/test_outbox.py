"""Tests of device.storage.outbox against a real SQLite file."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from device.storage.outbox import Outbox, OutboxClosedError
from shared.observation import Observation

BASE = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def make(obs_id: str, minute: int = 0, **data: object) -> Observation:
    return Observation(id=obs_id, sensor="manual", kind="coffee", start=BASE + timedelta(minutes=minute), data=data)


@pytest.fixture
def outbox_path(tmp_path: Path) -> Path:
    return tmp_path / "device" / "outbox.sqlite3"


def test_put_peek_ack_depth(outbox_path: Path) -> None:
    with Outbox(outbox_path) as outbox:
        # Insertion order, not time order: the queue sends what it was given first.
        assert outbox.put([make("b", 5, drink="latte"), make("a", 0), make("c", 9)]) == 3
        assert outbox.depth() == 3
        assert [o.id for o in outbox.peek(2)] == ["b", "a"]
        assert outbox.peek(10)[0] == make("b", 5, drink="latte")
        assert outbox.ack(["b", "a"]) == 2
        assert outbox.depth() == 1
        assert [o.id for o in outbox.peek(10)] == ["c"]
        assert outbox.delivered_count() == 2


def test_put_is_idempotent_on_id(outbox_path: Path) -> None:
    with Outbox(outbox_path) as outbox:
        assert outbox.put([make("a"), make("a"), make("b")]) == 2
        assert outbox.put([make("a", 3, drink="changed"), make("c")]) == 1
        assert outbox.depth() == 3
        assert outbox.peek(1)[0].data == {}  # the first version stays queued
        assert outbox.put([]) == 0


def test_delivered_ids_are_not_queued_again(outbox_path: Path) -> None:
    with Outbox(outbox_path) as outbox:
        outbox.put([make("a"), make("b")])
        outbox.ack(["a"])
        assert outbox.put([make("a"), make("b"), make("c")]) == 1
        assert [o.id for o in outbox.peek(10)] == ["b", "c"]


def test_queue_and_delivered_ids_survive_close_and_reopen(outbox_path: Path) -> None:
    outbox = Outbox(outbox_path)
    outbox.put([make("a"), make("b", 1, drink="flat white"), make("c")])
    outbox.ack(["a"])
    outbox.close()
    outbox.close()  # closing twice is harmless
    with Outbox(outbox_path) as reopened:
        assert reopened.depth() == 2
        assert reopened.peek(10) == [make("b", 1, drink="flat white"), make("c")]
        assert reopened.put([make("a")]) == 0


def test_database_is_wal_with_full_sync(outbox_path: Path) -> None:
    with Outbox(outbox_path):
        connection = sqlite3.connect(outbox_path)
        try:
            assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        finally:
            connection.close()


def test_drop_removes_without_marking_delivered(outbox_path: Path) -> None:
    with Outbox(outbox_path) as outbox:
        outbox.put([make("a"), make("b")])
        assert outbox.drop(["a"], reason="422 invalid record") == 1
        assert outbox.depth() == 1
        assert outbox.delivered_count() == 0


def test_use_after_close_raises(outbox_path: Path) -> None:
    outbox = Outbox(outbox_path)
    outbox.close()
    with pytest.raises(OutboxClosedError):
        outbox.depth()


def test_concurrent_puts_from_threads_lose_nothing(outbox_path: Path) -> None:
    with Outbox(outbox_path) as outbox:

        def put_batch(worker: int) -> None:
            for batch in range(10):
                outbox.put([make(f"{worker}-{batch}-{i}") for i in range(5)])

        threads = [threading.Thread(target=put_batch, args=(worker,)) for worker in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert outbox.depth() == 4 * 10 * 5
