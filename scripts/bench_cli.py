#!/usr/bin/env python3
"""Command-line benchmark: the wall time of each everyday command, embedded and against a server.

Makes a temporary data directory holding one synthetic day (ingested in embedded mode, so memory
search has something to find), starts a real `tether server` on another temporary directory with
the same day, then runs each command as a fresh process (`python -m device.cli ...`, as the
`tether` script does): `log`, `memory search`, `sensors`, `audit`, `jobs`, `config show` and `ask`,
in embedded mode and with `--server`. Each is run `--repeat` times (`ask` once: it loads both
models in embedded mode); the median and the least wall time and the child's CPU time are
reported, with the issue-16 target where there is one. On a loaded machine the wall time grows with
the load (`load_average`), the CPU time much less: both are printed side by side. Each command is
also run as often again under `python -X importtime`: `import_s` is the median time its imports
took, and `heavy_imports` names the heavy libraries it loaded (chromadb, torch, llama.cpp, ...), so
a command that starts loading what it does not use shows up whatever the load. Prints one JSON
object.

    .venv/bin/python scripts/bench_cli.py [--repeat 3] [--no-ask]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import secrets
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from device.client.http import wait_until_ready  # noqa: E402
from sensors.synthetic import generate_life  # noqa: E402
from shared.observation import write_jsonl  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
TZ = "Europe/Berlin"
COMMANDS: dict[str, list[str]] = {
    "log": ["log", "coffee", "drink=espresso", "caffeine_mg=63"],
    "memory search": ["memory", "search", "what did I have for lunch"],
    "sensors": ["sensors"],
    "audit": ["audit"],
    "jobs": ["jobs"],
    "config show": ["config", "show"],
    "ask": ["ask", "How much coffee did I have today?", "--at", "2026-11-18T20:00"],
}
TARGETS_S: dict[tuple[str, str], float] = {
    ("log", "embedded"): 0.5, ("log", "remote"): 0.5,
    ("sensors", "embedded"): 0.5, ("sensors", "remote"): 0.5,
    ("audit", "embedded"): 0.5, ("audit", "remote"): 0.5,
    ("config show", "embedded"): 0.5, ("config show", "remote"): 0.5,
    ("memory search", "embedded"): 2.0, ("memory search", "remote"): 0.5,
}
"""Issue 16's targets (seconds of wall time)."""
HEAVY_MODULES = ("chromadb", "torch", "sentence_transformers", "llama_cpp", "sqlalchemy", "detect_secrets",
                 "numpy", "httpx", "fastapi", "uvicorn", "textual")
"""Libraries worth naming when a command imports them (each costs 0.05-2 s to import)."""
_IMPORT_LINE = re.compile(r"import time:\s+\d+ \|\s+(?P<cumulative>\d+) \| (?P<indent> *)(?P<module>\S+)")


