"""A damaged outbox file is found, moved aside, salvaged and replaced; real files, real damage."""

from __future__ import annotations

import json
import logging
import random
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from device.storage import outbox_recovery
from device.storage.outbox import Outbox, OutboxCorruptError
from device.storage.outbox_recovery import is_corruption
from shared.observation import Observation

PAGE = 4096
T0 = datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)
COUNT = 1500


def _obs(i: int) -> Observation:
    return Observation(id=f"o-{i:05d}", sensor="manual", kind="note", start=T0 + timedelta(minutes=i),
                       data={"text": f"note {i} about the quarterly report and the budget sheet"})


def _filled(path: Path, count: int = COUNT, acked: int = 0) -> set[str]:
    """An outbox on disk with ``count`` queued, the first ``acked`` of them delivered; returns the queued ids."""
    with Outbox(path) as outbox:
        outbox.put([_obs(i) for i in range(count)])
        outbox.ack([_obs(i).id for i in range(acked)])
    return {_obs(i).id for i in range(acked, count)}


def _queued_ids(outbox: Outbox) -> list[str]:
    return [o.id for o in outbox.peek(100_000)]


def _overwrite(path: Path, offset: int, data: bytes) -> None:
    with path.open("r+b") as handle:
        handle.seek(offset)
        handle.write(data)


@pytest.fixture
def path(tmp_path: Path) -> Path:
    return tmp_path / "device" / "outbox.sqlite3"


def test_a_destroyed_header_page_is_quarantined_and_every_queued_row_is_carved_back(path, caplog) -> None:
    queued = _filled(path, acked=300)
    original = path.read_bytes()
    _overwrite(path, 0, random.Random(1).randbytes(PAGE))  # page 1: header and schema

    with caplog.at_level(logging.WARNING, logger="device.storage.outbox"), Outbox(path) as outbox:
        ids = _queued_ids(outbox)
        recovery = outbox.recoveries[-1]

    assert len(outbox.recoveries) == 1 and "file is not a database" in recovery.reason
    assert recovery.method == "carve" and recovery.recovered == len(queued)
    assert sorted(ids) == sorted(queued)  # all of it, and nothing delivered comes back (secure_delete)
    quarantined = Path(recovery.quarantined_to)
    assert quarantined.parent == path.parent / "quarantine"
    assert quarantined.read_bytes()[PAGE:] == original[PAGE:]  # moved aside untouched
    report = json.loads(Path(f"{quarantined}.json").read_text())
    assert report["recovered"] == len(queued) and report["quarantined_to"] == str(quarantined)
    assert any("was damaged" in r.getMessage() and str(quarantined) in r.getMessage() for r in caplog.records)
    assert sqlite3.connect(path).execute("PRAGMA quick_check").fetchone()[0] == "ok"  # the fresh one


