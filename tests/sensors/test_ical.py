"""meetings_from_ics against real .ics fixtures: recurrence, overrides, zones, all-day, cancellations."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sensors.ical import MAX_INSTANCES_PER_EVENT, ICalendarError, meetings_from_ics
from shared.observation import Observation

FIXTURES = Path(__file__).parent / "fixtures" / "calendar"
BERLIN = ZoneInfo("Europe/Berlin")
UTC = timezone.utc
WORK = (FIXTURES / "work.ics").read_text(encoding="utf-8")
PERSONAL = (FIXTURES / "personal.ics").read_bytes()


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def _read(text: str | bytes, start: datetime = _utc(2026, 10, 1), end: datetime = _utc(2026, 12, 1), **kw) -> list[Observation]:
    kw.setdefault("default_tz", BERLIN)
    return meetings_from_ics(text, start, end, **kw)


def _titled(observations: list[Observation], prefix: str) -> list[Observation]:
    return [obs for obs in observations if obs.data["title"].startswith(prefix)]


def test_weekly_series_with_exdate_moved_and_cancelled_instances() -> None:
    standups = _titled(_read(WORK), "Team standup")

    assert [obs.start for obs in standups] == [
        _utc(2026, 10, 19, 7, 30),  # 09:30 CEST
        _utc(2026, 10, 21, 7, 30),
        _utc(2026, 10, 26, 8, 30),  # 09:30 CET: the wall-clock time survives the DST change
        # 28 Oct is an EXDATE
        _utc(2026, 11, 2, 8, 30),
        _utc(2026, 11, 5, 13, 0),  # 4 Nov moved to 5 Nov 14:00 by a RECURRENCE-ID override
        # 9 Nov cancelled by an override
        _utc(2026, 11, 11, 8, 30),
        _utc(2026, 11, 16, 8, 30),
        _utc(2026, 11, 18, 8, 30),  # UNTIL 22:59:59Z that day is inclusive
    ]
    assert all(obs.end - obs.start == timedelta(minutes=15) for obs in standups)
    moved = standups[4]
    assert moved.data["title"] == "Team standup (moved for the release)"
    assert moved.data["attendees"] == ["Omar Haddad"]
    assert moved.data["location"] == "Room Kepler"
    assert len({obs.id for obs in standups}) == len(standups)


def test_override_is_matched_to_its_original_slot_not_its_new_time() -> None:
    original_day = _read(WORK, _utc(2026, 11, 4), _utc(2026, 11, 5))
    new_day = _read(WORK, _utc(2026, 11, 5), _utc(2026, 11, 6))

    assert _titled(original_day, "Team standup") == []
    assert [obs.start for obs in _titled(new_day, "Team standup")] == [_utc(2026, 11, 5, 13, 0)]


def test_meeting_fields_attendees_by_common_name_or_mail_local_part() -> None:
    [standup] = _titled(_read(WORK, _utc(2026, 10, 19), _utc(2026, 10, 20)), "Team standup")

    assert standup.sensor == "calendar"
    assert standup.kind == "meeting"
    assert standup.modality is None
    assert standup.data == {
        "title": "Team standup",
        "calendar": "Work",
        "location": "Room Kepler",
        "attendees": ["Lena Vogel", "Omar Haddad", "kim.park"],
        "organizer": "Lena Vogel",
    }


def test_event_across_the_dst_change_has_its_exact_length() -> None:
    [migration] = _titled(_read(WORK), "Database migration")

    # 01:00 CEST to 04:00 CET: three hours on the wall clock, four real hours.
    assert migration.start == _utc(2026, 10, 24, 23, 0)
    assert migration.end == _utc(2026, 10, 25, 3, 0)


def test_utc_event_with_duration_and_floating_event_in_the_default_zone() -> None:
    [call] = _titled(_read(WORK), "Call with the Tokyo office")
    assert (call.start, call.end) == (_utc(2026, 10, 22, 7, 0), _utc(2026, 10, 22, 7, 45))
    assert call.data["attendees"] == ["Aiko Tanaka", "me"]

    [in_berlin] = _titled(_read(WORK), "Dentist")
    [in_utc] = _titled(_read(WORK, default_tz=UTC), "Dentist")
    assert in_berlin.start == _utc(2026, 10, 23, 13, 0)
    assert in_utc.start == _utc(2026, 10, 23, 15, 0)


def test_cancelled_event_is_skipped() -> None:
    assert _titled(_read(WORK), "Offsite") == []


def test_all_day_events_and_yearly_recurrence_from_long_ago() -> None:
    observations = _read(PERSONAL)
    days = [obs for obs in observations if obs.kind == "calendar_day"]

    assert [(obs.data["title"], obs.start, obs.end) for obs in days] == [
        ("Mila's birthday", _utc(2026, 10, 26, 23), _utc(2026, 10, 27, 23)),
        ("Autumn holiday", _utc(2026, 10, 28, 23), _utc(2026, 10, 30, 23)),  # two days, Berlin midnights
    ]
    assert all(obs.data["calendar"] == "Personal" and "attendees" not in obs.data for obs in days)


def test_count_limited_series_in_another_zone() -> None:
    yoga = _titled(_read(PERSONAL), "Yoga")

    # 18:30 in New York; its DST ends on 1 Nov, a week after Berlin's.
    assert [obs.start for obs in yoga] == [_utc(2026, 10, 20, 22, 30), _utc(2026, 10, 27, 22, 30), _utc(2026, 11, 3, 23, 30)]


def test_window_keeps_events_that_overlap_it() -> None:
    during_migration = _read(WORK, _utc(2026, 10, 25, 1), _utc(2026, 10, 25, 2))
    assert [obs.data["title"] for obs in during_migration] == ["Database migration (night of the clock change)"]

    ends_at_window_start = _read(WORK, _utc(2026, 10, 19, 7, 45), _utc(2026, 10, 19, 9))
    assert ends_at_window_start == []


def test_ids_are_stable_across_reads_and_windows() -> None:
    wide = {obs.start: obs.id for obs in _read(WORK)}
    narrow = _read(WORK, _utc(2026, 10, 26), _utc(2026, 10, 27))

    assert narrow and all(wide[obs.start] == obs.id for obs in narrow)
    assert [obs.id for obs in _read(WORK)] == [obs.id for obs in _read(WORK)]
    assert all(obs.id.startswith("cal-") for obs in narrow)


def test_calendar_name_falls_back_to_the_source_name() -> None:
    unnamed = WORK.replace("X-WR-CALNAME:Work\n", "")
    [call] = _titled(_read(unnamed, source_name="team"), "Call with")
    assert call.data["calendar"] == "team"


def test_a_broken_event_does_not_hide_the_others() -> None:
    broken = WORK.replace("DTSTART:20261022T070000Z", "DTSTART:tomorrow-ish")
    titles = {obs.data["title"] for obs in _read(broken)}
    assert "Call with the Tokyo office" not in titles
    assert "Dentist" in titles and "Team standup" in titles


def test_sub_hourly_rules_are_skipped_not_expanded_for_ever() -> None:
    every_minute = WORK.replace("RRULE:FREQ=WEEKLY;UNTIL=20261118T225959Z;BYDAY=MO,WE", "RRULE:FREQ=MINUTELY")
    observations = _read(every_minute)

    # The series is skipped; its stand-alone override and the other events are still read.
    assert [obs.data["title"] for obs in _titled(observations, "Team standup")] == ["Team standup (moved for the release)"]
    assert _titled(observations, "Dentist")


def test_instances_of_one_series_are_capped(caplog: pytest.LogCaptureFixture) -> None:
    hourly = WORK.replace("RRULE:FREQ=WEEKLY;UNTIL=20261118T225959Z;BYDAY=MO,WE", "RRULE:FREQ=HOURLY")
    observations = _read(hourly, _utc(2026, 10, 1), _utc(2027, 3, 1))

    plain = [obs for obs in observations if obs.data["title"] == "Team standup"]
    assert len(plain) == MAX_INSTANCES_PER_EVENT - 2  # of the instances taken, one moved and one cancelled
    assert "repeats more than" in caplog.text


@pytest.mark.parametrize("text", ["", "hello", "<html><body>Please log in</body></html>", "BEGIN:VEVENT\nEND:VEVENT\n"])
def test_text_that_is_not_a_calendar_raises_icalendar_error(text: str) -> None:
    with pytest.raises(ICalendarError):
        _read(text)


def test_naive_window_is_refused() -> None:
    with pytest.raises(ValueError, match="offset"):
        meetings_from_ics(WORK, datetime(2026, 10, 1), datetime(2026, 11, 1))


def _parse_or_error(text: str) -> None:
    try:
        result = _read(text)
    except ICalendarError:
        return
    assert isinstance(result, list)
    assert all(isinstance(obs, Observation) for obs in result)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_random_text_never_crashes_the_parser(text: str) -> None:
    _parse_or_error(text)


_LINES = WORK.splitlines()


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.integers(min_value=0, max_value=len(_LINES) - 1), max_size=6),
    st.lists(st.tuples(st.integers(min_value=0, max_value=len(_LINES) - 1), st.text(max_size=12)), max_size=4),
)
def test_damaged_calendar_never_crashes_the_parser(dropped: list[int], garbled: list[tuple[int, str]]) -> None:
    lines = list(_LINES)
    for index, noise in garbled:
        cut = len(lines[index]) // 2
        lines[index] = lines[index][:cut] + noise + lines[index][cut + len(noise) :]
    text = "\n".join(line for i, line in enumerate(lines) if i not in set(dropped))
    _parse_or_error(text)
