"""Tests of device.pipeline.digitize: normalize, heartbeat merge, episodes, and their invariants."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from device.pipeline.digitize import (
    Episode,
    covered_seconds,
    describe_observation,
    episode_text,
    group_episodes,
    heartbeat_merge,
    merge_adjacent,
    normalize,
)
from shared.observation import Observation

BASE = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def make(
    obs_id: str,
    kind: str,
    minute: float,
    end_minute: float | None = None,
    sensor: str = "test",
    **data: Any,
) -> Observation:
    """An observation starting ``minute`` minutes after BASE."""
    return Observation(
        id=obs_id,
        sensor=sensor,
        kind=kind,
        start=BASE + timedelta(minutes=minute),
        end=None if end_minute is None else BASE + timedelta(minutes=end_minute),
        data=data,
    )


# --- normalize ------------------------------------------------------------------------------


def test_normalize_keeps_first_of_each_id_and_sorts_by_start_then_id() -> None:
    first = make("b", "coffee", 10, drink="espresso")
    duplicate = make("b", "coffee", 0, drink="latte")
    earlier = make("a", "coffee", 5)
    tie = make("0", "coffee", 10)
    result = normalize([first, duplicate, earlier, tie])
    assert [o.id for o in result] == ["a", "0", "b"]
    assert result[2].data == {"drink": "espresso"}


# --- heartbeat_merge ------------------------------------------------------------------------


def test_heartbeat_merge_extends_last_to_cover_new_and_keeps_its_id() -> None:
    last = make("h1", "computer", 0, 1, app="Code", title="a.py")
    new = make("h2", "computer", 1.5, 3, app="Code", title="a.py")
    merged = heartbeat_merge(last, new, pulsetime_s=60)
    assert merged is not None
    assert merged.id == "h1"
    assert (merged.start, merged.end) == (last.start, new.end)


def test_heartbeat_merge_of_instants_makes_an_interval() -> None:
    merged = heartbeat_merge(make("p1", "presence", 0), make("p2", "presence", 0.5), pulsetime_s=60)
    assert merged is not None and merged.end == BASE + timedelta(minutes=0.5)


def test_heartbeat_merge_inside_last_returns_last_unchanged() -> None:
    last = make("h1", "computer", 0, 10, app="Code")
    assert heartbeat_merge(last, make("h2", "computer", 2, 5, app="Code"), 60) == last


def test_heartbeat_merge_refuses_different_data_kind_sensor_or_a_gap() -> None:
    last = make("h1", "computer", 0, 1, app="Code", title="a.py")
    assert heartbeat_merge(last, make("h2", "computer", 1, 2, app="Code", title="b.py"), 60) is None
    assert heartbeat_merge(last, make("h2", "screen", 1, 2, app="Code", title="a.py"), 60) is None
    assert heartbeat_merge(last, make("h2", "computer", 1, 2, sensor="aw", app="Code", title="a.py"), 60) is None
    assert heartbeat_merge(last, make("h2", "computer", 2.5, 3, app="Code", title="a.py"), 60) is None
    assert heartbeat_merge(make("h0", "computer", 5, 6, app="Code", title="a.py"), last, 600) is None


# --- merge_adjacent -------------------------------------------------------------------------


def test_merge_adjacent_folds_heartbeats_per_stream_and_records_every_id() -> None:
    heartbeats = [make(f"w{i}", "computer", i * 0.5, i * 0.5 + 0.4, app="Code", title="a.py") for i in range(6)]
    coffee = make("c1", "coffee", 1.2, drink="flat white")
    result = merge_adjacent([*heartbeats, coffee], pulsetime_s=30)
    assert [r.source_ids for r in result] == [tuple(f"w{i}" for i in range(6)), ("c1",)]
    window = result[0].observation
    assert (window.id, window.start, window.end) == ("w0", heartbeats[0].start, heartbeats[-1].end)


# --- episodes -------------------------------------------------------------------------------


def test_same_app_with_different_titles_is_one_episode_naming_the_main_titles() -> None:
    observations = [
        make("w1", "computer", 0, 30, app="VS Code", title="tether — server/api/app.py"),
        make("w2", "computer", 31, 40, app="VS Code", title="tether — device/condense/state.py"),
        make("w3", "computer", 42, 100, app="VS Code", title="tether — server/api/app.py"),
    ]
    [episode] = group_episodes(observations, gap_s=300)
    assert episode.kind == "computer"
    assert episode.source_ids == ("w1", "w2", "w3")
    assert (episode.start, episode.end) == (observations[0].start, observations[2].end)
    assert episode.label == "computer: VS Code — tether — server/api/app.py; tether — device/condense/state.py (3 sessions)"
    assert episode.data["app"] == "VS Code"
    assert episode.data["sessions"] == 3


def test_computer_episodes_split_on_app_change_and_on_long_gaps() -> None:
    observations = [
        make("w1", "computer", 0, 10, app="VS Code", title="a.py"),
        make("w2", "computer", 10, 20, app="Firefox", title="docs"),
        make("w3", "computer", 20, 30, app="VS Code", title="a.py"),
        make("w4", "computer", 60, 70, app="VS Code", title="a.py"),
    ]
    episodes = group_episodes(observations, gap_s=300)
    assert [e.source_ids for e in episodes] == [("w1",), ("w2",), ("w3",), ("w4",)]
    assert episodes[1].label == "computer: Firefox — docs"


def test_overlapping_computer_episodes_are_cut_where_the_next_one_starts() -> None:
    observations = [
        make("w1", "computer", 0, 30, app="VS Code"),
        make("w2", "computer", 20, 40, app="Terminal"),
    ]
    first, second = group_episodes(observations)
    assert first.end == second.start == observations[1].start


def test_other_kinds_give_one_episode_each_with_key_values_in_the_label() -> None:
    observations = [
        make("c1", "coffee", 0, drink="flat white", caffeine_mg=130),
        make("m1", "meal", 200, meal="lunch", food="ramen"),
        make("e1", "exercise", 400, 432, activity="run", distance_km=5.23),
        make("t1", "meeting", 500, 530, title="Design review", attendees=["Ana", "Bo"]),
        make("v1", "conversation", 540, speaker="Ana", text="Let's ship the demo on Friday,\n after the review."),
        make("s1", "sleep", 800, 1268),
        make("x1", "mood", 900, score=4, note="fine"),
    ]
    labels = [e.label for e in group_episodes(observations)]
    assert labels == [
        "coffee: flat white, 130 mg caffeine",
        "meal: ramen (lunch)",
        "exercise: run 5.2 km, 32 min",
        "meeting: Design review with Ana, Bo",
        'conversation: Ana: "Let\'s ship the demo on Friday, after the review."',
        "sleep: 7.8 h",
        "mood: note=fine, score=4",
    ]


def test_identical_back_to_back_observations_of_other_kinds_merge_into_one_episode() -> None:
    observations = [make("e1", "exercise", 0, 1, activity="walk"), make("e2", "exercise", 1, 2, activity="walk")]
    [episode] = group_episodes(observations)
    assert episode.source_ids == ("e1", "e2")
    assert episode.duration_s == 120


def test_labels_are_deterministic_and_long_text_is_cut() -> None:
    long_text = "word " * 40
    observation = make("v1", "conversation", 0, speaker="Bo", text=long_text)
    assert describe_observation(observation) == describe_observation(observation)
    assert describe_observation(observation).endswith('…"')
    assert len(describe_observation(observation)) < 90


def test_episode_text_uses_local_times_and_names_the_end_date_when_it_differs() -> None:
    tz = ZoneInfo("Europe/Berlin")
    episode = Episode("computer", BASE + timedelta(minutes=2), BASE + timedelta(minutes=167), "computer: VS Code", {}, ("w1",))
    assert episode_text(episode, tz) == "2026-11-20 10:02-12:47 computer: VS Code"
    night = Episode("sleep", datetime(2026, 11, 19, 22, 10, tzinfo=timezone.utc), datetime(2026, 11, 20, 5, 55, tzinfo=timezone.utc), "sleep: 7.8 h", {}, ("s1",))
    assert episode_text(night, tz) == "2026-11-19 23:10-2026-11-20 06:55 sleep: 7.8 h"
    instant = Episode("coffee", BASE, BASE, "coffee: flat white", {}, ("c1",))
    assert episode_text(instant, tz) == "2026-11-20 10:00 coffee: flat white"


def test_covered_seconds_counts_overlaps_once() -> None:
    intervals = [(BASE, BASE + timedelta(minutes=10)), (BASE + timedelta(minutes=5), BASE + timedelta(minutes=15))]
    assert covered_seconds(intervals) == 15 * 60


# --- properties -----------------------------------------------------------------------------

_apps = st.sampled_from(["VS Code", "Firefox", "Terminal"])
_titles = st.sampled_from(["a.py", "b.py", "docs", ""])


@st.composite
def observations(draw: st.DrawFn) -> Observation:
    """Small random observations: few ids, kinds, apps and titles, so collisions and merges happen."""
    kind = draw(st.sampled_from(["computer", "computer", "coffee", "exercise", "sleep"]))
    start = draw(st.integers(min_value=0, max_value=600))
    length = draw(st.one_of(st.none(), st.integers(min_value=0, max_value=120)))
    data: dict[str, Any] = {}
    if kind == "computer":
        data = {"app": draw(_apps), "title": draw(_titles)}
    elif kind == "coffee":
        data = {"drink": draw(st.sampled_from(["espresso", "latte"]))}
    return Observation(
        id=f"o{draw(st.integers(min_value=0, max_value=60))}",
        sensor=draw(st.sampled_from(["window", "aw"])),
        kind=kind,
        start=BASE + timedelta(minutes=start),
        end=None if length is None else BASE + timedelta(minutes=start + length),
        data=data,
    )


@given(st.lists(observations(), max_size=40), st.floats(min_value=0, max_value=900), st.floats(min_value=0, max_value=300))
@settings(max_examples=200, deadline=None)
def test_every_input_id_lands_in_exactly_one_episode(items: list[Observation], gap_s: float, pulse_s: float) -> None:
    episodes = group_episodes(items, gap_s=gap_s, pulsetime_s=pulse_s)
    all_ids = [source_id for episode in episodes for source_id in episode.source_ids]
    assert sorted(all_ids) == sorted({o.id for o in items})


@given(st.lists(observations(), max_size=40), st.floats(min_value=0, max_value=900))
@settings(max_examples=200, deadline=None)
def test_episodes_are_sorted_and_computer_episodes_never_overlap(items: list[Observation], gap_s: float) -> None:
    episodes = group_episodes(items, gap_s=gap_s)
    assert [e.start for e in episodes] == sorted(e.start for e in episodes)
    assert all(e.start <= e.end for e in episodes)
    computer = [e for e in episodes if e.kind == "computer"]
    for earlier, later in zip(computer, computer[1:]):
        assert earlier.end <= later.start


@given(st.lists(observations(), max_size=40))
@settings(max_examples=200, deadline=None)
def test_normalize_is_idempotent_and_ignores_input_order_for_distinct_ids(items: list[Observation]) -> None:
    once = normalize(items)
    assert normalize(once) == once
    assert len({o.id for o in once}) == len(once)
    assert normalize(reversed(once)) == once


@given(st.lists(observations(), max_size=40), st.floats(min_value=0, max_value=300))
@settings(max_examples=200, deadline=None)
def test_merged_observations_cover_their_sources(items: list[Observation], pulse_s: float) -> None:
    by_id = {o.id: o for o in normalize(items)}
    for merged in merge_adjacent(items, pulsetime_s=pulse_s):
        sources = [by_id[source_id] for source_id in merged.source_ids]
        assert merged.observation.id == merged.source_ids[0]
        assert merged.observation.start == min(o.start for o in sources)
        merged_end = merged.observation.end or merged.observation.start
        assert merged_end == max(o.end or o.start for o in sources)
        assert all(o.data == merged.observation.data for o in sources)
