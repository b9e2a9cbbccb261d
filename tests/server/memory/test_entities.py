"""Questions a name answers give the turns that name something a lead among a speaker's turns."""

from __future__ import annotations

import pytest

from server.memory.documents import observation_text, said_text
from server.memory.entities import names_answer, names_something
from server.memory.hybrid import HybridMemoryStore
from tests.server.memory_fixtures import (  # noqa: F401  (fixtures are used by name)
    NOW,
    TZ,
    embedder,
    make_dense,
    make_hybrid,
    obs,
)

SMALL_TALK = ("I started a new series but it's slow.", "Have you watched anything good lately?",
              "I'm reading a thriller at the moment.", "Long day at work.", "That sounds great.",
              "Any plans for tonight?", "Ugh, Mondays.", "Are you going to the party on Saturday?",
              "Big weekend: I finally slept in.", "How's the family?")


def turn(obs_id: str, day: int, speaker: str, text: str):
    return obs(obs_id, "conversation", f"2026-10-{day:02d}T19:00", sensor="chat", speaker=speaker, text=text,
               session=f"s{day}")


@pytest.mark.parametrize("question", [
    "Where does Tom live now?", "Which restaurants has Ana recommended?", "What books has Ana suggested I read?",
    "What is Tom's dog called?", "What is the dog's name of the friend who works at Helix?",
    "What's the name of Tom's sister?", "And Ana - where's she living these days?", "What did Tom call his dog?",
    "what restaurants did Ana recommend", "List the films Tom told me to watch.", "Every restaurant Ana recommended",
])
def test_questions_a_name_answers(question: str) -> None:
    assert names_answer(question)


@pytest.mark.parametrize("question", [
    "Who could fix my car?", "Is Jonas vegetarian?", "When did Tom run the half marathon?",
    "What should I avoid cooking when Mei comes for dinner?", "What did Tom say about the offsite?",
])
def test_questions_a_name_does_not_answer(question: str) -> None:
    assert not names_answer(question)


def test_names_something() -> None:
    assert names_something("Just finished Station Eleven, you'd love it.")
    assert names_something("Rent in Malmo keeps going up, it's ridiculous.")
    assert names_something("Lol. We went to Porto")  # the first word of a later sentence is no name, Porto is
    for small_talk in SMALL_TALK:
        assert not names_something(small_talk), small_talk  # first words, I, days


def test_said_text_reads_a_turn_back_from_its_memory_text() -> None:
    said = "You have to try Casa Lupe (the one by the river); text: it says so."
    assert said_text(observation_text(turn("t", 3, "Ana", said), TZ)) == said
    coffee = observation_text(obs("c", "coffee", "2026-11-19T08:15", drink="flat white"), TZ)
    assert said_text(coffee) == coffee


@pytest.fixture(params=["chroma-persistent", "in-memory"])
def store(tmp_path, embedder, request) -> HybridMemoryStore:  # noqa: F811
    hybrid_store = make_hybrid(make_dense(request.param, tmp_path, embedder, request), tmp_path)
    talk = [turn(f"ana-{day}-{n}", day, "Ana", text) for day in range(1, 29) for n, text in enumerate(SMALL_TALK)
            if (day + n) % 3 == 0]
    hybrid_store.add([
        *talk,
        turn("ana-book-1", 5, "Ana", "Just finished Piranesi, you'd love it."),
        turn("ana-book-2", 17, "Ana", "Just finished Station Eleven, you'd love it."),
        turn("ana-city", 9, "Ana", "Rent in Ghent keeps going up, it's ridiculous."),
        turn("me-book", 11, "me", "I'm reading a thriller at the moment."),
    ])
    yield hybrid_store
    hybrid_store.close()


def test_the_turns_that_name_things_lead_for_a_question_a_name_answers(store: HybridMemoryStore) -> None:
    hits = [hit.id for hit in store.search("What books has Ana suggested I read?", 10, now=NOW)]
    # Above the small talk about series and films that matches about as well (not above "I'm reading a
    # thriller", which matches far better).
    assert {"ana-book-1", "ana-book-2"} <= set(hits[:5])
    assert max(hits.index("ana-book-1"), hits.index("ana-book-2")) < hits.index("ana-3-0")
    assert store.search("Where does Ana live now?", 3, now=NOW)[0].id == "ana-city"


def test_for_a_question_about_now_the_newest_turn_naming_something_leads(store: HybridMemoryStore) -> None:
    store.add([turn("ana-city-old", 2, "Ana", "I live in Leipzig now, near the old harbour."),
               turn("ana-city-new", 20, "Ana", "So we left and we're in Aarhus now."),
               turn("ana-bye", 28, "Ana", "Okay, bye for now.")])
    hits = [hit.id for hit in store.search("Where does Ana live now?", 5, now=NOW)]
    assert hits[0] == "ana-city-new" and "ana-city-old" in hits
    assert "ana-bye" not in hits[:2]  # the newest turn, but it names nothing
