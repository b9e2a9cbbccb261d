"""Who a question is about: named speakers and the person named by what they said; and the hybrid
search that ranks a named speaker's own turns first."""

from __future__ import annotations

import pytest

from server.memory.hybrid import HybridMemoryStore
from server.memory.keyword import KeywordDocument, KeywordIndex
from server.memory.speakers import named_speakers, person_clause
from tests.server.memory_fixtures import (  # noqa: F401  (fixtures are used by name)
    NOW,
    embedder,
    make_dense,
    make_hybrid,
    obs,
)


def test_named_speakers_reads_known_names_possessives_included() -> None:
    found = named_speakers("Which restaurants has Ana recommended, and what did Tom's sister say?", {"Ana", "Tom", "me"})
    assert found is not None and found.names == ("Ana", "Tom")
    assert found.rest == "Which restaurants has recommended, and what did sister say?"
    assert named_speakers("What did I say to me?", {"me"}) is None
    # A full name is named by any word of it, or by the words together.
    for question in ("What did Priya say?", "What did Priya Nair say?", "What did Nair say?"):
        found = named_speakers(question, {"Priya Nair", "Jonas Weber"})
        assert found is not None and found.names == ("Priya Nair",) and found.rest == "What did say?"
    assert named_speakers("will it rain", {"Will"}) is None  # a lower-case word is not a name


def test_person_clause() -> None:
    assert person_clause("What is the dog's name of the friend who works at Helix?") == "works at Helix"
    assert person_clause("Where does the guy working at Helix live now?") == "working at Helix live now"
    assert person_clause("What is the dog's name of my colleague that moved to Porto?") == "moved to Porto"
    assert person_clause("What is Tom's dog called?") is None
    assert person_clause("Which one is better?") is None


def test_the_keyword_index_keeps_speakers() -> None:
    index = KeywordIndex(":memory:")
    index.add([KeywordDocument("t1", "hello", "conversation", 1.0, 2.0, ("t1",), speaker="Tom"),
               KeywordDocument("t2", "bye", "conversation", 5.0, 6.0, ("t2",), speaker="Ana"),
               KeywordDocument("c1", "coffee", "coffee", 3.0, 3.0, ("c1",))])
    assert index.speakers() == {"Tom", "Ana"}
    assert index.ids_by_speaker(["tom", "ANA"], 10) == ["t2", "t1"]  # newest first, any case
    assert index.ids_by_speaker(["Tom"], 10, start_ts=4.0) == []
    assert index.speaker_of(["t1", "c1"]) == {"t1": "Tom"}
    index.delete(["t2"])
    assert index.speakers() == {"Tom"}


def turn(obs_id: str, at: str, speaker: str, text: str):
    return obs(obs_id, "conversation", at, sensor="chat", speaker=speaker, text=text, session=at[:10])


@pytest.fixture(params=["chroma-persistent", "in-memory"])
def store(tmp_path, embedder, request) -> HybridMemoryStore:  # noqa: F811
    hybrid_store = make_hybrid(make_dense(request.param, tmp_path, embedder, request), tmp_path)
    small_talk = [turn(f"tom-lol-{n}", f"2026-11-{n + 1:02d}T10:0{n % 10}", "Tom", "Lol") for n in range(12)]
    hybrid_store.add([
        *small_talk,
        turn("tom-restaurant", "2026-10-03T19:00", "Tom", "You have to try Casa Lupe, the food is amazing."),
        turn("tom-job", "2026-10-04T19:00", "Tom", "New job! I'm at Helix now."),
        turn("tom-dog", "2026-10-05T19:00", "Tom", "We finally got a dog, she's called Biscuit."),
        turn("ana-restaurant", "2026-10-06T19:00", "Ana", "We had dinner at Trattoria Nino, go there."),
        turn("ana-dog", "2026-10-07T19:00", "Ana", "Our dog Pepper ate my shoe."),
        turn("me-restaurant", "2026-10-08T19:00", "me", "You should try the Vietnamese place near my office."),
    ])
    yield hybrid_store
    hybrid_store.close()


def test_a_named_speakers_turns_come_first(store: HybridMemoryStore) -> None:
    hits = store.search("Which restaurants has Ana recommended?", 3, now=NOW)
    assert hits[0].id == "ana-restaurant"
    # Twelve identical "Lol"s are one candidate, not ten hits.
    hits = store.search("What did Tom say?", 10, now=NOW)
    assert sum(hit.id.startswith("tom-lol") for hit in hits[:4]) <= 1


def test_a_person_named_by_what_they_said_is_found_in_two_hops(store: HybridMemoryStore) -> None:
    hits = store.search("What is the dog's name of the friend who works at Helix?", 3, now=NOW)
    assert [hit.id for hit in hits[:2]] == ["tom-job", "tom-dog"]
    hits = store.search("What's the dog called of the guy working at Helix?", 3, now=NOW)
    assert [hit.id for hit in hits[:2]] == ["tom-job", "tom-dog"]


def test_prefer_newest_orders_the_best_candidates_by_age_only_near_ties() -> None:
    from datetime import datetime, timedelta, timezone

    from server.memory.ranking import prefer_newest

    day = datetime(2026, 11, 1, tzinfo=timezone.utc)
    starts = {"old": day, "new": day + timedelta(days=30), "fresh-noise": day + timedelta(days=60)}
    ranked = [("old", 0.50), ("new", 0.49), ("fresh-noise", 0.10)]
    assert [mem_id for mem_id, _ in prefer_newest(ranked, starts)][:2] == ["new", "old"]
    assert prefer_newest(ranked, starts)[-1][0] == "fresh-noise"  # far behind: age alone does not lift it


def test_a_question_about_now_puts_the_newest_version_first(store: HybridMemoryStore) -> None:
    # Two versions of one fact that match the question about as well as each other.
    store.add([turn("ana-job-1", "2026-07-01T19:00", "Ana", "My office is at Northwind."),
               turn("ana-job-2", "2026-09-01T19:00", "Ana", "My office is at Quarry.")])
    ranked = [hit.id for hit in store.search("Where is Ana's office now?", 4, now=NOW)]
    assert ranked[0] == "ana-job-2" and "ana-job-1" in ranked
    ranked = [hit.id for hit in store.search("Where was Ana's office?", 4, now=NOW)]
    assert {"ana-job-2", "ana-job-1"} <= set(ranked)


def test_alternate_leads_with_the_first_list_and_keeps_the_seconds_best_near_the_top() -> None:
    from server.memory.ranking import alternate

    first = [(f"s{i}", 1.0) for i in range(5)]
    second = [("g0", 1.0), ("s1", 1.0), ("g1", 1.0)]
    assert [mem_id for mem_id, _ in alternate(first, second)] == ["s0", "g0", "s1", "s2", "g1", "s3", "s4"]


def test_a_named_person_does_not_hide_what_is_not_their_turn(store: HybridMemoryStore) -> None:
    store.add([obs("meeting-tom", "calendar_event", "2026-11-03T10:00", "2026-11-03T10:30", sensor="calendar",
                   title="1:1 with Tom")])
    assert "meeting-tom" in [hit.id for hit in store.search("When was my 1:1 with Tom?", 3, now=NOW)][:2]
