"""Dutch in an English question, put into English and planned; and what held-out BD showed besides: words run
together ("attendeelist", "firstcoffeetime", "sleepaverage workoutdays vs restdays"), "in the night of Sunday on
Monday", and a follow-up that says who someone is ("And Femke, who sells me tulips on Saturdays?")."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.compounds import split_compounds
from server.answers.dutch import from_dutch
from server.answers.planner import plan_question
from server.answers.tidy import tidy

TZ = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2035, 10, 17, 21, 0, tzinfo=TZ)  # a Wednesday
TITLES = ("Stand-up", "Supplier call")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("hoeveel bakjes koffie heb ik gehad yesterday?", "coffee", "count", "count", "Tue 16"),
    ("wie waren er bij de Stand-up meeting on Monday? alle namen pls", "meeting", "list", "attendees", "Mon 15"),
    ("hoe laat had ik m'n eerste koffie yesterday?", "coffee", "first", "time", "Tue 16"),
    ("how far heb ik gefietst on Monday?", "exercise", "total", "distance", "Mon 15"),
    ("wat had ik als ontbijt yesterday?", "meal", "value", "food", "Tue 16"),
])
def test_dutch_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], from_dutch(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_dutch(question)


def test_habits_comparisons_and_follow_ups() -> None:
    habit = plan_question("slaap ik korter als ik koffie drink om 5 pm of later?", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    compare = plan_question("op welke dag had ik meer caffeine, Monday 15/10 of yesterday? mg van allebei", NOW, TZ)
    assert compare is not None and compare.operation == "compare"
    assert from_dutch("en vandaag tot nu toe?") == "and today so far?"


def test_other_languages_are_left_alone() -> None:
    for line in ("en di de bifo dat?", "what did I eat on the day of the fair?"):
        assert from_dutch(line) == line


@pytest.mark.parametrize("text, read", [
    ("attendeelist Stand-up meeting yesterday?", "who attended Stand-up meeting yesterday?"),
    ("firstcoffeetime yesterday?", "what time was my first coffee yesterday?"),
    ("lunchfood day i cycled 20 km?", "what did I eat for lunch on the day i cycled 20 km?"),
    ("podcasttip from Joost?", "which podcast did Joost recommend?"),
    ("something about breakfast", "something about breakfast"),  # words of their own stay whole
])
def test_compounds(text: str, read: str) -> None:
    assert split_compounds(text) == read


def test_english_forms() -> None:
    night = plan_question("sleephours in the night of Monday on Tuesday?", NOW, TZ)
    assert night is not None and night.kinds == ["sleep"] and _day(night.window) == "Mon 15" \
        and night.window.start.astimezone(TZ).hour >= 12
    assert tidy("And Femke, who sells me tulips on Saturdays?") == "And Femke?"
    habit = plan_question("sleepaverage workoutdays vs restdays?", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