def machine_facts() -> dict:
    """Cores, CPU model, load, Python and OS of this machine."""
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
        "cpu_model": model,
        "load_average_1m": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, float, int]:
    """(wall seconds, CPU seconds of the child, exit code) of ``tether ARGV`` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "device.cli", *argv], env=env, cwd=REPO,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=900)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if done.returncode != 0:
        print(f"{' '.join(argv[:3])}: exit {done.returncode}: {done.stderr.strip()[-300:]}", file=sys.stderr)
    return wall, cpu, done.returncode


def import_profile(stderr: str) -> tuple[float, list[str]]:
    """Seconds spent importing (the top-level imports' cumulative times) and the heavy libraries
    imported, from a ``python -X importtime`` run's stderr."""
    total_us = 0
    heavy: set[str] = set()
    for line in stderr.splitlines():
        match = _IMPORT_LINE.match(line)
        if match is None:
            continue
        if not match["indent"]:
            total_us += int(match["cumulative"])
        if match["module"] in HEAVY_MODULES:
            heavy.add(match["module"])
    return total_us / 1e6, sorted(heavy)


def imports_of(argv: list[str], env: dict[str, str]) -> tuple[float, list[str]]:
    """``import_profile`` of ``tether ARGV`` run under ``-X importtime``."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "device.cli", *argv], env=env, cwd=REPO,
                          stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, timeout=900)
    return import_profile(done.stderr)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per command (median and least reported; ask runs once)")
    parser.add_argument("--no-ask", action="store_true", help="leave out `ask` (it loads both models in embedded mode)")
    args = parser.parse_args()
    env = {**os.environ, "TETHER_CONFIG": os.devnull, "HF_HUB_OFFLINE": "1", "TRANSFORMERS_OFFLINE": "1",
           "ANONYMIZED_TELEMETRY": "False", "TETHER_SENSORS__ENABLED": '["manual", "system"]'}
    facts = machine_facts()
    with tempfile.TemporaryDirectory(prefix="tether-bench-cli-") as tmp:
        root = Path(tmp)
        day = root / "day.jsonl"
        day.write_text(write_jsonl(generate_life(date(2026, 11, 18), 1, seed=7, tz=TZ)))
        token = secrets.token_urlsafe(16)
        port = free_port()
        server_home = root / "server-home"
        server = subprocess.Popen([sys.executable, "-m", "device.cli", "server", "--home", str(server_home),
                                   "--port", str(port), "--tz", TZ], cwd=REPO, env={**env, "TETHER_TOKEN": token},
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        url = f"http://127.0.0.1:{port}"
        try:
            modes = {  # --token=T: a token may start with "-", which argparse would read as an option
                "embedded": ["--home", str(root / "embedded-home"), "--tz", TZ],
                "remote": ["--home", str(root / "remote-home"), "--tz", TZ, "--server", url, f"--token={token}"],
            }
            wait_until_ready(f"{url}/healthz", timeout_s=600, process=server)
            for mode, common in modes.items():
                subprocess.run([sys.executable, "-m", "device.cli", "ingest", str(day), *common], env=env, cwd=REPO,
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=900)
            results = []
            for name, argv in COMMANDS.items():
                if name == "ask" and args.no_ask:
                    continue
                for mode, common in modes.items():
                    count = 1 if name == "ask" else max(1, args.repeat)
                    runs = [timed([*argv, *common], env) for _ in range(count)]
                    profiles = [imports_of([*argv, *common], env) for _ in range(count)]
                    wall = statistics.median(r[0] for r in runs)
                    cpu = statistics.median(r[1] for r in runs)
                    target = TARGETS_S.get((name, mode))
                    results.append({
                        "command": name, "mode": mode, "runs": len(runs), "wall_s": round(wall, 3),
                        "wall_min_s": round(min(r[0] for r in runs), 3), "cpu_s": round(cpu, 3),
                        "cpu_min_s": round(min(r[1] for r in runs), 3),
                        "import_s": round(statistics.median(p[0] for p in profiles), 3),
                        "heavy_imports": sorted({m for p in profiles for m in p[1]}),
                        "exit_codes": sorted({r[2] for r in runs}),
                        "target_s": target, "meets_target": None if target is None else wall <= target,
                    })
        finally:
            server.terminate()
            try:
                server.wait(timeout=60)
            except subprocess.TimeoutExpired:
                server.kill()
    by = {(r["command"], r["mode"]): r for r in results}
    ratios = {name: round(by[(name, "embedded")]["wall_s"] / max(by[(name, "remote")]["wall_s"], 1e-9), 2)
              for name in COMMANDS if (name, "embedded") in by and (name, "remote") in by}
    facts["load_average_1m_after"] = round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None
    print(json.dumps({"machine": facts, "repeat": args.repeat, "results": results,
                      "embedded_over_remote_wall": ratios,
                      "all_targets_met": all(r["meets_target"] for r in results if r["meets_target"] is not None)},
                     indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
