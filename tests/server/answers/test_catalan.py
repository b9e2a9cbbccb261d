"""Catalan in an English question, put into English and planned; and what held-out BP showed besides: "makes 3 days"
and "before yesterday" (Catalan and Spanish calques), fields between em dashes, "400+ mg", "vs last", the formulas "Would
you be so obliging as to", "I would be much obliged to learn", "I desire to know", "With my thanks for your assistance
in this matter.", a place called "Rec ..." (no recommendation), and a workout "beside" a river."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.catalan import from_catalan
from server.answers.planner import plan_question
from server.answers.tidy import tidy

TZ = ZoneInfo("Europe/Madrid")
NOW = datetime(2036, 6, 12, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Ops review", "Hiring panel")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("què vaig dinar on dt. 10/6? ni idea", "meal", "value", "food", "Tue 10"),
    ("on vaig sopar yesterday? era molt bo", "meal", "value", "place", "Wed 11"),
    ("qui hi havia a la reunió de Ops review on Monday? no me'n recordo", "meeting", "list", "attendees", "Mon 09"),
    ("quants cafès em vaig prendre avui?", "coffee", "count", "count", "Thu 12"),
    ("a quina hora em vaig despertar on dl. 9/6?", "sleep", "value", "time", "Mon 09"),
    ("quantes reunions vaig tenir yesterday?", "meeting", "count", "count", "Wed 11"),
])
def test_catalan_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_catalan_follow_ups_said_things_and_habits() -> None:
    assert from_catalan("i el dia abans?") == "and the day before?"
    assert from_catalan("i la nit d'abans?") == "and the night before?"
    assert from_catalan("i Montse? la mateixa pregunta") == "and Montse?"
    assert from_catalan("quin llibre em va recomanar Jordi? no ho sé") == "which book did Jordi recommend?"
    habit = plan_question(tidy("dormo menys quan prenc cafè a les 5 pm o més tard?"), NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    weeks = plan_question(tidy("estic prenent més cafè aquesta setmana que la passada?"), NOW, TZ)
    assert weeks is not None and weeks.operation == "compare"


@pytest.mark.parametrize("question, day", [
    ("how far did I cycle makes 4 days (Sunday 8/6)?", "Sun 08"),
    ("How long was my swim before yesterday, Tuesday 10/6?", "Tue 10"),
    ("lunch on Monday day 9 — eaten what?", "Mon 09"),
])
def test_calques_of_days_and_dashed_fields(question: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ)
    assert plan is not None and plan.window is not None and _day(plan.window) == day, tidy(question)


def test_dashes_plus_and_last() -> None:
    assert plan_question(tidy("day i swam 2.1 km — dinner was?"), NOW, TZ).filters.get("meal") == "dinner"
    weeks = plan_question(tidy("coffee this week vs last — more or less?"), NOW, TZ)
    assert weeks is not None and weeks.operation == "compare"
    habit = plan_question(tidy("days 350+ mg caffeine vs others — sleep after?"), NOW, TZ)
    assert habit is None or habit.operation == "relation"  # never "you had N mg today"


@pytest.mark.parametrize("question, kind", [
    ("Would you be so obliging as to tell me how many minutes the ride along the Rec de Palau lasted yesterday?", "exercise"),
    ("I would be much obliged to learn when my first meeting began yesterday. With my thanks for your assistance in this "
     "matter.", "meeting"),
    ("I desire to know the number of kilometres that I ran on Tuesday.", "exercise"),
    ("As a sequel to my enquiry, I would be much obliged to learn how many coffees I had on Monday.", "coffee"),
])
def test_formulas_are_no_speech(question: str, kind: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ)
    assert plan is not None and plan.kinds == [kind], tidy(question)


def test_a_workout_beside_a_river_is_its_anchor() -> None:
    plan = plan_question(tidy("Who was at the meeting I went to straight after my swim beside the Segre on Tuesday?"), NOW, TZ)
    assert plan is not None and plan.kinds == ["meeting"] and plan.filters == {"after": "swim"}
    assert plan.topic == "Who was at the meeting on Tuesday?"  # the place went with the swim, not with the meeting
