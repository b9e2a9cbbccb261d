"""Real processes for the reliability tests and ``scripts/reliability.py``.

- ``ServerProcess``: ``tether server`` as a subprocess on a loopback port with its own data
  directory, which can be killed with SIGKILL and started again on the same port and data.
- ``DeviceClient``: one device (its own data directory, observation store and durable outbox) that
  syncs through the real ``DevicePipeline`` and ``HttpServerApi``, retries after outages and after
  backpressure (429/503 with Retry-After), and times every request.
- ``stored_memories``: what the server stored, read from its own stores once it is stopped.
"""

from __future__ import annotations

import json
import logging
import os
import random
import signal
import statistics
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import httpx

from device.client.http import HttpServerApi, wait_until_ready
from device.storage.outbox import Outbox
from device.pipeline.flow import DevicePipeline
from device.client.api import ServerRequestError, ServerUnreachableError
from device.storage.store import ObservationStore
from shared.observation import Observation
from tests.local_servers import free_port

logger = logging.getLogger(__name__)

REPO = Path(__file__).resolve().parents[2]
TETHER = [sys.executable, "-m", "device.cli"]
TZ = "Europe/Berlin"
T0 = datetime(2026, 11, 2, 7, 0, tzinfo=timezone.utc)
BACKPRESSURE = (429, 503)
"""Documented backpressure answers: the client waits Retry-After and sends again."""


