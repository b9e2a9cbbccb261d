#!/usr/bin/env python3
"""Memory benchmark: retrieval recall, ingest throughput, search latency, consolidation time.

Everything goes through the real parts: the device pipeline (local store, outbox, heartbeat merge)
syncs over HTTP with ``HttpServerApi`` to a real uvicorn server, which embeds with MiniLM into
chromadb and the FTS5 keyword index; searches are ``GET /v1/memory/search`` (query embedding
included). Prints one JSON object.

1. **Recall** on the labelled evaluation set (``memory_evalset``: several weeks of seeded synthetic
   life, questions in four categories with their evidence observation ids, a fixed "now"). The
   server runs in this process here, so the day summaries can be written by the real consolidation
   code (deterministic text, no headline) for every past day, as the nightly job would have.
2. **Consolidation**: the real consolidation of one day with the real tiny model (headline asked).
3. **Ingest throughput** into a fresh ``tether server`` subprocess (so client and server do not
   share a GIL), filled backwards in time from "now" in 30-day chunks.
4. **Search latency** (client round trip and the server's ``retrieval_ms``) at each ``--sizes``
   memory count, reached with the same ingest path.

    .venv/bin/python scripts/bench_memory.py [--sizes 10000,100000] [--queries 200] [--quick]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import statistics
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from conversation_evalset import CATEGORIES as CONVERSATION_CATEGORIES  # noqa: E402
from conversation_evalset import DEV as CONVERSATION_DEV  # noqa: E402
from conversation_evalset import NOW as CONVERSATION_NOW  # noqa: E402
from conversation_evalset import Style, generate_conversations  # noqa: E402
from conversation_evalset_heldout import HELDOUT as CONVERSATION_HELDOUT  # noqa: E402
from memory_evalset import (  # noqa: E402
    CATEGORIES,
    NOW,
    SEED,
    TZ,
    TZ_NAME,
    Question,
    build_questions,
    eval_life,
    recall_of,
)

from device.pipeline.digitize import merge_adjacent  # noqa: E402
from device.client.http import HttpServerApi, wait_until_ready  # noqa: E402
from device.storage.outbox import Outbox  # noqa: E402
from device.pipeline.flow import DevicePipeline, to_wire  # noqa: E402
from device.client.api import ServerUnreachableError  # noqa: E402
from device.storage.store import ObservationStore  # noqa: E402
from sensors.synthetic import generate_life  # noqa: E402
from server.learning.recall import LEARNED_KINDS  # noqa: E402
from server.memory.documents import embedding_text  # noqa: E402
from shared.observation import Observation  # noqa: E402
from shared.settings import ServerSettings  # noqa: E402

TARGETS = {"recall_at_10": 0.9, "conversation_recall_at_10_heldout": 0.85,
           "conversation_recall_at_10_per_category_heldout": 0.7, "ingest_observations_per_s": 400,
           "search_p95_ms_at_100k": 50}
K = 10
SYNC_BATCH = 500
CHUNK_DAYS = 30
MEMORIES_PER_DAY = 30
"""About how many memories a synthetic day becomes (after heartbeats merge): sizes the first chunk."""
WARMUP_QUERIES = 10
MAX_MISSES_SHOWN = 12


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (``p`` in 0..100)."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def machine_facts(settings: ServerSettings) -> dict[str, Any]:
    """Cores, threads, Python, and the models in use."""
    import chromadb
    import torch

    from shared.model_locator import locate_embedding_model, locate_gguf

    return {
        "cpu_count": os.cpu_count(),
        "cores_available": len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count(),
        "torch_threads": torch.get_num_threads(),
        "llama_threads": settings.n_threads,
        "python": platform.python_version(),
        "platform": platform.platform(),
        "processor": platform.processor() or platform.machine(),
        "embedder": locate_embedding_model(settings.embedding_model_path).name,
        "embedder_path": str(locate_embedding_model(settings.embedding_model_path)),
        "llm": locate_gguf(settings.model_path).name,
        "chromadb": chromadb.__version__,
        "load_average_at_start": list(os.getloadavg()) if hasattr(os, "getloadavg") else None,
    }


def device_pipeline(directory: Path) -> DevicePipeline:
    """A real device pipeline (local store and outbox on disk); no privacy filter, as in the demo."""
    directory.mkdir(parents=True, exist_ok=True)
    return DevicePipeline(ObservationStore(directory / "observations.sqlite3"), Outbox(directory / "outbox.sqlite3"))


def ingest(pipeline: DevicePipeline, api: HttpServerApi, observations: list[Observation]) -> dict[str, float]:
    """Accept on the device, then sync everything to the server; returns the counts and seconds."""
    started = time.perf_counter()
    pipeline.accept(observations)
    accepted_at = time.perf_counter()
    report = pipeline.sync(api, SYNC_BATCH)
    done = time.perf_counter()
    if report.rejected or report.remaining:
        raise RuntimeError(f"sync left {report.remaining} queued, rejected {report.rejected[:3]}")
    return {"raw": len(observations), "memories": report.accepted, "accept_s": accepted_at - started,
            "sync_s": done - accepted_at, "seconds": done - started}


def hit_sources(hits: list[Any], raw_only: bool) -> list[list[str]]:
    return [hit.source_ids for hit in hits if not (raw_only and hit.kind in LEARNED_KINDS)]


# --- 1 + 2: recall and consolidation (in-process server) ------------------------------------------


def evaluate(home: Path, eval_days: int | None, consolidation_days: int) -> tuple[dict[str, Any], dict[str, Any], dict[str, Any]]:
    """Recall on the evaluation set, the ingest numbers of the eval life, and consolidation timing."""
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.learning.consolidation import (
        consolidate_day,
        consolidate_days,
        summary_id,
    )
    from server.services.container import build_services

    settings = bench_settings(home / "eval-server")
    observations = eval_life(eval_days)
    questions = build_questions(observations)
    services = build_services(settings)
    machine = machine_facts(settings)
    try:
        with BackgroundServer(create_app(settings, services=services, start_learning=False)) as url:
            api = HttpServerApi(url, settings.token, timeout_s=600)
            pipeline = device_pipeline(home / "eval-device")
            loaded = ingest(pipeline, api, observations)
            days = sorted({o.start.astimezone(TZ).date() for o in observations if o.kind != "sleep"} - {NOW.date()})
            started = time.perf_counter()
            summaries = [r for r in consolidate_days(services.store, None, days, TZ) if r.outcome != "empty"]
            summaries_s = time.perf_counter() - started
            recall = score(api, questions)
            recall.update({
                "days": len(days) + 1, "observations": len(observations), "memories": loaded["memories"],
                "day_summaries": len(summaries), "day_summaries_s": round(summaries_s, 2),
                "now": NOW.isoformat(), "seed": SEED, "timezone": TZ_NAME,
            })
            # The real consolidation of single days with the real model: drop a summary, make it again.
            timings = []
            for day in days[len(days) - consolidation_days:] if consolidation_days > 0 else []:
                services.store.delete([summary_id(day)])
                started = time.perf_counter()
                result = consolidate_day(services.store, services.engine, day, TZ)
                timings.append({"day": day.isoformat(), "observations": result.observations,
                                "ms": round((time.perf_counter() - started) * 1000.0, 1),
                                "outcome": result.outcome, "headline_kept": result.headline is not None})
            api.close()
    finally:
        services.close()
    consolidation = {
        "what": "consolidate_day with the real SmolLM2 engine (headline asked, kept only when grounded) on chromadb",
        "days": timings,
        "ms_median": round(statistics.median(t["ms"] for t in timings), 1) if timings else None,
        "observations_median": statistics.median(t["observations"] for t in timings) if timings else None,
    }
    in_process = {"raw_observations": loaded["raw"], "memories": loaded["memories"], "seconds": round(loaded["seconds"], 2),
                  "observations_per_s": round(loaded["raw"] / loaded["seconds"], 1),
                  "note": "the eval life into the in-process server (client and server share one process)"}
    recall["machine"] = machine
    return recall, consolidation, in_process


def evaluate_conversations(home: Path, style: Style, weeks: int | None = None) -> dict[str, Any]:
    """Recall@10 on one seed of the conversation set, in a fresh in-process server of its own."""
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.services.container import build_services

    settings = bench_settings(home / f"conversations-{style.name}")
    observations, questions = generate_conversations(style, *([weeks] if weeks else []))
    services = build_services(settings)
    try:
        with BackgroundServer(create_app(settings, services=services, start_learning=False)) as url:
            api = HttpServerApi(url, settings.token, timeout_s=600)
            loaded = ingest(device_pipeline(home / f"conversations-{style.name}-device"), api, observations)
            started = time.perf_counter()
            recall = score(api, questions, CONVERSATION_CATEGORIES, CONVERSATION_NOW)
            search_s = time.perf_counter() - started
            api.close()
    finally:
        services.close()
    recall.update({
        "seed": style.seed, "style": style.name, "turns": len(observations), "memories": loaded["memories"],
        "sessions": len({o.data["session"] for o in observations}), "now": CONVERSATION_NOW.isoformat(),
        "ingest_observations_per_s": round(loaded["raw"] / loaded["seconds"], 1),
        "search_ms_mean": round(search_s * 1000.0 / max(1, len(questions)), 1),
    })
    return recall


def score(api: HttpServerApi, questions: list[Question], categories: tuple[str, ...] = CATEGORIES,
          now: Any = NOW) -> dict[str, Any]:
    """Recall@10 of the evidence ids over the questions, overall and per category."""
    rows = []
    for question in questions:
        result = api.search(question.text, K, at=now)
        rows.append((question, recall_of(question, hit_sources(result.hits, False)),
                     recall_of(question, hit_sources(result.hits, True)), result))
    per_category: dict[str, Any] = {}
    for category in categories:
        chosen = [r for r in rows if r[0].category == category]
        if chosen:
            per_category[category] = {
                "questions": len(chosen),
                "recall_at_10": round(statistics.fmean(r[1] for r in chosen), 3),
                "recall_at_10_raw_only": round(statistics.fmean(r[2] for r in chosen), 3),
            }
    per_template: dict[str, list[float]] = {}
    for question, value, _, _ in rows:
        per_template.setdefault(question.template, []).append(value)
    # A changed fact: does its newest version rank above the one it replaced (both found, or only it)?
    newest_first = [_ranks_before(result.hits, q.evidence[0], q.notes["superseded"])
                    for q, _, _, result in rows if "superseded" in q.notes]
    misses = [{"question": q.text, "category": q.category, "recall": round(v, 2),
               "top_hits": [h.text[:160] for h in result.hits[:3]]} for q, v, _, result in rows if v < 1.0]
    return {
        "questions": len(rows),
        "recall_at_10": round(statistics.fmean(r[1] for r in rows), 3),
        "recall_at_10_raw_only": round(statistics.fmean(r[2] for r in rows), 3),
        "per_category": per_category,
        "per_template": {t: round(statistics.fmean(v), 3) for t, v in sorted(per_template.items())},
        "evidence_definition": (
            "a question's evidence is the raw observation ids that answer it; recall is the share of them "
            "among the source ids of the top-10 hits (a day summary lists every observation of its day). "
            "recall_at_10_raw_only counts only hits that are observations themselves (no day summaries or facts)."
        ),
        **({"changed_fact_newest_ranked_first": round(statistics.fmean(newest_first), 3)} if newest_first else {}),
        "misses": misses[:MAX_MISSES_SHOWN],
        "missed_questions": len(misses),
    }


def _ranks_before(hits: list[Any], newest: str, superseded: str) -> float:
    """1.0 when the hit holding ``newest`` comes before the one holding ``superseded`` (or that one is absent)."""
    def rank(source: str) -> int:
        return next((i for i, hit in enumerate(hits) if source in hit.source_ids), len(hits) + 1)
    return 1.0 if rank(newest) < rank(superseded) else 0.0


# --- 3 + 4: ingest throughput and latency (uvicorn subprocess) ------------------------------------


def bench_settings(home: Path) -> ServerSettings:
    return ServerSettings(home=home, token=secrets.token_urlsafe(16), timezone=TZ_NAME, learning=False,
                          **({"rate_limit_per_s": 0.0} if "rate_limit_per_s" in ServerSettings.model_fields else {}))


def _free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def server_process(home: Path, token: str) -> Iterator[tuple[str, Any]]:
    """``tether server`` in a subprocess on a free loopback port; yields its URL and a psutil handle."""
    import psutil

    port = _free_port()
    env = {**{k: v for k, v in os.environ.items() if not k.startswith("TETHER_")},
           "TETHER_HOME": str(home), "TETHER_TOKEN": token, "TETHER_TIMEZONE": TZ_NAME, "TETHER_LEARNING": "false",
           "TETHER_RATE_LIMIT_PER_S": "0", "TETHER_CONFIG": str(home / "no-config.toml")}
    log_path = home / "server.log"
    home.mkdir(parents=True, exist_ok=True)
    with open(log_path, "wb") as log:
        process = subprocess.Popen([sys.executable, "-m", "device.cli", "server", "--port", str(port)],
                                   cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        try:
            wait_until_ready(f"{url}/healthz", 300, process, interval_s=0.2)
        except ServerUnreachableError as exc:
            raise RuntimeError(f"tether server did not start ({exc}): {log_path.read_text()[-2000:]}") from exc
        yield url, psutil.Process(process.pid)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()


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


def _conversation_summary(conversations: dict[str, dict[str, Any]]) -> dict[str, Any]:
    return {
        "conversation_recall_at_10": {name: r["recall_at_10"] for name, r in conversations.items()},
        "conversation_changed_fact_newest_ranked_first": {
            name: r.get("changed_fact_newest_ranked_first") for name, r in conversations.items()},
        "conversation_recall_at_10_per_category": {
            name: {c: v["recall_at_10"] for c, v in r["per_category"].items()} for name, r in conversations.items()},
    }


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
    args = parser.parse_args()
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
                "summary": _conversation_summary(conversations)}, indent=2, ensure_ascii=False))
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
            **_conversation_summary(conversations),
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
