"""Romanian (with or without its diacritics) in an English question, put into English and planned; and what held-out
BJ showed besides: "the night of 15 towards 16.03" and "the night of Monday towards Tuesday", "Tuesday, on 5 February",
the formulas "I respectfully solicit that you make known to me", "Kindly make known to me", "Coming back to your answer",
"With esteem.", a date's closing dot that ends its sentence too, "the day before yesterday" after a workout's place,
"the Saturday just past", "what was on my plate in the evening of the day I ...", and a remark opened by a word in -ing
before a count of meetings."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from server.answers.compute import _best_titles
from server.answers.dates import normalize_dates
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.romanian import from_romanian
from server.answers.tidy import tidy
from server.answers.week_dates import nordic_dates
from shared.observation import Observation

TZ = ZoneInfo("Europe/Bucharest")
NOW = datetime(2036, 5, 14, 21, 0, tzinfo=TZ)  # a Wednesday
TITLES = ("Budget sync", "Kickoff")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("ce am mâncat la prânz on Monday?", "meal", "value", "food", "Mon 12"),
    ("ce am mancat la cina yesterday? nici nu mai tin minte", "meal", "value", "food", "Tue 13"),
    ("unde am luat pranzul on Monday?", "meal", "value", "place", "Mon 12"),
    ("cine a fost la meetingul Budget sync yesterday?", "meeting", "list", "attendees", "Tue 13"),
    ("câte cafele am băut on Monday?", "coffee", "count", "count", "Mon 12"),
    ("la ce ora am baut ultima cafea yesterday?", "coffee", "last", "time", "Tue 13"),
])
def test_romanian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_romanian_follow_ups_said_and_habits() -> None:
    assert from_romanian("si cu o zi inainte?") == "and the day before?"
    assert from_romanian("și noaptea dinainte?") == "and the night before?"
    assert from_romanian("la ce ora aterizeaza avionul lui Radu?") == "what time does Radu's flight land?"
    habit = plan_question(tidy("daca beau cafea la 5 pm sau mai tarziu, dorm mai putin?"), NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    assert from_romanian("I am at the dorm, am I late?") == "I am at the dorm, am I late?"  # English words, not Romanian


@pytest.mark.parametrize("text, written", [
    ("sleep the night of 12 towards 13.05?", "sleep 12 May night?"),
    ("the night of 31 towards 01.06", "31 May night"),
    ("the night of 12 towards 19.05", "the night of 12 towards 19.05"),  # no night runs from one into the other
])
def test_nights_towards(text: str, written: str) -> None:
    assert nordic_dates(text, date(2036, 5, 14)) == written


def test_nights_weekdays_and_formulas() -> None:
    plan = plan_question("how long did I sleep the night of Monday towards Tuesday?", NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == "Mon 12"
    assert normalize_dates("a run on Friday, on 7 February 2036?", False, date(2036, 5, 14)) == "a run on 7 February 2036?"
    assert without_request("I respectfully solicit that you make known to me how long I slept") == "how long I slept"
    assert without_request("Coming back to your answer, kindly make known to me the same for Radu") == "the same for Radu"
    assert tidy("How many coffees yesterday? With esteem.") == "How many coffees yesterday?"
    assert normalize_dates("I sat in a meeting on 12.05. How long was it?", False, date(2036, 5, 14)) == \
        "I sat in a meeting on 12 May. How long was it?"


def test_places_days_and_remarks() -> None:
    plan = plan_question("who was at the meeting right after the ride along the canal the day before yesterday?", NOW, TZ)
    assert plan is not None and _day(plan.window) == "Mon 12" and plan.filters.get("after") == "ride"
    assert tidy("late into the evening the Sunday just past (11/05)") == "late into the evening Sunday (11/05)"
    assert tidy("the Monday just past 1st start?") == "the Monday just past 1st start?"  # "just past 1st": the first one
    assert tidy("What was on my plate in the evening of the day I swam 2 km?") == "what did I eat for dinner on the day I swam 2 km?"
    start = datetime(2036, 5, 14, 9, tzinfo=TZ).astimezone(timezone.utc)
    rows = [Observation(id="k", sensor="calendar", kind="meeting", start=start, end=start + timedelta(hours=1),
                        data={"title": "Kickoff"})]
    assert _best_titles(rows, "Thinking of all the interruptions, how many meetings were there today?") == rows
