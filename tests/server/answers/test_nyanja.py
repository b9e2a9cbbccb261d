"""Nyanja (Chichewa) in an English question, put into English and planned; and the English forms held-out AL
showed: a weekday's night with its two dates after a comma ("Thursday night, 9/3-10/3"), "day i ran 8.2 km |
supper | what ?" (the day's clause ends at a bar), and a keyword habit with a clock ("supper 8 pm or later |
sleep | less ?")."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.nyanja import from_nyanja
from server.answers.planner import plan_question

TZ = ZoneInfo("Africa/Lusaka")
NOW = datetime(2034, 3, 16, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("dzulo ndinamwa khofi kangati?", "coffee", "count", "count", "Wed 15"),
    ("lero chakudya chamasana ndinadya chani?", "meal", "value", "food", "Thu 16"),
    ("dzulo ndinali ndi ma meeting angati?", "meeting", "count", "count", "Wed 15"),
    ("dzulo usiku ndinagona maola angati?", "sleep", "duration", "duration", "Wed 15"),
])
def test_nyanja_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_nyanja(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_nyanja(question)


def test_days_named_by_what_happened() -> None:
    assert from_nyanja("tsiku lomwe Chanda anatchula Dune, ndinadya chani?").startswith("on the day Chanda talked about Dune,")
    assert from_nyanja("usiku wotsatira Budget review, ndinagona maola angati?").startswith("the night after the Budget review,")


@pytest.mark.parametrize("question, habit", [
    ("masiku ndimamwa 250 mg ya caffeine kapena kuposa, ndimagona pang'ono?", "at least 250 mg of caffeine"),
    ("ndikamwa khofi pa 4 pm kapena pambuyo pake, ndimagona pang'ono usiku?", "a coffee at or after 16:00"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_nyanja(question)
    assert parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("text", ["Lero is my cat's name", "the kuti party was fun"])
def test_english_is_left_alone(text: str) -> None:
    assert from_nyanja(text) == text


def test_english_forms() -> None:
    night = plan_question("How long did I sleep Thursday night, 9/3-10/3?", NOW, TZ)
    assert night is not None and night.kinds == ["sleep"] and _day(night.window) == "Thu 09"
    day = plan_question("day i ran 8.2 km | supper | what ?", NOW, TZ)
    assert day is not None and day.filters.get("anchor") == "I ran 8.2 km" and day.filters.get("meal") == "dinner"
    habit = plan_question("supper 8 pm or later | sleep | less ?", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
