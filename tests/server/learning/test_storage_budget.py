"""Storage budget and pinning: old days fold into their summaries, pinned memories stay, evidence and
forgetting still work. Through real chromadb (embedded and a real Chroma server), and on demand
through the CLI, the HTTP API and the learning job."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from device.cli.main import main
from device.pipeline.digitize import merge_adjacent
from device.pipeline.flow import to_wire
from sensors.synthetic import generate_life
from server.learning.budget import fold_to_budget
from server.learning.consolidation import consolidate_day, summary_id
from server.learning.recall import LEARNED_KINDS
from server.memory.hybrid import HybridMemoryStore
from server.services.memory import MemoryService
from shared.observation import Observation, write_jsonl
from shared.timeutil import utc_now
from shared.wire import PinRequest
from tests.server.memory_fixtures import (  # noqa: F401  (fixtures are used by name)
    TZ,
    chroma_server_url,
    embedder,
    make_dense,
    make_hybrid,
)

FIRST = date(2026, 11, 10)
DAYS = 6
NOW = datetime(2026, 11, 16, 12, 0, tzinfo=TZ)
SEED = 3


def life() -> list[Observation]:
    """Six synthetic days as the device sends them (heartbeats merged)."""
    return [to_wire(m) for m in merge_adjacent(generate_life(FIRST, DAYS, seed=SEED, tz="Europe/Berlin"))]


def raw_ids_on(observations: list[Observation], day: date, kind: str | None = None) -> list[str]:
    return [o.id for o in observations if o.kind != "sleep" and o.start.astimezone(TZ).date() == day
            and (kind is None or o.kind == kind)]


def assert_consistent(store: HybridMemoryStore) -> None:
    assert store.dense.count() == store.keyword.count()
    assert set(store.select(None, None)) == store.keyword.ids()


@pytest.mark.parametrize("backend", ["chroma-persistent", "chroma-http"])
def test_over_budget_old_days_fold_into_summaries(backend: str, tmp_path: Path, embedder, request) -> None:  # noqa: F811
    store = make_hybrid(make_dense(backend, tmp_path, embedder, request), tmp_path)
    observations = life()
    store.add(observations)
    raw_before, _ = store.raw_memories(LEARNED_KINDS)
    lunch = raw_ids_on(observations, FIRST, "meal")[1]
    assert MemoryService(store).pin(PinRequest(ids=[lunch])).ids == [lunch]

    report = fold_to_budget(store, TZ, budget=60, keep_days=2, now=NOW)

    horizon = date(2026, 11, 14)
    assert report.days and report.days[0] == FIRST and all(day < horizon for day in report.days)
    assert report.days == [FIRST + timedelta(days=n) for n in range(len(report.days))]  # oldest first, none skipped
    raw_after, _ = store.raw_memories(LEARNED_KINDS)
    assert raw_after == report.raw_after == raw_before - report.removed
    assert raw_after <= 60 or report.days[-1] == horizon - timedelta(days=1)
    assert report.kept_pinned == 1 and [r.id for r in store.dense.get([lunch])] == [lunch]
    assert store.dense.get([lunch])[0].pinned
    assert_consistent(store)

    for day in report.days:
        folded = [o for o in observations if o.kind != "sleep" and o.start.astimezone(TZ).date() == day]
        assert {o.id for o in folded} - {lunch} <= {o.id for o in observations} - set(store.select(None, None))
        summary = store.stored_observations(ids=[summary_id(day)])[0]
        assert summary.data["folded"] is True
        assert {o.id for o in folded} <= set(summary.data["source_ids"])  # evidence of everything folded

    day = report.days[1]
    lunch_then = raw_ids_on(observations, day, "meal")[1]
    hits = store.search(f"What did I eat for lunch on {day.day} November?", 10, now=NOW)
    assert any(lunch_then in hit.source_ids for hit in hits)  # found through the day's summary
    assert consolidate_day(store, None, FIRST, TZ).outcome == "folded"  # never rebuilt from the pinned rest

    again = fold_to_budget(store, TZ, budget=raw_after, keep_days=2, now=NOW)
    assert again.days == [] and again.removed == 0
    # Forgetting one folded observation forgets the summary that was made from it.
    assert store.forget(ids=[lunch_then]) == 1
    assert not store.stored_observations(ids=[summary_id(day)])
    assert MemoryService(store).pin(PinRequest(ids=[lunch], pinned=False)).ids == [lunch]
    assert store.pinned_ids() == set()
    store.close()


def test_no_budget_or_within_budget_folds_nothing(tmp_path: Path, embedder, request) -> None:  # noqa: F811
    store = make_hybrid(make_dense("chroma-persistent", tmp_path, embedder, request), tmp_path)
    store.add(life()[:50])
    assert fold_to_budget(store, TZ, budget=None, keep_days=1, now=NOW).days == []
    report = fold_to_budget(store, TZ, budget=50, keep_days=1, now=NOW)
    assert (report.days, report.raw_after) == ([], 50)
    assert "within the budget of 50" in report.summary()
    store.close()


def test_pin_and_fold_on_demand_through_cli_api_and_job(capsys, tmp_path: Path, tmp_path_factory, server_settings,
                                                         server_services) -> None:
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.services.container import build_services

    settings = server_settings.model_copy(update={
        "home": tmp_path_factory.mktemp("budget-server"), "memory_budget_observations": 40, "memory_fold_after_days": 2,
    })
    services = build_services(settings, engine=server_services.engine, embedder=server_services.embedder)
    today = utc_now().astimezone(TZ).date()
    first = today - timedelta(days=5)
    path = tmp_path / "life.jsonl"
    path.write_text(write_jsonl(generate_life(first, 4, seed=SEED, tz="Europe/Berlin")))
    with BackgroundServer(create_app(settings, services=services, start_learning=True)) as url:
        remote = ["--home", str(tmp_path / "device"), "--server", url, "--token", settings.token, "--tz", "Europe/Berlin"]

        def tether(*argv: str) -> tuple[int, str, str]:
            code = main([*argv, *remote])
            out, err = capsys.readouterr()
            return code, out, err

        assert tether("ingest", str(path))[0] == 0
        keep = next(o.id for o in generate_life(first, 1, seed=SEED, tz="Europe/Berlin") if o.kind == "meal")
        code, out, _ = tether("memory", "pin", keep, "--json")
        assert code == 0 and json.loads(out) == {"ids": [keep], "pinned": True}
        code, out, err = tether("memory", "pin", "no-such-memory")
        assert code == 1 and "404" in err and "no memory" in err

        code, out, _ = tether("jobs", "run", "fold-memories")
        assert code == 0 and "fold-memories: ok" in out and "folded" in out
        store = services.store
        assert [r.id for r in store.dense.get([keep])] == [keep]  # pinned: survived the fold
        assert store.raw_memories(LEARNED_KINDS)[0] < len(list(store.dense.records()))
        code, out, _ = tether("memory", "unpin", keep)
        assert code == 0 and "unpinned 1 memories" in out and not store.dense.get([keep])[0].pinned
        # The folded day still answers by its summary (search "as of" a time, through the API).
        code, out, _ = tether("memory", "search", "what did I eat today", "--at", (first + timedelta(days=1)).isoformat() + "T21:00",
                              "--json")
        assert code == 0 and any(hit["kind"] == "day_summary" for hit in json.loads(out)["hits"])
    services.store.close()
