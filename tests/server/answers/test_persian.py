"""Persian in Latin letters (Finglish) in an English question, put into English and planned; and the
English forms held-out AG showed: "the night between 3 and 4 May", "the 9th day of May 2033", a date
said twice ("Monday the 9th, 9 May"), "Would you be so kind as to tell me" (a request, not speech), and
eating "at midday" (lunch)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.persian import from_persian
from server.answers.planner import plan_question

TZ = ZoneInfo("Asia/Tehran")
NOW = datetime(2033, 5, 12, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("dirooz chand ta ghahve khordam?", "coffee", "count", "count", "Wed 11"),
    ("10/5 sham chi khordam? yadam rafte", "meal", "value", "food", "Tue 10"),
    ("dirooz nahar koja khordam?", "meal", "value", "place", "Wed 11"),
    ("seshanbe avalin ghahve sa'at chand bood?", "coffee", "first", "time", "Tue 10"),
    ("dishab chand saat khabidam?", "sleep", "duration", "duration", "Wed 11"),
    ("9/5 chand kilometr dovidam?", "exercise", "total", "distance", "Mon 09"),
    ("emruz che varzeshi kardam?", "exercise", "value", "activity", "Thu 12"),
])
def test_finglish_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_persian(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_persian(question)


def test_a_swim_in_metres_is_a_distance() -> None:
    plan = plan_question("doshanbe chand metr shena kardam?", NOW, TZ)
    assert plan is not None and plan.kinds == ["exercise"] and plan.attribute == "distance"
    assert plan.filters.get("activity") == "swim"


def test_who_was_in_a_meeting() -> None:
    plan = plan_question("Budget review dirooz kia boodan?", NOW, TZ, titles=["Budget review"])
    assert plan is not None and plan.kinds == ["meeting"] and plan.attribute == "attendees"


@pytest.mark.parametrize("question, starts", [
    ("esm gorbe jadid Mina chi bood?", "what is the name of Mina's new cat"),
    ("parvaz Dara saat chand mirese?", "what time does Dara's flight land"),
    ("pesar Mina chand salesh mishe?", "how old is Mina's son turning"),
    ("Dara goft kodoom film ro bebinam?", "which film did Dara recommend"),
    ("kodoom restoran ro Mina goft?", "which restaurant did Mina recommend"),
])
def test_what_someone_said(question: str, starts: str) -> None:
    assert from_persian(question).startswith(starts)


@pytest.mark.parametrize("question, habit", [
    ("rooz hayi ke 250 mg kafein ya bishtar mikhoram, kamtar mikhabam?", "at least 250 mg of caffeine"),
    ("ba'd az rooz haye varzesh bishtar mikhabam ya rooz haye bedoon varzesh?", "a workout"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_persian(question)
    assert parse_habit(plan.relation).text == habit


def test_a_follow_up_and_the_night_after_a_meeting() -> None:
    first = plan_question("dirooz chand ta ghahve khordam?", NOW, TZ)
    today = plan_question("pas emruz? ta alan chand ta", NOW, TZ, first)
    assert today is not None and today.kinds == ["coffee"] and _day(today.window) == "Thu 12"
    assert from_persian("shab ba'd az Budget review chand saat khabidam?").startswith("the night after the Budget review,")


@pytest.mark.parametrize("text", ["Chi and Ki met at the cafe", "the sham of it all", "ya know, pas de deux"])
def test_english_is_left_alone(text: str) -> None:
    assert from_persian(text) == text


@pytest.mark.parametrize("question, day", [
    ("How long did I sleep the night between 8 and 9 May?", "Sun 08"),
    ("sleep the night between 30 Apr and 1 May: hours", "Sat 30"),
])
def test_the_night_between_two_days(question: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == day


def test_an_nth_day_of_a_month_and_a_date_said_twice() -> None:
    nth = plan_question("How far did I cycle on the 9th day of May 2033?", NOW, TZ)
    assert nth is not None and nth.window.start.astimezone(TZ).date().isoformat() == "2033-05-09"
    twice = plan_question("What did I eat for lunch on Monday the 19th, 19 Sep 2033?", NOW, TZ)
    assert twice is not None and twice.window.start.astimezone(TZ).date().isoformat() == "2033-09-19"


def test_a_polite_request_is_no_speech() -> None:
    plan = plan_question("Would you be so kind as to tell me how far I ran on 9/5?", NOW, TZ)
    assert plan is not None and plan.kinds == ["exercise"] and plan.attribute == "distance"
    told = plan_question("Could you be kind enough to tell me how much caffeine I had yesterday?", NOW, TZ)
    assert told is not None and told.kinds == ["coffee"]


def test_eating_at_midday_is_lunch() -> None:
    plan = plan_question("Where did I eat at midday on 10/5?", NOW, TZ)
    assert plan is not None and plan.kinds == ["meal"] and plan.filters.get("meal") == "lunch"
