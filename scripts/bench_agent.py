#!/usr/bin/env python3
"""Agent benchmark: what the background agent costs while it runs for real.

Starts a real `tether server` and a real `tether agent` (both subprocesses, in a temporary data
directory) with the sensors a headless Linux machine has: system, apps, shell, files and manual,
plus the replay sensor following a file that synthetic observations are appended to. While it
runs, a feeder writes files in the watched folder and lines to a shell history, and appends
replayed observations at `--rate` per minute. The agent's CPU and RSS are sampled with psutil every
`--sample-s` seconds. The agent is then stopped with SIGTERM, and its status and the server's
memory count are read back. Prints one JSON object.

    .venv/bin/python scripts/bench_agent.py [--minutes 10] [--rate 60] [--sample-s 3] [--sync-interval 60]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import date
from pathlib import Path

import httpx
import psutil

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from device.client.http import wait_until_ready  # noqa: E402
from device.client.api import ServerUnreachableError  # noqa: E402
from sensors.synthetic import generate_life  # noqa: E402
from shared.observation import write_jsonl  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SENSORS = ["system", "apps", "shell", "files", "manual"]
STARTUP_S = 15.0


def machine_facts() -> dict:
    """Cores, CPU model, memory, Python and OS of this machine."""
    model = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "cpu_count": os.cpu_count(),
        "cores_available": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "cpu_model": model,
        "memory_gb": round(psutil.virtual_memory().total / 1024**3, 1),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tether(*args: str) -> list[str]:
    return [sys.executable, "-m", "device.cli", *args]


def wait_for_health(url: str, process: subprocess.Popen, log: Path, timeout_s: float = 600.0) -> None:
    try:
        wait_until_ready(f"{url}/healthz", timeout_s, process, interval_s=0.5)
    except ServerUnreachableError as exc:
        raise SystemExit(f"tether server is not up ({exc}):\n{log.read_text()[-2000:]}") from exc


class Feeder(threading.Thread):
    """Activity for the sensors: replayed observations, edited files, shell commands."""

    def __init__(self, replay: Path, watched: Path, history: Path, rate_per_min: float, minutes: float) -> None:
        super().__init__(name="feeder", daemon=True)
        self.replay, self.watched, self.history = replay, watched, history
        self.rate_per_min = rate_per_min
        days = max(1, int(rate_per_min * minutes / 80) + 1)  # a synthetic day has about 90 observations
        self.pending = generate_life(date(2026, 11, 2), days, seed=41, tz="Europe/Berlin")
        self.appended = 0
        self.stop = threading.Event()

    def run(self) -> None:
        tick_s, owed, step = 5.0, 0.0, 0
        while not self.stop.wait(tick_s):
            step += 1
            owed += self.rate_per_min * tick_s / 60
            count = int(owed)
            owed -= count
            batch, self.pending = self.pending[:count], self.pending[count:]
            if batch:
                with self.replay.open("a", encoding="utf-8") as handle:
                    handle.write(write_jsonl(batch))
                self.appended += len(batch)
            project = self.watched / f"project-{step % 3}"
            project.mkdir(exist_ok=True)
            (project / f"module_{step % 7}.py").write_text(f"# edit {step}\n" * (step % 20 + 1))
            with self.history.open("a", encoding="utf-8") as handle:
                handle.write(f"git status\npytest -q tests/test_{step % 5}.py\n")


def summary(values: list[float]) -> dict:
    if not values:
        return {"mean": None, "p95": None, "max": None}
    ordered = sorted(values)
    return {"mean": round(statistics.fmean(values), 2), "p95": round(ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))], 2),
            "max": round(ordered[-1], 2)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=10.0, help="how long the agent runs (default 10)")
    parser.add_argument("--rate", type=float, default=60.0, help="replayed observations appended per minute (default 60)")
    parser.add_argument("--sample-s", type=float, default=3.0, help="seconds between CPU/RSS samples (default 3)")
    parser.add_argument("--sync-interval", type=float, default=60.0, help="the agent's sync interval in seconds (default 60)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary directory and print its path")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="tether-bench-agent-"))
    token = secrets.token_urlsafe(16)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    replay, watched, history = work / "replay.jsonl", work / "watched", work / "bash_history"
    replay.touch()
    watched.mkdir()
    history.write_text("ls\n")
    base_env = {**os.environ, "TETHER_CONFIG": os.devnull}
    server_env = {**base_env, "TETHER_TOKEN": token, "TETHER_LEARNING": "false"}
    agent_env = {**base_env, "TETHER_SENSORS__ENABLED": json.dumps(SENSORS),
                 "TETHER_SENSORS__WATCH_FOLDERS": json.dumps([str(watched)]),
                 "TETHER_SENSORS__SHELL_HISTORY": json.dumps([str(history)]),
                 "TETHER_SYNC_INTERVAL_S": str(args.sync_interval)}

    server_log, agent_log = work / "server.log", work / "agent.out"
    server = subprocess.Popen(tether("server", "--home", str(work / "server"), "--port", str(port)), cwd=REPO,
                              env=server_env, stdout=server_log.open("wb"), stderr=subprocess.STDOUT)
    agent: subprocess.Popen | None = None
    try:
        started = time.monotonic()
        wait_for_health(url, server, server_log)
        server_ready_s = time.monotonic() - started

        feeder = Feeder(replay, watched, history, args.rate, args.minutes)
        agent = subprocess.Popen(
            tether("agent", "--home", str(work / "device"), "--server", url, "--token", token, "--replay", str(replay),
                   "--log-format", "json"),
            cwd=REPO, env=agent_env, stdout=agent_log.open("wb"), stderr=subprocess.STDOUT)
        feeder.start()
        watched_process = psutil.Process(agent.pid)
        watched_process.cpu_percent(None)  # the first call only sets the baseline
        cpu, rss, at = [], [], []
        agent_started = time.monotonic()
        deadline = time.monotonic() + args.minutes * 60
        while time.monotonic() < deadline and agent.poll() is None:
            time.sleep(min(args.sample_s, max(0.0, deadline - time.monotonic())))
            try:
                cpu.append(watched_process.cpu_percent(None))
                at.append(time.monotonic() - agent_started)
                rss.append(watched_process.memory_info().rss / 1024**2)
            except psutil.NoSuchProcess:
                break
        feeder.stop.set()
        crashed = agent.poll() is not None
        stop_started = time.monotonic()
        agent.send_signal(signal.SIGTERM)
        exit_code = agent.wait(timeout=120)
        stop_s = time.monotonic() - stop_started

        status = json.loads((work / "device" / "device" / "agent-status.json").read_text())
        memories = httpx.get(f"{url}/healthz", timeout=10).json().get("memories")
    finally:
        for process in (agent, server):
            if process is not None and process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=60)
                except subprocess.TimeoutExpired:
                    process.kill()

    sensor_stats = status.get("sensor_stats", {})
    report = {
        "machine": machine_facts(),
        "config": {"minutes": args.minutes, "sensors": SENSORS + ["replay"], "replay_rate_per_min": args.rate,
                   "sample_s": args.sample_s, "sync_interval_s": args.sync_interval,
                   "poll_intervals_s": {name: stats.get("interval_s") for name, stats in sensor_stats.items()}},
        "server_ready_s": round(server_ready_s, 1),
        "agent": {
            "cpu_percent": summary(cpu),  # percent of one core, like top
            # Without the first STARTUP_S (imports, opening the stores): the cost of running all day.
            "cpu_percent_steady": summary([c for c, t in zip(cpu, at, strict=True) if t >= STARTUP_S]),
            "rss_mb": {k: v for k, v in summary(rss).items() if k in ("mean", "max")},
            "samples": len(cpu),
            "crashed": crashed,
            "exit_code": exit_code,
            "stop_s": round(stop_s, 2),
        },
        "cycles": status.get("cycles"),
        "polls": status.get("polls"),
        "observations_replayed": feeder.appended,
        "observations_stored": status.get("observations"),
        "observations_synced": status.get("synced"),
        "outbox_depth_at_end": status.get("outbox_depth"),
        "server_memories": memories,
        "per_sensor": {name: {k: stats.get(k) for k in ("polls", "observations", "errors", "skipped")}
                       for name, stats in sensor_stats.items()},
        "errors": len(status.get("errors", [])),
        "last_errors": status.get("errors", [])[-3:],
        "status_running_after_stop": status.get("running"),
    }
    if args.keep:
        report["work_dir"] = str(work)
    print(json.dumps(report, indent=2))
    return 0 if exit_code == 0 and not crashed else 1


if __name__ == "__main__":
    sys.exit(main())
