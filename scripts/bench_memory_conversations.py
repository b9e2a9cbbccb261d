"""Recall@10 on the conversation set (``conversation_evalset``): each seed in a fresh in-process server."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

from bench_memory_harness import bench_settings, device_pipeline, ingest
from bench_memory_recall import score
from conversation_evalset import CATEGORIES, NOW, Style, generate_conversations

from device.client.http import HttpServerApi


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
            recall = score(api, questions, CATEGORIES, NOW)
            search_s = time.perf_counter() - started
            api.close()
    finally:
        services.close()
    recall.update({
        "seed": style.seed, "style": style.name, "turns": len(observations), "memories": loaded["memories"],
        "sessions": len({o.data["session"] for o in observations}), "now": NOW.isoformat(),
        "ingest_observations_per_s": round(loaded["raw"] / loaded["seconds"], 1),
        "search_ms_mean": round(search_s * 1000.0 / max(1, len(questions)), 1),
    })
    return recall


def conversation_summary(conversations: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The headline numbers of each seed, for the benchmark's ``summary``."""
    return {
        "conversation_recall_at_10": {name: r["recall_at_10"] for name, r in conversations.items()},
        "conversation_changed_fact_newest_ranked_first": {
            name: r.get("changed_fact_newest_ranked_first") for name, r in conversations.items()},
        "conversation_recall_at_10_per_category": {
            name: {c: v["recall_at_10"] for c, v in r["per_category"].items()} for name, r in conversations.items()},
    }
