"""Krio in an English question, put into English and planned; and the English forms held-out AZ showed: a police
minute's "Information is sought as to", "the attendance at the meeting", "the day on which my caffeine was the higher,
A or B" (a comparison, not a day named by what happened) and the surveyor's "& re Dev?"."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.krio import from_krio
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.tidy import tidy

TZ = ZoneInfo("Africa/Freetown")
NOW = datetime(2035, 9, 13, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Ops sync", "Stock count")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("omos kilomita a bin ron yesterday?", "exercise", "total", "distance", "Wed 12"),
    ("wetin tem a bin wek op on Tuesday the 11th?", "sleep", "value", "time", "Tue 11"),
    ("wetin a bin it fo brekfast yesterday?", "meal", "value", "food", "Wed 12"),
    ("omos mitin a bin get yesterday?", "meeting", "count", "count", "Wed 12"),
    ("mi fos coffee yesterday, wetin tem a bin drink am?", "coffee", "first", "time", "Wed 12"),
])
def test_krio_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_krio(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_krio(question)


def test_meetings_said_facts_habits_and_follow_ups() -> None:
    who = plan_question("udat ol bin de na di Ops sync mitin yesterday?", NOW, TZ, titles=TITLES)
    assert who is not None and who.attribute == "attendees" and _day(who.window) == "Wed 12"
    assert from_krio("Fatu in uman pikin, aw ol i go be fo in bortde?") == "how old will Fatu's daughter be on her birthday?"
    late = plan_question("if a it dinner 9 pm or afta, mi slip kin short?", NOW, TZ)
    assert late is not None and late.operation == "relation" and parse_habit(late.relation).text == \
        "dinner starting at or after 21:00"
    day = plan_question("di de we a ran 6 km, wetin a bin it fo dinner?", NOW, TZ)
    assert day is not None and day.kinds == ["meal"] and day.filters.get("anchor")
    assert from_krio("en di de bifo dat?") == "and the day before that?"


@pytest.mark.parametrize("text", ["Wetin is a fine name for a boat", "the pas de deux at eight", "afta party"])
def test_english_is_left_alone(text: str) -> None:
    assert from_krio(text) == text


def test_minutes_formulas_comparisons_and_shorthand() -> None:
    assert without_request("Information is sought as to the hour I woke.") == "the hour I woke."
    who = plan_question("the attendance at the Ops sync meeting yesterday", NOW, TZ, titles=TITLES)
    assert who is not None and who.attribute == "attendees"
    compare = plan_question("the day on which my caffeine was the higher, Monday the 10th or Tuesday the 11th", NOW, TZ)
    assert compare is not None and compare.operation == "compare" and compare.kinds == ["coffee"]
    assert tidy("& re Fatu?") == "and Fatu?"
