"""Luganda in an English question, put into English and planned; and the English forms held-out AI showed:
"May you tell me", "I humbly request to know", "I further wish to know" (requests, not speech), and a
follow-up "the night before that" after a question that named no day (it was answered with every night of
the log added up: now "I don't know which day")."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.luganda import from_luganda
from server.answers.planner import plan_question

TZ = ZoneInfo("Africa/Kampala")
NOW = datetime(2034, 3, 9, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("jjo nanywa ebikopo bya kaawa bimeka?", "coffee", "count", "count", "Wed 08"),
    ("ekyemisana leero nalidde ki?", "meal", "value", "food", "Thu 09"),
    ("ekyeggulo jjo nalidde wa?", "meal", "value", "place", "Wed 08"),
    ("7/3 nadduka kilomita mmeka?", "exercise", "total", "distance", "Tue 07"),
    ("jjo nazuukuka ku ssaawa mmeka?", "sleep", "value", "time", "Wed 08"),
    ("leero nabadde mu nkiiko mmeka?", "meeting", "count", "count", "Thu 09"),
])
def test_luganda_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_luganda(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_luganda(question)


@pytest.mark.parametrize("question, starts", [
    ("firimu ki Nakato gye yagamba ndabe?", "which film did Nakato recommend"),
    ("embwa ya Nakato empya, erinnya lyayo ki?", "what is the name of Nakato's new dog"),
    ("ennyonyi ya Ssali egwa ku ssaawa mmeka?", "what time does Ssali's flight land"),
])
def test_what_someone_said(question: str, starts: str) -> None:
    assert from_luganda(question).startswith(starts)


def test_a_habit_and_a_follow_up() -> None:
    habit = plan_question("bwe nnywa caffeine 250 mg oba okusingawo, nneebaka kitono?", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    assert parse_habit(habit.relation).text == "at least 250 mg of caffeine"
    first = plan_question("jjo nanywa ebikopo bya kaawa bimeka?", NOW, TZ)
    today = plan_question("ate leero? bimeka bambi", NOW, TZ, first)
    assert today is not None and today.kinds == ["coffee"] and _day(today.window) == "Thu 09"


@pytest.mark.parametrize("text", ["What I ate at the kaawa place yesterday", "Ate too much, how many coffees yesterday?",
                                  "Ki and Ani went to the market"])
def test_english_is_left_alone(text: str) -> None:
    assert from_luganda(text) == text


@pytest.mark.parametrize("question", [
    "May you tell me how long I slept on Tuesday night (the 7th)?",
    "I humbly request to know how long I slept on Tuesday night (the 7th).",
    "I further wish to know how long I slept on Tuesday night (the 7th).",
])
def test_requests_are_not_speech(question: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == "Tue 07"


def test_the_night_before_a_question_with_no_day_is_not_every_night() -> None:
    said = plan_question("What did Nakato say?", NOW, TZ, people=["Nakato"])
    assert said is not None and said.window is None
    before = plan_question("and how long did I sleep the night before that?", NOW, TZ, said)
    assert before is not None and before.filters.get("unread_day")
