"""Gilbertese in an English question, put into English and planned; and the English forms held-out BB showed: a night
as "Tuesday 14/10 going into Wednesday", a bracketed "(sleep, the night of October 14)", "toddy" (not a misspelt
"today"), a remark before an ask of one window, a story that dates "that day", a date after "the morning", and the
formulas "Put me in possession of", "acquaint me with", "I should welcome", "Following on from this"."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.kiribati import from_kiribati
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.tidy import tidy

TZ = ZoneInfo("Pacific/Tarawa")
NOW = datetime(2035, 10, 18, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Stock take", "Boat roster")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("iraua te aoa ae i matu on Monday 15/10?", "sleep", "duration", "duration", "Mon 15"),
    ("antai aika a roko n te Stock take meeting yesterday?", "meeting", "list", "attendees", "Wed 17"),
    ("iraua au bootaki on Tue. 16 Oct.?", "meeting", "count", "count", "Tue 16"),
    ("iraua te km ae i biri yesterday?", "exercise", "total", "distance", "Wed 17"),
    ("au moan kaibe yesterday, what time?", "coffee", "first", "time", "Wed 17"),
])
def test_gilbertese_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], from_kiribati(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_kiribati(question)


def test_habits_comparisons_and_follow_ups() -> None:
    late = plan_question("ngkana i moi kaibe after 4 pm, e uarereke riki au matu?", NOW, TZ)
    assert late is not None and late.operation == "relation"
    assert from_kiribati("ngkana 250 mg of caffeine or more n te bong, e kangaa au matu?") == \
        "on days with 250 mg of caffeine or more, how do I sleep?"
    assert from_kiribati("Monday ke Tuesday, which day i moi riki te kaibe?") == "Monday or Tuesday, which day had more coffee?"
    assert from_kiribati("ao Mereana naba?") == "and Mereana?"
    assert from_kiribati("te bootaki anne, e maanra?") == "how long was that meeting?"


def test_english_is_left_alone() -> None:
    line = "what time did I go to bed on Monday?"
    assert from_kiribati(line) == line


def test_english_forms() -> None:
    into = plan_question("(sleep, Tuesday 16/10 going into Wednesday) hours?", NOW, TZ)
    assert into is not None and into.kinds == ["sleep"] and "anchor" not in into.filters
    assert into.window.start.astimezone(TZ).hour >= 12 and _day(into.window) == "Tue 16"  # the evening of the 16th on
    bracket = plan_question("(sleep, the night of October 15) hours?", NOW, TZ)
    assert bracket is not None and "anchor" not in bracket.filters and _day(bracket.window) == "Mon 15"
    assert "toddy" in tidy("Sold the toddy early. What was lunch?")
    remark = plan_question("My aunt says weeding is training enough. How far did I run this week so far?", NOW, TZ)
    assert remark is not None and remark.operation != "relation" and remark.kinds == ["exercise"]
    story = plan_question("I was mending nets late on Monday, 15 October. When was my last coffee that day?", NOW, TZ)
    assert story is not None and "anchor" not in story.filters and _day(story.window) == "Mon 15"
    dated = plan_question("Packed the boat for the morning the night of 15 to 16 October. What time did I lie down?", NOW, TZ)
    assert dated is not None and dated.kinds == ["sleep"] and "anchor" not in dated.filters


@pytest.mark.parametrize("question, rest", [
    ("Put me in possession of the number of coffees I had.", "the number of coffees I had."),
    ("Would you acquaint me with the length of the Boat roster meeting?", "the length of the Boat roster meeting?"),
    ("Following on from this, I should welcome the same for Monday.", "the same for Monday."),
    ("I should esteem it a favour to learn who came.", "who came."),
])
def test_formulas(question: str, rest: str) -> None:
    assert without_request(question) == rest


def test_formal_follow_ups() -> None:
    assert tidy("the same for the day preceding") == "the same for the day before"
    assert tidy("I should welcome a statement concerning Mereana.").endswith("what about Mereana.")
