#!/usr/bin/env python3
"""Condenser benchmark: every state fact of every context, compression, duplicates, latency idle and busy.

Two lives (scripts/condense_cases.py): dev, from ``sensors.synthetic`` (tuned on), and held-out,
from a generator of its own (never tuned on). At each moment the truth of every state fact (last
night's sleep, coffees so far today, the last coffee's time, exercise so far today, the next
meeting, what the person is doing) is computed from the raw observations by the benchmark's own
code, and the condensed prompt is checked for each. ``--busy`` runs a CPU-bound process beside
the condenser for every other condense of the same context and reports busy over idle latency
measured in the same run; ``--thread-sweep N`` also times fixed 1 and 2 threads against the
adaptive choice on N contexts, idle and busy. Prints one JSON object.

    .venv/bin/python scripts/bench_condense.py [--busy] [--thread-sweep 12] [--server-samples 8]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from condense_cases import (  # noqa: E402
    DEV_START, DEV_TZ, HELDOUT_START, HELDOUT_TZ, check_state, heldout_life, moments, true_state,
)
from device.condense.condenser import CondensedPrompt, LlamaCondenser, time_header  # noqa: E402
from device.condense.cpu_load import usable_cores  # noqa: E402
from device.condense.facts import gather_facts  # noqa: E402
from device.condense.relevance import unsupported_facts  # noqa: E402
from device.storage.store import ObservationStore  # noqa: E402
from sensors.synthetic import generate_life  # noqa: E402
from shared.model_locator import locate_gguf  # noqa: E402
from shared.settings import DeviceSettings  # noqa: E402

FAILURES_SHOWN = 5


def _spin(running: Any, stop: Any) -> None:
    """A CPU-bound process: busy while ``running`` is set, until ``stop``."""
    while not stop.is_set():
        if not running.wait(0.05):
            continue
        deadline = time.perf_counter() + 0.05
        while time.perf_counter() < deadline:
            pass


class BusyCore:
    """One other process that keeps a core busy while switched on (``with BusyCore() as busy: busy.on()``)."""

    def __init__(self) -> None:
        ctx = multiprocessing.get_context("spawn")
        self._running, self._stop = ctx.Event(), ctx.Event()
        self._process = ctx.Process(target=_spin, args=(self._running, self._stop), daemon=True)

    def __enter__(self) -> "BusyCore":
        self._process.start()
        return self

    def on(self) -> None:
        self._running.set()
        time.sleep(0.2)  # let the scheduler see it busy, as a condense arriving mid-load would

    def off(self) -> None:
        self._running.clear()
        time.sleep(0.1)

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._process.join(5)


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def duplicates(condensed: CondensedPrompt) -> int:
    """Prompt lines that repeat another line or an observation another line already tells.

    The day's screen time is an aggregate of the computer episodes, not a repeat of one: exempt.
    """
    lines = condensed.text.splitlines()
    repeats = len(lines) - len(set(lines))
    seen: set[str] = set()
    for fact in condensed.facts:
        if fact.summary and not fact.pinned:
            continue
        ids = set(fact.source_ids)
        repeats += bool(ids & seen)
        seen |= ids
    return repeats


def run_life(name: str, observations: list, start, days: int, tz_name: str, condenser: LlamaCondenser,
             busy: BusyCore | None, max_contexts: int | None) -> tuple[dict, list[dict]]:
    """Condense every labelled moment of one life; the summary and the rows."""
    tz = ZoneInfo(tz_name)
    rows: list[dict] = []
    with tempfile.TemporaryDirectory() as tmp:
        store = ObservationStore(Path(tmp) / "obs.db")
        store.add(observations)
        labelled = moments(observations, start, days, tz, heldout=name == "heldout")[:max_contexts]
        for n, moment in enumerate(labelled):
            _, facts = gather_facts(store, moment.at, tz)
            header = time_header(moment.at, tz)
            # idle and busy take turns going first, so drift in the machine's load hits both alike
            order = ["idle", "busy"] if busy is not None else ["idle"]
            timings: dict[str, float] = {}
            condensed = None
            for condition in order if n % 2 == 0 else order[::-1]:
                if condition == "busy":
                    busy.on()
                condenser.reset_cache()  # cold, as `tether condense` is: no prompt prefix kept from the last call
                started = time.perf_counter()
                result = condenser.condense(moment.question, facts, header)
                timings[condition] = (time.perf_counter() - started) * 1000.0
                if condition == "busy":
                    busy.off()
                condensed = condensed or result
            assert condensed is not None
            raw = "\n".join([header, *(f.text for f in facts)])
            kept = check_state(true_state(observations, moment.at, tz), condensed.text, moment.at, tz)
            rows.append({
                "at": moment.at.isoformat(), "question": moment.question, "kept": kept,
                "episode_kept": None if moment.episode_key is None else moment.episode_key in condensed.text,
                "compression": condensed.tokens_before / condensed.tokens_after,
                "tokens_before": condensed.tokens_before, "tokens_after": condensed.tokens_after,
                "state_tokens": condenser.count_tokens("\n".join([header, *(f.text for f in facts if f.pinned)])),
                "unsupported": unsupported_facts(condensed.text, raw), "duplicates": duplicates(condensed),
                "model_used": condensed.model_used, "threads": condensed.threads, "ms": timings,
                "prompt": condensed.text, "raw": raw,
            })
        store.close()
    return summarize(rows, busy is not None), rows


def summarize(rows: list[dict], busy: bool) -> dict:
    """The life's figures: retention per fact, compression, unsupported, duplicates, latency."""
    per_fact: dict[str, list[int]] = {}
    for row in rows:
        for fact, ok in row["kept"].items():
            per_fact.setdefault(fact, [0, 0])
            per_fact[fact][0] += ok
            per_fact[fact][1] += 1
    checked = sum(v[1] for v in per_fact.values())
    episodes = [r["episode_kept"] for r in rows if r["episode_kept"] is not None]
    idle = [r["ms"]["idle"] for r in rows]
    out: dict[str, Any] = {
        "contexts": len(rows),
        "state_facts_checked": checked,
        "state_fact_retention": round(sum(v[0] for v in per_fact.values()) / max(1, checked), 4),
        "retention_by_fact": {k: round(v[0] / v[1], 3) for k, v in sorted(per_fact.items())},
        "contexts_with_every_state_fact": round(sum(all(r["kept"].values()) for r in rows) / max(1, len(rows)), 3),
        "episode_fact_retention": round(sum(episodes) / len(episodes), 3) if episodes else None,
        "episode_facts_checked": len(episodes),
        "compression_median": round(statistics.median(r["compression"] for r in rows), 2),
        "compression_min": round(min(r["compression"] for r in rows), 2),
        "tokens_before_median": statistics.median(r["tokens_before"] for r in rows),
        "tokens_after_median": statistics.median(r["tokens_after"] for r in rows),
        "state_tokens_median": statistics.median(r["state_tokens"] for r in rows),
        "unsupported_facts": sum(len(r["unsupported"]) for r in rows),
        "duplicate_facts": sum(r["duplicates"] for r in rows),
        "model_used_fraction": round(sum(r["model_used"] for r in rows) / max(1, len(rows)), 3),
        "latency_ms_p50_idle": round(percentile(idle, 50), 1),
        "latency_ms_p95_idle": round(percentile(idle, 95), 1),
        "threads_used": sorted({r["threads"] for r in rows}),
    }
    if busy:
        loaded = [r["ms"]["busy"] for r in rows]
        out["latency_ms_p50_busy"] = round(percentile(loaded, 50), 1)
        out["latency_ms_p95_busy"] = round(percentile(loaded, 95), 1)
        out["busy_over_idle_p95"] = round(out["latency_ms_p95_busy"] / out["latency_ms_p95_idle"], 2)
        out["busy_over_idle_median_per_context"] = round(
            statistics.median(r["ms"]["busy"] / r["ms"]["idle"] for r in rows), 2)
    return out


