"""Memory stores, the same tests for every backend: embedded Chroma, a real Chroma server, the twin.

Each test gets a hybrid store (the vector backend plus an FTS5 keyword index) or the bare vector
store, filled with ``corpus()`` and searched relative to a fixed ``NOW``.
"""

from __future__ import annotations

import inspect
from datetime import datetime, timedelta

import pytest

from server.errors import MemoryUnavailableError
from server.memory.chroma_client import build_chroma_client, parse_chroma_url
from server.memory.chroma_store import ChromaMemoryStore
from server.memory.hybrid import HybridMemoryStore
from server.memory.keyword import KeywordIndex
from server.memory.memory_twin import InMemoryMemoryStore
from server.memory.records import MemoryFilter
from server.memory.store import MemoryStore, VectorMemoryStore
from shared.settings import ServerSettings
from tests.server.memory_fixtures import (  # noqa: F401  (fixtures are used by name)
    BACKENDS,
    NOW,
    TZ,
    chroma_server_url,
    corpus,
    embedder,
    make_dense,
    make_hybrid,
    obs,
)


@pytest.fixture(params=BACKENDS)
def dense(request: pytest.FixtureRequest, tmp_path, embedder) -> VectorMemoryStore:  # noqa: F811
    return make_dense(request.param, tmp_path, embedder, request)


@pytest.fixture
def store(dense: VectorMemoryStore, tmp_path) -> HybridMemoryStore:
    hybrid = make_hybrid(dense, tmp_path)
    assert hybrid.add(corpus()) == (len(corpus()), 0)
    yield hybrid
    hybrid.close()


def ids(hits) -> list[str]:
    return [hit.id for hit in hits]


def assert_consistent(store: HybridMemoryStore) -> None:
    """Vector store and keyword index hold the same memories."""
    assert store.count() == store.dense.count() == store.keyword.count()
    assert set(store.select(None, None)) == store.keyword.ids()


# --- adding -------------------------------------------------------------------------------------


def test_add_is_idempotent(dense: VectorMemoryStore, tmp_path) -> None:
    store = make_hybrid(dense, tmp_path)
    batch = corpus()[:4]
    assert store.add(batch) == (4, 0)
    assert store.add(batch) == (0, 4)
    # In-batch repeats count as already present; a mix stores only the new one.
    assert store.add([batch[0], batch[0], corpus()[4]]) == (1, 2)
    assert store.count() == 5
    assert_consistent(store)


def test_vector_store_insert_reports_new_records(dense: VectorMemoryStore) -> None:
    new, present = dense.insert(corpus()[:2])
    assert [r.id for r in new] == ["coffee-yesterday", "coffee-today"] and present == 0
    assert new[0].text.startswith("Thu 2026-11-19 08:15 coffee") and new[0].start.tzinfo is not None
    new, present = dense.insert(corpus()[:3])
    assert [r.id for r in new] == ["run-yesterday"] and present == 2
    assert [r.id for r in dense.get(["run-yesterday", "nope"])] == ["run-yesterday"]
    assert {r.id for r in dense.records()} == {"coffee-yesterday", "coffee-today", "run-yesterday"}


# --- searching ----------------------------------------------------------------------------------


def test_search_finds_by_meaning(store: HybridMemoryStore) -> None:
    for searcher in (store, store.dense):
        assert ids(searcher.search("hot caffeinated beverage", 2))[0] in {"coffee-yesterday", "coffee-today"}
        assert ids(searcher.search("went jogging", 1)) == ["run-yesterday"]
        assert ids(searcher.search("went jogging", 1, now=NOW)) == ["run-yesterday"]
    hit = store.search("noodle soup for lunch", 1, now=NOW)[0]
    assert hit.id == "meal-today" and "ramen" in hit.text and 0.0 < hit.score <= 1.0
    assert hit.source_ids == ["meal-today"] and hit.kind == "meal"


def test_every_store_searches_with_one_signature() -> None:
    """Callers (chat, grounded answers) hand ``now`` to whichever store they hold."""
    expected = inspect.signature(MemoryStore.search)
    for store_class in (VectorMemoryStore, ChromaMemoryStore, InMemoryMemoryStore, HybridMemoryStore):
        assert inspect.signature(store_class.search) == expected, store_class.__name__


