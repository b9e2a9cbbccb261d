"""A full disk pauses sensing with a clear status and loses nothing; sensing resumes with space.

The fault is injected in the storage layer itself: SQLite's ``max_page_count`` stops both device
databases from growing, which raises the real ``database or disk is full`` (SQLITE_FULL).
"""

from __future__ import annotations

import errno
import sqlite3
from datetime import date
from pathlib import Path

from device.agent.loop import Agent
from device.agent.status import read_agent_status
from device.agent.writer import DISK_FULL, is_disk_full
from device.context import DeviceContext
from sensors.synthetic import generate_life
from shared.observation import write_jsonl
from shared.settings import DeviceSettings, SensorSettings



def _settings(home: Path) -> DeviceSettings:
    # No server listens on port 9: syncs fail, so everything accepted stays in the outbox to count.
    return DeviceSettings(home=home, server_url="http://127.0.0.1:9", token="t", sensors=SensorSettings(enabled=[]))


def _limit(ctx: DeviceContext, full: bool) -> None:
    """Fill the 'disk' (no database may grow) or give the space back."""
    for connection in (ctx.outbox._connection, ctx.store._connection):  # the storage layer's own connections
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages if full else 1073741823}")


def _append(path: Path, observations) -> None:
    with path.open("a", encoding="utf-8") as handle:
        handle.write(write_jsonl(observations))


def test_disk_full_pauses_sensing_keeps_everything_and_resumes(tmp_path: Path) -> None:
    day = generate_life(date(2026, 11, 17), 1, seed=5, tz="Europe/Berlin")
    first, second, third = day[:30], day[30:60], day[60:]
    replay = tmp_path / "life.jsonl"
    _append(replay, first)
    settings = _settings(tmp_path / "home")
    agent = Agent(settings, replay=replay)
    sensor = agent.sensors[-1]
    try:
        agent.sense(sensor)
        assert agent.ctx.store.count() == len(first) and agent.status.paused_reason is None
        depth_before = agent.ctx.outbox.depth()

        _limit(agent.ctx, full=True)
        _append(replay, second)
        agent.sense(sensor)  # polls the second part; storing it fails
        assert agent.status.paused_reason == DISK_FULL
        assert agent.status.pending == len(second)
        assert agent.ctx.outbox.depth() == depth_before  # what was accepted before is untouched

        _append(replay, third)
        polls = agent.status.sensor_stats["replay"]["polls"]
        agent.sense(sensor)  # still full: retries the held part, does not poll again
        assert agent.status.paused_reason == DISK_FULL and agent.status.pending == len(second)
        assert agent.status.sensor_stats["replay"]["polls"] == polls

        agent.write_status()
        status = read_agent_status(settings)
        assert status is not None and status.running is False  # never started: no live process claimed
        assert status.paused_reason == DISK_FULL and status.pending == len(second)
        assert any(e["where"] == "storage" and "database or disk is full" in e["message"] for e in status.errors)

        _limit(agent.ctx, full=False)
        agent.sense(sensor)  # space is back: the held part is written, then the sensor is polled again
        assert agent.status.paused_reason is None and agent.status.pending == 0
        assert agent.ctx.store.count() == len(day)
        depth_after = agent.ctx.outbox.depth()
    finally:
        agent._finish()

    # The outbox holds exactly what an undisturbed run queues from the same day.
    control = DeviceContext(_settings(tmp_path / "control"))
    try:
        for part in (first, second, third):
            control.pipeline.accept(part)
        assert depth_after == control.outbox.depth()
    finally:
        control.close()


def test_disk_full_is_recognised_through_wrapping_errors() -> None:
    assert is_disk_full(OSError(errno.ENOSPC, "No space left on device"))
    assert is_disk_full(sqlite3.OperationalError("database or disk is full"))
    try:
        try:
            raise sqlite3.OperationalError("database or disk is full")
        except sqlite3.OperationalError:
            raise sqlite3.OperationalError("cannot rollback - no transaction is active")  # noqa: B904 - implicit chaining is the point
    except sqlite3.OperationalError as wrapped:
        assert is_disk_full(wrapped)
    assert not is_disk_full(sqlite3.OperationalError("database is locked"))
    assert not is_disk_full(OSError(errno.EACCES, "Permission denied"))
