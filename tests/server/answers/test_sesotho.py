"""Sesotho in an English question, put into English and planned, and kept apart from Setswana (which shares many of its
words and is read by a table of its own); and the English forms held-out AR showed: "I beg to be told", "For my records,
kindly supply", capitals and abbreviations ("MTG QTY ... PLS ADV", "SAME MTG - DUR"), "workout days vs others", and a
workout "out on the <Place> road" or "to <Place>" before a meeting."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.sesotho import from_sesotho
from server.answers.setswana import from_setswana

TZ = ZoneInfo("Africa/Maseru")
NOW = datetime(2034, 11, 16, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Board prep", "Sprint planning")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("maobane ke noele kofi tse kae?", "coffee", "count", "count", "Wed 15"),
    ("kajeno ke jele eng lijong tsa motshehare?", "meal", "value", "food", "Thu 16"),
    ("ke robetse nako e kae bosiung bo fetileng?", "sleep", "duration", "duration", "Wed 15"),
    ("maobane ke tsohile ka hora mang?", "sleep", "value", "time", "Wed 15"),
    ("maobane ke mathile hole hakae?", "exercise", "total", "distance", "Wed 15"),
])
def test_sesotho_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_sesotho(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_sesotho(question)


def test_what_someone_said_and_meetings() -> None:
    assert from_sesotho("buka eo Palesa a nkhothalelitseng eona ke efe?") == "which book did Palesa recommend?"
    assert from_sesotho("'me Thabo o itse'ng?") == "and what did Thabo say?"
    who = plan_question("ke bo-mang ba neng ba le teng sebokeng sa Board prep maobane?", NOW, TZ, titles=TITLES)
    assert who is not None and who.kinds == ["meeting"] and who.attribute == "attendees" and _day(who.window) == "Wed 15"


@pytest.mark.parametrize("question, habit", [
    ("ha ke noele caffeine ea 250 mg kapa ho feta, na ke robala hanyane?", "at least 250 mg of caffeine"),
    ("ha ke jele lijo tsa mantsiboea ka 9 pm kapa ka mor'a moo, na boroko ba ka bo ba short?", "dinner starting at or after 21:00"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_sesotho(question)
    assert parse_habit(plan.relation).text == habit


def test_setswana_is_left_to_its_own_table() -> None:
    question = "maabane ke nwele dikopi di le kae tsa kofi?"
    assert from_sesotho(question) == question
    assert from_setswana(question) == "yesterday did I drink how many cups of coffee?"


@pytest.mark.parametrize("text", ["Thaba Bosiu is a mountain", "Kapa is a cape", "the hora dance at the wedding"])
def test_english_is_left_alone(text: str) -> None:
    assert from_sesotho(text) == text


def test_english_forms() -> None:
    coffee = plan_question("I beg to be told how many coffees I drank yesterday.", NOW, TZ)
    assert coffee is not None and coffee.kinds == ["coffee"] and coffee.operation == "count"
    count = plan_question("MTG QTY yesterday PLS ADV", NOW, TZ)
    assert count is not None and count.kinds == ["meeting"] and count.operation == "count"
    habit = plan_question("COFFEE QTY ON WORKOUT DAYS VS OTHERS PLS ADV", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    after = plan_question("For my records, kindly supply the names of those at the meeting following my ride to Morija "
                          "on Monday.", NOW, TZ)
    assert after is not None and after.filters.get("after") == "ride" and "Morija" not in (after.topic or "")
    road = plan_question("who was in the meeting after my run out on the Kingsway road on Monday?", NOW, TZ)
    assert road is not None and road.filters.get("after") == "run" and "Kingsway" not in (road.topic or "")
