"""Fault scenarios on real processes; each returns a JSON-ready dict of what it measured.

The CI tests (``tests/reliability/test_*.py``) run them at small sizes and assert on the numbers;
``scripts/reliability.py`` runs them at full size and prints the table. Every scenario uses its own
sensor name, so the server's count of that sensor's memories is that scenario's alone. The outbox
damage scenario is in ``tests.reliability.damage``, the load scenario in ``tests.reliability.load``.
"""

from __future__ import annotations

import json
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any, Callable

import httpx

from shared.observation import write_jsonl
from tests.reliability.harness import (
    REPO,
    TETHER,
    DeviceClient,
    ServerProcess,
    SyncStats,
    ensure_running,
    make_observations,
    process_env,
    stored_memories,
    sync_or_record,
)

PAGE = 4096


def _wait(predicate: Callable[[], bool], timeout_s: float, what: str, poll_s: float = 0.1) -> None:
    ends = time.monotonic() + timeout_s
    while not predicate():
        if time.monotonic() > ends:
            raise TimeoutError(f"timed out after {timeout_s:.0f} s waiting for {what}")
        time.sleep(poll_s)


def _queue_depth(outbox_path: Path) -> int:
    """Rows queued in an outbox another process has open (a plain read; WAL allows it)."""
    if not outbox_path.exists():
        return 0
    connection = sqlite3.connect(f"file:{outbox_path}?mode=ro", uri=True, timeout=10)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM queue").fetchone()[0])
    except sqlite3.OperationalError:  # created but no table yet
        return 0
    finally:
        connection.close()


def _delivered(outbox_path: Path) -> int:
    """Ids an outbox another process has open has acknowledged so far."""
    if not outbox_path.exists():
        return 0
    connection = sqlite3.connect(f"file:{outbox_path}?mode=ro", uri=True, timeout=10)
    try:
        return int(connection.execute("SELECT COUNT(*) FROM delivered").fetchone()[0])
    except sqlite3.OperationalError:
        return 0
    finally:
        connection.close()


def _quick_check(path: Path) -> str:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return str(connection.execute("PRAGMA quick_check").fetchone()[0])
    finally:
        connection.close()


# --- server down for a whole logging period ----------------------------------------------------------