def test_hits_keep_their_source_ids(store: HybridMemoryStore) -> None:
    hit = next(h for h in store.search("editing code in the editor", 5, now=NOW) if h.id == "window-merged")
    assert hit.source_ids == ["w-1", "w-2", "w-3"]


def test_hybrid_finds_exact_rare_keyword_that_dense_misses(store: HybridMemoryStore) -> None:
    query = "XJ-9000"
    assert ids(store.dense.search(query, 3))[0] != "buy-xj9000"  # embeddings blur product codes
    hits = store.search(query, 3, now=NOW)
    assert ids(hits)[0] == "buy-xj9000"
    assert len(set(ids(hits))) == len(hits)  # one hit per memory, whichever side found it
    assert hits[0].score >= hits[-1].score


def test_keyword_syntax_in_queries_is_harmless(store: HybridMemoryStore) -> None:
    for query in ('"XJ-9000', "code: XJ-9000 NEAR(", "*", "AND OR NOT", "'); DROP TABLE memory_docs; --"):
        store.search(query, 3, now=NOW)
    assert ids(store.search('code:"XJ-9000"', 1, now=NOW)) == ["buy-xj9000"]


def test_search_k_zero_and_empty_store(dense: VectorMemoryStore, tmp_path) -> None:
    store = make_hybrid(dense, tmp_path)
    assert store.search("anything", 5, now=NOW) == []
    store.add(corpus())
    assert store.search("coffee", 0, now=NOW) == []
    assert len(store.search("coffee", 100, now=NOW)) == len(corpus())


def test_yesterday_restricts_hits(store: HybridMemoryStore) -> None:
    result = store.search_detailed("what coffee did I drink yesterday", 5, now=NOW)
    assert result.time_filter is not None and result.time_filter.phrase == "yesterday"
    assert not result.unfiltered_fallback
    assert ids(result.hits)[0] == "coffee-yesterday"
    # Only memories overlapping Thursday: the overnight sleep began on it.
    assert set(ids(result.hits)) <= {"coffee-yesterday", "run-yesterday", "sleep-last-night"}
    assert "coffee-today" not in ids(result.hits)


def test_today_and_last_night(store: HybridMemoryStore) -> None:
    assert ids(store.search("coffee today", 1, now=NOW)) == ["coffee-today"]
    assert ids(store.search("how did I sleep last night", 1, now=NOW)) == ["sleep-last-night"]


def test_on_a_date_restricts_hits(store: HybridMemoryStore) -> None:
    hits = store.search("what happened on 12 November", 5, now=NOW)
    assert ids(hits) == ["meeting-nov12"]
    assert ids(store.search("meetings November 12", 5, now=NOW)) == ["meeting-nov12"]


def test_empty_time_window_falls_back_to_all_memory(store: HybridMemoryStore) -> None:
    result = store.search_detailed("ramen on 1 March", 3, now=NOW)
    assert result.time_filter is not None and result.unfiltered_fallback
    assert ids(result.hits)[0] == "meal-today"


def test_dense_search_with_filter(store: HybridMemoryStore) -> None:
    thursday = MemoryFilter(start=datetime(2026, 11, 19, tzinfo=TZ), end=datetime(2026, 11, 20, tzinfo=TZ))
    hits = store.dense.search_where("coffee", 10, where=thursday)
    assert set(ids(hits)) == {"coffee-yesterday", "run-yesterday", "sleep-last-night"}
    purchases = store.dense.search_where("anything", 10, where=MemoryFilter(kind="purchase", sensor="manual"))
    assert set(ids(purchases)) == {"buy-xj9000", "buy-xj8000", "buy-xk9100"}
    assert store.dense.search_where("coffee", 10, where=MemoryFilter(kind="no-such-kind")) == []


def test_ranking_without_records_matches_search(store: HybridMemoryStore) -> None:
    thursday = MemoryFilter(start=datetime(2026, 11, 19, tzinfo=TZ), end=datetime(2026, 11, 20, tzinfo=TZ))
    for query, where in (("coffee", None), ("went jogging", None), ("coffee", thursday)):
        assert store.dense.rank(query, 4, where) == [(hit.id, hit.score) for hit in store.dense.search_where(query, 4, where)]
    among = ["meal-today", "coffee-today", "coffee-yesterday", "never-stored"]
    assert store.dense.rank_among("ramen", 2, among) == \
        [(hit.id, hit.score) for hit in store.dense.search_among("ramen", 2, among)]
    assert store.dense.rank_among("ramen", 2, among)[0][0] == "meal-today"
    assert store.dense.rank("coffee", 0) == [] and store.dense.rank_among("coffee", 3, []) == []


