"""Tests of device.condense.state: facts at a moment, local days, midnight and time zones."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from typing import Any
from zoneinfo import ZoneInfo

from device.condense.state import CurrentState, current_state, local_day_start, state_lines
from shared.observation import Observation

LA = ZoneInfo("America/Los_Angeles")
BERLIN = ZoneInfo("Europe/Berlin")


def local(tz: ZoneInfo, text: str) -> datetime:
    """A local wall-clock time in ``tz`` (``YYYY-MM-DD HH:MM``)."""
    return datetime.fromisoformat(text).replace(tzinfo=tz)


def make(obs_id: str, kind: str, start: datetime, end: datetime | None = None, **data: Any) -> Observation:
    return Observation(id=obs_id, sensor="test", kind=kind, start=start, end=end, data=data)


def test_local_day_start_is_local_midnight_in_utc() -> None:
    at = datetime(2026, 11, 21, 5, 0, tzinfo=timezone.utc)  # 21:00 on Nov 20 in Los Angeles
    assert local_day_start(at, LA) == datetime(2026, 11, 20, 8, 0, tzinfo=timezone.utc)


def test_sleep_across_midnight_is_the_last_sleep() -> None:
    sleep = make("s1", "sleep", local(BERLIN, "2026-11-19 23:00"), local(BERLIN, "2026-11-20 07:00"))
    older = make("s0", "sleep", local(BERLIN, "2026-11-18 23:30"), local(BERLIN, "2026-11-19 06:30"))
    state = current_state([older, sleep], at=local(BERLIN, "2026-11-20 09:00"), tz=BERLIN)
    assert state.last_sleep is not None
    assert (state.last_sleep.start, state.last_sleep.end) == (sleep.start, sleep.end)
    assert state.last_sleep.hours == 8.0
    assert state.source_ids["last_sleep"] == ("s1",)
    assert "last sleep 23:00-07:00 (8.0 h)" in state_lines(state, BERLIN)


def test_sleep_split_at_a_wake_up_is_one_night_counting_only_time_asleep() -> None:
    first = make("s1", "sleep", local(BERLIN, "2026-11-19 23:10"), local(BERLIN, "2026-11-20 03:00"))
    second = make("s2", "sleep", local(BERLIN, "2026-11-20 03:30"), local(BERLIN, "2026-11-20 06:55"))
    state = current_state([first, second], at=local(BERLIN, "2026-11-20 08:00"), tz=BERLIN)
    assert state.last_sleep is not None
    assert (state.last_sleep.start, state.last_sleep.end) == (first.start, second.end)
    assert round(state.last_sleep.hours, 2) == round((230 + 205) / 60, 2)
    assert state.source_ids["last_sleep"] == ("s1", "s2")


def test_sleep_still_going_on_is_not_the_last_sleep_but_what_the_person_is_doing() -> None:
    sleep = make("s1", "sleep", local(BERLIN, "2026-11-19 23:00"), local(BERLIN, "2026-11-20 07:00"))
    state = current_state([sleep], at=local(BERLIN, "2026-11-20 03:00"), tz=BERLIN)
    assert state.last_sleep is None
    assert state.doing == "sleep: 8.0 h"
    assert state.source_ids["doing"] == ("s1",)


def test_caffeine_counts_the_local_day_where_the_utc_date_differs() -> None:
    # 17:30 Nov 20 in Los Angeles is 01:30 Nov 21 UTC; 08:00 and 20:00 are also Nov 20 locally.
    at = local(LA, "2026-11-20 21:00")
    coffees = [
        make("c0", "coffee", local(LA, "2026-11-19 23:30"), drink="decaf"),  # yesterday locally, Nov 20 UTC
        make("c1", "coffee", local(LA, "2026-11-20 08:00"), drink="flat white", caffeine_mg=130),
        make("c2", "coffee", local(LA, "2026-11-20 17:30"), drink="espresso", caffeine_mg=60),
        make("c3", "coffee", local(LA, "2026-11-20 20:00"), drink="tea"),
        make("c4", "coffee", local(LA, "2026-11-20 22:00"), drink="later"),  # after `at`: ignored
    ]
    state = current_state(coffees, at=at, tz=LA)
    caffeine = state.caffeine_today
    assert caffeine.count == 3
    assert caffeine.caffeine_mg == 190
    assert caffeine.last_at == coffees[3].start
    assert state.source_ids["caffeine_today"] == ("c1", "c2", "c3")
    assert "coffee today: 3 (190 mg), last 20:00" in state_lines(state, LA)


def test_caffeine_today_starts_over_after_local_midnight() -> None:
    coffee = make("c1", "coffee", local(LA, "2026-11-20 23:50"), caffeine_mg=80)
    state = current_state([coffee], at=local(LA, "2026-11-21 00:10"), tz=LA)
    assert state.caffeine_today.count == 0
    assert "coffee today: none" in state_lines(state, LA)


def test_screen_time_counts_overlaps_once_and_clips_to_today_and_now() -> None:
    tz = BERLIN
    observations = [
        make("w0", "computer", local(tz, "2026-11-19 23:30"), local(tz, "2026-11-20 00:30"), app="Firefox"),
        make("w1", "computer", local(tz, "2026-11-20 09:00"), local(tz, "2026-11-20 10:00"), app="VS Code"),
        make("w2", "computer", local(tz, "2026-11-20 09:30"), local(tz, "2026-11-20 10:30"), app="aw"),
        make("w3", "computer", local(tz, "2026-11-20 11:00"), local(tz, "2026-11-20 13:00"), app="VS Code"),
        make("w4", "computer", local(tz, "2026-11-20 12:30"), local(tz, "2026-11-20 14:00"), app="later"),
    ]
    state = current_state(observations, at=local(tz, "2026-11-20 12:00"), tz=tz)
    assert state.screen_time_today_min == 30 + 90 + 60
    assert state.source_ids["screen_time_today"] == ("w0", "w1", "w2", "w3")
    assert "screen time today: 3 h 0 min" in state_lines(state, tz)


def test_next_meeting_is_the_first_one_after_now_within_a_day() -> None:
    tz = BERLIN
    observations = [
        make("m0", "meeting", local(tz, "2026-11-20 09:00"), local(tz, "2026-11-20 09:30"), title="Standup"),
        make("m2", "meeting", local(tz, "2026-11-20 16:00"), local(tz, "2026-11-20 17:00"), title="1:1"),
        make("m1", "meeting", local(tz, "2026-11-20 14:00"), local(tz, "2026-11-20 15:00"), title="Design review"),
        make("m3", "meeting", local(tz, "2026-11-22 09:00"), title="Too far"),
    ]
    state = current_state(observations, at=local(tz, "2026-11-20 10:00"), tz=tz)
    assert state.next_meeting is not None
    assert (state.next_meeting.title, state.next_meeting.start) == ("Design review", observations[2].start)
    assert state.source_ids["next_meeting"] == ("m1",)
    assert "next meeting: 14:00 Design review" in state_lines(state, tz)
    late = current_state(observations, at=local(tz, "2026-11-20 18:00"), tz=tz)
    assert late.next_meeting is None


def test_next_meeting_tomorrow_says_so() -> None:
    meeting = make("m1", "meeting", local(BERLIN, "2026-11-21 09:00"), title="Standup")
    state = current_state([meeting], at=local(BERLIN, "2026-11-20 22:00"), tz=BERLIN)
    assert "next meeting: tomorrow 09:00 Standup" in state_lines(state, BERLIN)


def test_doing_prefers_what_is_in_progress_then_recent_activity_within_15_minutes() -> None:
    tz = BERLIN
    coding = [
        make("w1", "computer", local(tz, "2026-11-20 09:00"), local(tz, "2026-11-20 09:40"), app="VS Code", title="a.py"),
        make("w2", "computer", local(tz, "2026-11-20 09:41"), local(tz, "2026-11-20 10:30"), app="VS Code", title="b.py"),
    ]
    now = current_state(coding, at=local(tz, "2026-11-20 10:00"), tz=tz)
    assert now.doing == "computer: VS Code — b.py; a.py (2 sessions)"
    assert now.source_ids["doing"] == ("w1", "w2")
    recent = current_state(coding, at=local(tz, "2026-11-20 10:40"), tz=tz)
    assert recent.doing == now.doing
    later = current_state(coding, at=local(tz, "2026-11-20 10:50"), tz=tz)
    assert later.doing is None and "doing" not in later.source_ids


def test_exercise_today_lists_local_day_activities() -> None:
    tz = LA
    observations = [
        make("e0", "exercise", local(tz, "2026-11-19 18:00"), local(tz, "2026-11-19 18:30"), activity="swim"),
        make("e1", "exercise", local(tz, "2026-11-20 07:10"), local(tz, "2026-11-20 07:42"), activity="run", distance_km=5.2),
        make("e2", "exercise", local(tz, "2026-11-20 12:00"), activity="yoga", duration_min=20),
    ]
    state = current_state(observations, at=local(tz, "2026-11-20 17:00"), tz=tz)
    assert [(e.activity, e.minutes, e.distance_km) for e in state.exercise_today] == [("run", 32.0, 5.2), ("yoga", 20.0, None)]
    assert state.source_ids["exercise_today"] == ("e1", "e2")
    assert "exercise today: run 5.2 km, 32 min at 07:10; yoga, 20 min at 12:00" in state_lines(state, tz)


def test_empty_state_renders_and_serializes() -> None:
    at = local(BERLIN, "2026-11-20 12:00")
    state = current_state([], at=at, tz=BERLIN)
    assert state == CurrentState(at=at.astimezone(timezone.utc))
    assert state_lines(state, BERLIN) == [
        "now: Fri 2026-11-20 12:00",
        "coffee today: none",
        "exercise today: none",
        "screen time today: 0 min",
    ]
    assert state.to_dict()["caffeine_today"] == {"count": 0, "caffeine_mg": None, "last_at": None}


def test_future_observations_do_not_count() -> None:
    at = local(BERLIN, "2026-11-20 12:00")
    future = [
        make("c1", "coffee", at + timedelta(minutes=1)),
        make("w1", "computer", at + timedelta(minutes=1), at + timedelta(hours=1), app="VS Code"),
    ]
    state = current_state(future, at=at, tz=BERLIN)
    assert state.caffeine_today.count == 0
    assert state.screen_time_today_min == 0
    assert state.doing is None
