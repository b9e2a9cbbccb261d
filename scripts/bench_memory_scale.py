"""Ingest throughput and search latency at scale, into a ``tether server`` subprocess.

The server runs apart from the client (so they do not share a GIL) and is filled backwards in time
from "now" in 30-day chunks of the seeded synthetic life, through the device pipeline and sync.
"""

from __future__ import annotations

import secrets
import statistics
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench_memory_harness import (
    K,
    SYNC_BATCH,
    device_pipeline,
    hit_sources,
    ingest,
    percentile,
    server_process,
)
from memory_evalset import NOW, SEED, TZ_NAME, Question, build_questions, recall_of

from device.client.http import HttpServerApi
from device.pipeline.digitize import merge_adjacent
from device.pipeline.flow import to_wire
from sensors.synthetic import generate_life
from server.memory.documents import embedding_text

CHUNK_DAYS = 30
MEMORIES_PER_DAY = 30
"""About how many memories a synthetic day becomes (after heartbeats merge): sizes the first chunk."""
WARMUP_QUERIES = 10


def latency(api: HttpServerApi, texts: list[str], questions: list[Question]) -> dict[str, Any]:
    """p50/p95 of searches (k=10, as of the eval's "now"); every text is asked once, so the server's
    embedding cache never answers a timed query. The evaluation questions among them are scored too."""
    for text in texts[:WARMUP_QUERIES]:
        api.search(f"warm-up {text}", K, at=NOW)
    by_text = {q.text: q for q in questions}
    client, server = [], []
    recalls: dict[str, list[float]] = {}
    for text in texts:
        started = time.perf_counter()
        result = api.search(text, K, at=NOW)
        client.append((time.perf_counter() - started) * 1000.0)
        server.append(result.retrieval_ms)
        if text in by_text:
            question = by_text[text]
            recalls.setdefault(question.category, []).append(recall_of(question, hit_sources(result.hits, False)))
    every = [value for values in recalls.values() for value in values]
    return {
        "recall_at_10_eval_questions": round(statistics.fmean(every), 3) if every else None,
        "recall_at_10_eval_per_category": {c: round(statistics.fmean(v), 3) for c, v in recalls.items()},
        "recall_note": "the evaluation questions asked of this bigger store: its older years repeat the same kinds of "
                       "events (a 1:1 with Priya Nair every few weeks for years), so a single fact or an anchor event "
                       "is no longer unique; the fill writes no day summaries, so counts find single events",
        "cache_note": "each question is asked once, but what is left of it after a time phrase is removed ('what did "
                      "I eat for lunch') repeats and then hits the server's embedding cache, as it would in use",
        "queries": len(texts),
        "client_ms": {"p50": round(percentile(client, 50), 1), "p95": round(percentile(client, 95), 1)},
        "server_retrieval_ms": {"p50": round(percentile(server, 50), 1), "p95": round(percentile(server, 95), 1)},
    }


def query_texts(questions: list[Question], count: int) -> list[str]:
    """``count`` distinct questions: the evaluation set's, then ones about earlier stretches of life."""
    texts = list(dict.fromkeys(q.text for q in questions))
    end = NOW.date() + timedelta(days=1)
    while len(texts) < count and end > NOW.date() - timedelta(days=3650):
        end -= timedelta(days=CHUNK_DAYS)
        older = [o for o in generate_life(end - timedelta(days=CHUNK_DAYS), CHUNK_DAYS, seed=SEED, tz=TZ_NAME)]
        texts = list(dict.fromkeys([*texts, *(q.text for q in build_questions(older))]))
    return texts[:count]


def fill_and_measure(home: Path, sizes: list[int], questions: list[Question], queries: int) -> dict[str, Any]:
    """Fill a fresh server backwards from now in 30-day chunks; measure ingest, and latency at each size."""
    token = secrets.token_urlsafe(16)
    pipeline = device_pipeline(home / "device")
    totals = {"raw": 0, "memories": 0, "seconds": 0.0, "accept_s": 0.0, "sync_s": 0.0, "server_cpu_s": 0.0}
    first_segment: dict[str, Any] | None = None
    results = []
    distinct_texts: set[str] = set()
    texts = query_texts(questions, queries)
    with server_process(home / "server", token) as (url, server):
        api = HttpServerApi(url, token, timeout_s=600)
        pending = sorted(sizes)
        end_day = NOW.date() + timedelta(days=1)
        while pending:
            days = max(1, min(CHUNK_DAYS, -(-(pending[0] - totals["memories"]) // MEMORIES_PER_DAY)))
            first = end_day - timedelta(days=days)
            chunk = [o for o in generate_life(first, days, seed=SEED, tz=TZ_NAME) if o.start < NOW]
            end_day = first
            cpu_before = sum(server.cpu_times()[:2])
            stats = ingest(pipeline, api, chunk)
            stats["server_cpu_s"] = sum(server.cpu_times()[:2]) - cpu_before
            for key in totals:
                totals[key] += stats[key]
            distinct_texts.update(embedding_text(to_wire(m)) for m in merge_adjacent(chunk))
            if first_segment is None and totals["memories"] >= min(pending[0], 10_000):
                first_segment = _throughput(totals)
            while pending and totals["memories"] >= pending[0]:
                size = pending.pop(0)
                cpu_before = sum(server.cpu_times()[:2])
                measured = latency(api, texts, questions)
                measured["server_cpu_ms_per_query"] = round((sum(server.cpu_times()[:2]) - cpu_before) * 1000.0
                                                            / (len(texts) + WARMUP_QUERIES), 1)
                results.append({"memories": api.health().memories, "target": size, **measured})
        api.close()
    return {
        "ingest": {
            "path": "device pipeline (store, outbox, heartbeat merge) -> HttpServerApi sync (batches of "
                    f"{SYNC_BATCH}) -> tether server subprocess (uvicorn) -> MiniLM embeddings -> chromadb + FTS5",
            "first_segment": first_segment,
            "whole_fill": _throughput(totals),
            "raw_observations_per_memory": round(totals["raw"] / max(1, totals["memories"]), 2),
            "distinct_memory_contents_share": round(len(distinct_texts) / max(1, totals["memories"]), 3),
        },
        "search_latency": results,
    }


def _throughput(totals: dict[str, float]) -> dict[str, Any]:
    return {
        "raw_observations": int(totals["raw"]), "memories": int(totals["memories"]),
        "seconds": round(totals["seconds"], 2), "device_accept_s": round(totals["accept_s"], 2),
        "sync_s": round(totals["sync_s"], 2),
        "observations_per_s": round(totals["raw"] / totals["seconds"], 1),
        "memories_per_s": round(totals["memories"] / totals["seconds"], 1),
        "server_cpu_ms_per_memory": round(totals["server_cpu_s"] * 1000.0 / max(1, totals["memories"]), 2),
    }
