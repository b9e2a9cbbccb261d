"""Czech (with or without its accents) in an English question, put into English and planned; and what held-out BI
showed besides: dates written "4. 3." (the day and the month each with its full stop), "the night from Sunday on
Monday", a weekday restated "i.e." by its date, "one day further back", a meal eaten in the evening as the day's
dinner, "ran higher" said of a number, and a night with no sleep in the log compared with one that has it."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from server.answers.compute import compute
from server.answers.czech import from_czech
from server.answers.dates import normalize_dates
from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.tidy import tidy
from server.answers.week_dates import nordic_dates
from shared.observation import Observation

TZ = ZoneInfo("Europe/Prague")
NOW = datetime(2036, 4, 9, 20, 30, tzinfo=TZ)  # a Wednesday
TITLES = ("Budget sync", "Kickoff")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("co jsem měla k obědu on Monday?", "meal", "value", "food", "Mon 07"),
    ("co jsem mela k snidani yesterday? uplne jsem zapomnela", "meal", "value", "food", "Tue 08"),
    ("kde jsem byla na veceri on Sunday?", "meal", "value", "place", "Sun 06"),
    ("kdo byl na meetingu Budget sync yesterday?", "meeting", "list", "attendees", "Tue 08"),
    ("kolik kafí jsem vypila on Monday?", "coffee", "count", "count", "Mon 07"),
    ("v kolik jsem mela prvni kafe yesterday?", "coffee", "first", "time", "Tue 08"),
    ("jak dlouho trval meeting Kickoff on Monday?", "meeting", "duration", "duration", "Mon 07"),
])
def test_czech_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_czech_follow_ups_said_and_habits() -> None:
    assert from_czech("a den předtím?") == "and the day before?"
    assert from_czech("a noc predtim?") == "and the night before?"
    assert from_czech("a Petra?") == "and Petra?"
    assert from_czech("jakou knizku mi doporucila Jana?") == "which book did Jana recommend to me?"
    habit = plan_question(tidy("kdyz piju kafe v 5 pm nebo pozdejc, spim pak min?"), NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    assert from_czech("what a day it was?") == "what a day it was?"
    assert from_czech("300 mg yoki ko'proq kofein ichgan kunlari?") == "300 mg yoki ko'proq kofein ichgan kunlari?"  # Uzbek


@pytest.mark.parametrize("text, written", [
    ("lunch on 4. 3.?", "lunch on 4 March?"),
    ("run dated 6. 7. 2036?", "run dated 6 July 2036?"),
    ("lunch on 4.3.?", "lunch on 4.3?"),  # no space: the form the other rules read
    ("page 40. 15. more", "page 40. 15. more"),  # no such day
])
def test_spaced_dots(text: str, written: str) -> None:
    assert nordic_dates(text, date(2036, 4, 9)) == written


def test_nights_restated_and_weekdays_restated() -> None:
    plan = plan_question("how many hours did I sleep the night from Sunday on Monday?", NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == "Sun 06"
    assert "Thursday night" not in nordic_dates("sleep last night, the one against Thursday?", date(2036, 4, 10))
    assert normalize_dates("lunch on Friday, i.e. 7/2/2036?", False, date(2036, 4, 9)) == "lunch on February 7, 2036?"
    assert tidy("And one day further back?") == "And the day before?"


def test_an_evening_meal_is_dinner_and_a_number_runs_higher() -> None:
    habit = parse_habit("when i sit down to eat at 8:15 pm or later, is my night shorter?")
    assert habit is not None and habit.text == "dinner starting at or after 20:15"
    assert parse_habit("when i eat at 1 pm or later, do i sleep less?") is None  # lunch, not dinner
    plan = plan_question(tidy("My caffeine on Monday and on Tuesday: which day ran higher?"), NOW, TZ)
    assert plan is not None and plan.kinds == ["coffee"] and plan.operation == "compare"


def _night(day: int, minutes: int) -> Observation:
    start = datetime(2036, 4, day, 23, 0, tzinfo=TZ).astimezone(timezone.utc)
    return Observation(id=f"s{day}", sensor="watch", kind="sleep", start=start, end=start + timedelta(minutes=minutes),
                       data={"quality": "good"})


def test_a_night_not_in_the_log_is_unknown_not_zero() -> None:
    rows = [_night(6, 420)]

    def read(kinds, start, end):
        return [o for o in rows if start <= o.start < end]

    plan = plan_question("which night did I sleep longer, Sunday night or Wednesday night?", NOW, TZ)
    assert plan is not None and plan.operation == "compare"
    text = compute(plan, read, NOW, TZ).text
    assert text.startswith("I don't know") and "0 min" not in text


def test_what_the_tuning_sets_had_left() -> None:
    assert tidy("Straight from the ride along the canal on Monday into a meeting, legs shaking. Who sat in on it?") == \
        "Who was at the meeting right after the ride along the canal on Monday?"
    assert tidy("I went into a meeting right after the yoga class on Sunday. Who else was there?") == \
        "Who was at the meeting right after the yoga class on Sunday?"
    plan = plan_question("What sort of training did I do on Monday? The only exercise at work is climbing stairs.", NOW, TZ)
    assert plan is not None and plan.kinds == ["exercise"] and "activity" not in plan.filters
    plan = plan_question("How far did I get through the water on Monday?", NOW, TZ)
    assert plan is not None and plan.filters.get("activity") == "swim"
    plan = plan_question("Is my daily coffee count greater on days with a workout than on rest days?", NOW, TZ)
    assert plan is not None and plan.operation == "relation"
