"""Swedish in an English question, put into English and planned, without taking Danish lines from their table; and
the Swedish ways of writing days held-out BE showed: "the 9:th" (the ending after a colon), "the night towards Sunday
9/12" (the night before it), "the night between Friday 7/12 and Saturday 8/12"."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.danish import from_danish
from server.answers.languages import in_english
from server.answers.planner import plan_question
from server.answers.swedish import from_swedish
from server.answers.week_dates import nordic_dates

TZ = ZoneInfo("Europe/Stockholm")
NOW = datetime(2035, 10, 18, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Ops sync", "Budget review")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("hur många möten hade jag yesterday?", "meeting", "count", "count", "Wed 17"),
    ("hur dags vaknade jag on Monday?", "sleep", "value", "time", "Mon 15"),
    ("vad blev det till middag yesterday?", "meal", "value", "food", "Wed 17"),
    ("how far cyklade jag on Tuesday the 16:th?", "exercise", "total", "distance", "Tue 16"),
    ("vilka var med på Ops sync-mötet yesterday?", "meeting", "list", "attendees", "Wed 17"),
])
def test_swedish_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], from_swedish(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_swedish(question)


def test_habits_comparisons_and_follow_ups() -> None:
    habit = plan_question("sover jag kortare när middagen börjar 9 pm eller senare?", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    assert from_swedish("dricker jag mer eller mindre kaffe this week än förra veckan?") == \
        "do I drink more or less coffee this week than last week?"
    assert from_swedish("och Ingrid då? same fråga") == "and Ingrid?"


def test_danish_stays_with_its_table() -> None:
    line = "drikker jeg mere eller mindre kaffe this week end last week?"
    assert from_swedish(line) == line
    assert in_english(line) == from_danish(line)


@pytest.mark.parametrize("text, written", [
    ("lunch on Sunday the 14:th?", "lunch on Sunday the 14th?"),
    ("sleep the night towards Sunday 14/10?", "sleep 13 October night?"),
    ("sleep the night between Friday 12/10 and Saturday 13/10?", "sleep Friday 12/10 night?"),
])
def test_swedish_dates(text: str, written: str) -> None:
    assert nordic_dates(text, date(2035, 10, 18)) == written
