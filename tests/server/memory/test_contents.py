"""Distinct contents: a thing said or recorded many times is one candidate of the dense side (its
own index of one vector per content), the copies of it rank after what is said once, and the
index follows forgetting and older stores."""

from __future__ import annotations

import pytest

from server.memory.chroma_store import CONTENT_KEY, CONTENTS_SUFFIX, ChromaMemoryStore
from server.memory.documents import content_key
from server.memory.hybrid import HybridMemoryStore
from server.memory.ranking import first_of_each, repeats_last
from tests.server.memory_fixtures import (  # noqa: F401  (fixtures are used by name)
    BACKENDS,
    NOW,
    TZ,
    chroma_server_url,
    embedder,
    make_dense,
    make_hybrid,
    obs,
)

PEOPLE = ("Tom", "Ana", "Priya", "Jonas", "Mei", "Lukas", "Sara", "Omar")
SMALL_TALK = ("How was your weekend?", "Pretty quiet, mostly stayed in.", "Long day at work.", "Haha, yes, exactly.",
              "I need a new phone, this one is dying.", "Not really, the neighbours were loud.", "How's the family?",
              "Are you going to the party on Saturday?", "Okay, bye for now.", "Take care.", "Lol",
              "Probably just cooking and a film.", "Did you see the weather today?", "The trains were late again.")
FACTS = {  # what one person said once -> a question that shares no content word with it
    "Sara": ("I spent the weekend rebuilding a gearbox in my garage.", "Who could fix my car?"),
    "Omar": ("My hands hurt after four hours of Chopin today.", "Which friend plays an instrument?"),
    "Ana": ("The tomatoes and courgettes finally came in, I have too many.",
            "Who could give me vegetables from their garden?"),
    "Tom": ("I've been doing people's tax returns for ten years.", "Who could help me with my taxes?"),
}


def turn(obs_id: str, day: int, minute: int, speaker: str, text: str):
    return obs(obs_id, "conversation", f"2026-{7 + day // 28:02d}-{1 + day % 28:02d}T18:{minute:02d}", sensor="chat",
               speaker=speaker, text=text, session=f"s{day}")


def chats() -> list:
    """Four months of short chats: the same small talk over and over, each fact said once."""
    out = []
    for day in range(112):
        person = PEOPLE[day % len(PEOPLE)]
        for minute in range(12):
            speaker = "me" if minute % 2 == 0 else person
            out.append(turn(f"d{day}-{minute}", day, minute, speaker, SMALL_TALK[(day * 5 + minute) % len(SMALL_TALK)]))
        if person in FACTS and day >= 40:
            out.append(turn(f"fact-{person}", day, 30, person, FACTS[person][0]))
    return out


@pytest.fixture(params=["chroma-persistent", "in-memory"])
def store(tmp_path, embedder, request) -> HybridMemoryStore:  # noqa: F811
    hybrid_store = make_hybrid(make_dense(request.param, tmp_path, embedder, request), tmp_path)
    turns = chats()
    for offset in range(0, len(turns), 500):  # as the device syncs them
        hybrid_store.add(turns[offset:offset + 500])
    yield hybrid_store
    hybrid_store.close()


def test_repeats_last_and_first_of_each() -> None:
    ranked = [("a1", 0.9), ("b", 0.8), ("a2", 0.7), ("c", 0.6), ("x", 0.5), ("y", 0.4)]
    keys = {"a1": "a", "a2": "a", "b": "b", "c": "c"}  # x and y have no key: never repeats
    assert [mem_id for mem_id, _ in repeats_last(ranked, keys)] == ["a1", "b", "c", "x", "y", "a2"]
    assert [mem_id for mem_id, _ in first_of_each(ranked, keys)] == ["a1", "b", "c", "x", "y"]


def test_a_turn_is_the_same_content_whoever_says_it() -> None:
    tom, ana = turn("t", 1, 1, "Tom", "Lol"), turn("a", 2, 1, "Ana", "Lol")
    assert content_key(tom) == content_key(ana) != content_key(turn("b", 1, 1, "Tom", "Lol!"))
    coffee = obs("c1", "coffee", "2026-11-19T08:15", drink="flat white")
    assert content_key(coffee) == content_key(obs("c2", "coffee", "2026-11-20T08:15", drink="flat white"))


