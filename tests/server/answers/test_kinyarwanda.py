"""Kinyarwanda in an English question, put into English and planned; and the English forms held-out AP showed: formal
requests ("I hereby request", "It is my wish to learn, further,"), "a comparison of" two weeks, "b'fast", and a
remark before the question that shares a word with another meeting's title ("Half the team is away. Who was in the
1:1 with Bea?")."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from server.answers.compute import _best_titles
from server.answers.habits import parse_habit
from server.answers.kinyarwanda import from_kinyarwanda
from server.answers.planner import plan_question
from server.answers.requests import without_request
from shared.observation import Observation

TZ = ZoneInfo("Africa/Kigali")
NOW = datetime(2034, 9, 14, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Board prep", "Sprint planning")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("nanyoye ibikombe bingahe by'ikawa ejo?", "coffee", "count", "count", "Wed 13"),
    ("ifunguro rya saa sita uyu munsi, nariye iki?", "meal", "value", "food", "Thu 14"),
    ("nasinziriye amasaha angahe ijoro ryakeye?", "sleep", "duration", "duration", "Wed 13"),
    ("nabyutse saa ngahe ku wa mbere?", "sleep", "value", "time", "Mon 11"),
    ("nirutse km zingahe ejo?", "exercise", "total", "distance", "Wed 13"),
])
def test_kinyarwanda_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_kinyarwanda(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_kinyarwanda(question)


def test_what_someone_said_and_who_attended() -> None:
    assert from_kinyarwanda("ni iyihe filime Aline yambwiye ngo ndebe?") == "which film did Aline recommend?"
    assert from_kinyarwanda("umukobwa wa Eric azuzuza imyaka ingahe?") == "how old is Eric's daughter turning?"
    who = plan_question("ni bande bari mu nama ya Board prep ejo?", NOW, TZ, titles=TITLES)
    assert who is not None and who.kinds == ["meeting"] and who.attribute == "attendees" and _day(who.window) == "Wed 13"


@pytest.mark.parametrize("question, habit", [
    ("ku minsi nanyoye caffeine ya 250 mg cyangwa irenga, ese nsinzira amasaha make?", "at least 250 mg of caffeine"),
    ("ku minsi nanyoye ikawa at 5 pm or later, ese nsinzira amasaha make?", "a coffee at or after 17:00"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_kinyarwanda(question)
    assert parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("text", ["hehe, nice one", "Ese is my cat", "the saa river in Iki"])
def test_english_is_left_alone(text: str) -> None:
    assert from_kinyarwanda(text) == text


def test_formal_requests_and_forms() -> None:
    assert without_request("I hereby request the names of those who came") == "the names of those who came"
    assert without_request("It is my wish to learn, further, how long it took") == "how long it took"
    weeks = plan_question("I hereby request a comparison of my coffees this week with last week's.", NOW, TZ)
    assert weeks is not None and weeks.operation == "compare"
    breakfast = plan_question("b'fast; yesterday; what?", NOW, TZ)
    assert breakfast is not None and breakfast.kinds == ["meal"] and breakfast.filters.get("meal") == "breakfast"


def _meeting(title: str, hour: int) -> Observation:
    start = datetime(2034, 9, 13, hour, tzinfo=TZ).astimezone(timezone.utc)
    return Observation(id=title, sensor="calendar", kind="meeting", start=start, end=start + timedelta(minutes=30),
                       data={"title": title})


def test_a_remark_before_the_question_names_no_title_of_its_own() -> None:
    rows = [_meeting("1:1 with Aline", 9), _meeting("Team retro", 15)]
    picked = _best_titles(rows, "Half the team is away. Who was in the 1:1 with Aline yesterday?")
    assert [o.id for o in picked] == ["1:1 with Aline"]
    kept = _best_titles(rows, "I think the Team retro was short, right? Who was there?")  # a remark that names a title
    assert [o.id for o in kept] == ["Team retro"]
