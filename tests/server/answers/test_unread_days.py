"""Code whose day no table puts into English, and code no reader reads, are refused, not answered for today: a request
line's day or night in words the planner cannot read ("day=tomorrowish"), a table's column compared with a quoted value
('Coffee.CDay = "..."'), a counter counted up ("n = n + 1") or a request line left unread."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.code_readers import unread_code
from server.answers.http_requests import from_http_request
from server.answers.tidy import tidy


@pytest.mark.parametrize("line, english", [
    ("GET /coffees?day=Monday&select=mg", "how much caffeine in mg Monday?"),
    ("GET /coffees?day=yesterday&select=mg", "how much caffeine in mg yesterday?"),
    ("GET /coffees?day=14/03/2031&select=mg", "how much caffeine in mg 14/03/2031?"),
])
def test_a_day_the_planner_reads_is_put_into_english(line: str, english: str) -> None:
    assert from_http_request(line) == english


@pytest.mark.parametrize("line", [
    "GET /coffees?day=tomorrowish&select=mg",
    "GET /nights?night=вчера вечером&select=hours",
    "GET /coffees?day=Monday|the other one&select=mg",
])
def test_a_day_in_words_no_table_reads_is_left_as_code(line: str) -> None:
    assert from_http_request(line) == line
    assert unread_code(tidy(line))


@pytest.mark.parametrize("code", [
    'FOR EACH Coffee NO-LOCK WHERE Coffee.CDay = "вчера вечером": ACCUMULATE Coffee.Mg (TOTAL). END.',
    "DEFINE VARIABLE n AS INTEGER. FOR EACH Meeting WHERE Meeting.Day = TODAY: n = n + 1. END. DISPLAY n.",
    "FIND FIRST Summary WHERE Summary.Km = 12.5 AND Summary.Sport = 'swam'. DISPLAY Summary.Supper.",  # a column and a number
])
def test_code_no_reader_reads_is_marked(code: str) -> None:
    assert unread_code(tidy(code))


@pytest.mark.parametrize("question", [
    "what did I have for lunch on 14/03/2031?", "Is 1 + 1 = 2 today?", "who is Dr. Smith = the dentist?",
    "my sister's name is Ann. How many coffees did I have today?",
])
def test_prose_is_not_marked(question: str) -> None:
    assert not unread_code(tidy(question))


def test_through_the_answerer_an_unread_day_is_refused_not_answered_for_today(tmp_path) -> None:
    from sensors.synthetic import generate_life
    from server.answers.service import GroundedAnswerer
    from server.answers.typed_records import RecordStore

    berlin = ZoneInfo("Europe/Berlin")
    store = RecordStore(f"sqlite:///{tmp_path / 'records.sqlite3'}")
    store.add(generate_life(date(2026, 11, 2), 7, seed=4))
    answerer = GroundedAnswerer(store.query, None, berlin)
    answer = answerer.answer('FOR EACH Coffee NO-LOCK WHERE Coffee.CDay = "вчера вечером": ACCUMULATE Coffee.Mg (TOTAL). END.',
                             datetime(2026, 11, 8, 21, 0, tzinfo=berlin))
    assert answer.made_by == "unknown" and "please ask it in words" in answer.text


@pytest.mark.parametrize("code", [
    "graph.V().has('meeting','title','Planning').has('day','Mon 3').out('attended_by').values('name')",  # the title lost
    'W $G(^PET("Mia","dog"))',  # whose dog lost
])
def test_the_generic_reader_leaves_a_request_that_misses_what_it_needs(code: str) -> None:
    from server.answers.any_code import from_any_code

    assert from_any_code(code) == code


def test_the_generic_reader_leaves_one_key_tested_with_two_values() -> None:
    from server.answers.any_code import from_any_code

    code = 'FOR EACH Workout WHERE Workout.WDay = "Monday" OR Workout.WDay = "Friday" BREAK BY Workout.WDay: ACCUMULATE ...'
    assert from_any_code(code) == code  # two days compared, not Monday's minutes alone