def test_what_was_said_once_is_found_among_much_repeated_small_talk(store: HybridMemoryStore) -> None:
    for speaker, (_, question) in FACTS.items():
        hits = store.search(question, 5, now=NOW)
        assert f"fact-{speaker}" in [hit.id for hit in hits], question
        said = [hit.text.split("text: ", 1)[-1] for hit in hits]
        assert len(said) == len(set(said)), said  # no line of small talk twice


def test_each_content_is_ranked_once(store: HybridMemoryStore) -> None:
    ranked = store.dense.rank_contents("I need a new phone", 10)
    assert len(ranked) == len({key for key, _ in ranked}) == 10
    phone = content_key(turn("x", 0, 0, "Tom", "I need a new phone, this one is dying."))
    assert ranked[0][0] == phone
    # The hybrid search shows the newest time it was said first, and the other times after all else.
    hits = store.search("I need a new phone", 10, now=NOW)
    copies = [hit for hit in hits if hit.text.endswith("this one is dying.)")]
    assert hits[0] in copies and len(copies) == 1
    everything = store.search("I need a new phone", 200, now=NOW)
    repeats = [hit for hit in everything if hit.text.endswith("this one is dying.)")]
    assert repeats[0].start == max(hit.start for hit in repeats)


@pytest.mark.parametrize("backend", BACKENDS)
def test_forgetting_every_copy_forgets_the_content(backend: str, tmp_path, embedder, request) -> None:  # noqa: F811
    dense = make_dense(backend, tmp_path, embedder, request)
    dense.add([turn("t1", 1, 1, "Tom", "Our dog Pepper ate my shoe."), turn("t2", 2, 1, "Ana", "Our dog Pepper ate my shoe."),
               turn("t3", 3, 1, "Ana", "We had dinner at Trattoria Nino.")])
    shoe = content_key(turn("x", 0, 0, "Tom", "Our dog Pepper ate my shoe."))
    assert [key for key, _ in dense.rank_contents("the dog ate a shoe", 5)][0] == shoe
    assert len(dense.rank_contents("the dog ate a shoe", 5)) == 2
    dense.delete(["t1"])
    assert shoe in [key for key, _ in dense.rank_contents("the dog ate a shoe", 5)]  # Ana still said it
    dense.delete(["t2"])
    assert shoe not in [key for key, _ in dense.rank_contents("the dog ate a shoe", 5)]


def test_a_store_written_before_contents_were_indexed_gets_them(tmp_path, embedder, request) -> None:  # noqa: F811
    dense = make_dense("chroma-persistent", tmp_path, embedder, request)
    assert isinstance(dense, ChromaMemoryStore)
    hybrid = make_hybrid(dense, tmp_path)
    hybrid.add([turn(f"lol-{n}", n, 1, "Tom", "Lol") for n in range(5)]
               + [turn("gearbox", 9, 1, "Sara", FACTS["Sara"][0])])
    # As an older version left it: no contents collection, no content keys anywhere.
    hybrid.keyword._conn.execute("UPDATE memory_docs SET content_key = NULL")
    hybrid.close()
    ids = dense.select(None, None)
    dense._collection.update(ids=ids, metadatas=[{CONTENT_KEY: None}] * len(ids))  # None removes the key
    dense._client.delete_collection(dense._collection.name + CONTENTS_SUFFIX)
    reopened = make_hybrid(ChromaMemoryStore(dense._client, embedder, TZ), tmp_path)
    assert len(reopened.dense.rank_contents("Lol", 10)) == 2
    assert reopened.keyword.ids_without_contents() == []
    assert all(meta[CONTENT_KEY] for meta in dense._collection.get(include=["metadatas"])["metadatas"])
    hits = reopened.search("Who could fix my car?", 2, now=NOW)
    assert hits[0].id == "gearbox" and [hit.id for hit in hits].count("lol-4") <= 1
    reopened.close()
