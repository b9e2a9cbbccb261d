"""Tests of device.storage.store against a real SQLite file."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Iterator

import pytest

from device.storage.store import ObservationStore, StoreClosedError
from shared.observation import Observation

BASE = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def at(minute: float) -> datetime:
    return BASE + timedelta(minutes=minute)


def make(obs_id: str, kind: str, start: float, end: float | None = None, **data: object) -> Observation:
    return Observation(id=obs_id, sensor="test", kind=kind, start=at(start), end=None if end is None else at(end), data=data)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[ObservationStore]:
    with ObservationStore(tmp_path / "device" / "observations.sqlite3") as opened:
        yield opened


def test_add_is_idempotent_on_id(store: ObservationStore) -> None:
    assert store.add([make("a", "coffee", 0), make("b", "coffee", 5), make("a", "coffee", 9)]) == 2
    assert store.add([make("b", "coffee", 5), make("c", "meal", 60)]) == 1
    assert store.count() == 3
    assert store.add([]) == 0


def test_between_returns_overlapping_observations_half_open(store: ObservationStore) -> None:
    store.add(
        [
            make("long", "sleep", -600, 10),  # started long before the range, ends inside it
            make("before", "computer", -30, 0),  # ends exactly at the range start: excluded
            make("instant-at-start", "coffee", 0),
            make("inside", "computer", 20, 40, app="VS Code"),
            make("spans", "meeting", -10, 200, title="Offsite"),
            make("instant-at-end", "coffee", 60),  # [0, 60) excludes 60
            make("after", "computer", 70, 80),
        ]
    )
    found = store.between(at(0), at(60))
    assert [o.id for o in found] == ["long", "spans", "instant-at-start", "inside"]
    assert found[3] == make("inside", "computer", 20, 40, app="VS Code")
    assert [o.id for o in store.between(at(0), at(60), kinds=["coffee"])] == ["instant-at-start"]
    assert store.between(at(0), at(60), kinds=[]) == []
    assert store.between(at(60), at(0)) == []


def test_recent_returns_what_is_still_going_on_or_started_since(store: ObservationStore) -> None:
    store.add([make("old", "coffee", 0), make("ongoing", "computer", 5, 50), make("new", "coffee", 40)])
    assert [o.id for o in store.recent(at(30))] == ["ongoing", "new"]
    assert [o.id for o in store.recent(at(30), kinds=["coffee"])] == ["new"]


def test_long_observations_are_found_after_reopen(tmp_path: Path) -> None:
    path = tmp_path / "observations.sqlite3"
    with ObservationStore(path) as first:
        first.add([make("week", "trip", -7 * 24 * 60, 60, place="Lisbon")])
    with ObservationStore(path) as reopened:
        assert reopened.count() == 1
        assert [o.id for o in reopened.between(at(0), at(1))] == ["week"]
        assert reopened.between(at(0), at(1))[0].data == {"place": "Lisbon"}


def test_times_keep_microseconds_and_non_utc_inputs_compare_correctly(store: ObservationStore) -> None:
    berlin = timezone(timedelta(hours=1))
    precise = Observation(id="p", sensor="test", kind="coffee", start=datetime(2026, 11, 20, 10, 0, 0, 123456, tzinfo=berlin))
    store.add([precise])
    assert store.between(at(0), at(0) + timedelta(microseconds=123457)) == [precise]
    assert store.between(at(0) + timedelta(microseconds=123457), at(1)) == []


def test_use_after_close_raises(tmp_path: Path) -> None:
    store = ObservationStore(tmp_path / "observations.sqlite3")
    store.close()
    store.close()
    with pytest.raises(StoreClosedError):
        store.count()
