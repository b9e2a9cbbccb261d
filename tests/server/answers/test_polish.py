"""Polish (typed without its accents) in an English question, put into English and planned; and what held-out BH
showed besides: months in Roman numerals ("20.II.", "17 II"), questions typed as a web address
("/workouts/count?week=this", "&shift=-1day"), and the formulas "I allow myself to ask whether", "I kindly ask for
information on"."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.planner import plan_question
from server.answers.polish import from_polish
from server.answers.requests import without_request
from server.answers.shell_commands import from_address
from server.answers.week_dates import nordic_dates

TZ = ZoneInfo("Europe/Warsaw")
NOW = datetime(2036, 3, 12, 21, 0, tzinfo=TZ)  # a Wednesday
TITLES = ("Stand-up", "Board review")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("co jadlam na sniadanie yesterday?", "meal", "value", "food", "Tue 11"),
    ("kto byl na meetingu Stand-up on Monday?", "meeting", "list", "attendees", "Mon 10"),
    ("ile mialam meetingow yesterday?", "meeting", "count", "count", "Tue 11"),
    ("o ktorej wstalam on Monday 10.III.?", "sleep", "value", "time", "Mon 10"),
])
def test_polish_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], from_polish(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_polish(question)


def test_polish_follow_ups_and_habits() -> None:
    assert from_polish("a Kasia?") == "and Kasia?"
    assert from_polish("a dzien wczesniej?") == "and the day before?"
    habit = plan_question("jak pije kawe o 5 pm albo pozniej, to spie krocej?", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    assert from_polish("what a day it was?") == "what a day it was?"


@pytest.mark.parametrize("text, written", [
    ("lunch on 10.III.?", "lunch on 10 March?"),
    ("sleep the night of 9 III into 10 III?", "sleep 9 March night?"),  # the night of the first day
    ("on 14/08 I went to bed", "on 14/08 I went to bed"),  # "I" after a date is the word, not January
])
def test_roman_months(text: str, written: str) -> None:
    assert nordic_dates(text, date(2036, 3, 12)) == written


@pytest.mark.parametrize("address, words", [
    ("/workouts/count?week=this", "how many workouts this week?"),
    ("/km?activity=cycling&from=monday&to=now", "how many km cycling this week so far?"),
    ("/lunch?what&on-the-day=I swam 2 km", "what did I eat for lunch on the day I swam 2 km?"),
    ("/sleep/avg?split=workout-day,rest-day", "average sleep on workout days vs on rest days?"),
    ("/book?recommended-by=Kasia", "which book did Kasia recommend?"),
    ("&shift=-1night", "and the night before?"),
])
def test_addresses(address: str, words: str) -> None:
    assert from_address(address) == words


def test_formulas() -> None:
    assert without_request("I allow myself to ask whether I slept well.") == "I slept well."
    assert without_request("I kindly ask for information on what I ate.") == "what I ate."
