"""Time phrases in questions, read in the person's zone: tables, DST days, and properties."""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from server.memory.timeparse import WEEKDAYS, parse_time_filter
from shared.timeutil import NaiveDatetimeError

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 20, 15, 0, tzinfo=BERLIN)  # Friday


def middle_day(tf, tz) -> date:
    """The local date in the middle of a window (robust to 23- and 25-hour days)."""
    return (tf.start + (tf.end - tf.start) / 2).astimezone(tz).date()


def local(tf) -> tuple[str, str]:
    return tf.start.astimezone(BERLIN).strftime("%Y-%m-%d %H:%M"), tf.end.astimezone(BERLIN).strftime("%Y-%m-%d %H:%M")


@pytest.mark.parametrize(
    ("query", "start", "end", "phrase"),
    [
        ("what did I eat today", "2026-11-20 00:00", "2026-11-21 00:00", "today"),
        ("coffee yesterday?", "2026-11-19 00:00", "2026-11-20 00:00", "yesterday"),
        ("Yesterday's run", "2026-11-19 00:00", "2026-11-20 00:00", "Yesterday"),
        ("yesterday afternoon", "2026-11-19 12:00", "2026-11-19 18:00", "yesterday afternoon"),
        ("the day before yesterday", "2026-11-18 00:00", "2026-11-19 00:00", "the day before yesterday"),
        ("this morning", "2026-11-20 04:00", "2026-11-20 12:00", "this morning"),
        ("this afternoon", "2026-11-20 12:00", "2026-11-20 18:00", "this afternoon"),
        ("this evening", "2026-11-20 18:00", "2026-11-21 00:00", "this evening"),
        ("tonight", "2026-11-20 18:00", "2026-11-21 06:00", "tonight"),
        ("how did I sleep last night", "2026-11-19 18:00", "2026-11-20 06:00", "last night"),
        ("last Tuesday", "2026-11-17 00:00", "2026-11-18 00:00", "last Tuesday"),
        ("last friday", "2026-11-13 00:00", "2026-11-14 00:00", "last friday"),  # today is Friday
        ("last Thursday evening", "2026-11-19 18:00", "2026-11-20 00:00", "last Thursday evening"),
        ("this Monday", "2026-11-16 00:00", "2026-11-17 00:00", "this Monday"),
        ("on Friday", "2026-11-20 00:00", "2026-11-21 00:00", "on Friday"),
        ("on Saturday", "2026-11-14 00:00", "2026-11-15 00:00", "on Saturday"),
        ("Sunday night", "2026-11-15 18:00", "2026-11-16 06:00", "Sunday night"),
        ("what happened on 12 November", "2026-11-12 00:00", "2026-11-13 00:00", "on 12 November"),
        ("12 Nov", "2026-11-12 00:00", "2026-11-13 00:00", "12 Nov"),
        ("November 12", "2026-11-12 00:00", "2026-11-13 00:00", "November 12"),
        ("the 12th of November", "2026-11-12 00:00", "2026-11-13 00:00", "the 12th of November"),
        ("Nov. 12th, 2025", "2025-11-12 00:00", "2025-11-13 00:00", "Nov. 12th, 2025"),
        ("on 20 November", "2026-11-20 00:00", "2026-11-21 00:00", "on 20 November"),
        ("21 November", "2025-11-21 00:00", "2025-11-22 00:00", "21 November"),  # tomorrow: last year's
        ("on 25 December", "2025-12-25 00:00", "2025-12-26 00:00", "on 25 December"),
        ("on 3 January 2027", "2027-01-03 00:00", "2027-01-04 00:00", "on 3 January 2027"),
        ("29 Feb", "2024-02-29 00:00", "2024-03-01 00:00", "29 Feb"),
        ("on 2026-03-29", "2026-03-29 00:00", "2026-03-30 00:00", "on 2026-03-29"),
        ("12 November in the morning", "2026-11-12 04:00", "2026-11-12 12:00", "12 November in the morning"),
        ("this week", "2026-11-16 00:00", "2026-11-23 00:00", "this week"),
        ("last week", "2026-11-09 00:00", "2026-11-16 00:00", "last week"),
        ("this weekend", "2026-11-21 00:00", "2026-11-23 00:00", "this weekend"),
        ("last weekend", "2026-11-14 00:00", "2026-11-16 00:00", "last weekend"),
        ("3 days ago", "2026-11-17 00:00", "2026-11-18 00:00", "3 days ago"),
        ("two days ago", "2026-11-18 00:00", "2026-11-19 00:00", "two days ago"),
        ("a day ago", "2026-11-19 00:00", "2026-11-20 00:00", "a day ago"),
        ("31 February or yesterday", "2026-11-19 00:00", "2026-11-20 00:00", "yesterday"),
        ("yesterday or on 12 November", "2026-11-19 00:00", "2026-11-20 00:00", "yesterday"),
        ("this past Monday", "2026-11-16 00:00", "2026-11-17 00:00", "this past Monday"),
        ("the previous friday", "2026-11-13 00:00", "2026-11-14 00:00", "previous friday"),
        ("the night before last", "2026-11-18 18:00", "2026-11-19 06:00", "the night before last"),
        ("4 days back", "2026-11-16 00:00", "2026-11-17 00:00", "4 days back"),
        ("a week ago", "2026-11-13 00:00", "2026-11-14 00:00", "a week ago"),
        ("this day last week", "2026-11-13 00:00", "2026-11-14 00:00", "this day last week"),
        ("same day last week", "2026-11-13 00:00", "2026-11-14 00:00", "same day last week"),
        ("a couple of days ago", "2026-11-18 00:00", "2026-11-19 00:00", "a couple of days ago"),
        ("Wednesday of last week", "2026-11-11 00:00", "2026-11-12 00:00", "Wednesday of last week"),
        ("last week's Friday", "2026-11-13 00:00", "2026-11-14 00:00", "last week's Friday"),
        ("two Wednesdays ago", "2026-11-11 00:00", "2026-11-12 00:00", "two Wednesdays ago"),
        ("since Wednesday", "2026-11-18 00:00", "2026-11-21 00:00", "since Wednesday"),
        ("runs in the last 3 days", "2026-11-18 00:00", "2026-11-21 00:00", "in the last 3 days"),
        ("on the 14th?", "2026-11-14 00:00", "2026-11-15 00:00", "on the 14th"),
        ("the 25th", "2026-10-25 00:00", "2026-10-26 00:00", "the 25th"),  # this month's is still to come
        ("Friday the 13th", "2026-11-13 00:00", "2026-11-14 00:00", "Friday the 13th"),
        ("Thursday the 1st", "2026-10-01 00:00", "2026-10-02 00:00", "Thursday the 1st"),
        ("lunch on christmas day", "2025-12-25 00:00", "2025-12-26 00:00", "on christmas day"),
        ("runs over the weekend", "2026-11-14 00:00", "2026-11-16 00:00", "over the weekend"),
        ("this month", "2026-11-01 00:00", "2026-12-01 00:00", "this month"),
        ("last month", "2026-10-01 00:00", "2026-11-01 00:00", "last month"),
        ("in the past week", "2026-11-14 00:00", "2026-11-21 00:00", "in the past week"),
        ("on Tues.", "2026-11-17 00:00", "2026-11-18 00:00", "on Tues."),
        ("two nights back", "2026-11-18 18:00", "2026-11-19 06:00", "two nights back"),
    ],
)
def test_phrases(query: str, start: str, end: str, phrase: str) -> None:
    tf = parse_time_filter(query, NOW, BERLIN)
    assert tf is not None
    assert local(tf) == (start, end)
    assert tf.phrase == phrase and query[tf.span[0]:tf.span[1]] == phrase
    assert tf.start.tzinfo is UTC and tf.end.tzinfo is UTC


