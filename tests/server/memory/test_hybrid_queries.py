"""Query shapes that take more than one search: event anchors (two hops) and counts over a window
(day summaries first); and the exact ranking of a time window's own vectors."""

from __future__ import annotations

import pytest

from server.memory import hybrid
from server.memory.hybrid import HybridMemoryStore
from tests.server.memory_fixtures import (  # noqa: F401  (fixtures are used by name)
    NOW,
    corpus,
    embedder,
    make_dense,
    make_hybrid,
    obs,
)


@pytest.fixture
def store(tmp_path, embedder, request) -> HybridMemoryStore:  # noqa: F811
    hybrid_store = make_hybrid(make_dense("chroma-persistent", tmp_path, embedder, request), tmp_path)
    summary = obs("day-summary-2026-11-19", "day_summary", "2026-11-19T00:00", "2026-11-20T00:00", sensor="tether-learning",
                  text="Thursday 2026-11-19: 1 coffee (08:15; 120 mg caffeine); exercise: run 5.2 km at 07:00 (32 min).",
                  source_ids=["coffee-yesterday", "run-yesterday"])
    hybrid_store.add([*corpus(), summary])
    yield hybrid_store
    hybrid_store.close()


def ids(hits) -> list[str]:
    return [hit.id for hit in hits]


def test_counts_over_a_window_put_the_day_summary_first(store: HybridMemoryStore) -> None:
    hits = store.search("How many coffees did I have yesterday?", 3, now=NOW)
    assert hits[0].id == "day-summary-2026-11-19"
    assert "coffee-yesterday" in hits[0].source_ids  # the summary is the evidence for what it counts
    # The summary of a day that ends where the window starts is not in it.
    assert "day-summary-2026-11-19" not in ids(store.search("How many coffees did I have today?", 5, now=NOW))


def test_an_event_anchor_is_found_first_then_the_target_on_its_day(store: HybridMemoryStore) -> None:
    result = store.search_detailed("What did I drink on the day I ran 5.2 km?", 4, now=NOW)
    assert result.hits[0].id == "run-yesterday"
    assert "coffee-yesterday" in ids(result.hits) and "coffee-today" not in ids(result.hits)
    assert result.time_filter is not None and result.time_filter.start.isoformat() == "2026-11-18T23:00:00+00:00"


def test_the_night_after_an_event(store: HybridMemoryStore) -> None:
    hits = store.search("How did I sleep the night after my run?", 3, now=NOW)
    assert ids(hits)[:2] == ["run-yesterday", "sleep-last-night"]


def test_a_large_window_ranks_the_same_through_the_vector_index(store: HybridMemoryStore,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    query = "what did I eat or drink yesterday"
    exact = ids(store.search(query, 5, now=NOW))
    monkeypatch.setattr(hybrid, "WINDOW_SCAN_MAX", 0)  # every window counts as large: Chroma's metadata filter
    assert ids(store.search(query, 5, now=NOW)) == exact
    assert "coffee-yesterday" in exact and "coffee-today" not in exact
