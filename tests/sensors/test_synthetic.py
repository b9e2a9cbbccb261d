"""The synthetic life generator: determinism, realism checks, time zones, and a replay round trip."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sensors.replay import ReplaySensor
from sensors.synthetic import generate_day, generate_life, write_life_jsonl
from shared.observation import Modality, Observation, write_jsonl

MONDAY = date(2026, 3, 23)


def _by_day(observations: list[Observation]) -> dict[str, list[Observation]]:
    days: dict[str, list[Observation]] = defaultdict(list)
    for obs in observations:
        days[obs.id.rsplit("-", 1)[0]].append(obs)
    return days


def test_same_seed_gives_identical_output() -> None:
    assert write_jsonl(generate_life(MONDAY, 3, seed=7)) == write_jsonl(generate_life(MONDAY, 3, seed=7))


def test_different_seed_gives_different_output() -> None:
    assert write_jsonl(generate_life(MONDAY, 3, seed=7)) != write_jsonl(generate_life(MONDAY, 3, seed=8))


def test_a_day_is_the_same_whatever_range_it_is_generated_in() -> None:
    second_day = [obs for obs in generate_life(MONDAY, 3, seed=3) if obs.id.startswith("syn-3-2026-03-24-")]
    assert second_day == generate_day(MONDAY + timedelta(days=1), seed=3)


def test_written_files_are_byte_identical(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    count = write_life_jsonl(first, MONDAY, 2, seed=5)
    write_life_jsonl(second, MONDAY, 2, seed=5)

    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().count(b"\n") == count


@pytest.mark.parametrize("seed", [0, 1, 2, 42])
def test_three_days_look_like_a_life(seed: int) -> None:
    # Friday to Sunday: a workday and a weekend must both hold up.
    observations = generate_life(date(2026, 3, 27), 3, seed=seed)

    assert len({obs.id for obs in observations}) == len(observations)
    assert observations == sorted(observations, key=lambda obs: (obs.start, obs.id))
    for obs in observations:
        assert obs.start.utcoffset() is not None
        assert obs.end is None or obs.end >= obs.start

    days = _by_day(observations)
    assert len(days) == 3
    for day_observations in days.values():
        kinds = {obs.kind for obs in day_observations}
        assert {"sleep", "meal", "computer", "coffee", "conversation"} <= kinds
        assert sum(obs.kind == "sleep" for obs in day_observations) == 1
        assert 1 <= sum(obs.kind == "coffee" for obs in day_observations) <= 4
        assert 30 <= len(day_observations) <= 140

    kinds = {obs.kind for obs in observations}
    assert {"exercise", "meeting", "conversation"} <= kinds


def test_fields_of_each_kind() -> None:
    observations = generate_life(MONDAY, 7, seed=11)
    expected = {
        "sleep": ("health", Modality.physiological, {"hours", "quality"}),
        "coffee": ("manual", Modality.gustatory, {"drink", "caffeine_mg"}),
        "meal": ("manual", Modality.gustatory, {"meal", "food"}),
        "computer": ("window", Modality.digital, {"app", "title"}),
        "exercise": ("health", Modality.physiological, {"activity", "distance_km", "avg_heart_rate", "duration_min"}),
        "meeting": ("calendar", Modality.digital, {"title", "attendees"}),
        "conversation": ("microphone", Modality.auditory, {"speaker", "text"}),
    }
    assert {obs.kind for obs in observations} == set(expected)
    for obs in observations:
        sensor, modality, keys = expected[obs.kind]
        assert obs.sensor == sensor
        assert obs.modality is modality
        assert keys <= set(obs.data)
    meetings = [obs for obs in observations if obs.kind == "meeting"]
    assert all(isinstance(obs.data["attendees"], list) and obs.data["attendees"] for obs in meetings)
    meals = {obs.data["meal"] for obs in observations if obs.kind == "meal"}
    assert meals == {"breakfast", "lunch", "dinner"}


def test_computer_use_comes_as_mergeable_heartbeats() -> None:
    computer = [obs for obs in generate_day(MONDAY, seed=0) if obs.kind == "computer"]

    assert all(60 <= obs.duration_s <= 7 * 60 for obs in computer)
    continued = [
        (earlier, later)
        for earlier, later in zip(computer, computer[1:])
        if earlier.data == later.data and later.end is not None and earlier.end is not None
        and timedelta(0) <= later.start - earlier.end <= timedelta(seconds=30)
    ]
    assert len(continued) >= len(computer) // 3
    for earlier, later in zip(computer, computer[1:]):
        assert earlier.end is not None and earlier.end <= later.start  # one window at a time


def test_times_are_planned_in_the_given_zone() -> None:
    for tz in ("Europe/Berlin", "America/New_York"):
        zone = ZoneInfo(tz)
        sleeps = [obs for obs in generate_life(MONDAY, 5, seed=2, tz=tz) if obs.kind == "sleep"]
        for sleep in sleeps:
            assert sleep.end is not None
            assert 6 <= sleep.end.astimezone(zone).hour <= 9  # people wake in their own morning


def test_sleep_hours_are_real_time_across_a_dst_change() -> None:
    # Berlin moves its clocks forward in the night to Sunday 2026-03-29.
    [sleep] = [obs for obs in generate_day(date(2026, 3, 29), seed=4) if obs.kind == "sleep"]
    assert sleep.end is not None
    assert sleep.data["hours"] == round(sleep.duration_s / 3600, 1)


def test_argument_errors() -> None:
    assert generate_life(MONDAY, 0) == []
    with pytest.raises(ValueError, match="days"):
        generate_life(MONDAY, -1)
    with pytest.raises(ValueError, match="time zone"):
        generate_life(MONDAY, 1, tz="")
    with pytest.raises(ValueError, match="time zone"):
        generate_life(MONDAY, 1, tz="Mars/Olympus_Mons")


def test_replay_reads_a_written_life_back(tmp_path: Path) -> None:
    path = tmp_path / "life.jsonl"
    write_life_jsonl(path, MONDAY, 2, seed=9)
    sensor = ReplaySensor(path)

    assert sensor.poll() == generate_life(MONDAY, 2, seed=9)
    assert sensor.errors == []