@pytest.mark.parametrize(
    "query",
    ["", "coffee", "Sunday roast recipe", "XJ-9000", "may I ask", "todays", "the weekly report", "31 February",
     "in 2026", "on 99 November", "12:30", "1234-56-78", "last", "a-yesterday", "99999 days ago", "the 3rd coffee",
     "the 1:1 with Tom"],
)
def test_no_time_phrase(query: str) -> None:
    assert parse_time_filter(query, NOW, BERLIN) is None


def test_last_weekday_on_that_weekday_is_a_week_ago() -> None:
    tuesday = datetime(2026, 11, 17, 9, 0, tzinfo=BERLIN)
    assert local(parse_time_filter("last Tuesday", tuesday, BERLIN))[0] == "2026-11-10 00:00"
    assert local(parse_time_filter("on Tuesday", tuesday, BERLIN))[0] == "2026-11-17 00:00"


@pytest.mark.parametrize(("day", "hours"), [(date(2026, 3, 29), 23), (date(2026, 10, 25), 25), (date(2026, 7, 1), 24)])
def test_days_across_dst_changes_are_as_long_as_lived(day: date, hours: int) -> None:
    noon = datetime(day.year, day.month, day.day, 12, tzinfo=BERLIN)
    tf = parse_time_filter("today", noon, BERLIN)
    assert tf.end - tf.start == timedelta(hours=hours)
    assert local(tf) == (f"{day} 00:00", f"{day + timedelta(days=1)} 00:00")
    later = parse_time_filter("yesterday", noon + timedelta(days=1), BERLIN)
    assert (later.start, later.end) == (tf.start, tf.end)


