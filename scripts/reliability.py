#!/usr/bin/env python3
"""Reliability under faults and load, on real processes. Prints one JSON object.

    .venv/bin/python scripts/reliability.py --quick          # small sizes, a few minutes (CI-sized)
    .venv/bin/python scripts/reliability.py                  # full: 10 SIGKILLs, 20 devices x 5,000
    .venv/bin/python scripts/reliability.py --clients 8 --per-client 1000 --only load

Scenarios (``tests/reliability/``: ``scenarios.py``, ``damage.py``, ``load.py``; the CI tests run
them at small sizes):
- ``server_sigkill``: devices sync while ``tether server`` is killed with SIGKILL and restarted;
- ``server_down``: ``tether agent`` logs while the server is down for the whole period, then it starts;
- ``sync_sigkill``: ``tether ingest`` killed mid-sync, and a sync killed between store and acknowledge;
- ``outbox_corruption``: truncated, garbage pages, garbage page 1, garbage inside one row;
- ``load``: N devices x M observations at once while one person chats (ingest p50/p99, TTFT);
- ``fuzz``: runs the fuzz test files, if present, and counts tests and examples.

At the end the server is killed once more and its stores are read directly: every observation id
must be stored exactly once. The exit status is 1 if anything was lost, duplicated or failed.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import Any, Callable

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from tests.reliability import damage, scenarios  # noqa: E402
from tests.reliability import load as load_scenario
from tests.reliability.harness import ServerProcess  # noqa: E402

FUZZ_FILES = ("tests/server/api/test_schema_fuzz.py", "tests/sensors/test_parsers_fuzz.py")

SIZES = {
    "quick": {"kill_count": 600, "kills": 3, "kill_clients": 2, "kill_batch": 100, "down_count": 150,
              "sync_count": 300, "sync_kills": 1, "corrupt_count": 400, "clients": 4, "per_client": 200,
              "load_batch": 100, "chat_tokens": 16},
    "full": {"kill_count": 5000, "kills": 10, "kill_clients": 2, "kill_batch": 250, "down_count": 2000,
             "sync_count": 3000, "sync_kills": 3, "corrupt_count": 3000, "clients": 20, "per_client": 5000,
             "load_batch": 500, "chat_tokens": 32},
}
SCENARIOS = ("server_sigkill", "server_down", "sync_sigkill", "outbox_corruption", "load", "fuzz")


def machine_facts() -> dict[str, Any]:
    from shared.model_locator import locate_embedding_model, locate_gguf

    gguf = locate_gguf()
    return {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
            "model": gguf.name, "model_bytes": gguf.stat().st_size,
            "embedding_model": locate_embedding_model().name, "load_average_at_start": _load()}


def _load() -> list[float] | None:
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except OSError:
        return None


def run_fuzz(timeout_s: float) -> dict[str, Any]:
    """pytest on each fuzz file that exists: tests passed/failed and Hypothesis examples tried."""
    results: dict[str, Any] = {}
    for name in FUZZ_FILES:
        path = REPO / name
        if not path.exists():
            results[name] = "absent"
            continue
        started = time.monotonic()
        try:
            done = subprocess.run(
                [sys.executable, "-m", "pytest", name, "-q", "-s", "-p", "no:cacheprovider",
                 "--hypothesis-show-statistics"],
                cwd=REPO, capture_output=True, text=True, timeout=timeout_s,
            )
        except subprocess.TimeoutExpired:
            results[name] = {"error": f"timed out after {timeout_s:.0f} s"}
            continue
        out = done.stdout + done.stderr
        summary = out.strip().splitlines()[-1] if out.strip() else ""
        counts = {word: int(n) for n, word in re.findall(r"(\d+) (passed|failed|errors?|skipped)", summary)}
        # Hypothesis statistics, and the "schemathesis: N cases" line the schema fuzz test prints.
        passing = sum(int(n) for n in re.findall(r"(\d+) passing examples?", out))
        passing += sum(int(n) for n in re.findall(r"schemathesis: (\d+) cases", out))
        failing = sum(int(n) for n in re.findall(r"(\d+) failing examples?", out))
        results[name] = {"tests_passed": counts.get("passed", 0), "tests_failed": counts.get("failed", 0),
                         "tests_errors": counts.get("error", 0) + counts.get("errors", 0),
                         "examples_passing": passing, "examples_failing": failing,
                         "exit_code": done.returncode, "seconds": round(time.monotonic() - started, 1)}
    return results


def _row(name: str, faults: int, result: dict[str, Any] | None, audit: dict[str, Any] | None,
         sensor: str) -> dict[str, Any]:
    """One line of the summary table; duplicates come from the direct read of the server's stores."""
    per = (audit or {}).get("per_sensor", {}).get(sensor, {})
    if result is None:
        return {"scenario": name, "faults_injected": faults, "sent": None, "stored": None,
                "duplicated": per.get("duplicated"), "lost": None}
    return {"scenario": name, "faults_injected": faults, "sent": result.get("sent", result.get("queued")),
            "stored": result.get("stored"), "duplicated": per.get("duplicated"),
            "lost": result.get("lost"), "lost_in_audit": per.get("lost")}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="small sizes (CI-sized)")
    parser.add_argument("--only", choices=SCENARIOS, action="append", help="run only these (repeatable)")
    parser.add_argument("--kills", type=int, help="SIGKILLs of the server during ingest")
    parser.add_argument("--clients", type=int, help="devices in the load scenario")
    parser.add_argument("--per-client", type=int, help="observations per device in the load scenario")
    parser.add_argument("--batch", type=int, help="observations per sync request in the load scenario")
    parser.add_argument("--ingest-max-waiting", type=int, default=None,
                        help="the server's TETHER_INGEST_MAX_WAITING (default: the server's default)")
    parser.add_argument("--ingest-nice", type=int, default=None,
                        help="the server's TETHER_INGEST_NICE (default: the server's default)")
    parser.add_argument("--fuzz", action=argparse.BooleanOptionalAction, default=None,
                        help="run the fuzz test files (default: on in full mode, off with --quick)")
    parser.add_argument("--fuzz-timeout", type=float, default=900.0)
    parser.add_argument("--keep", type=Path, help="keep all data in this folder instead of a temporary one")
    args = parser.parse_args()

    mode = "quick" if args.quick else "full"
    size = dict(SIZES[mode])
    for key, value in (("kills", args.kills), ("clients", args.clients), ("per_client", args.per_client),
                       ("load_batch", args.batch)):
        if value is not None:
            size[key] = value
    wanted = set(args.only or SCENARIOS)
    if args.fuzz is not None:
        wanted = wanted | {"fuzz"} if args.fuzz else wanted - {"fuzz"}
    elif mode == "quick":
        wanted.discard("fuzz")

    work = args.keep or Path(tempfile.mkdtemp(prefix="tether-reliability-"))
    work.mkdir(parents=True, exist_ok=True)
    settings = {} if args.ingest_max_waiting is None else {"ingest_max_waiting": str(args.ingest_max_waiting)}
    if args.ingest_nice is not None:
        settings["ingest_nice"] = str(args.ingest_nice)
    server = ServerProcess(work / "server-home", secrets.token_urlsafe(16), **settings)
    report: dict[str, Any] = {"mode": mode, "sizes": size, "machine": machine_facts(), "scenarios": {}, "errors": {},
                              "seconds_per_scenario": {}}
    sent: dict[str, set[str]] = {}
    started = time.monotonic()

    def attempt(name: str, run: Callable[[], Any]) -> Any:
        if name not in wanted:
            return None
        t0 = time.monotonic()
        try:
            result = run()
        except Exception as exc:  # reported in the JSON; the other scenarios still run
            report["errors"][name] = f"{type(exc).__name__}: {exc}\n{traceback.format_exc()[-1500:]}"
            return None
        report["scenarios"][name] = result
        report["seconds_per_scenario"][name] = round(time.monotonic() - t0, 1)
        return result

    try:
        kill = attempt("server_sigkill", lambda: scenarios.server_sigkill(
            work, server, count=size["kill_count"], kills=size["kills"], clients=size["kill_clients"],
            batch=size["kill_batch"]))
        if kill:
            sent["rel-kill"] = scenarios.sent_ids("kill", size["kill_count"])
        down = attempt("server_down", lambda: scenarios.server_down(work, server, count=size["down_count"], chunks=5))
        if down:
            sent["rel-down"] = scenarios.sent_ids("down", size["down_count"])
        sync = attempt("sync_sigkill", lambda: scenarios.sync_sigkill(
            work, server, count=size["sync_count"], kills=size["sync_kills"]))
        if sync:
            sent["rel-sync"] = scenarios.sent_ids("sync", size["sync_count"])
            sent["rel-ack"] = scenarios.sent_ids("ack", sync["kill_between_store_and_ack"]["sent"])
        corrupt = attempt("outbox_corruption",
                          lambda: damage.outbox_corruption(work, server, count=size["corrupt_count"]))
        for kind, result in (corrupt or {}).items():
            sent[result["sensor"]] = scenarios.sent_ids(f"corrupt-{kind}", size["corrupt_count"])
        load = attempt("load", lambda: load_scenario.many_devices_while_chatting(
            work, server, clients=size["clients"], per_client=size["per_client"], batch=size["load_batch"],
            chat_tokens=size["chat_tokens"]))
        if load:
            sent["rel-load"] = {f"load{i:02d}-{j:05d}"
                                for i in range(size["clients"]) for j in range(size["per_client"])}
        audit = None
        if sent:
            wanted.add("audit")  # always, after any scenario that sent observations
            audit = attempt("audit", lambda: scenarios.audit_server_store(server, sent, restart=True))
        attempt("fuzz", lambda: run_fuzz(args.fuzz_timeout))
    finally:
        server.stop()
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)

    table = []
    if kill:
        table.append(_row("server SIGKILL during ingest", kill["sigkills"], kill, audit, "rel-kill"))
    if down:
        table.append(_row("server down for the logging period", 1, down, audit, "rel-down"))
    if sync:
        ingest, worst = sync["ingest"], sync["kill_between_store_and_ack"]
        table.append(_row("sync process SIGKILL mid-sync", ingest["sigkills"], ingest, audit, "rel-sync"))
        table.append(_row("sync SIGKILL between store and ack", 1, worst, audit, "rel-ack"))
    for kind, result in (corrupt or {}).items():
        table.append(_row(f"outbox damage: {kind}", 1, result, audit, result["sensor"]))
    if load:
        table.append(_row(f"load {load['clients']}x{load['per_client']} with chats", 0, load, audit, "rel-load"))
    report["table"] = table
    if load:
        report["load"] = {
            "ingest_p50_ms": load["ingest_latency"]["p50_ms"], "ingest_p99_ms": load["ingest_latency"]["p99_ms"],
            "throughput_obs_per_s": load["throughput_obs_per_s"], "backpressure": load["backpressure"],
            "chat_ttft_idle_p50_ms": load["chat_idle"]["ttft_client"]["p50_ms"],
            "chat_ttft_under_load_p50_ms": load["chat_under_load"]["ttft_client"]["p50_ms"],
            "chat_ttft_under_load_p99_ms": load["chat_under_load"]["ttft_client"]["p99_ms"],
            "chats_under_load": load["chat_under_load"]["chats"],
            "chat_retrieval_under_load_p50_ms": load["chat_under_load"]["retrieval"]["p50_ms"],
            "chat_prefill_under_load_p50_ms": load["chat_under_load"]["prefill"]["p50_ms"],
        }
    if "fuzz" in report["scenarios"]:
        fuzz = [v for v in report["scenarios"]["fuzz"].values() if isinstance(v, dict)]
        def total(*keys: str) -> int:
            return sum(v.get(key, 0) for v in fuzz for key in keys)

        report["fuzz_summary"] = {"files_run": len(fuzz), "tests": total("tests_passed", "tests_failed"),
                                  "test_failures": total("tests_failed", "tests_errors"),
                                  "examples": total("examples_passing", "examples_failing"),
                                  "example_failures": total("examples_failing")}
    report["machine"]["load_average_at_end"] = _load()
    report["seconds"] = round(time.monotonic() - started, 1)
    print(json.dumps(report, indent=2, default=str))
    problems = bool(report["errors"]) or any(
        (row.get("duplicated") or 0) > 0 for row in table
    ) or any((row.get("lost") or 0) > 0 for row in table if not row["scenario"].startswith("outbox damage"))
    problems = problems or bool(report.get("fuzz_summary", {}).get("test_failures"))
    problems = problems or any((r or {}).get("errors") for r in (kill, load))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
