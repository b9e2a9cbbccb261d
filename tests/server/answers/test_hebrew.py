"""Hebrew in Latin letters in an English question, put into English and planned; and what held-out BF showed besides:
questions typed as spreadsheet formulas ("=COUNT(COFFEES, THIS.WEEK) - COUNT(COFFEES, LAST.WEEK)"), the formulas
"I will be happy to receive", "I would be happy if you could clarify", "on which of them ... more", "a comparison of my
sleep after ...", and "that flight" after a story that names whose flight it is."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.formulas import from_formula
from server.answers.hebrew import from_hebrew
from server.answers.planner import plan_question
from server.answers.requests import without_request

TZ = ZoneInfo("Asia/Jerusalem")
NOW = datetime(2036, 2, 13, 21, 0, tzinfo=TZ)  # a Wednesday
TITLES = ("Stand-up", "Supplier review")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("ma achalti batzohorayim yesterday?", "meal", "value", "food", "Tue 12"),
    ("mi haya bapgisha shel Stand-up on Monday?", "meeting", "list", "attendees", "Mon 11"),
    ("kama pgishot hayu li yesterday?", "meeting", "count", "count", "Tue 12"),
    ("kama kosot kafe shatiti on Monday?", "coffee", "count", "count", "Mon 11"),
])
def test_hebrew_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], from_hebrew(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_hebrew(question)


def test_hebrew_habits_and_follow_ups() -> None:
    assert from_hebrew("imunim vs yemei menucha, after which do i sleep longer?").startswith("workout days vs rest days")
    assert from_hebrew("ma lagabei Yael?") == "and what about Yael?"
    assert from_hebrew("what did Tom say about the ma'amad?") == "what did Tom say about the ma'amad?"


@pytest.mark.parametrize("formula, words", [
    ("=COUNT(COFFEES, THIS.WEEK) - COUNT(COFFEES, LAST.WEEK)", "how many coffees this week vs how many coffees last week?"),
    ('=LUNCH.FOOD(DAY.WHEN("swam 1.5 km"))', "what did I eat for lunch on the day I swam 1.5 km?"),
    ('=ATTENDEES("Stand-up meeting", "Monday the 11/2")', "who attended the Stand-up meeting on Monday the 11/2?"),
    ('=HIGHER.OF(CAFFEINE.MG("Monday, the 11/2"), CAFFEINE.MG("today"))', "which is higher, caffeine mg Monday, the 11/2 or caffeine mg today?"),
    ("=SAME(DAY-1)", "and the day before?"),
    ('=SLEEP.HOURS("the night of Monday (11/2)")', "how many hours did I sleep the night of Monday (11/2)?"),
])
def test_formulas(formula: str, words: str) -> None:
    assert from_formula(formula) == words


def test_plans_and_formulas_in_english() -> None:
    compare = plan_question("=COUNT(COFFEES, THIS.WEEK) - COUNT(COFFEES, LAST.WEEK)", NOW, TZ)
    assert compare is not None and compare.operation == "compare"
    assert without_request("I will be happy to receive the lunch I had on Monday.") == "the lunch I had on Monday."
    two = plan_question("the caffeine figures for Monday and Tuesday, and on which of them I took in more?", NOW, TZ)
    assert two is not None and two.operation == "compare"
    habit = plan_question("a comparison of my sleep after dinners begun at 9 pm or later with my sleep after earlier ones.", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    flight = plan_question("I will drive to the airport to meet Yael. At what time does that flight land?", NOW, TZ,
                           people=("Yael",))
    assert flight is not None and flight.kinds == ["conversation"]