def percentile(values: list[float], q: float) -> float | None:
    """The ``q`` quantile (0..1) by linear interpolation; None for no values."""
    if not values:
        return None
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    position = q * (len(ordered) - 1)
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def process_env(home: Path, token: str, **settings: str) -> dict[str, str]:
    """Environment of a tether subprocess: offline, no setting leaking in from the caller's shell or
    config file, the given ``TETHER_*`` settings (keys without the prefix)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TETHER_")}
    env.update(HF_HUB_OFFLINE="1", TRANSFORMERS_OFFLINE="1", ANONYMIZED_TELEMETRY="False", PYTHONUNBUFFERED="1")
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    env.update(TETHER_HOME=str(home), TETHER_TOKEN=token, TETHER_TIMEZONE=TZ,
               TETHER_CONFIG=str(home / "no-config.toml"))
    env.update({f"TETHER_{key.upper()}": value for key, value in settings.items()})
    return env


class ServerProcess:
    """``tether server`` on 127.0.0.1:``port`` with data in ``home``; start, SIGKILL, start again.

    ``settings`` are extra server settings (``learning="false"``, ``max_waiting="8"``, ...).
    """

    def __init__(self, home: Path, token: str, port: int | None = None, **settings: str) -> None:
        self.home = home
        self.token = token
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.settings = settings
        self.log_path = home / "server.log"
        self.kills = 0
        self.starts = 0
        self.start_seconds: list[float] = []
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def running(self) -> bool:
        return self._process is not None and self._process.poll() is None

    def start(self, timeout_s: float = 300.0) -> float:
        """Start it and wait until ``/healthz`` answers; returns how long that took."""
        if self.running:
            raise RuntimeError("the server is already running")
        self.home.mkdir(parents=True, exist_ok=True)
        started = time.monotonic()
        with open(self.log_path, "ab") as log:
            log.write(f"--- start {self.starts + 1} ---\n".encode())
            log.flush()
            self._process = subprocess.Popen(
                [*TETHER, "server", "--port", str(self.port)], cwd=REPO, stdout=log, stderr=subprocess.STDOUT,
                env=process_env(self.home, self.token, **self.settings),
            )
        try:
            wait_until_ready(f"{self.url}/healthz", timeout_s, self._process)
        except ServerUnreachableError as exc:
            if self._process.poll() is None:
                self.kill()
            raise RuntimeError(f"tether server is not up ({exc}):\n{self.log_tail()}") from exc
        self.starts += 1
        took = time.monotonic() - started
        self.start_seconds.append(took)
        return took

    def kill(self) -> None:
        """SIGKILL: no shutdown code runs, as in a power cut or the OOM killer."""
        if self._process is None:
            return
        if self._process.poll() is None:
            self._process.send_signal(signal.SIGKILL)
            self.kills += 1
        self._process.wait(timeout=30)
        self._process = None

    def stop(self) -> None:
        """SIGTERM (a clean shutdown), SIGKILL if it does not exit within 30 s."""
        if self._process is None:
            return
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(timeout=30)
        self._process = None

    def log_tail(self, chars: int = 3000) -> str:
        return self.log_path.read_text(errors="replace")[-chars:] if self.log_path.exists() else ""

    def client(self, timeout_s: float = 60.0) -> httpx.Client:
        """An httpx client with the token, for checks through the API."""
        return httpx.Client(base_url=self.url, headers={"Authorization": f"Bearer {self.token}"}, timeout=timeout_s)

    def count_sensor(self, sensor: str) -> int:
        """Memories from ``sensor``, counted by the server itself (a dry-run forget)."""
        with self.client() as client:
            response = client.delete("/v1/memory", params={"sensor": sensor, "dry_run": "true"})
            response.raise_for_status()
            return int(response.json()["forgotten"])

    def __enter__(self) -> "ServerProcess":
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()


def make_observations(prefix: str, sensor: str, count: int, start: datetime = T0) -> list[Observation]:
    """``count`` observations that never merge (each has its own text), ids ``prefix-00000`` on."""
    topics = ("standup notes", "code review", "coffee with Mei", "budget sheet", "lunch at Pho Saigon",
              "run in the park", "reading about sqlite", "call with Kestrel Labs")
    return [
        Observation(
            id=f"{prefix}-{i:05d}", sensor=sensor, kind="note",
            start=start + timedelta(minutes=3 * i), end=start + timedelta(minutes=3 * i + 2),
            modality="digital", data={"text": f"{topics[i % len(topics)]} #{i} for {prefix}", "seq": i},
        )
        for i in range(count)
    ]


@dataclass
class SyncStats:
    """What one device saw while syncing."""

    requests: int = 0
    """Answered ``POST /v1/observations`` requests (failed attempts are counted below)."""
    in_flight_since: float | None = None
    """``time.monotonic()`` when the POST now waiting for its answer was sent."""
    latencies_ms: list[float] = field(default_factory=list)
    """Successful ``POST /v1/observations`` round trips."""
    backpressure: dict[str, int] = field(default_factory=dict)
    """Answers 429/503 by status (each waited out and retried)."""
    unreachable: int = 0
    errors: list[str] = field(default_factory=list)
    """Anything else: not expected at all."""
    accepted: int = 0
    duplicates: int = 0
    rejected: int = 0

    def merge(self, other: "SyncStats") -> None:
        self.requests += other.requests
        self.latencies_ms += other.latencies_ms
        for key, value in other.backpressure.items():
            self.backpressure[key] = self.backpressure.get(key, 0) + value
        self.unreachable += other.unreachable
        self.errors += other.errors
        self.accepted += other.accepted
        self.duplicates += other.duplicates
        self.rejected += other.rejected


class _TimedServer:
    """The real ``HttpServerApi`` with each observation POST timed (what the pipeline calls)."""

    def __init__(self, inner: HttpServerApi, stats: SyncStats) -> None:
        self.inner = inner
        self.description = inner.description
        self.stats = stats

    def post_observations(self, records: list[dict]):
        started = time.perf_counter()
        self.stats.in_flight_since = time.monotonic()
        try:
            result = self.inner.post_observations(records)
        finally:
            self.stats.in_flight_since = None
        self.stats.latencies_ms.append((time.perf_counter() - started) * 1000.0)
        self.stats.requests += 1
        return result

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)


class DeviceClient:
    """One device with its own stores, syncing to ``url`` through the real pipeline and HTTP client."""

    def __init__(self, home: Path, url: str, token: str, batch: int = 500, timeout_s: float = 120.0) -> None:
        self.home = home
        self.batch = batch
        home.mkdir(parents=True, exist_ok=True)
        self.pipeline = DevicePipeline(ObservationStore(home / "observations.sqlite3"), Outbox(home / "outbox.sqlite3"))
        self._http = HttpServerApi(url, token, timeout_s=timeout_s)
        self.stats = SyncStats()
        self._rng = random.Random(str(home))

    @property
    def outbox(self) -> Outbox:
        return self.pipeline.outbox

    def accept(self, observations: list[Observation]) -> int:
        return self.pipeline.accept(observations).queued

    def sync_until_empty(self, deadline_s: float = 600.0, stop: threading.Event | None = None) -> SyncStats:
        """Sync until the outbox is empty: after an outage it retries every 0.25 s, after 429/503 it
        waits the server's Retry-After (plus jitter). Raises ``TimeoutError`` after ``deadline_s``."""
        server = _TimedServer(self._http, self.stats)
        ends = time.monotonic() + deadline_s
        while self.outbox.depth() > 0:
            if stop is not None and stop.is_set():
                break
            if time.monotonic() > ends:
                raise TimeoutError(f"{self.home}: {self.outbox.depth()} observations still queued after {deadline_s} s")
            try:
                report = self.pipeline.sync(server, self.batch)
            except ServerUnreachableError:
                self.stats.unreachable += 1
                time.sleep(0.25)
                continue
            except ServerRequestError as exc:
                if exc.status not in BACKPRESSURE:
                    self.stats.errors.append(str(exc))
                    raise
                key = str(exc.status)
                self.stats.backpressure[key] = self.stats.backpressure.get(key, 0) + 1
                time.sleep((exc.retry_after_s or 1.0) + self._rng.uniform(0.0, 0.5))
                continue
            self.stats.accepted += report.accepted
            self.stats.duplicates += report.duplicates
            self.stats.rejected += len(report.rejected)
        return self.stats

    def close(self) -> None:
        self._http.close()
        self.pipeline.outbox.close()
        self.pipeline.store.close()