def worst_failures(rows: list[dict]) -> list[dict]:
    """The contexts that lost the most state facts, verbatim."""
    failed = [r for r in rows if not all(r["kept"].values()) or r["unsupported"] or r["duplicates"]]
    failed.sort(key=lambda r: (-sum(not ok for ok in r["kept"].values()), r["at"]))
    return [{"at": r["at"], "question": r["question"], "missing": [k for k, ok in r["kept"].items() if not ok],
             "unsupported": r["unsupported"], "duplicates": r["duplicates"], "prompt": r["prompt"]}
            for r in failed[:FAILURES_SHOWN]]


def thread_sweep(condenser: LlamaCondenser, contexts: list[tuple], busy: BusyCore) -> dict:
    """condense ms for fixed 1 and 2 threads and the adaptive choice, idle and busy, interleaved."""
    policies: dict[str, int | None] = {"1": 1, "2": 2, "adaptive": None}
    times: dict[str, list[float]] = {f"{p}_{c}": [] for p in policies for c in ("idle", "busy")}
    saved = condenser.n_threads
    try:
        for n, (question, facts, header) in enumerate(contexts):
            for condition in ("idle", "busy") if n % 2 == 0 else ("busy", "idle"):
                if condition == "busy":
                    busy.on()
                names = list(policies)
                for name in names[n % 3:] + names[: n % 3]:  # each policy goes first as often
                    condenser.n_threads = policies[name]
                    condenser.reset_cache()
                    started = time.perf_counter()
                    condenser.condense(question, facts, header)
                    times[f"{name}_{condition}"].append((time.perf_counter() - started) * 1000.0)
                if condition == "busy":
                    busy.off()
    finally:
        condenser.n_threads = saved
    return {key: {"p50": round(percentile(v, 50), 1), "p95": round(percentile(v, 95), 1)} for key, v in times.items()}


