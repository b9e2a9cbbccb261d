"""The agent as a real process: it senses, syncs to a real server, and stops cleanly on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path

import pytest

from device.agent.status import AgentStatus, read_agent_status
from device.cli.main import main
from device.storage.outbox import Outbox
from device.storage.store import ObservationStore
from sensors.synthetic import generate_life
from shared.observation import write_jsonl
from shared.settings import DeviceSettings

REPO = Path(__file__).resolve().parents[3]


def _start_agent(home: Path, server_url: str, token: str, replay: Path, log: Path, *extra: str,
                 env: dict[str, str] | None = None) -> subprocess.Popen[bytes]:
    # The system sensor keeps its own minute (it walks every process); the replay file is followed closely.
    environment = {**os.environ, "TETHER_SENSORS__ENABLED": '["system", "manual"]',
                   "TETHER_SENSORS__POLL_INTERVALS": '{"replay": 0.5, "manual": 0.5}', "TETHER_SYNC_INTERVAL_S": "1",
                   **(env or {})}
    argv = [sys.executable, "-m", "device.cli", "agent", "--home", str(home), "--server", server_url, "--token", token,
            "--replay", str(replay), *extra]
    with log.open("wb") as out:
        return subprocess.Popen(argv, cwd=REPO, env=environment, stdout=out, stderr=subprocess.STDOUT)


def _wait_for_status(home: Path, process: subprocess.Popen[bytes], log: Path,
                     condition: Callable[[AgentStatus], bool], timeout_s: float = 90.0) -> AgentStatus:
    settings = DeviceSettings(home=home)
    deadline = time.monotonic() + timeout_s
    while True:
        status = read_agent_status(settings)
        if status is not None and condition(status):
            return status
        if process.poll() is not None:
            pytest.fail(f"agent exited with {process.returncode}:\n{log.read_text()[-3000:]}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail(f"agent status never got there; last: {status}\n{log.read_text()[-3000:]}")
        time.sleep(0.2)


def _stop(process: subprocess.Popen[bytes]) -> int:
    process.send_signal(signal.SIGTERM)
    try:
        return process.wait(timeout=90)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("the agent did not stop after SIGTERM")


def _day(tmp_path: Path, seed: int) -> tuple[list, Path]:
    day = generate_life(date(2026, 11, 17), 1, seed=seed, tz="Europe/Berlin")
    path = tmp_path / "life.jsonl"
    path.write_text(write_jsonl(day))
    return day, path


def _personal_strings(observations) -> set[str]:
    """What observations say (titles, foods, names): none of it may appear in a log."""
    found: set[str] = set()
    for observation in observations:
        for value in observation.data.values():
            if isinstance(value, str) and len(value) >= 6:
                found.add(value)
    return found


def test_agent_process_syncs_then_stops_cleanly_on_sigterm(tmp_path: Path, fresh_server) -> None:
    url, token = fresh_server
    day, replay = _day(tmp_path, seed=21)
    home = tmp_path / "home"
    out = tmp_path / "agent.out"
    process = _start_agent(home, url, token, replay, out, "--log-format", "json")
    try:
        running = _wait_for_status(home, process, out, lambda s: s.running and s.synced > 0
                                   and s.sensor_stats.get("replay", {}).get("observations") == len(day))
        assert running.pid == process.pid and running.sensors["replay"] == "ok"
        assert running.sensor_stats["replay"]["interval_s"] == 0.5 and running.sensor_stats["system"]["interval_s"] == 60
    finally:
        code = _stop(process)
    assert code == 0

    status = read_agent_status(DeviceSettings(home=home))
    assert status is not None and not status.running and not status.stale and status.stopped
    assert status.outbox_depth == 0 and status.synced >= 1 and status.last_error is None
    with Outbox(home / "device" / "outbox.sqlite3") as outbox, ObservationStore(home / "device" / "observations.sqlite3") as store:
        assert outbox.depth() == 0 and outbox.delivered_count() >= 1
        assert store.count() >= len(day)  # the day, plus the system sensor's readings
    assert "tether agent stopped" in out.read_text()

    # The rotating log: JSON lines, the signal recorded, and nothing any observation said.
    log_text = (home / "logs" / "agent.log").read_text()
    entries = [json.loads(line) for line in log_text.splitlines()]
    assert all({"ts", "level", "logger", "message"} <= set(entry) for entry in entries)
    assert any("SIGTERM" in entry["message"] for entry in entries)
    assert any(entry["message"].startswith("synced ") and entry["extras"]["sent"] > 0 for entry in entries)
    leaked = [text for text in _personal_strings(day) if text in log_text]
    assert not leaked


def test_agent_status_command_sees_a_dead_agent_as_not_running(tmp_path: Path, capsys) -> None:
    home = tmp_path / "home"
    settings = DeviceSettings(home=home)
    corpse = subprocess.Popen([sys.executable, "-c", "pass"])
    corpse.wait()
    from device.agent.status import write_agent_status

    write_agent_status(settings, AgentStatus(running=True, pid=corpse.pid, pid_started=time.time(), started="x"))
    assert main(["agent", "status", "--json", "--home", str(home)]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["running"] is False and shown["stale"] is True
    assert main(["agent", "--home", str(home), "status"]) == 0
    assert "gone without stopping cleanly" in capsys.readouterr().out


@contextmanager
def _server_that_never_answers() -> Iterator[str]:
    """A socket that accepts connections (the kernel's backlog) but never says a word."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"


def test_sigterm_while_the_server_hangs_keeps_the_outbox(tmp_path: Path) -> None:
    day, replay = _day(tmp_path, seed=22)
    home = tmp_path / "home"
    out = tmp_path / "agent.out"
    with _server_that_never_answers() as url:
        # The regular sync hangs on the silent server; the stop must not wait for its 30 s timeout
        # beyond the last sync's own 1 s budget.
        process = _start_agent(home, url, "t", replay, out, env={"TETHER_SHUTDOWN_SYNC_S": "1"})
        try:
            _wait_for_status(home, process, out, lambda s: s.observations >= len(day))
        finally:
            code = _stop(process)
    assert code == 0, out.read_text()
    status = read_agent_status(DeviceSettings(home=home))
    assert status is not None and not status.running and status.stopped
    with Outbox(home / "device" / "outbox.sqlite3") as outbox, ObservationStore(home / "device" / "observations.sqlite3") as store:
        assert outbox.delivered_count() == 0
        assert outbox.depth() == status.outbox_depth > 0
        assert store.count() >= len(day)