@dataclass
class StoredMemories:
    """The server's stores, read directly after it stopped."""

    sources: dict[str, list[str]]
    """Memory id -> the observation ids it came from (every memory in Chroma)."""
    sensors: dict[str, str | None]
    """Memory id -> its sensor."""
    keyword_ids: set[str]
    """Ids in the FTS5 keyword index (kept in step with Chroma)."""

    def audit(self, sensor: str, sent: set[str]) -> dict[str, int]:
        """Sent, stored (distinct), duplicated and lost observations of ``sensor``.

        An observation counts as stored when a memory names it as a source; ``duplicated`` counts
        extra memories naming an observation already named by another one.
        """
        named: dict[str, int] = {}
        for memory_id, sources in self.sources.items():
            if self.sensors.get(memory_id) == sensor:
                for source in sources:
                    named[source] = named.get(source, 0) + 1
        return {
            "sent": len(sent),
            "stored": len(set(named) & sent),
            "duplicated": sum(count - 1 for source, count in named.items() if source in sent),
            "lost": len(sent - set(named)),
            "unexpected": len(set(named) - sent),
        }


def stored_memories(home: Path) -> StoredMemories:
    """Read the server's Chroma collection and keyword index (the server must not be running)."""
    import sqlite3

    import chromadb
    from chromadb.api.client import SharedSystemClient
    from chromadb.config import Settings

    client = chromadb.PersistentClient(path=str(home / "server" / "chroma"),
                                       settings=Settings(anonymized_telemetry=False))
    try:
        collection = client.get_collection("observations")
        sources: dict[str, list[str]] = {}
        sensors: dict[str, str | None] = {}
        offset = 0
        while True:
            page = collection.get(include=["metadatas"], limit=5000, offset=offset)
            if not page["ids"]:
                break
            for memory_id, meta in zip(page["ids"], page["metadatas"]):
                meta = meta or {}
                sources[memory_id] = json.loads(meta.get("source_ids") or "[]") or [memory_id]
                sensors[memory_id] = meta.get("sensor")
            offset += len(page["ids"])
    finally:
        del client
        SharedSystemClient.clear_system_cache()  # the server process opens this path again later
    connection = sqlite3.connect(str(home / "server" / "keyword.sqlite3"))
    try:
        keyword_ids = {row[0] for row in connection.execute("SELECT id FROM memory_docs")}
    finally:
        connection.close()
    return StoredMemories(sources, sensors, keyword_ids)


def summarize_ms(values: list[float]) -> dict[str, float | int | None]:
    """n, p50, p99, max and mean of latencies in ms (rounded)."""
    def r(value: float | None) -> float | None:
        return None if value is None else round(value, 1)

    return {"n": len(values), "p50_ms": r(percentile(values, 0.5)), "p99_ms": r(percentile(values, 0.99)),
            "max_ms": r(max(values) if values else None), "mean_ms": r(statistics.fmean(values) if values else None)}


def ensure_running(server: ServerProcess) -> None:
    """Start the server if a previous step left it down."""
    if not server.running:
        server.start()


def sync_or_record(device: DeviceClient, failures: list[BaseException], deadline_s: float = 3600.0) -> None:
    """``device.sync_until_empty`` for a thread: a failure is appended to ``failures``, not lost."""
    try:
        device.sync_until_empty(deadline_s=deadline_s)
    except BaseException as exc:  # reported by the scenario
        failures.append(exc)
