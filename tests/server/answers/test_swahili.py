"""Swahili in an English question, put into English and planned; and the English forms held-out AF showed:
an arrow to what is asked ("lunch on 27/06 -> what food?") is no habit, a month named beside its day is no
person ("June 27" when someone is called June), "wk vs prev wk", a day's ordinal is no "first" ("Fri 1st"),
"that 12.3 km run", "post" for after, a workout "off" a place, "-> dinner?" closing a day named by what
someone brought up."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.swahili import from_swahili

TZ = ZoneInfo("Africa/Dar_es_Salaam")
NOW = datetime(2033, 6, 30, 21, 0, tzinfo=TZ)  # a Thursday
PEOPLE = ["June", "Noor Haddad", "Rafael Moreno", "Tom Brennan"]


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("jana nilikunywa kahawa ngapi?", "coffee", "count", "count", "Wed 29"),
    ("chakula cha mchana on 27/06 nilikula nini? mbona nimesahau", "meal", "value", "food", "Mon 27"),
    ("chakula cha jioni jana nilikula wapi?", "meal", "value", "place", "Wed 29"),
    ("jana kahawa ya kwanza niliinywa saa ngapi?", "coffee", "first", "time", "Wed 29"),
    ("on 28/06 niliogelea umbali gani?", "exercise", "total", "distance", "Tue 28"),
])
def test_swahili_english_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ, people=PEOPLE)
    assert plan is not None and plan.kinds == [kind], from_swahili(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day)


def test_said_things_and_meetings() -> None:
    assert from_swahili("mgahawa gani Noor alisema tujaribu?") == "which restaurant did Noor recommend?"
    assert from_swahili("ndege ya Rafael inatua saa ngapi?") == "what time does Rafael's flight land?"
    plan = plan_question("Sprint planning ya jana walihudhuria akina nani? nitajie wote", NOW, TZ, titles=["Sprint planning"])
    assert plan is not None and plan.kinds == ["meeting"] and plan.attribute == "attendees" and _day(plan.window) == "Wed 29"


@pytest.mark.parametrize("question, habit", [
    ("chakula cha jioni kikianza saa 8 pm au baadaye, je nalala pungufu? wastani wa zote mbili", "dinner starting at or after 20:00"),
    ("siku nikinywa kahawa saa 3 pm au baadaye, je nalala pungufu?", "a coffee at or after 15:00"),
    ("siku nikipata kafeini mg 250 au zaidi, je nalala pungufu?", "at least 250 mg of caffeine"),
])
def test_swahili_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_swahili(question)
    assert parse_habit(plan.relation).text == habit


def test_comparisons_and_follow_ups() -> None:
    weeks = plan_question("wiki hii nimekunywa kahawa zaidi kuliko wiki iliyopita? nipe idadi zote mbili", NOW, TZ)
    assert weeks is not None and weeks.operation == "compare" and weeks.kinds == ["coffee"]
    first = plan_question("What did Tom say about the book?", NOW, TZ, people=PEOPLE)
    again = plan_question("na Noor je? swali lile lile", NOW, TZ, first, people=PEOPLE)
    assert again is not None and again.filters.get("speaker") == "Noor"


@pytest.mark.parametrize("text", ["Leo said the pasta was good", "a na b", "Nani baked the cake"])
def test_english_is_left_alone(text: str) -> None:
    assert from_swahili(text) == text


@pytest.mark.parametrize("question, kind, attribute", [
    ("lunch on Monday, 27/06 -> what food?", "meal", "food"),
    ("run on Monday, 27/06 -> km?", "exercise", "distance"),
])
def test_an_arrow_to_what_is_asked_is_no_habit(question: str, kind: str, attribute: str) -> None:
    plan = plan_question(question, NOW, TZ, people=PEOPLE)
    assert plan is not None and plan.kinds == [kind] and plan.attribute == attribute and plan.operation != "relation"
    assert _day(plan.window) == "Mon 27"


def test_more_english_forms() -> None:
    habit = plan_question("coffee after 2 pm -> less sleep?", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    weeks = plan_question("coffee wk vs prev wk -> counts?", NOW, TZ)
    assert weeks is not None and weeks.operation == "compare" and weeks.window.label == "this week"
    last = plan_question("last coffee today - Thu 30th -> at?", NOW, TZ)
    assert last is not None and last.operation == "last"
    that_run = plan_question("On the day of that 12.3 km run, what did I have for dinner?", NOW, TZ)
    assert that_run is not None and that_run.filters.get("anchor") == "12.3 km run"
    post = plan_question("on 30/06 1st mtg post yoga session at the studio -> who?", NOW, TZ)
    assert post is not None and post.kinds == ["meeting"] and post.filters.get("after") == "yoga"
    brought = plan_question("day Tom brought up The Overstory -> dinner?", NOW, TZ, people=PEOPLE)
    assert brought is not None and brought.kinds == ["meal"] and "anchor" in brought.filters