def server_down(work: Path, server: ServerProcess, count: int = 300, chunks: int = 3) -> dict[str, Any]:
    """``tether agent`` logs (a growing replay file) while the server is down, then the server starts.

    Every observation must reach the server exactly once, from the agent's durable outbox.
    """
    sensor = "rel-down"
    server.stop()
    home = work / "down-device"
    home.mkdir(parents=True, exist_ok=True)
    replay = work / "down-replay.jsonl"
    replay.write_text("")
    observations = make_observations("down", sensor, count)
    env = process_env(home, server.token, server_url=server.url, sync_backoff_max_s="1",
                      sensors__enabled="[]", sync_timeout_s="30")
    log = open(work / "down-agent.log", "wb")
    agent = subprocess.Popen([*TETHER, "agent", "--interval", "0.3", "--replay", str(replay)], cwd=REPO, env=env,
                             stdout=log, stderr=subprocess.STDOUT)
    outbox = home / "device" / "outbox.sqlite3"
    try:
        size = -(-count // chunks)
        for start in range(0, count, size):  # the logging period: records arrive over time
            with replay.open("a", encoding="utf-8") as handle:
                handle.write(write_jsonl(observations[start:start + size]))
            time.sleep(0.5)
        _wait(lambda: _queue_depth(outbox) == count, 120, "the agent to queue everything while the server is down")
        queued_while_down = _queue_depth(outbox)
        started = time.monotonic()
        server.start()
        _wait(lambda: _queue_depth(outbox) == 0, 180, "the agent to sync after the server came back")
        synced_s = time.monotonic() - started
    finally:
        agent.send_signal(signal.SIGTERM)
        try:
            agent.wait(timeout=30)
        except subprocess.TimeoutExpired:
            agent.kill()
            agent.wait()
        log.close()
    stored = server.count_sensor(sensor)
    return {"sensor": sensor, "sent": count, "queued_while_down": queued_while_down, "stored": stored,
            "lost": count - stored, "seconds_until_synced_after_start": round(synced_s, 1),
            "agent_exit": agent.returncode}


# --- server SIGKILLed during a large ingest ----------------------------------------------------------


def server_sigkill(work: Path, server: ServerProcess, count: int = 1000, kills: int = 3, clients: int = 2,
                   batch: int = 100, seed: int = 7) -> dict[str, Any]:
    """Devices sync ``count`` observations while the server is killed with SIGKILL ``kills`` times
    (each time while a batch is being stored) and started again on the same data."""
    sensor = "rel-kill"
    ensure_running(server)
    rng = random.Random(seed)
    learning_run = _run_job(server, "routine-stats")
    observations = make_observations("kill", sensor, count)
    devices = [DeviceClient(work / f"kill-device-{i}", server.url, server.token, batch=batch) for i in range(clients)]
    for i, device in enumerate(devices):
        device.accept(observations[i::clients])
    failures: list[BaseException] = []
    threads = [threading.Thread(target=sync_or_record, args=(device, failures), daemon=True) for device in devices]
    for thread in threads:
        thread.start()
    done_kills = 0
    restarts: list[float] = []
    try:
        for _ in range(kills):
            # Kill while a batch is being stored: some device has waited part of a typical answer time.
            answered = sorted(ms for d in devices for ms in d.stats.latencies_ms)
            typical_s = answered[len(answered) // 2] / 1000.0 if answered else 0.3
            inside = rng.uniform(0.05, 0.8) * typical_s
            try:
                _wait(lambda: any(_waiting_s(d) >= inside for d in devices)
                      or all(not t.is_alive() for t in threads), 120, "a batch in flight", poll_s=0.01)
            except TimeoutError:
                break
            if all(not t.is_alive() for t in threads):
                break
            server.kill()
            done_kills += 1
            restarts.append(server.start())
        for thread in threads:
            thread.join(timeout=600)
    finally:
        for device in devices:
            device.close()
    stats = SyncStats()
    for device in devices:
        stats.merge(device.stats)
    stored = server.count_sensor(sensor)
    jobs = _jobs(server)
    return {
        "sensor": sensor, "sent": count, "stored": stored, "lost": count - stored,
        "sigkills": done_kills, "restart_s": [round(s, 1) for s in restarts],
        "requests": stats.requests, "resent_and_deduplicated": stats.duplicates,
        "unreachable_retries": stats.unreachable, "backpressure": stats.backpressure,
        "errors": [str(f) for f in failures] + stats.errors,
        "jobs_survived": _jobs_survived(learning_run, jobs),
    }


def _waiting_s(device: DeviceClient) -> float:
    since = device.stats.in_flight_since
    return 0.0 if since is None else time.monotonic() - since


def _run_job(server: ServerProcess, job_id: str) -> dict[str, Any] | None:
    """Run a learning job now, so its recorded run can be looked for after the kills."""
    with server.client(timeout_s=120) as client:
        response = client.post(f"/v1/jobs/{job_id}/run")
    return response.json() if response.status_code == 200 else None


def _jobs(server: ServerProcess) -> list[dict[str, Any]]:
    with server.client() as client:
        response = client.get("/v1/jobs")
    return response.json() if response.status_code == 200 else []


def _jobs_survived(run: dict[str, Any] | None, jobs: list[dict[str, Any]]) -> bool | None:
    """Whether the job run recorded before the kills is still the last run, with every job scheduled."""
    if run is None or not jobs:
        return None  # learning is off in this server
    by_id = {job["id"]: job for job in jobs}
    job = by_id.get(run["job_id"])
    return bool(job and job.get("last_run") == run["started"] and all(j.get("next_run_time") for j in jobs))


# --- the device's sync process SIGKILLed mid-sync -----------------------------------------------------


def sync_sigkill(work: Path, server: ServerProcess, count: int = 600, kills: int = 2,
                 batch: int = 25) -> dict[str, Any]:
    """``tether ingest`` killed with SIGKILL mid-sync and run again; then a sync process that kills itself
    right after the server stored a batch and before the outbox acknowledged it."""
    ensure_running(server)
    sensor = "rel-sync"
    observations = make_observations("sync", sensor, count)
    source = work / "sync.jsonl"
    source.write_text(write_jsonl(observations))
    home = work / "sync-device"
    env = process_env(home, server.token, server_url=server.url, sync_batch=str(batch))
    outbox = home / "device" / "outbox.sqlite3"
    killed = 0
    runs = 0
    checks: list[str] = []
    for attempt in range(kills + 1):
        runs += 1
        log = open(work / f"sync-ingest-{attempt}.log", "wb")
        process = subprocess.Popen([*TETHER, "ingest", str(source)], cwd=REPO, env=env, stdout=log,
                                   stderr=subprocess.STDOUT)
        try:
            if attempt < kills:
                base = _delivered(outbox)
                # Kill once the outbox has acknowledged a batch more, with more queued: mid-sync.
                _wait(lambda: process.poll() is not None or (_delivered(outbox) > base and _queue_depth(outbox) > 0),
                      120, "the ingest to start syncing", poll_s=0.01)
                if process.poll() is None:
                    process.send_signal(signal.SIGKILL)
                    killed += 1
            process.wait(timeout=300)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
            log.close()
        checks.append(_quick_check(outbox))
    ingest_stored = server.count_sensor(sensor)

    # The worst moment: the server stored a batch, the device died before acknowledging it.
    sensor2 = "rel-ack"
    home2 = work / "ack-device"
    device = DeviceClient(home2, server.url, server.token, batch=batch)
    device.accept(make_observations("ack", sensor2, 4 * batch))
    device.close()
    driver = [sys.executable, "-m", "tests.reliability.sync_driver", str(home2), server.url, server.token,
              "--batch", str(batch)]
    env2 = process_env(home2, server.token)
    first = subprocess.run([*driver, "--kill-after-post", "2"], cwd=REPO, env=env2, capture_output=True, timeout=300)
    second = subprocess.run(driver, cwd=REPO, env=env2, capture_output=True, timeout=300, text=True)
    report = json.loads(second.stdout.strip().splitlines()[-1]) if second.returncode == 0 else {}
    return {
        "ingest": {"sensor": sensor, "sent": count, "stored": ingest_stored, "lost": count - ingest_stored,
                   "sigkills": killed, "runs": runs, "outbox_quick_check": sorted(set(checks)),
                   "remaining": _queue_depth(outbox)},
        "kill_between_store_and_ack": {
            "sensor": sensor2, "sent": 4 * batch, "stored": (stored2 := server.count_sensor(sensor2)),
            "lost": 4 * batch - stored2,
            "killed_by": -first.returncode if first.returncode < 0 else first.returncode,
            "resent": report.get("sent"), "deduplicated_by_server": report.get("duplicates"),
            "remaining": report.get("remaining"),
            "driver_output": None if first.returncode == -signal.SIGKILL
            else (first.stdout + first.stderr)[-1500:].decode(errors="replace"),
        },
    }


# --- what the server stored, read from its own files ------------------------------------------------


def audit_server_store(server: ServerProcess, sent: dict[str, set[str]], restart: bool = True) -> dict[str, Any]:
    """Kill the server with SIGKILL, read Chroma and the keyword index directly, then (with
    ``restart``) start it again and check that a search still finds memories with their sources.

    ``sent`` maps a sensor to the observation ids sent for it; each must be stored exactly once.
    """
    server.kill()
    stored = stored_memories(server.home)
    if restart:
        server.start()
    chroma_ids = set(stored.sources)
    return {
        "memories": len(chroma_ids), "keyword_index_matches_chroma": stored.keyword_ids == chroma_ids,
        "search_after_restart": _healthy_search(server) if restart else None,
        "per_sensor": {sensor: stored.audit(sensor, ids) for sensor, ids in sent.items()},
    }


def _healthy_search(server: ServerProcess) -> bool:
    """A search after the restart finds memories that name their sources."""
    with server.client() as client:
        response = client.get("/v1/memory/search", params={"q": "budget sheet", "k": 3})
    hits = response.json().get("hits", []) if response.status_code == 200 else []
    return bool(hits) and all(hit.get("source_ids") for hit in hits)


def sent_ids(prefix: str, count: int) -> set[str]:
    """The ids ``make_observations(prefix, ...)`` gives."""
    return {f"{prefix}-{i:05d}" for i in range(count)}


def healthz(server: ServerProcess) -> dict[str, Any]:
    return httpx.get(f"{server.url}/healthz", timeout=10).json()