def test_garbage_pages_lose_only_the_rows_on_them(path) -> None:
    queued = _filled(path, acked=200)
    pages = path.stat().st_size // PAGE
    _overwrite(path, (pages // 2) * PAGE, random.Random(2).randbytes(3 * PAGE))

    with Outbox(path) as outbox:
        ids = set(_queued_ids(outbox))
        recovery = outbox.recoveries[-1]
        outbox.put([_obs(i) for i in range(200)])  # delivered ids were carried over: not queued again
        depth = outbox.depth()

    assert "malformed" in recovery.reason and not recovery.complete
    assert ids <= queued
    per_page = COUNT // pages + 1
    assert len(queued - ids) <= 3 * 2 * per_page  # at most about the rows of the three pages
    assert recovery.delivered_ids == 200 and depth == len(ids)


def test_a_truncated_file_keeps_what_is_left_and_never_resurrects_delivered_rows(path) -> None:
    queued = _filled(path, acked=500)
    with path.open("r+b") as handle:
        handle.truncate(path.stat().st_size // 2)

    with Outbox(path) as outbox:
        ids = set(_queued_ids(outbox))
        recovery = outbox.recoveries[-1]

    assert recovery.recovered == len(ids) > 0
    assert ids <= queued  # only rows that were queued; none of the 500 delivered ones
    assert Path(recovery.quarantined_to).exists()


def test_forgotten_rows_cannot_be_carved_back(path) -> None:
    _filled(path, count=200)
    forgotten = {_obs(i).id for i in range(50, 60)}
    with Outbox(path) as outbox:
        outbox.drop(forgotten, "forgotten by the person")
    _overwrite(path, 0, b"\x00" * PAGE)

    with Outbox(path) as outbox:
        ids = set(_queued_ids(outbox))

    assert len(ids) == 190 and not ids & forgotten


def test_garbage_inside_one_row_sets_that_row_aside_and_the_queue_moves_on(path, caplog) -> None:
    _filled(path, count=300)
    raw = path.read_bytes()
    at = raw.index(b'"text": "note 150 ')
    _overwrite(path, at, b"\xff\xfe\x00garbage")  # the page stays valid: only reading the row finds it

    with caplog.at_level(logging.ERROR, logger="device.storage.outbox"), Outbox(path) as outbox:
        assert outbox.recoveries == []  # the file itself is sound
        first = outbox.peek(500)
        damaged, depth = outbox.damaged_count(), outbox.depth()

    assert len(first) == 299 and "o-00150" not in {o.id for o in first}
    assert damaged == 1 and depth == 299
    assert any("not readable observations" in r.getMessage() for r in caplog.records)


def test_without_recovery_a_damaged_file_raises_a_typed_error_and_stays_put(path) -> None:
    _filled(path, count=100)
    _overwrite(path, 0, b"garbage!" * 512)
    before = path.read_bytes()

    with pytest.raises(OutboxCorruptError, match="is damaged: file is not a database") as caught:
        Outbox(path, recover=False)

    assert caught.value.path == path and path.read_bytes() == before
    assert not (path.parent / "quarantine").exists()


def test_damage_found_while_in_use_is_recovered_and_the_call_retried(path) -> None:
    queued = _filled(path, count=600)
    outbox = Outbox(path)
    try:
        outbox._connection.execute("PRAGMA cache_size = 1")  # read pages from disk, not a warm cache
        pages = path.stat().st_size // PAGE
        _overwrite(path, (pages - 4) * PAGE, random.Random(3).randbytes(3 * PAGE))
        ids = set(_queued_ids(outbox))  # finds the damage, recovers, reads again
        assert len(outbox.recoveries) == 1 and "(while in use)" in outbox.recoveries[0].reason
        assert 0 < len(ids) <= len(queued) and ids <= queued
        assert outbox.put([_obs(5000)]) == 1  # the fresh outbox takes new work
    finally:
        outbox.close()


def test_a_full_disk_is_not_mistaken_for_damage(path) -> None:
    with Outbox(path) as outbox:
        outbox.put([_obs(0)])
        pages = outbox._connection.execute("PRAGMA page_count").fetchone()[0]
        outbox._connection.execute(f"PRAGMA max_page_count = {pages}")
        with pytest.raises(sqlite3.OperationalError, match="full") as caught:
            outbox.put([_obs(i) for i in range(1, 400)])
        assert not is_corruption(caught.value)
        assert outbox.recoveries == [] and outbox.depth() == 1
    assert not (path.parent / "quarantine").exists()


def test_a_recovery_that_fails_before_its_swap_leaves_the_damaged_file_for_the_next_start(path, monkeypatch) -> None:
    queued = _filled(path, count=200)
    _overwrite(path, 0, b"\x00" * PAGE)
    damaged = path.read_bytes()

    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(outbox_recovery, "_build", disk_full)
    with pytest.raises(OSError, match="No space left"):
        Outbox(path)
    assert path.read_bytes() == damaged and not (path.parent / "quarantine").exists()

    monkeypatch.undo()  # space again: the next start recovers everything
    with Outbox(path) as outbox:
        assert set(_queued_ids(outbox)) == queued


def test_a_swap_interrupted_after_quarantine_is_finished_at_the_next_start(path) -> None:
    queued = _filled(path, count=50)
    staging = path.with_name(path.name + ".recovering")
    path.rename(staging)  # as if the damaged file had just been moved aside

    with Outbox(path) as outbox:
        assert set(_queued_ids(outbox)) == queued
    assert not staging.exists()
