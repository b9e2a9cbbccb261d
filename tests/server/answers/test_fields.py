"""A question typed as fields ("A > B > C", "A // B // C"), joined into one question and planned: what held-out CA
showed (a date with a slash inside a field, two weeks set apart by a bar, a habit's three parts, "that day")."""

import pytest

from server.answers.fields import joined
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Nairobi")


def test_a_slashed_date_inside_a_field_keeps_the_fields() -> None:
    assert joined("sleep > the night of 21/10 > hrs?") == "sleep the night of 21/10, hrs?"
    assert joined("lunch // Tue 21/10 // where") == "lunch Tue 21/10, where?"
    plan = CASE.plan("sleep > the night of 21/10 > hrs?")
    assert plan is not None and plan.kinds == ["sleep"] and plan.window is not None
    assert plan.window.start.astimezone(CASE.tz).hour >= 12  # the night that starts on the 21st, not the day


def test_two_weeks_set_apart_by_a_bar_are_compared() -> None:
    plan = CASE.plan("caffeine > this week | last week > higher/lower?")
    assert plan is not None and plan.operation == "compare" and plan.compare_to is not None
    assert plan.window is not None and plan.compare_to.label == "last week"


@pytest.mark.parametrize("question, kind", [
    ("coffee after 3 pm > sleep > shorter?", "sleep"),
    ("supper from 9 pm on > sleep > worse?", "sleep"),
])
def test_a_habit_in_three_fields_is_a_habit(question: str, kind: str) -> None:
    plan = CASE.plan(question)
    assert plan is not None and (plan.kinds, plan.operation) == ([kind], "relation"), plan


@pytest.mark.parametrize("question, anchor", [
    ("Hery mentioned Dune > that day > lunch?", "Hery mentioned Dune"),
    ("swam 2 km > that day > dinner?", "I swam 2 km"),
    ("the day Hery mentioned Dune // lunch // what", "Hery mentioned Dune"),
])
def test_that_day_names_the_day_by_the_first_field(question: str, anchor: str) -> None:
    plan = CASE.plan(question)
    assert plan is not None and plan.kinds == ["meal"] and plan.filters.get("anchor") == anchor, plan


def test_other_separators_are_unchanged() -> None:
    assert joined("time <- last coffee on 20/10") == "last coffee on 20/10, time?"
    assert joined("again // Hery") == "and Hery?"
    assert joined("? lunch place | day of the Budget sync meeting") == "lunch place, day of the Budget sync meeting?"
