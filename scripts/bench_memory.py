#!/usr/bin/env python3
"""Memory benchmark: retrieval recall, ingest throughput, search latency, consolidation time.

Everything goes through the real parts: the device pipeline (local store, outbox, heartbeat merge)
syncs over HTTP with ``HttpServerApi`` to a real uvicorn server, which embeds with MiniLM into
chromadb and the FTS5 keyword index; searches are ``GET /v1/memory/search`` (query embedding
included). Prints one JSON object.

1. **Recall** on the labelled evaluation set (``memory_evalset``: several weeks of seeded synthetic
   life, questions in four categories with their evidence observation ids, a fixed "now"), and on
   the conversation set (``conversation_evalset``: a dev and a held-out seed), each in an
   in-process server (``bench_memory_recall``, ``bench_memory_conversations``).
2. **Consolidation**: the real consolidation of one day with the real tiny model (headline asked).
3. **Ingest throughput** into a fresh ``tether server`` subprocess (so client and server do not
   share a GIL), filled backwards in time from "now" in 30-day chunks (``bench_memory_scale``).
4. **Search latency** (client round trip and the server's ``retrieval_ms``) at each ``--sizes``
   memory count, reached with the same ingest path.

    .venv/bin/python scripts/bench_memory.py [--sizes 10000,100000] [--queries 200] [--quick] [--embedder DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Iterator

sys.path.insert(0, str(Path(__file__).resolve().parent))

import bench_memory_harness  # noqa: E402  (first: it puts the repository on sys.path)
from bench_memory_conversations import conversation_summary, evaluate_conversations  # noqa: E402
from bench_memory_harness import bench_settings, machine_facts, percentile  # noqa: E402
from bench_memory_recall import evaluate  # noqa: E402
from bench_memory_scale import fill_and_measure  # noqa: E402
from conversation_evalset import DEV as CONVERSATION_DEV  # noqa: E402
from conversation_evalset_heldout import HELDOUT as CONVERSATION_HELDOUT  # noqa: E402
from memory_evalset import TZ_NAME, build_questions, eval_life  # noqa: E402

# What bench_answers takes from here (server_process reads TZ_NAME, which it sets).
__all__ = ["TARGETS", "TZ_NAME", "bench_settings", "evaluate_conversations", "machine_facts", "main", "percentile",
           "server_process"]

TARGETS = {"recall_at_10": 0.9, "conversation_recall_at_10_heldout": 0.85,
           "conversation_recall_at_10_per_category_heldout": 0.7, "ingest_observations_per_s": 400,
           "search_p95_ms_at_100k": 50}


@contextmanager
def server_process(home: Path, token: str) -> Iterator[tuple[str, Any]]:
    """``bench_memory_harness.server_process`` in this module's ``TZ_NAME``, which ``bench_answers``
    sets to its life's zone before starting one."""
    with bench_memory_harness.server_process(home, token, TZ_NAME) as started:
        yield started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="memory counts to measure search latency at (comma-separated)")
    parser.add_argument("--queries", type=int, default=200, help="timed searches per size")
    parser.add_argument("--eval-days", type=int, default=None, help="days of life in the evaluation set (default: all, 46)")
    parser.add_argument("--consolidation-days", type=int, default=3, help="days consolidated with the real model")
    parser.add_argument("--quick", action="store_true",
                        help="small everything (a smoke run): 10 eval days, 2 weeks of conversations, sizes 1000, "
                             "40 queries, 1 day")
    parser.add_argument("--recall-only", action="store_true", help="only the recall evaluation (no fill, no latency, no model)")
    parser.add_argument("--conversations-only", action="store_true",
                        help="only the conversation set, both seeds (no life-log set, fill, latency or model)")
    parser.add_argument("--work-dir", type=Path, default=None, help="keep the data here instead of a temporary directory")
    parser.add_argument("--embedder", type=Path, default=None,
                        help="sentence-transformers folder to embed with instead of the packaged MiniLM (every server of "
                             "the run, in-process and subprocess)")
    args = parser.parse_args()
    if args.embedder:
        from shared.model_locator import ModelNotFoundError, locate_embedding_model

        try:
            # Through the environment: bench_settings and the `tether server` subprocess both read it.
            os.environ["TETHER_EMBEDDING_MODEL_PATH"] = str(locate_embedding_model(args.embedder.resolve()))
        except ModelNotFoundError as exc:
            parser.error(str(exc))
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    if args.quick:
        sizes = [s for s in sizes if s <= 2000] if "--sizes" in sys.argv else [1000]
        args.queries = min(args.queries, 40)
        args.eval_days = args.eval_days or 10
        args.consolidation_days = min(args.consolidation_days, 1)
    if args.recall_only:
        args.consolidation_days = 0
        sizes = []
    phases: dict[str, float] = {}
    with tempfile.TemporaryDirectory(prefix="bench-memory-") as tmp:
        home = args.work_dir or Path(tmp)
        started = time.perf_counter()
        conversations = {style.name: evaluate_conversations(home, style, 2 if args.quick else None)
                         for style in (CONVERSATION_DEV, CONVERSATION_HELDOUT)}
        phases["conversations"] = round(time.perf_counter() - started, 1)
        if args.conversations_only:
            print(json.dumps({"benchmark": "memory", "mode": "conversations-only", "machine": machine_facts(
                bench_settings(home / "facts")), "conversation_recall": conversations, "phases_s": phases,
                "summary": conversation_summary(conversations)}, indent=2, ensure_ascii=False))
            return 0
        started = time.perf_counter()
        recall, consolidation, eval_ingest = evaluate(home, args.eval_days, args.consolidation_days)
        phases["recall_and_consolidation"] = round(time.perf_counter() - started, 1)
        machine = recall.pop("machine")
        questions = build_questions(eval_life(args.eval_days))
        started = time.perf_counter()
        filled = fill_and_measure(home / "fill", sizes, questions, args.queries) if sizes else \
            {"ingest": {"first_segment": None, "whole_fill": None}, "search_latency": []}
        phases["fill_and_latency"] = round(time.perf_counter() - started, 1)
    at_largest = filled["search_latency"][-1] if filled["search_latency"] else None
    measured_ingest = filled["ingest"]["first_segment"] or filled["ingest"]["whole_fill"] or {}
    out = {
        "benchmark": "memory",
        "mode": "quick" if args.quick else "full",
        "machine": machine,
        "targets": TARGETS,
        "recall": recall,
        "conversation_recall": conversations,
        "ingest": {**filled["ingest"], "eval_life_in_process": eval_ingest},
        "search_latency": filled["search_latency"],
        "consolidation": consolidation,
        "phases_s": phases,
        "summary": {
            "recall_at_10": recall["recall_at_10"],
            "recall_at_10_per_category": {c: v["recall_at_10"] for c, v in recall["per_category"].items()},
            **conversation_summary(conversations),
            "ingest_observations_per_s": measured_ingest.get("observations_per_s"),
            "ingest_memories_per_s": measured_ingest.get("memories_per_s"),
            "search_p95_ms": {str(r["memories"]): r["server_retrieval_ms"]["p95"] for r in filled["search_latency"]},
            "search_client_p95_ms": {str(r["memories"]): r["client_ms"]["p95"] for r in filled["search_latency"]},
            "largest_size": at_largest["memories"] if at_largest else None,
            "consolidation_ms_per_day": consolidation["ms_median"],
        },
    }
    out["machine"]["load_average_at_end"] = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    print(json.dumps(out, indent=2, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
