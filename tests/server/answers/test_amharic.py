"""Romanised Amharic in an English question, put into English and planned; and "what would the answer be
for Noor?" as a follow-up."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.amharic import from_amharic
from server.answers.planner import plan_question

TZ = ZoneInfo("Africa/Addis_Ababa")
NOW = datetime(2032, 8, 18, 21, 0, tzinfo=TZ)  # a Wednesday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("zare sint sini buna tetahu?", "coffee", "count", "count", "Wed 18"),
    ("tilant erat min belahu? just the food", "meal", "value", "food", "Tue 17"),
    ("zare ye mecheresha buna be sint sa'at neber?", "coffee", "last", "time", "Wed 18"),
    ("tilant sint sibseba neberegn?", "meeting", "count", "count", "Tue 17"),
])
def test_amharic_english_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_amharic(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day)


def test_the_night_of_a_day_and_its_hours() -> None:
    plan = plan_question("the night of Mon 16 Aug sint sa'at tenyahu? total hours", NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and plan.operation == "duration"
    assert plan.window.start.astimezone(TZ).strftime("%a %d %H") >= "Mon 16 12"


def test_an_amharic_follow_up_names_a_person() -> None:
    first = plan_question("Which film did Owen say is a must-watch?", NOW, TZ, None, ["Owen Castillo", "Malik Haddad"])
    plan = plan_question("ye Malik degmo?", NOW, TZ, first, ["Owen Castillo", "Malik Haddad"])
    assert plan is not None and plan.parsed_by == "follow-up" and plan.filters["speaker"] == "Malik"


@pytest.mark.parametrize("text", ["we met at 10 min past", "ye olde shop", "the man who came"])
def test_english_is_left_alone(text: str) -> None:
    assert from_amharic(text) == text


def test_the_answer_for_someone_else() -> None:
    first = plan_question("What did Rosa name her new dog?", NOW, TZ, None, ["Rosa", "Noor Haddad"])
    plan = plan_question("And what would the answer be for Noor?", NOW, TZ, first, ["Rosa", "Noor Haddad"])
    assert plan is not None and plan.parsed_by == "follow-up" and plan.filters["speaker"] == "Noor"
