"""The FTS5 keyword index: bm25 ranking, time windows, idempotent add, delete, hostile queries."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.memory.keyword import KeywordDocument, KeywordIndex
from server.memory.keyword_query import fts_query

DOCS = [
    KeywordDocument("a", "Tue 2026-11-03 18:40 purchase (code: XJ-9000; item: water filter)", "purchase", 1000.0),
    KeywordDocument("b", "Fri 2026-11-06 09:00 purchase (code: XJ-8000; item: printer toner)", "purchase", 2000.0),
    KeywordDocument("c", "Sun 2026-11-08 20:00 note (text: the XJ series spaceship)", "note", 3000.0),
    KeywordDocument("d", "Thu 2026-11-19 07:00-07:32 exercise (activity: running; distance_km: 5.2)", "exercise",
                    4000.0, 4000.0 + 32 * 60),
    KeywordDocument("e", "Thu 2026-11-19 23:10 to Fri 2026-11-20 06:50 sleep (quality: good)", "sleep",
                    5000.0, 5000.0 + 7 * 3600),
]


@pytest.fixture(params=["memory", "file"])
def index(request: pytest.FixtureRequest, tmp_path: Path) -> KeywordIndex:
    path = ":memory:" if request.param == "memory" else tmp_path / "kw" / "keyword.sqlite3"
    idx = KeywordIndex(path)
    assert idx.add(DOCS) == len(DOCS)
    yield idx
    idx.close()


def test_bm25_ranks_the_document_matching_all_words_first(index: KeywordIndex) -> None:
    hits = index.search("XJ-9000", 10)
    assert hits[0][0] == "a"
    assert {mem_id for mem_id, _ in hits} == {"a", "b", "c"}
    scores = [score for _, score in hits]
    assert scores == sorted(scores, reverse=True) and scores[0] > scores[1] > 0


def test_stemming_and_stopwords(index: KeywordIndex) -> None:
    assert [m for m, _ in index.search("when did I go for a run", 5)] == ["d"]  # run ~ running
    assert fts_query("when did I") == '"when" OR "did" OR "i"'  # only stopwords: keep them
    assert fts_query("the XJ-9000!") == '"xj" OR "9000"'
    assert fts_query("  ,;: ") is None


def test_time_window_keeps_overlapping_documents(index: KeywordIndex) -> None:
    assert [m for m, _ in index.search("XJ", 10, start_ts=1500.0, end_ts=3500.0)] in (["b", "c"], ["c", "b"])
    assert index.search("XJ", 10, end_ts=1000.0) == []  # end is exclusive
    assert [m for m, _ in index.search("XJ", 10, start_ts=3000.0)] == ["c"]  # start is inclusive
    # The sleep began before the window and ends inside it.
    assert [m for m, _ in index.search("sleep", 10, start_ts=10000.0, end_ts=90000.0)] == ["e"]


def test_add_is_idempotent_and_delete_removes(index: KeywordIndex) -> None:
    assert index.add(DOCS[:2]) == 0
    assert index.count() == len(DOCS)
    assert index.delete(["a", "a", "missing"]) == 1
    assert index.count() == len(DOCS) - 1 and "a" not in index.ids()
    assert "a" not in [m for m, _ in index.search("water filter XJ-9000", 10)]
    assert index.add(DOCS[:1]) == 1  # gone means it can come back
    assert index.delete([]) == 0


def test_k_and_empty_queries(index: KeywordIndex) -> None:
    assert index.search("XJ", 0) == []
    assert index.search("", 5) == []
    assert len(index.search("XJ", 1)) == 1


@pytest.mark.parametrize(
    "query", ['"', 'XJ" OR "b', "NEAR(a b)", "*", "a:b", "-XJ", "(", "^xj", "AND", "x'); DROP TABLE memory_docs; --"]
)
def test_fts_syntax_in_queries_never_breaks_search(index: KeywordIndex, query: str) -> None:
    index.search(query, 5)
    assert index.count() == len(DOCS)


@settings(max_examples=200, deadline=None)
@given(query=st.text(max_size=60))
def test_any_text_is_a_valid_query(query: str) -> None:
    index = KeywordIndex(":memory:")
    index.add(DOCS)
    results = index.search(query, 5)
    assert all(isinstance(m, str) and isinstance(s, float) for m, s in results)
    index.close()


def test_persists_and_is_thread_safe(tmp_path: Path) -> None:
    path = tmp_path / "keyword.sqlite3"
    index = KeywordIndex(path)
    errors: list[BaseException] = []

    def writer(n: int) -> None:
        try:
            for i in range(50):
                index.add([KeywordDocument(f"{n}-{i}", f"thread {n} note {i} quokka", "note", float(i))])
                index.search("quokka note", 5)
        except BaseException as exc:  # noqa: BLE001 - surfaced below
            errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert not errors and index.count() == 200
    index.close()
    reopened = KeywordIndex(path)
    assert reopened.count() == 200 and len(reopened.search("quokka", 500)) == 200
    reopened.close()


def test_terms_in_too_many_documents_are_not_scored(monkeypatch: pytest.MonkeyPatch) -> None:
    from server.memory import keyword

    index = KeywordIndex(":memory:")
    index.add(KeywordDocument(f"c{i}", f"coffee number {i}", "coffee", float(i)) for i in range(40))
    index.add([KeywordDocument("r", "ramen with coffee", "meal", 50.0)])
    assert len(index.search("coffee ramen", 50)) == 41  # a small index scores every term
    monkeypatch.setattr(keyword, "COMMON_MIN_DOCS", 10)
    assert index.search("coffee ramen", 50) == [("r", pytest.approx(index.search("ramen", 1)[0][1]))]
    assert index.search("coffee", 50) == []  # only common words: the dense side answers alone
    index.close()


def test_decimals_and_clock_times_match_as_a_whole() -> None:
    index = KeywordIndex(":memory:")
    index.add([KeywordDocument("a", "run distance_km: 5.5", "exercise", 0.0),
               KeywordDocument("b", "run distance_km: 5.2; 5 min", "exercise", 0.0),
               KeywordDocument("c", "meeting at 17:30", "meeting", 0.0)])
    assert [m for m, _ in index.search("5.5 km", 5)][:1] == ["a"] and [m for m, _ in index.search("5.2", 5)] == ["b"]
    assert [m for m, _ in index.search("17:30", 5)] == ["c"]
    index.close()


def test_window_listing_and_kind_counts() -> None:
    index = KeywordIndex(":memory:")
    index.add([KeywordDocument("day", "summary", "day_summary", 0.0, 86400.0),
               KeywordDocument("night", "sleep", "sleep", 80000.0, 110000.0),
               KeywordDocument("noon", "lunch", "meal", 130000.0),
               KeywordDocument("edge", "instant", "note", 86400.0)])
    # The next day [86400, 172800): the span that ends at its start is not in it, an instant at its start is.
    assert sorted(index.ids_overlapping(86400.0, 172800.0, 10)) == ["edge", "night", "noon"]
    assert index.ids_overlapping(86400.0, 172800.0, 2) is None  # more than the limit
    assert index.ids_overlapping(0.0, 86400.0, 10, kind="day_summary") == ["day"]
    assert index.kind_stats(["day_summary"]) == (3, 80000.0)
    assert index.kind_stats(["day_summary"], after_ts=100000.0) == (3, 130000.0)
    index.close()


def test_documents_give_back_what_a_hit_shows(index: KeywordIndex) -> None:
    index.add([KeywordDocument("m", "Thu 2026-11-19 12:30 meal (food: ramen)", "meal", 6000.0, 6600.0, ("o-1", "o-2"))])
    docs = index.documents(["m", "a", "missing", "m"])
    assert sorted(docs) == ["a", "m"]
    assert docs["m"] == KeywordDocument("m", "Thu 2026-11-19 12:30 meal (food: ramen)", "meal", 6000.0, 6600.0, ("o-1", "o-2"))
    assert docs["a"].text == DOCS[0].text and docs["a"].source_ids is None  # added without them
    assert index.ids_without_sources() == ["a", "b", "c", "d", "e"] and index.ids_without_sources(limit=1) == ["a"]
    index.set_sources([("a", ["o-a"]), ("missing", ["x"])])
    assert index.documents(["a"])["a"].source_ids == ("o-a",) and "a" not in index.ids_without_sources()


def test_an_index_from_before_source_ids_gains_the_column(tmp_path: Path) -> None:
    import sqlite3

    path = tmp_path / "old.sqlite3"
    old = sqlite3.connect(path)
    old.executescript(
        "CREATE TABLE memory_docs (rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, kind TEXT, "
        "start_ts REAL NOT NULL, end_ts REAL NOT NULL);"
        "CREATE VIRTUAL TABLE memory_fts USING fts5(text, tokenize = 'porter unicode61 remove_diacritics 2');"
        "INSERT INTO memory_docs VALUES (1, 'old', 'note', 1.0, 1.0);"
        "INSERT INTO memory_fts (rowid, text) VALUES (1, 'an old quokka note');")
    old.commit()
    old.close()
    index = KeywordIndex(path)
    assert [m for m, _ in index.search("quokka", 5)] == ["old"]
    assert index.ids_without_sources() == ["old"]
    index.add([KeywordDocument("new", "a new quokka note", "note", 2.0, None, ("obs-1",))])
    assert index.documents(["new"])["new"].source_ids == ("obs-1",)
    index.close()


def test_unwindowed_and_windowed_search_rank_alike(index: KeywordIndex) -> None:
    # Without a window the ranking runs in the FTS table alone and joins only the best k.
    everything = index.search("XJ purchase sleep running", 10)
    assert index.search("XJ purchase sleep running", 10, start_ts=0.0, end_ts=1e9) == everything
    assert index.search("XJ purchase sleep running", 2) == everything[:2]


def test_windowed_search_is_exact_whatever_order_memories_were_filed_in() -> None:
    import random

    rng = random.Random(5)
    docs = [KeywordDocument(f"m{i}", f"note {rng.choice(['quokka', 'wombat', 'quokka wombat'])} {i}", "note",
                            start, start + rng.choice([0.0, 600.0, 30000.0]))
            for i, start in enumerate(float(hour * 3600) for hour in range(300))]
    rng.shuffle(docs)  # rowid order no longer follows time
    index = KeywordIndex(":memory:")
    index.add(docs[:250])
    index.add(sorted(docs[250:], key=lambda d: d.start_ts))
    for _ in range(40):
        start = rng.uniform(-5000.0, 300 * 3600.0)
        end = start + rng.uniform(1.0, 30 * 3600.0)
        inside = {d.id for d in docs if d.start_ts < end and (d.end_ts > start or d.start_ts >= start) and "quokka" in d.text}
        assert {m for m, _ in index.search("quokka", 1000, start_ts=start, end_ts=end)} == inside
        assert {m for m, _ in index.search("quokka", 1000, start_ts=start)} == \
            {d.id for d in docs if (d.end_ts > start or d.start_ts >= start) and "quokka" in d.text}
        assert {m for m, _ in index.search("quokka", 1000, end_ts=end)} == \
            {d.id for d in docs if d.start_ts < end and "quokka" in d.text}
    assert index.search("quokka", 5, start_ts=1e9, end_ts=2e9) == []
    index.close()
