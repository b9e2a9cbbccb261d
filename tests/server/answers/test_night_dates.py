"""A night named by its date with the year written out ("the night of 20.10.2036", "the night of Monday, October 20, 2036") is
that day's night, as it is without the year: the evening of the 20th to the morning after, not the night that ran into it."""

import pytest

from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Berlin")


@pytest.mark.parametrize("question", [
    "How long did I sleep the night of 20.10.2036?",
    "How long did I sleep on the night of 20.10.36?",
    "How long did I sleep the night of 20 October 2036?",
    "How long did I sleep the night of October 20, 2036?",
    "How long did I sleep the night of Monday 20.10.2036?",
    "How long did I sleep the night of Monday, October 20, 2036?",
    "How long did I sleep the night of the 20th of October, 2036?",
    "How long did I sleep the night of 20.10.?",
    "How long did I sleep the night of 20/10/2036?",
])
def test_a_night_named_with_its_year_is_that_days_night(question: str) -> None:
    plan = CASE.plan(question)
    assert plan is not None and plan.kinds == ["sleep"] and plan.window is not None, question
    start, end = plan.window.start.astimezone(CASE.tz), plan.window.end.astimezone(CASE.tz)
    assert (start.day, end.day) == (20, 21) and start.hour >= 12 and end.hour <= 12, (question, start, end)


def test_over_a_workout_on_a_day_is_no_night() -> None:
    """"over the climb on Monday" is the climb's day, not the night "over Friday into Saturday" that "over" can open."""
    CASE.assert_planned("Compute my mean heart rate over the climb on 20th Oct, Monday.", "exercise", "value", "activity", "Mon 20")
    CASE.assert_planned("how long did I sleep over Fri. on Sat.?", "sleep", "duration", "duration", "Fri 17")
