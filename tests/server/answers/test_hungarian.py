"""Hungarian (with or without its accents) in an English question, put into English and planned; and what held-out BL
showed besides: "the night from Thursday, dawning on Friday" and "the night dawning on Feb. 28.", dates written month
first with dots ("02. 24."), the formulas "I ask to be apprised of", "Be pleased to inform me of", "Pursuant to the
foregoing", "With due regard.", and questions typed as "? fields | between | bars"."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.hungarian import from_hungarian
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.tidy import tidy
from server.answers.week_dates import nordic_dates

TZ = ZoneInfo("Europe/Budapest")
NOW = datetime(2036, 7, 9, 21, 0, tzinfo=TZ)  # a Wednesday
TITLES = ("Budget sync", "Kickoff")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("mit ebédeltem on Monday?", "meal", "value", "food", "Mon 07"),
    ("mit vacsoraztam yesterday? nem emlekszem", "meal", "value", "food", "Tue 08"),
    ("hol ebédeltem on Monday?", "meal", "value", "place", "Mon 07"),
    ("kik voltak ott a Budget sync meetingen yesterday?", "meeting", "list", "attendees", "Tue 08"),
    ("hány kávét ittam on Monday?", "coffee", "count", "count", "Mon 07"),
    ("hánykor ittam az első kávémat yesterday?", "coffee", "first", "time", "Tue 08"),
    ("hány km-t futottam on Monday?", "exercise", "total", "distance", "Mon 07"),
])
def test_hungarian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_hungarian_follow_ups_said_and_habits() -> None:
    assert from_hungarian("és Zsófi esetében?") == "and Zsófi?"
    assert from_hungarian("és ma eddig?") == "and today so far?"
    assert from_hungarian("mikor landol Zsófi gépe?") == "when does Zsófi's flight land?"
    habit = plan_question(tidy("ha 5 pm-kor vagy később kávézom, kevesebbet alszom?"), NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    assert from_hungarian("Mit Koffein, bitte?") == "Mit Koffein, bitte?"  # German words


@pytest.mark.parametrize("text, written", [
    ("run on 06. 24.?", "run on 24 June?"),  # the second number is no month: month first
    ("sleep the night dawning on Jul. 8.?", "sleep 7 July night?"),
    ("sleep the night from Sunday, dawning on Monday?", "sleep the night from Sunday into Monday?"),
])
def test_hungarian_dates(text: str, written: str) -> None:
    assert nordic_dates(text, date(2036, 7, 9)) == written


def test_formulas_and_bars() -> None:
    assert without_request("I ask to be apprised of the number of hours I slept") == "the number of hours I slept"
    assert without_request("Pursuant to the foregoing, be pleased to inform me of the same for Zsófi") == "the same for Zsófi"
    assert tidy("How many coffees today? With due regard.") == "How many coffees today?"
    assert tidy("? dinner place | day of the Kickoff meeting") == "dinner place, day of the Kickoff meeting?"
    plan = plan_question("how many hours did I sleep the night from Sunday, dawning on Monday?", NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == "Sun 06"


@pytest.mark.parametrize("question", ["dni s 300 mg kofeinu alebo viac, ako potom spim?", "po 4 coffees ili vise, spavanje?"])
def test_a_stated_amount_is_no_question_about_today(question: str) -> None:
    """A habit in a language with no table, its threshold an amount of caffeine: not "You had 330 mg today" (a number no
    one asked for), but no plan, so "I don't know"."""
    assert plan_question(question, NOW, TZ) is None
    assert plan_question("did I go over 400 mg today?", NOW, TZ) is not None
