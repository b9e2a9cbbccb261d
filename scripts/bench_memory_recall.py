"""Recall@10 on the life-log evaluation set, and the real consolidation of single days.

The server runs in this process, so the day summaries can be written by the real consolidation
code (deterministic text, no headline) for every past day, as the nightly job would have.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path
from typing import Any

from bench_memory_harness import K, bench_settings, device_pipeline, hit_sources, ingest, machine_facts
from memory_evalset import CATEGORIES, NOW, SEED, TZ, TZ_NAME, Question, build_questions, eval_life, recall_of

from device.client.http import HttpServerApi

MAX_MISSES_SHOWN = 12


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