def test_the_zone_decides_which_day_it_is() -> None:
    now = datetime(2026, 11, 20, 23, 30, tzinfo=UTC)
    berlin = parse_time_filter("today", now, BERLIN)
    new_york = parse_time_filter("today", now, ZoneInfo("America/New_York"))
    assert berlin.start.astimezone(BERLIN).date() == date(2026, 11, 21)
    assert new_york.start.astimezone(ZoneInfo("America/New_York")).date() == date(2026, 11, 20)


def test_a_skipped_day_gives_an_empty_window_not_an_error() -> None:
    apia = ZoneInfo("Pacific/Apia")  # 2011-12-30 never happened there
    tf = parse_time_filter("on 2011-12-30", datetime(2012, 1, 5, tzinfo=apia), apia)
    assert tf is not None and tf.start == tf.end


def test_remove_from_and_overlaps() -> None:
    query = "what coffee did I drink yesterday morning?"
    tf = parse_time_filter(query, NOW, BERLIN)
    assert tf.remove_from(query) == "what coffee did I drink ?"
    assert tf.overlaps(datetime(2026, 11, 19, 8, 15, tzinfo=BERLIN))
    assert not tf.overlaps(datetime(2026, 11, 19, 12, 0, tzinfo=BERLIN))  # end is exclusive
    assert tf.overlaps(datetime(2026, 11, 18, 23, 0, tzinfo=BERLIN), datetime(2026, 11, 19, 7, 0, tzinfo=BERLIN))


def test_naive_now_is_refused() -> None:
    with pytest.raises(NaiveDatetimeError):
        parse_time_filter("today", datetime(2026, 11, 20, 15, 0), BERLIN)


# --- properties -----------------------------------------------------------------------------------

ZONES = [ZoneInfo(name) for name in ("UTC", "Europe/Berlin", "America/Santiago", "Australia/Lord_Howe",
                                     "Pacific/Apia", "Asia/Kathmandu", "America/St_Johns")]
VOCABULARY = [
    "today", "yesterday", "tonight", "last", "this", "on", "the", "of", "night", "morning", "evening", "week",
    "weekend", "days", "ago", "day", "before", "in", "two", "a", "Nov", "November", "Feb", "29", "31", "12th",
    "2025", "2026-02-29", "2026-11-12", "0", "99999", *WEEKDAYS, "-", ",", ".", "  ",
]
nows = st.datetimes(min_value=datetime(1902, 1, 1), max_value=datetime(2098, 12, 31), timezones=st.just(UTC))
queries = st.one_of(
    st.text(max_size=80),
    st.lists(st.sampled_from(VOCABULARY), max_size=8).map(" ".join),
    st.lists(st.one_of(st.sampled_from(VOCABULARY), st.text(max_size=4)), max_size=8).map(" ".join),
)


@settings(max_examples=400, deadline=None)
@given(query=queries, now=nows, tz=st.sampled_from(ZONES))
def test_never_raises_and_windows_are_well_formed(query: str, now: datetime, tz) -> None:
    tf = parse_time_filter(query, now, tz)
    if tf is not None:
        assert tf.start.tzinfo is UTC and tf.end.tzinfo is UTC
        assert tf.start <= tf.end
        assert query[tf.span[0]:tf.span[1]] == tf.phrase and tf.phrase.strip()


@settings(max_examples=200, deadline=None)
@given(now=nows, tz=st.sampled_from(ZONES))
def test_today_holds_now_and_yesterday_ends_where_today_begins(now: datetime, tz) -> None:
    today = parse_time_filter("today", now, tz)
    yesterday = parse_time_filter("yesterday", now, tz)
    assert today.start <= now < today.end
    assert yesterday.end == today.start
    assert parse_time_filter("1 day ago", now, tz).start == yesterday.start


@settings(max_examples=200, deadline=None)
@given(now=nows, tz=st.sampled_from(ZONES), weekday=st.sampled_from(WEEKDAYS))
def test_last_weekday_is_that_weekday_within_the_past_week(now: datetime, tz, weekday: str) -> None:
    today = now.astimezone(tz).date()
    tf = parse_time_filter(f"last {weekday}", now, tz)
    day = middle_day(tf, tz)
    assert day.weekday() == WEEKDAYS.index(weekday)
    assert 1 <= (today - day).days <= 7
    recent = parse_time_filter(f"on {weekday}", now, tz)
    assert 0 <= (today - middle_day(recent, tz)).days <= 6


@settings(max_examples=200, deadline=None)
@given(now=nows, tz=st.sampled_from(ZONES), month=st.integers(1, 12), day=st.integers(1, 28))
def test_dates_without_a_year_are_the_most_recent_not_in_the_future(now: datetime, tz, month: int, day: int) -> None:
    today = now.astimezone(tz).date()
    tf = parse_time_filter(f"on {day} {calendar.month_name[month]}", now, tz)
    chosen = middle_day(tf, tz)
    assert (chosen.month, chosen.day) == (month, day)
    assert chosen <= today and (today - chosen).days < 366