def test_hits_are_read_from_the_keyword_index(store: HybridMemoryStore, monkeypatch: pytest.MonkeyPatch) -> None:
    queries = ("hot caffeinated beverage", "XJ-9000", "what coffee did I drink yesterday",
               "How did I sleep the night after my run?", "how many coffees did I have yesterday")
    expected = {query: store.search(query, 5, now=NOW) for query in queries}
    records = {record.id: record for record in store.dense.records()}
    for hits in expected.values():
        assert hits and all(hit == records[hit.id].hit(hit.score) for hit in hits)  # the same as the vector store's
    reads: list[list[str]] = []
    real_get = store.dense.get
    monkeypatch.setattr(store.dense, "get", lambda ids: reads.append(list(ids)) or real_get(ids))
    assert {query: store.search(query, 5, now=NOW) for query in queries} == expected
    assert reads == []  # no document or metadata read from the vector store


def test_an_index_without_source_ids_falls_back_then_is_filled(dense: VectorMemoryStore, tmp_path) -> None:
    path = ":memory:" if dense.__class__.__name__ == "InMemoryMemoryStore" else tmp_path / "kw.sqlite3"
    keyword = KeywordIndex(path)
    store = HybridMemoryStore(dense, keyword, TZ)
    store.add(corpus())
    keyword._conn.execute("UPDATE memory_docs SET source_ids = NULL")  # as an index written before they were kept
    stale = HybridMemoryStore(dense, keyword, TZ, reconcile=False)
    hit = next(h for h in stale.search("editing code in the editor", 5, now=NOW) if h.id == "window-merged")
    assert hit.source_ids == ["w-1", "w-2", "w-3"]  # read from the vector store instead
    reopened = HybridMemoryStore(dense, keyword, TZ)  # reconciles: the index gets the source ids
    assert keyword.ids_without_sources() == []
    assert keyword.documents(["window-merged"])["window-merged"].source_ids == ("w-1", "w-2", "w-3")
    assert_consistent(reopened)
    keyword.close()


# --- forgetting ---------------------------------------------------------------------------------


def test_forget_by_memory_id(store: HybridMemoryStore) -> None:
    assert store.forget(ids=["buy-xj9000", "never-stored"]) == 1
    assert "buy-xj9000" not in ids(store.search("XJ-9000 water filter", 20, now=NOW))
    assert "buy-xj9000" not in ids(store.dense.search("water filter", 20))
    assert store.keyword.search("water filter", 10) == []
    assert store.count() == len(corpus()) - 1
    assert_consistent(store)


def test_forget_by_source_observation_id(store: HybridMemoryStore) -> None:
    assert store.select(["w-2"]) == ["window-merged"]
    assert store.forget(ids=["w-2"]) == 1
    assert "window-merged" not in ids(store.search("tether hybrid search in the editor", 20, now=NOW))
    assert store.forget(ids=["w-1"]) == 0  # already gone with the memory it belonged to
    assert_consistent(store)


def test_forget_by_time_range(store: HybridMemoryStore) -> None:
    thursday = datetime(2026, 11, 19, tzinfo=TZ)
    removed = store.forget(start=thursday, end=thursday + timedelta(days=1))
    assert removed == 3  # coffee, run, and the sleep that began at 23:10
    remaining = ids(store.search("coffee", 20, now=NOW))
    assert not {"coffee-yesterday", "run-yesterday", "sleep-last-night"} & set(remaining)
    assert "coffee-today" in remaining
    assert_consistent(store)


def test_forget_by_kind_and_by_sensor(store: HybridMemoryStore) -> None:
    assert store.forget(kind="purchase") == 3
    assert not {"buy-xj9000", "buy-xj8000", "buy-xk9100"} & set(ids(store.search("XJ-9000", 20, now=NOW)))
    assert store.keyword.search("9000 9100 toner descaler", 10) == []
    assert store.forget(sensor="health") == 2
    assert store.count() == len(corpus()) - 5
    assert_consistent(store)


