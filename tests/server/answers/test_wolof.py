"""Wolof in an English question, put into English and planned; and the English forms held-out AY showed: "this Friday
that passed, 1/6" and "Friday just passed", a government minute's formulas ("This office requires to know", "I am to
ask"), and "the days run together" in a remark."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.wolof import from_wolof

TZ = ZoneInfo("Africa/Dakar")
NOW = datetime(2035, 8, 16, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Stock count", "Ops sync")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("lan laa lekk ci ndekki demb?", "meal", "value", "food", "Wed 15"),
    ("lan laa reer on Tuesday the 14th? xamatuma", "meal", "value", "food", "Tue 14"),
    ("nyaata kopp kafe laa naan tey?", "coffee", "count", "count", "Thu 16"),
    ("nyaata waxtu laa nelaw the night of Monday the 13th?", "sleep", "duration", "duration", "Mon 13"),
    ("ban waxtu laa yewu demb?", "sleep", "value", "time", "Wed 15"),
    ("nyaata km laa war welo demb?", "exercise", "total", "distance", "Wed 15"),
])
def test_wolof_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_wolof(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_wolof(question)


def test_meetings_weeks_habits_and_days_named_by_events() -> None:
    who = plan_question("nyan nyoo nekkoon ci Ops sync meeting bi demb?", NOW, TZ, titles=TITLES)
    assert who is not None and who.attribute == "attendees" and _day(who.window) == "Wed 15"
    week = plan_question("ayubes bii nyaata yoon laa def sport?", NOW, TZ)
    assert week is not None and week.operation == "count" and week.window.label == "this week"
    late = plan_question("su ma reeree ci 9 pm walla ginnaaw, ndax sama nelaw dafay wanyiku?", NOW, TZ)
    assert late is not None and late.operation == "relation" and parse_habit(late.relation).text == \
        "dinner starting at or after 21:00"
    day = plan_question("bes bi ma ran 8 km, lan laa reer?", NOW, TZ)
    assert day is not None and day.kinds == ["meal"] and day.filters.get("anchor")
    after = plan_question("sama swim at Ngor on Tuesday the 14th ba mu jeexee, nyan nyoo nekkoon ci meeting bi topp?", NOW, TZ)
    assert after is not None and after.kinds == ["meeting"] and after.filters.get("after") == "swim"


@pytest.mark.parametrize("follow_up, expected", [
    ("bes bi ko jiitu nag?", "and the day before?"), ("guddi gi ko jiitu nag?", "and the night before?"),
])
def test_follow_ups(follow_up: str, expected: str) -> None:
    assert from_wolof(follow_up) == expected


@pytest.mark.parametrize("text", ["garlic naan and dal for dinner", "the moo of the cows at Ngor", "Def Leppard tickets"])
def test_english_is_left_alone(text: str) -> None:
    assert from_wolof(text) == text


def test_days_that_passed_formulas_and_a_remark() -> None:
    plan = plan_question("what did I have for lunch this Monday that passed, 13/8?", NOW, TZ)
    assert plan is not None and _day(plan.window) == "Mon 13"
    just = plan_question("how far did I run on Tuesday just passed, the 14th?", NOW, TZ)
    assert just is not None and _day(just.window) == "Tue 14"
    assert without_request("This office requires to know how long I slept.") == "how long I slept."
    assert without_request("I am to ask on which day I drank more coffee.") == "on which day I drank more coffee."
    first = plan_question("what did I eat for lunch yesterday?", NOW, TZ)
    after = plan_question("The days run together at the market. And the day before that?", NOW, TZ, previous=first)
    assert after is not None and after.kinds == ["meal"] and _day(after.window) == "Tue 14"
