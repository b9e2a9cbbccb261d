"""Daily consolidation: fakes for the rules, then real chromadb and the real SmolLM2 model."""

from __future__ import annotations

from datetime import date, timedelta
from zoneinfo import ZoneInfo

import pytest

from sensors.synthetic import generate_life
from server.errors import EngineBusyError, ModelOutputError
from server.learning.consolidation import (
    consolidate_day,
    consolidate_days,
    day_observations,
    local_day_bounds,
    summary_body,
    summary_id,
)
from server.learning.grounding import copies_from, is_grounded
from server.learning.recall import newest_revisions
from tests.server.learning_support import ListStore, ScriptedEngine

TZ = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 17)  # a Tuesday


@pytest.fixture(scope="module")
def life():
    return generate_life(DAY - timedelta(days=1), 3, seed=1, tz="Europe/Berlin")


def _store(life) -> ListStore:
    store = ListStore()
    store.add(life)
    return store


def _headline(text):
    return ScriptedEngine(lambda messages, schema: {"headline": text})


def test_summary_is_built_from_the_day_and_lists_its_sources(life) -> None:
    store = _store(life)
    result = consolidate_day(store, None, DAY, TZ)

    assert result.outcome == "added"
    summary = store.items[summary_id(DAY)]
    lo, hi = local_day_bounds(DAY, TZ)
    assert (summary.kind, summary.sensor, summary.start, summary.end) == ("day_summary", "tether-learning", lo, hi)
    day_obs = day_observations(life, DAY, TZ)
    assert summary.data["source_ids"] == [o.id for o in day_obs]
    text = summary.data["text"]
    coffees = [o for o in day_obs if o.kind == "coffee"]
    meetings = [o for o in day_obs if o.kind == "meeting"]
    assert text.startswith("Tuesday 2026-11-17: slept ")
    assert f"{len(coffees)} coffee" in text and f"{len(meetings)} meeting" in text
    for meeting in meetings[:4]:
        assert meeting.data["title"] in text
    sleep = next(o for o in day_obs if o.kind == "sleep")
    assert sleep.end.astimezone(TZ).date() == DAY  # the night before belongs to the day it ended on


def test_rerun_is_idempotent_and_skips_the_model(life) -> None:
    store = _store(life)
    engine = _headline("Tuesday with a long ride")
    first = consolidate_day(store, engine, DAY, TZ)
    before = store.snapshot()
    second = consolidate_day(store, engine, DAY, TZ)

    assert (first.outcome, second.outcome) == ("added", "unchanged")
    assert len(engine.calls) == 1
    assert store.snapshot() == before
    assert store.items[summary_id(DAY)].data["text"].endswith(" Tuesday with a long ride")


def test_new_data_replaces_the_summary_in_place(life) -> None:
    store = _store(life)
    consolidate_day(store, None, DAY, TZ)
    late = life[0].model_copy(update={"id": "late-coffee", "kind": "coffee", "sensor": "manual", "end": None,
                                      "start": local_day_bounds(DAY, TZ)[0] + timedelta(hours=21), "data": {}})
    store.add([late])
    result = consolidate_day(store, None, DAY, TZ)

    assert result.outcome == "replaced"
    assert store.deleted == [summary_id(DAY)]
    assert "late-coffee" in store.items[summary_id(DAY)].data["source_ids"]
    assert sum(o.kind == "day_summary" for o in store.items.values()) == 1


def test_a_store_without_delete_gets_revisions(life) -> None:
    store = ListStore(can_delete=False)
    store.add(life)
    consolidate_day(store, None, DAY, TZ)
    store.add([life[0].model_copy(update={"id": "late-coffee", "kind": "coffee", "end": None, "data": {},
                                          "start": local_day_bounds(DAY, TZ)[0] + timedelta(hours=21)})])
    result = consolidate_day(store, None, DAY, TZ)

    assert result.outcome == "revised"
    summaries = newest_revisions(o for o in store.items.values() if o.kind == "day_summary")
    assert list(summaries) == [summary_id(DAY)]
    assert summaries[summary_id(DAY)].id == f"{summary_id(DAY)}~r2"
    assert consolidate_day(store, None, DAY, TZ).outcome == "unchanged"


