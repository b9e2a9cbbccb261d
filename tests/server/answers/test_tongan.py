"""Tongan in an English question, put into English and planned; and the English forms held-out AT showed: "the night
that began Sat 30/12", "the night of the 3rd over to the 4th", question words typed in capitals at the end ("... time
WHEN", "... WHICH LONGER"), "300 mg caffeine days", "restaurant to try", and formal openings ("With the greatest
respect,", "For the avoidance of doubt,", "I respectfully seek to know")."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.dates import normalize_dates
from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.tongan import from_tongan

TZ = ZoneInfo("Pacific/Tongatapu")
NOW = datetime(2035, 1, 25, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Board prep", "Sprint planning")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("fiha ipu kofi na'a ku inu 'aneafi?", "coffee", "count", "count", "Wed 24"),
    ("ko e ha e kai efiafi na'a ku kai 'aneafi?", "meal", "value", "food", "Wed 24"),
    ("e fiha e houa na'a ku mohe ai 'anepo?", "sleep", "duration", "duration", "Wed 24"),
    ("mama'o fefe na'a ku lele 'aneafi?", "exercise", "total", "distance", "Wed 24"),
])
def test_tongan_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_tongan(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_tongan(question)


def test_meetings_and_follow_ups() -> None:
    who = plan_question("ko hai na'e i ai i he Board prep 'aneafi?", NOW, TZ, titles=TITLES)
    assert who is not None and who.kinds == ["meeting"] and who.attribute == "attendees" and _day(who.window) == "Wed 24"
    first = plan_question("which podcast did Sione recommend?", NOW, TZ)
    other = plan_question("pea ko Mele, what did they say?", NOW, TZ, previous=first)
    assert other is not None and other.parsed_by == "follow-up" and other.filters.get("speaker") == "Mele"


@pytest.mark.parametrize("question, habit", [
    ("si'i ange eku mohe hili ha aho with 250 mg caffeine pe lahi ange?", "at least 250 mg of caffeine"),
    ("si'i ange eku mohe i he po hili ha kofi at 5 pm pe later?", "a coffee at or after 17:00"),
    ("250 mg caffeine days, sleep after SHORTER OR LONGER", "at least 250 mg of caffeine"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_tongan(question)
    assert parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("text", ["Pea soup for lunch", "Ko Samui was lovely", "my hoku plant"])
def test_english_is_left_alone(text: str) -> None:
    assert from_tongan(text) == text


def test_nights_capitals_and_requests() -> None:
    assert normalize_dates("the night that began Sat 20/1", False).endswith("January 20 night")
    assert normalize_dates("the night of the 20th over to the 21st", False) == "the 20th night"
    bed = plan_question("went to bed the night that began Mon 22/1 time WHEN", NOW, TZ)
    assert bed is not None and bed.kinds == ["sleep"] and _day(bed.window) == "Mon 22"
    said = plan_question("Sione restaurant to try WHICH", NOW, TZ, people=("Sione Taufa",))
    assert said is not None and said.kinds == ["conversation"] and said.filters.get("speaker") == "Sione"
    assert without_request("With the greatest respect, for what length of time did I sleep") == "for what length of time did I sleep"
    assert without_request("I respectfully seek to know the age she turns") == "the age she turns"
