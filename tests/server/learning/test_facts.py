"""Profile fact learning: dedupe, the model's decisions and their guards; then real chromadb and SmolLM2."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from sensors.synthetic import generate_life
from server.errors import EngineBusyError, EngineError, ModelOutputError
from server.learning import facts as facts_module
from server.learning.facts import (
    FactCandidate,
    FactLearner,
    fact_id,
    learn_facts,
    normalize_fact,
)
from server.learning.routines import learn_routines
from tests.server.learning_support import (
    ListStore,
    ScriptedEngine,
    WordEmbedder,
    fact_observation,
    garbage_engine,
)

TZ_NAME = "Europe/Berlin"
START = date(2026, 10, 5)
NOW = datetime(2026, 11, 1, 3, 0, tzinfo=timezone.utc)
EARLIER = NOW - timedelta(days=30)

# Word overlap (WordEmbedder): 0.83 with the candidate below: related, not a near duplicate.
OLD_COFFEE = "Drinks 5 coffees a day on weekdays."
NEW_COFFEE = FactCandidate("Drinks 2.5 coffees a day on average.", ("c1", "c2"), "coffee.per_day")


def _clock():
    return NOW


def _facts(store: ListStore) -> dict[str, str]:
    return {obs.id: obs.data["fact"] for obs in store.items.values() if obs.kind == "profile_fact"}


def _decide(op, target_of=lambda ids: ids[0]):
    """An engine that answers ``op`` with the first offered target."""
    def answer(messages, schema):
        ids = [i for i in schema["properties"]["target"]["enum"] if i != "none"]
        return {"op": op, "target": target_of(ids) if op in ("UPDATE", "DELETE") else "none"}
    return ScriptedEngine(answer)


@pytest.fixture(scope="module")
def routines():
    from zoneinfo import ZoneInfo

    return learn_routines(generate_life(START, 21, seed=2, tz=TZ_NAME), ZoneInfo(TZ_NAME))


def test_learning_twice_on_the_same_data_leaves_the_same_facts(routines) -> None:
    store = ListStore()
    first = learn_facts(store, WordEmbedder(), _decide("ADD"), routines, clock=_clock)
    after_first = store.snapshot()
    second = learn_facts(store, WordEmbedder(), _decide("ADD"), routines, clock=lambda: NOW + timedelta(days=1))

    assert first.counts() == {"ADD": len(routines.facts())}
    assert second.counts() == {"NOOP": len(routines.facts())}
    assert store.snapshot() == after_first  # same ids, same texts, same timestamps
    texts = [normalize_fact(text) for text in _facts(store).values()]
    assert len(texts) == len(set(texts)) == len(routines.facts())
    assert all(obs.data["source_ids"] for obs in store.items.values())


def test_fresh_statistics_update_their_fact_in_place(routines) -> None:
    store = ListStore()
    learn_facts(store, WordEmbedder(), None, routines, clock=_clock)
    sleep_id = next(i for i, text in _facts(store).items() if text.startswith("Sleeps "))
    report = FactLearner(store, WordEmbedder(), None, _clock).learn(
        [FactCandidate("Sleeps 6.1 h a night on average.", ("s9",), "sleep.average")])

    assert [(d.op, d.target) for d in report.decisions] == [("UPDATE", sleep_id)]
    updated = store.items[sleep_id]
    assert updated.data["fact"] == "Sleeps 6.1 h a night on average."
    assert updated.data["learned_at"] != updated.data["updated_at"] or updated.data["learned_at"] == NOW.isoformat()
    assert len(_facts(store)) == len(routines.facts())


def test_near_duplicates_do_not_become_new_facts() -> None:
    store = ListStore()
    store.add([fact_observation("fact-old", "Has a coffee after lunch most days in the office at 13:00.", EARLIER)])
    learner = FactLearner(store, WordEmbedder(), _decide("ADD"), _clock)
    # Word overlap 0.96: a near duplicate. Same numbers: nothing new; other numbers: an update.
    same = learner.learn([FactCandidate("Has a coffee after lunch on most days in the office at 13:00.")])
    assert [(d.op, d.target) for d in same.decisions] == [("NOOP", "fact-old")]
    changed = learner.learn([FactCandidate("Has a coffee after lunch on most days in the office at 13:30.")])
    assert [(d.op, d.target) for d in changed.decisions] == [("UPDATE", "fact-old")]
    assert _facts(store) == {"fact-old": "Has a coffee after lunch on most days in the office at 13:30."}
    assert same.model_calls == changed.model_calls == 0


@pytest.mark.parametrize("kind", ["not-json", "list", "unknown-op", "update-none", "unknown-target", "missing-fields"])
def test_garbage_model_output_changes_nothing(kind) -> None:
    store = ListStore()
    store.add([fact_observation("fact-old", OLD_COFFEE, EARLIER)])
    before = store.snapshot()
    engine = garbage_engine(kind)
    report = FactLearner(store, WordEmbedder(), engine, _clock).learn([NEW_COFFEE])

    assert len(engine.calls) == 1
    assert [d.op for d in report.decisions] == ["NOOP"]
    assert report.model_failures == 1
    assert store.snapshot() == before


@pytest.mark.parametrize("error", [ModelOutputError("cut off"), EngineBusyError("busy"), EngineError("gone")])
def test_model_errors_are_noop(error) -> None:
    store = ListStore()
    store.add([fact_observation("fact-old", OLD_COFFEE, EARLIER)])
    before = store.snapshot()
    report = FactLearner(store, WordEmbedder(), ScriptedEngine(lambda m, s: error), _clock).learn([NEW_COFFEE])
    assert [d.op for d in report.decisions] == ["NOOP"] and store.snapshot() == before


def test_the_target_enum_offers_only_existing_related_facts() -> None:
    store = ListStore()
    store.add([fact_observation("fact-old", OLD_COFFEE, EARLIER),
               fact_observation("fact-other", "Is vegetarian.", EARLIER)])
    engine = _decide("NOOP")
    FactLearner(store, WordEmbedder(), engine, _clock).learn([NEW_COFFEE])
    (messages, schema), = engine.calls
    assert schema["properties"]["target"]["enum"] == ["fact-old", "none"]
    assert schema["properties"]["op"]["enum"] == ["ADD", "UPDATE", "DELETE", "NOOP"]
    assert "fact-old: " + OLD_COFFEE in messages[-1].content


@pytest.mark.parametrize("op, expected", [
    ("ADD", {"fact-old": OLD_COFFEE, fact_id(NEW_COFFEE.text): NEW_COFFEE.text}),
    ("UPDATE", {"fact-old": NEW_COFFEE.text}),
    ("DELETE", {fact_id(NEW_COFFEE.text): NEW_COFFEE.text}),
    ("NOOP", {"fact-old": OLD_COFFEE}),
])
def test_valid_model_decisions_are_applied(op, expected) -> None:
    store = ListStore()
    store.add([fact_observation("fact-old", OLD_COFFEE, EARLIER)])
    report = FactLearner(store, WordEmbedder(), _decide(op), _clock).learn([NEW_COFFEE])
    assert [(d.op, d.by_model) for d in report.decisions] == [(op, True)]
    assert _facts(store) == expected


def test_facts_the_data_confirms_are_never_targets() -> None:
    store = ListStore()
    store.add([fact_observation("fact-old", OLD_COFFEE, EARLIER)])
    engine = _decide("DELETE")
    # The old fact is restated by this run's data, so the related candidate may not replace it.
    report = FactLearner(store, WordEmbedder(), engine, _clock).learn([FactCandidate(OLD_COFFEE), NEW_COFFEE])
    assert engine.calls == []
    assert [d.op for d in report.decisions] == ["NOOP", "ADD"]
    assert set(_facts(store).values()) == {OLD_COFFEE, NEW_COFFEE.text}


def test_delete_without_a_deleting_store_keeps_the_target() -> None:
    store = ListStore(can_delete=False)
    store.add([fact_observation("fact-old", OLD_COFFEE, EARLIER)])
    FactLearner(store, WordEmbedder(), _decide("DELETE"), _clock).learn([NEW_COFFEE])
    assert set(_facts(store).values()) == {OLD_COFFEE, NEW_COFFEE.text}


# -- real chromadb, the real embedder and SmolLM2 ------------------------------------------------

@pytest.fixture(scope="module")
def real_services(tmp_path_factory, server_settings, server_services):
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("facts-home")})
    return build_services(settings, engine=server_services.scheduler.inner, embedder=server_services.embedder)


def _stored_facts(services) -> dict[str, str]:
    return {o.id: o.data["fact"] for o in services.store.stored_observations(kinds=["profile_fact"])}


def test_real_fact_learning_is_stable_and_survives_garbage(real_services, routines, monkeypatch) -> None:
    services = real_services
    # A fact from before (a person's or an older run's): related to this data's coffee statistic.
    services.store.add([fact_observation("fact-manual", "Drinks 5 coffees a day.", EARLIER)])

    first = learn_facts(services.store, services.embedder, services.engine, routines, clock=_clock)
    assert first.model_calls >= 1  # the related old fact made SmolLM2 decide (within the schema)
    after_first = _stored_facts(services)
    texts = [normalize_fact(t) for t in after_first.values()]
    assert len(texts) == len(set(texts))  # no duplicates
    for decision in first.decisions:
        if decision.op != "NOOP":
            assert decision.candidate in after_first.values()

    second = learn_facts(services.store, services.embedder, services.engine, routines, clock=_clock)
    assert _stored_facts(services) == after_first
    assert {d.op for d in second.decisions} == {"NOOP"}

    # Real garbage: answers cut off after 3 tokens are not JSON; nothing may change.
    monkeypatch.setattr(facts_module, "DECISION_MAX_TOKENS", 3)
    services.store.add([fact_observation("fact-manual-2", "Drinks 6 espressos a day.", EARLIER)])
    before = _stored_facts(services)
    third = FactLearner(services.store, services.embedder, services.engine, _clock).learn(
        [FactCandidate("Drinks 4 cups of espresso every day.")])
    assert third.model_calls == third.model_failures == 1
    assert [d.op for d in third.decisions] == ["NOOP"]
    assert _stored_facts(services) == before