@pytest.mark.parametrize("answer", [
    ModelOutputError("not JSON"),  # what a cut-off or garbled answer raises
    EngineBusyError("busy"),
    ["a list"],
    {"headline": 7},
    {"headline": "Slept 9.5 h and met John on Friday"},  # invented number, name and weekday
    {"headline": "Sleek and Healthy"},  # a name-like word that is not in the data
    {"headline": "Tuesday 2026-11-17: slept 7.2 h (23:35-06:47); 1 coffee"},  # a copy of the facts
])
def test_bad_headlines_are_dropped_and_the_summary_stands(life, answer) -> None:
    store = _store(life)
    result = consolidate_day(store, ScriptedEngine(lambda messages, schema: answer), DAY, TZ)

    assert result.outcome == "added" and result.headline is None
    summary = store.items[summary_id(DAY)]
    assert summary.data["text"] == summary_body(day_observations(life, DAY, TZ), DAY, TZ)
    assert "headline" not in summary.data


def test_grounding_rules() -> None:
    source = "Tuesday 2026-11-17: slept 7.0 h; 3 meetings: Retro 14:00; exercise: cycle 28 km"
    assert is_grounded("Tuesday with 3 meetings and a 28 km ride", source)
    assert is_grounded("A 7 h night before the Retro", source)
    assert not is_grounded("Monday with 3 meetings", source)
    assert not is_grounded("Busy day with 4 meetings", source)
    assert not is_grounded("Lunch with Priya after the ride", source)
    assert not is_grounded("ride ride ride ride ride ride", source)
    assert copies_from("slept 7.0 h; 3 meetings: Retro", source)
    assert not copies_from("3 meetings and a ride", source)


def test_days_without_observations_are_left_empty(life) -> None:
    store = _store(life)
    results = consolidate_days(store, None, [DAY + timedelta(days=10), DAY], TZ)
    assert [r.outcome for r in results] == ["added", "empty"]
    assert summary_id(DAY + timedelta(days=10)) not in store.items


# -- real chromadb and the real model ------------------------------------------------------------

@pytest.fixture(scope="module")
def real_services(tmp_path_factory, server_settings, server_services, life):
    """Services on an empty data directory (real chromadb), sharing the session's model and embedder."""
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("consolidation-home")})
    services = build_services(settings, engine=server_services.scheduler.inner, embedder=server_services.embedder)
    services.store.add(life)
    return services


def test_real_consolidation_with_smollm2_and_chromadb(real_services, life) -> None:
    store, engine = real_services.store, real_services.engine
    result = consolidate_day(store, engine, DAY, TZ)
    assert result.outcome == "added"
    if result.headline is not None:  # SmolLM2-135M rarely writes one that passes; when it does, it is grounded
        assert is_grounded(result.headline, result.summary.data["text"])

    stored = store.stored_observations(kinds=["day_summary"])
    assert [o.id for o in stored] == [summary_id(DAY)]
    assert stored[0].data == result.summary.data
    count = store.count()
    assert consolidate_day(store, engine, DAY, TZ).outcome == "unchanged"
    assert store.count() == count

    hits = store.search(result.summary.data["text"], 3)  # searchable like any memory
    assert summary_id(DAY) in [hit.id for hit in hits]

    # New data for the day: the summary is replaced in the hybrid store (forgotten, then added).
    late = life[0].model_copy(update={"id": "late-coffee", "kind": "coffee", "end": None, "data": {},
                                      "start": local_day_bounds(DAY, TZ)[0] + timedelta(hours=21)})
    store.add([late])
    assert consolidate_day(store, None, DAY, TZ).outcome == "replaced"
    assert store.count() == count + 1
    (summary,) = store.stored_observations(kinds=["day_summary"])
    assert "late-coffee" in summary.data["source_ids"] and "21:00" in summary.data["text"]