def test_forget_conditions_combine(store: HybridMemoryStore) -> None:
    # Coffees, but only Friday's; ids and kind together: the id must also be a coffee.
    friday = datetime(2026, 11, 20, tzinfo=TZ)
    assert store.forget(kind="coffee", start=friday) == 1
    assert store.forget(ids=["meal-today"], kind="coffee") == 0
    assert store.forget(ids=["coffee-yesterday"], kind="coffee") == 1
    assert_consistent(store)


def test_forget_refuses_to_erase_everything(store: HybridMemoryStore) -> None:
    with pytest.raises(ValueError, match="refusing"):
        store.forget()
    with pytest.raises(ValueError):
        store.forget(start=datetime(2026, 11, 19))  # naive: which zone would that be?
    assert store.forget(ids=[]) == 0
    assert store.count() == len(corpus())


def test_vector_store_forget_alone(dense: VectorMemoryStore) -> None:
    dense.add(corpus())
    assert dense.forget(ids=["w-3", "coffee-today"]) == 2
    assert dense.delete(["coffee-today"]) == 0
    assert dense.count() == len(corpus()) - 2


def test_pinning_sets_and_clears_a_flag_on_the_memory(dense: VectorMemoryStore) -> None:
    dense.add(corpus())
    assert dense.set_pinned(["meal-today", "nope"], True) == ["meal-today"]
    assert dense.pinned_ids() == {"meal-today"} and dense.get(["meal-today"])[0].pinned
    hit = dense.search_among("ramen", 1, ["meal-today", "coffee-today"])[0]
    assert hit.id == "meal-today"  # ranking among given ids
    assert dense.set_pinned(["meal-today"], False) == ["meal-today"]
    assert dense.pinned_ids() == set() and not dense.get(["meal-today"])[0].pinned


# --- keeping the two indexes in step ------------------------------------------------------------


def test_keyword_index_is_rebuilt_from_the_vector_store(dense: VectorMemoryStore, tmp_path) -> None:
    dense.add(corpus())  # memories written before the keyword index existed
    store = HybridMemoryStore(dense, KeywordIndex(tmp_path / "late.sqlite3"), TZ)
    assert_consistent(store)
    assert ids(store.search("XJ-9000", 1, now=NOW)) == ["buy-xj9000"]
    # A keyword entry whose memory is gone from the vector store is dropped.
    dense.delete(["buy-xj9000"])
    assert store.reconcile() == (0, 1)
    assert_consistent(store)


def test_persistent_store_survives_reopening(tmp_path, embedder) -> None:  # noqa: F811
    settings = ServerSettings(home=tmp_path / "home")
    first = HybridMemoryStore(
        make_dense("chroma-persistent", tmp_path, embedder, None), KeywordIndex(tmp_path / "kw.sqlite3"), TZ
    )
    first.add(corpus())
    first.close()
    again = HybridMemoryStore(
        ChromaMemoryStore(build_chroma_client(settings), embedder, TZ), KeywordIndex(tmp_path / "kw.sqlite3"), TZ
    )
    assert again.count() == len(corpus())
    assert again.add(corpus()[:2]) == (0, 2)
    assert ids(again.search("XJ-9000", 1, now=NOW)) == ["buy-xj9000"]


# --- the Chroma client --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000, False)),
        ("http://chroma.lan", ("chroma.lan", 8000, False)),
        ("https://chroma.example.org/", ("chroma.example.org", 443, True)),
    ],
)
def test_parse_chroma_url(url: str, expected: tuple[str, int, bool]) -> None:
    assert parse_chroma_url(url) == expected


@pytest.mark.parametrize("url", ["127.0.0.1:8000", "ftp://x", "http://x:99999", "http://x:8000/api"])
def test_parse_chroma_url_refuses(url: str) -> None:
    with pytest.raises(ValueError, match="chroma_url"):
        parse_chroma_url(url)


def test_unreachable_chroma_server_is_a_clear_error(tmp_path) -> None:
    from tests.local_servers import free_port

    settings = ServerSettings(home=tmp_path, chroma_url=f"http://127.0.0.1:{free_port()}")
    with pytest.raises(MemoryUnavailableError, match="chroma run"):
        build_chroma_client(settings)


def test_chroma_url_setting_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setenv("TETHER_CHROMA_URL", "http://127.0.0.1:8123")
    assert ServerSettings(home=tmp_path).chroma_url == "http://127.0.0.1:8123"
