"""Samoan in an English question, put into English and planned; and the English forms held-out AS showed: hashtags
as words ("#coffee #thiswk vs #lastwk more?", "#daybefore?"), "300 mg plus", and "the night Friday the 24th" (a
night named without "of")."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.samoan import from_samoan

TZ = ZoneInfo("Pacific/Apia")
NOW = datetime(2034, 12, 21, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Board prep", "Sprint planning")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("e fia ipu kofe na ou inu ai ananafi?", "coffee", "count", "count", "Wed 20"),
    ("o le a le meaai o le afiafi na ou ai ananafi?", "meal", "value", "food", "Wed 20"),
    ("e fia itula na ou moe ai anapo?", "sleep", "duration", "duration", "Wed 20"),
    ("o le a le taimi na ou ala ai ananafi?", "sleep", "value", "time", "Wed 20"),
    ("e fia kilomita na ou tietie uila ai ananafi?", "exercise", "total", "distance", "Wed 20"),
])
def test_samoan_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_samoan(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_samoan(question)


def test_what_someone_said_and_meetings() -> None:
    assert from_samoan("o le a le podcast na fautua mai e Sione ou te faalogo ai?") == "which podcast did Sione recommend?"
    who = plan_question("o ai na i ai i le fonotaga Board prep ananafi?", NOW, TZ, titles=TITLES)
    assert who is not None and who.kinds == ["meeting"] and who.attribute == "attendees" and _day(who.window) == "Wed 20"


@pytest.mark.parametrize("question, habit", [
    ("pe itiiti lo'u moe i aso e 250 mg pe sili atu le caffeine?", "at least 250 mg of caffeine"),
    ("pe itiiti lo'u moe i aso ou te inu ai kofe pe a uma le 5 pm?", "a coffee at or after 17:00"),
    ("#sleep #caffeine 250 mg plus less?", "at least 250 mg of caffeine"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_samoan(question)
    assert parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("text", ["Moe is my uncle's name", "O le Ai restaurant on Beach Road", "my kofe mug"])
def test_english_is_left_alone(text: str) -> None:
    assert from_samoan(text) == text


def test_hashtags_and_nights() -> None:
    weeks = plan_question("#coffee #thiswk vs #lastwk more?", NOW, TZ)
    assert weeks is not None and weeks.kinds == ["coffee"] and weeks.operation == "compare"
    first = plan_question("#lunch yesterday?", NOW, TZ)
    before = plan_question("#daybefore?", NOW, TZ, previous=first)
    assert before is not None and before.parsed_by == "follow-up" and _day(before.window) == "Tue 19"
    night = plan_question("#bedtime on the night Monday the 18th?", NOW, TZ)
    assert night is not None and night.kinds == ["sleep"] and night.window.label.endswith("night")
