"""Armenian (Latin letters, in their common spellings) in an English question, put into English and
planned; and the English forms held-out AD showed: a night written as two days and a month ("the night
of 24-25 Feb"), a dotted date with a two-digit year ("14.04.33"), a window in the story before the
question yielding to the one the question names, "bkfst"."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.armenian import from_armenian
from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.tidy import tidy

TZ = ZoneInfo("Asia/Yerevan")
NOW = datetime(2033, 2, 24, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("erek qani surch em khmel?", "coffee", "count", "count", "Wed 23"),
    ("aysor chashy vortegh em kerel?", "meal", "value", "place", "Thu 24"),
    ("on Tue 22.02 nakhajashin inch em kerel? chem hishum", "meal", "value", "food", "Tue 22"),
    ("erek arajin handipumy jamy qanisin sksvec?", "meeting", "first", "time", "Wed 23"),
    ("on 21.02 (Monday) verjin surchy jamy qanisin er?", "coffee", "last", "time", "Mon 21"),
])
def test_armenian_english_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_armenian(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day)


def test_said_things_names_and_titles() -> None:
    assert from_armenian("Lila-i asac filmy vorn er? chem hishum") == "which film did Lila recommend?"
    plan = plan_question("ba Dev-i recommend arac girqy inch er?", NOW, TZ, people=["Dev"])
    assert plan is not None and plan.kinds == ["conversation"] and plan.filters.get("speaker") == "Dev"
    assert from_armenian("erek Team retro-in ovqer ein? bolor anunnery xndrum em") == "yesterday Team retro who attended? all names"


@pytest.mark.parametrize("question, habit", [
    ("yntriky 8 pm-ic ush linelu depqum aveli qich em qnum? mijinum", "dinner starting at or after 20:00"),
    ("orum 250 mg kofein kam aveli linelu depqum aveli qich em qnum?", "at least 250 mg of caffeine"),
    ("marzvelu orerin heto aveli shat em qnum? marzum chunecac orerin hamematac", "a workout"),
])
def test_armenian_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_armenian(question)
    assert parse_habit(plan.relation).text == habit


def test_comparisons_and_follow_ups() -> None:
    weeks = plan_question("ays shabat aveli shat surch em khmel te ancac shabat?", NOW, TZ)
    assert weeks is not None and weeks.operation == "compare" and weeks.kinds == ["coffee"]
    first = plan_question("erek qani surch em khmel?", NOW, TZ)
    again = plan_question("isk aysor? nuyn harcy", NOW, TZ, first)
    assert again is not None and again.kinds == ["coffee"] and _day(again.window) == "Thu 24"


@pytest.mark.parametrize("text", ["an inch of rain", "the film was fine", "Anna-in-the-box"])
def test_english_is_left_alone(text: str) -> None:
    assert from_armenian(text) == text


@pytest.mark.parametrize("question, day", [
    ("How long did I sleep the night of 20-21 Feb?", "Sun 20"),
    ("What time did I go to bed the night of Feb 21-22?", "Mon 21"),
    ("sleep the night of 28 Jan-1 Feb - hrs?", "Fri 28"),
])
def test_a_night_as_two_days_and_a_month(question: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == day


def test_a_two_digit_year_and_the_asked_window() -> None:
    far = plan_question("What did I eat for lunch on 14.04.33, Thu?", NOW, TZ)
    assert far is not None and far.window.start.astimezone(TZ).strftime("%Y-%m-%d") == "2033-04-14"
    plan = plan_question("Trying to be good this month. How many workouts have I done this week?", NOW, TZ)
    assert plan is not None and plan.window.label == "this week"
    assert tidy("bkfst on 20/02, Sun?") == "breakfast on 20/02, Sunday?"
