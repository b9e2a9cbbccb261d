#!/usr/bin/env python3
"""Condenser benchmark: compression, key-fact retention, unsupported facts, latency, server effect.

Labelled contexts come from the seeded synthetic life generator: for each (day, time, question) the
key facts are computed from the observations by the deterministic state and episode code (ground
truth), never by the condenser. Prints one JSON object.

    .venv/bin/python scripts/bench_condense.py [--days 12] [--budget 96] [--server-samples 8]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from datetime import date, datetime, time as dtime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from device.condense.condenser import LlamaCondenser, time_header  # noqa: E402
from device.pipeline.digitize import episode_text, group_episodes  # noqa: E402
from device.condense.facts import gather_facts  # noqa: E402
from device.condense.relevance import unsupported_facts  # noqa: E402
from device.condense.state import state_lines  # noqa: E402
from device.storage.store import ObservationStore  # noqa: E402
from sensors.synthetic import generate_life  # noqa: E402
from shared.model_locator import locate_gguf  # noqa: E402

TZ_NAME = "Europe/Berlin"
TZ = ZoneInfo(TZ_NAME)
START = date(2026, 10, 5)  # a Monday


def _line(state, tz, prefix: str) -> str | None:
    return next((line for line in state_lines(state, tz) if line.startswith(prefix)), None)


def _lunch(past, at):
    meals = [e for e in group_episodes(past) if e.kind == "meal" and "lunch" in e.label and e.start.date() == at.date()]
    return episode_text(meals[-1], TZ) if meals else None


def _conversation(past, at):
    talks = [e for e in group_episodes(past) if e.kind == "conversation" and e.start >= at - timedelta(hours=12)]
    if not talks:
        return None, None
    last = talks[-1]
    speaker = str(last.data.get("speaker", "")) or None
    return speaker, episode_text(last, TZ)


def labelled_contexts(store: ObservationStore, days: int) -> list[dict]:
    """(at, question, key facts, category) built from ground truth."""
    contexts = []
    for d in range(1, days):
        day = START + timedelta(days=d)
        for hour in (12, 18, 21):
            at = datetime.combine(day, dtime(hour, 0), tzinfo=TZ)
            state, _ = gather_facts(store, at, TZ)
            past = store.between(at - timedelta(hours=36), at)
            questions = [
                ("coffee", "How much coffee did I have today?", _line(state, TZ, "coffee today")),
                ("sleep", "How did I sleep last night?", _line(state, TZ, "last sleep")),
                ("exercise", "Did I exercise today?", _line(state, TZ, "exercise today")),
                ("screen", "How long was I on the computer today?", _line(state, TZ, "screen time")),
            ]
            if hour == 12:
                questions.append(("meeting", "When is my next meeting?", _line(state, TZ, "next meeting")))
            if hour == 18:
                questions.append(("lunch", "What did I have for lunch?", _lunch(past, at)))
            if hour == 21:
                speaker, text = _conversation(past, at)
                if speaker:
                    questions.append(("conversation", f"What did {speaker} say?", text))
            for category, question, key in questions:
                if key:
                    contexts.append({"at": at, "question": question, "keys": [key], "category": category})
    return contexts


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))]


def server_effect(samples: list[dict], threads: int) -> dict:
    """TTFT and prompt tokens of the server model with condensed vs raw context (same engine, same run)."""
    from server.services.chat import build_messages
    from server.engine.base import GenerationStats
    from server.engine.llamacpp import LlamaCppEngine

    engine = LlamaCppEngine(locate_gguf(os.environ.get("TETHER_MODEL_PATH")), n_ctx=4096, n_threads=threads)
    rows = {"condensed": [], "raw": []}
    try:
        for sample in samples:
            for label in ("condensed", "raw"):
                messages = build_messages(sample["question"], sample[label], [])
                stats = [e for e in engine.generate(messages, 4) if isinstance(e, GenerationStats)][0]
                rows[label].append(stats)
        # A cold-start reference: the same raw prompt with an empty cache.
    finally:
        engine.close()

    def summary(stats: list) -> dict:
        return {
            "prompt_tokens_median": statistics.median(s.prompt_tokens for s in stats),
            "cached_prefix_tokens_median": statistics.median(s.cached_prefix_tokens for s in stats),
            "ttft_ms_median": round(statistics.median(s.ttft_ms for s in stats), 1),
            "prefill_ms_median": round(statistics.median(s.prefill_ms for s in stats), 1),
        }

    out = {label: summary(stats) for label, stats in rows.items()}
    out["ttft_ratio_raw_over_condensed"] = round(out["raw"]["ttft_ms_median"] / out["condensed"]["ttft_ms_median"], 2)
    out["samples"] = len(samples)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=12, help="days of synthetic life (contexts use days 2..N)")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--budget", type=int, default=96, help="condensed prompt token budget")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--server-samples", type=int, default=8, help="contexts measured on the server engine")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        store = ObservationStore(Path(tmp) / "obs.db")
        store.add(generate_life(START, args.days, seed=args.seed, tz=TZ_NAME))
        contexts = labelled_contexts(store, args.days)
        gguf = locate_gguf(os.environ.get("TETHER_MODEL_PATH"))
        condenser = LlamaCondenser(gguf, n_threads=args.threads, budget=args.budget)
        results, per_category = [], {}
        try:
            condenser.condense("warm-up", [], time_header(contexts[0]["at"], TZ))
            for ctx in contexts:
                _, facts = gather_facts(store, ctx["at"], TZ)
                header = time_header(ctx["at"], TZ)
                raw = "\n".join([header, *(f.text for f in facts)])
                started = time.perf_counter()
                condensed = condenser.condense(ctx["question"], facts, header)
                latency = (time.perf_counter() - started) * 1000.0
                kept = sum(1 for key in ctx["keys"] if key in condensed.text.splitlines())
                unsupported = unsupported_facts(condensed.text, raw)
                row = {"category": ctx["category"], "compression": condensed.tokens_before / condensed.tokens_after,
                       "kept": kept, "keys": len(ctx["keys"]), "unsupported": len(unsupported), "ms": latency,
                       "tokens_before": condensed.tokens_before, "tokens_after": condensed.tokens_after,
                       "model_used": condensed.model_used, "question": ctx["question"], "condensed": condensed.text,
                       "raw": raw}
                results.append(row)
                cat = per_category.setdefault(ctx["category"], [0, 0])
                cat[0] += kept
                cat[1] += len(ctx["keys"])
        finally:
            condenser.close()
        store.close()

    latencies = [r["ms"] for r in results]
    step = max(1, len(results) // args.server_samples)
    report = {
        "machine": {"cores": os.cpu_count(), "threads": args.threads, "python": platform.python_version(),
                    "model": gguf.name, "model_bytes": gguf.stat().st_size},
        "contexts": len(results),
        "budget_tokens": args.budget,
        "compression_median": round(statistics.median(r["compression"] for r in results), 2),
        "tokens_before_median": statistics.median(r["tokens_before"] for r in results),
        "tokens_after_median": statistics.median(r["tokens_after"] for r in results),
        "key_fact_retention": round(sum(r["kept"] for r in results) / sum(r["keys"] for r in results), 4),
        "retention_by_category": {k: round(v[0] / v[1], 3) for k, v in sorted(per_category.items())},
        "unsupported_facts": sum(r["unsupported"] for r in results),
        "latency_ms_p50": round(percentile(latencies, 50), 1),
        "latency_ms_p95": round(percentile(latencies, 95), 1),
        "model_used_fraction": round(sum(r["model_used"] for r in results) / len(results), 3),
        "server_effect": server_effect(results[::step][: args.server_samples], args.threads),
        "targets": {"compression_median": ">= 8", "key_fact_retention": ">= 0.95", "unsupported_facts": "== 0",
                    "latency_ms_p95": "<= 1500", "ttft_ratio_raw_over_condensed": ">= 5"},
    }
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
