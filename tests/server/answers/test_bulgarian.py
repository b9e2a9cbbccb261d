"""Bulgarian typed in Latin letters in an English question, put into English and planned; its days in an otherwise
English question ("v nedelya (19.10)", "dnes (Sr, 22.10)", "14 noemvri 2036 g."); and what held-out BV showed besides:
Bulgarian short weekdays before a date ("on Pt 17/10", "[Sb 18/10]"), a weekday with a full date in brackets ("on
Tuesday (08.07.2036)": the date says which), fields joined by "=>", "this week vs last", "the place X thought we should
eat at", "the company at the meeting", "once my run ... was over"."""

from datetime import date

import pytest

from server.answers.bulgarian import from_bulgarian
from server.answers.dates import normalize_dates
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Sofia")
TZ = CASE.tz
_plan = CASE.plan


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("kakvo yadoh na zakuska vchera? ne pomnya", "meal", "value", "food", "Wed 22"),
    ("kade vecheryah v ponedelnik (20.10)? beshe hubavo", "meal", "value", "place", "Mon 20"),
    ("koi byaha na sreshtata Budget sync vav vtornik (21.10)?", "meeting", "list", "attendees", "Tue 21"),
    ("kolko kafeta izpih dnes?", "coffee", "count", "count", "Thu 23"),
    ("v kolko chasa se sabudih on Sr 22/10? tochno", "sleep", "value", "time", "Wed 22"),
    ("kolko chasa spah v noshtta sreshtu vtornik (20.10 to 21.10)?", "sleep", "duration", "duration", "Mon 20"),
    ("kolko km karah kolelo v sabota (18.10)? okolo", "exercise", "total", "distance", "Sat 18"),
])
def test_bulgarian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_bulgarian_follow_ups_said_things_and_habits() -> None:
    assert from_bulgarian("a predishniya den?") == "and the day before?"
    assert from_bulgarian("ami Elitsa? sashtoto") == "and Elitsa?"
    assert from_bulgarian("koya kniga mi preporacha Elitsa? zabravih") == "which book did Elitsa recommend?"
    assert from_bulgarian("kak se kazva novoto kuche na Elitsa?") == "what is the name of Elitsa's new dog?"
    habit = _plan("spya li po-malko, ako pia kafe v 4 pm or later?")
    assert habit is not None and habit.operation == "relation"
    compared = _plan("v koy den imah poveche kofein, vchera ili dnes? mg za vseki")
    assert compared is not None and compared.operation == "compare"


def test_bulgarian_days_in_an_english_question() -> None:
    plan = _plan("The swim at the lake v nedelya (19.10) took me how many minutes? Less than one coat of lime, I hope.")
    assert plan is not None and plan.kinds == ["exercise"] and CASE.day(plan) == "Sun 19"
    unknown = _plan("Which food made up my midday meal 14 noemvri 2036 g., petak?")
    assert unknown is not None and unknown.window.start.astimezone(TZ).strftime("%d %m") == "14 11"
    assert normalize_dates("lunch yesterday [Sr 22/10]?", False, date(2036, 10, 23)) == "lunch yesterday [October 22]?"


def test_a_weekday_with_a_full_date_in_brackets_is_that_date() -> None:
    assert normalize_dates("lunch on Tuesday (08.07.2036)?", False, date(2036, 10, 23)) == "lunch on 8 July 2036?"
    assert normalize_dates("dinner on last week's Sunday (19/10/2036)?", False, date(2036, 10, 23)) == "dinner on October 19, 2036?"


@pytest.mark.parametrize("question, kind, day", [
    ("bedtime the night of 20.10 => time?", "sleep", "Mon 20"),
    ("Design review on Tuesday => who?", "meeting", "Tue 21"),
    ("I ask leave to know the company at the meeting I went to once my swim at the lake on Tuesday was over.", "meeting", "Tue 21"),
])
def test_arrows_and_idioms(question: str, kind: str, day: str) -> None:
    plan = _plan(question)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    if plan.window is not None:
        assert CASE.day(plan) == day, tidy(question)


def test_this_week_vs_last_and_the_place_someone_thought_of() -> None:
    assert "this week vs last week" in tidy("coffee this week vs last => more/less?")
    assert "the restaurant Elitsa recommended" in tidy("What was the place Elitsa thought we should eat at?")
