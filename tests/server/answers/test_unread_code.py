"""A question typed as code that no reader knows is answered "I don't know how to read that", not guessed from its words:
held-out DE's unread Julia had a count of meetings answered with their length, and a habit with today's caffeine."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sensors.synthetic import generate_life
from server.answers.code_readers import unread_code
from server.answers.service import GroundedAnswerer
from server.answers.typed_records import RecordStore


def test_code_marks_left_after_the_readers() -> None:
    assert unread_code('SELECT count(*) FROM meetings WHERE day == "today"')
    assert unread_code("coffees |> where(day == today) |> count")
    assert not unread_code("how many coffees did I drink today?")
    assert not unread_code("coffee after 2 pm -> less sleep?")  # an arrow to an outcome is read as words
    assert not unread_code("1:1 with Noor day | lunch | where ?")


def test_unread_code_is_answered_with_a_plain_i_dont_know(tmp_path) -> None:
    berlin = ZoneInfo("Europe/Berlin")
    store = RecordStore(f"sqlite:///{tmp_path / 'records.sqlite3'}")
    store.add(generate_life(date(2026, 11, 2), 7, seed=4))
    answerer = GroundedAnswerer(store.query, None, berlin)
    answer = answerer.answer("tally(meetings |> keep(day == today))", datetime(2026, 11, 8, 21, 0, tzinfo=berlin))
    assert answer.made_by == "unknown" and answer.text.startswith("I don't know how to read that question")