def server_effect(samples: list[dict], threads: int) -> dict:
    """TTFT and prompt tokens of the server model with condensed vs raw context (same engine, same run)."""
    from server.engine.base import GenerationStats
    from server.engine.llamacpp import LlamaCppEngine
    from server.services.chat import build_messages

    engine = LlamaCppEngine(locate_gguf(os.environ.get("TETHER_MODEL_PATH")), n_ctx=4096, n_threads=threads)
    rows: dict[str, list] = {"condensed": [], "raw": []}
    try:
        for sample in samples:
            for label in ("condensed", "raw"):
                messages = build_messages(sample["question"], sample[label], [])
                rows[label].append([e for e in engine.generate(messages, 4) if isinstance(e, GenerationStats)][0])
    finally:
        engine.close()
    out: dict[str, Any] = {label: {"prompt_tokens_median": statistics.median(s.prompt_tokens for s in stats),
                                   "ttft_ms_median": round(statistics.median(s.ttft_ms for s in stats), 1)}
                           for label, stats in rows.items()}
    out["ttft_ratio_raw_over_condensed"] = round(out["raw"]["ttft_ms_median"] / out["condensed"]["ttft_ms_median"], 2)
    out["samples"] = len(samples)
    return out


def targets_met(life: dict) -> dict:
    met = {"state_fact_retention": life["state_fact_retention"] >= 0.98,
           "compression_median": life["compression_median"] >= 8,
           "unsupported_facts": life["unsupported_facts"] == 0, "duplicate_facts": life["duplicate_facts"] == 0,
           "latency_ms_p95_idle": life["latency_ms_p95_idle"] <= 1500}
    if "busy_over_idle_p95" in life:
        met["busy_over_idle_p95"] = life["busy_over_idle_p95"] <= 2.0
    return met


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=12, help="days of the dev life (moments from day 2 on)")
    parser.add_argument("--heldout-days", type=int, default=14, help="days of the held-out life")
    parser.add_argument("--seed", type=int, default=42, help="seed of the dev life")
    parser.add_argument("--budget", type=int, default=DeviceSettings.model_fields["condense_budget"].default,
                        help="token budget beyond the state (TETHER_CONDENSE_BUDGET)")
    parser.add_argument("--threads", type=int, default=None, help="fixed model threads (default: adaptive)")
    parser.add_argument("--busy", action="store_true", help="also condense each context beside a busy process")
    parser.add_argument("--thread-sweep", type=int, default=0, metavar="N",
                        help="time 1 and 2 threads and the adaptive choice on N contexts, idle and busy")
    parser.add_argument("--max-contexts", type=int, default=None, help="at most this many contexts per life (smoke)")
    parser.add_argument("--lives", default="dev,heldout", help="which lives to measure (dev, heldout or both)")
    parser.add_argument("--server-samples", type=int, default=8, help="contexts measured on the server engine (0: none)")
    args = parser.parse_args()

    gguf = locate_gguf(os.environ.get("TETHER_MODEL_PATH"))
    load_before = os.getloadavg()
    condenser = LlamaCondenser(gguf, n_threads=args.threads, budget=args.budget)
    lives = {"dev": (generate_life(DEV_START, args.days, seed=args.seed, tz=DEV_TZ), DEV_START, args.days, DEV_TZ),
             "heldout": (heldout_life(HELDOUT_START, args.heldout_days), HELDOUT_START, args.heldout_days, HELDOUT_TZ)}
    report: dict[str, Any] = {}
    busy = BusyCore() if args.busy or args.thread_sweep else None
    try:
        if busy is not None:
            busy.__enter__()
        condenser.condense("warm-up", [], "Now: warm-up")
        all_rows: dict[str, list[dict]] = {}
        for name, (observations, start, days, tz_name) in lives.items():
            if name not in args.lives.split(","):
                continue
            report[name], all_rows[name] = run_life(name, observations, start, days, tz_name, condenser,
                                                    busy if args.busy else None, args.max_contexts)
            report[name]["targets_met"] = targets_met(report[name])
            report[name]["worst_failures"] = worst_failures(all_rows[name])
            least = min(all_rows[name], key=lambda r: r["compression"])
            report[name]["least_compressed"] = {key: least[key] for key in ("at", "question", "tokens_before",
                                                                             "tokens_after", "prompt")}
        if args.thread_sweep and busy is not None:
            # on dev contexts: the thread default is tuned here, so never on the held-out life
            tz = ZoneInfo(DEV_TZ)
            observations = lives["dev"][0]
            with tempfile.TemporaryDirectory() as tmp:
                store = ObservationStore(Path(tmp) / "obs.db")
                store.add(observations)
                picked = moments(observations, DEV_START, args.days, tz, heldout=False)[: args.thread_sweep]
                contexts = [(m.question, gather_facts(store, m.at, tz)[1], time_header(m.at, tz)) for m in picked]
                store.close()
            report["thread_sweep_ms"] = thread_sweep(condenser, contexts, busy)
    finally:
        condenser.close()
        if busy is not None:
            busy.__exit__(None, None, None)
    if args.server_samples and "dev" in all_rows:
        rows = all_rows["dev"]
        step = max(1, len(rows) // args.server_samples)
        samples = [{"question": r["question"], "condensed": r["prompt"], "raw": r["raw"]} for r in rows[::step]]
        report["server_effect"] = server_effect(samples[: args.server_samples], args.threads or 1)
    report = {
        "machine": {"cores": os.cpu_count(), "usable_cores": usable_cores(), "python": platform.python_version(),
                    "threads": args.threads or "adaptive", "model": gguf.name, "model_bytes": gguf.stat().st_size,
                    "load_average_before": [round(x, 2) for x in load_before],
                    "load_average_after": [round(x, 2) for x in os.getloadavg()]},
        "budget_tokens": args.budget,
        **report,
        "targets": {"state_fact_retention": ">= 0.98", "compression_median": ">= 8", "unsupported_facts": "== 0",
                    "duplicate_facts": "== 0", "latency_ms_p95_idle": "<= 1500", "busy_over_idle_p95": "<= 2"},
    }
    print(json.dumps(report, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
