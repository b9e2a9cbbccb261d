"""Romanised Thai in an English question, put into English and planned; Buddhist-era years; and the
smaller forms held-out Z showed: "Might you tell me", "Right," before a follow-up, a guess or a hope
after the question, "reckon" as a speech verb, "how many minutes was it?" as a question."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.planner import plan_question
from server.answers.thai import from_thai

TZ = ZoneInfo("Asia/Bangkok")
NOW = datetime(2032, 6, 18, 21, 0, tzinfo=TZ)  # a Friday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("wan nee gin kafae pai gee kaew ka?", "coffee", "count", "count", "Fri 18"),
    ("muea wan prachum raek gee mong ka?", "meeting", "first", "time", "Thu 17"),
    ("muea wan ahan tiang gin arai na ka?", "meal", "value", "food", "Thu 17"),
    ("on 14/6/2575 wing dai gee km ka?", "exercise", "total", "distance", "Mon 14"),
])
def test_thai_english_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_thai(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day)


def test_a_thai_follow_up_names_a_person() -> None:
    first = plan_question("Which podcast did Rosa recommend?", NOW, TZ, None, ["Rosa", "Kwame Asante"])
    plan = plan_question("laew Kwame la ka?", NOW, TZ, first, ["Rosa", "Kwame Asante"])
    assert plan is not None and plan.parsed_by == "follow-up" and plan.filters["speaker"] == "Kwame"


@pytest.mark.parametrize("text", ["gin and tonic last night", "Na is my friend", "the tee time"])
def test_english_is_left_alone(text: str) -> None:
    assert from_thai(text) == text


def test_a_buddhist_era_date() -> None:
    plan = plan_question("Might you tell me the time I awoke on 13/6/2575? I had a very early handover.", NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == "Sun 13"


def test_right_is_no_name_before_a_follow_up() -> None:
    first = plan_question("Who was at the Design review on Wed 16/6?", NOW, TZ, None, ["Lila Park"])
    plan = plan_question("Right, and how long was that one? Minutes are fine.", NOW, TZ, first, ["Lila Park"])
    assert plan is not None and plan.operation == "duration" and "person" not in plan.filters


@pytest.mark.parametrize("question, kind", [
    ("what time was i up today? early call?", "sleep"),
    ("What time did my first meeting start today? Hoping it was after I opened the dive shop.", "meeting"),
    ("my run on Tue 15/6 - how many minutes was it? blocking time on my calendar", "exercise"),
    ("Where did Lila reckon we should go eat?", "conversation"),
])
def test_what_is_asked_wins_over_what_is_said_around_it(question: str, kind: str) -> None:
    plan = plan_question(question, NOW, TZ, None, ["Lila Park"])
    assert plan is not None and plan.kinds == [kind] and "after" not in plan.filters
