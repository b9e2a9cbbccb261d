"""Fijian in an English question, put into English and planned; and the English forms held-out AX showed: words typed
without their vowels ("hw mny cffs ths wk?"), "last week Friday, 4th", parliamentary formulas ("I rise to ask", "Would
you indicate", "A further supplementary:"), and remarks before the question that name another kind, a month that is
also a person's name, or "ought to count"."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.fijian import from_fijian
from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.vowelless import spelled_out

TZ = ZoneInfo("Pacific/Fiji")
NOW = datetime(2035, 7, 12, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Crew roster", "Ops sync")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("e vica na km au a cici nanoa?", "exercise", "total", "distance", "Wed 11"),
    ("e vica na aua au a moce on the night of Monday 9th?", "sleep", "duration", "duration", "Mon 09"),
    ("au a yadra ena vica nikua? vakamataka se berabera?", "sleep", "value", "time", "Thu 12"),
    ("cava au kania ena katalau yesterday? au sega ni nanuma", "meal", "value", "food", "Wed 11"),
    ("au a kana vakasigalevu e vei on Tuesday the 10th?", "meal", "value", "place", "Tue 10"),
    ("e vica na bilo kofi au a gunuva nikua?", "coffee", "count", "count", "Thu 12"),
])
def test_fijian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_fijian(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_fijian(question)


def test_meetings_said_facts_comparisons_and_habits() -> None:
    who = plan_question("o cei era a tiko ena meeting Ops sync nanoa?", NOW, TZ, titles=TITLES)
    assert who is not None and who.attribute == "attendees" and _day(who.window) == "Wed 11"
    assert from_fijian("na koli vou i Mere, cava na yacana?") == "what is the name of Mere's new dog?"
    assert from_fijian("cava na podcast a vakatura mai o Jone?") == "which podcast did Jone recommend?"
    compare = plan_question("ena siga cava e levu cake na caffeine, Monday the 9th se Tuesday the 10th?", NOW, TZ)
    assert compare is not None and compare.operation == "compare" and compare.attribute == "amount"
    late = plan_question("niu gunu kofi ni oti na 2 pm, e lailai cake na noqu moce?", NOW, TZ)
    assert late is not None and late.operation == "relation" and parse_habit(late.relation).text == "a coffee at or after 14:00"


@pytest.mark.parametrize("follow_up, expected", [
    ("ia na siga e liu?", "and the day before?"), ("vakacava o Mere?", "and Mere?"),
    ("ia nikua me yacova mai qo?", "and today so far?"),
])
def test_follow_ups(follow_up: str, expected: str) -> None:
    assert from_fijian(follow_up) == expected


@pytest.mark.parametrize("text", ["Kana and I ran on the beach", "Ena said the ops sync moved", "a swim at Natadola"])
def test_english_is_left_alone(text: str) -> None:
    assert from_fijian(text) == text


@pytest.mark.parametrize("question, expected", [
    ("hw mny cffs ths wk?", "how many coffees this week?"),
    ("hw fr did i swm yesterday?", "how far did i swim yesterday?"),
    ("wht did i hv fr lnch today?", "what did i have for lunch today?"),
    ("whn is Harbor lnch nw, Jone sd?", "when is Harbor launch now, Jone said?"),
    ("Mr Tan hw r u", "Mr Tan hw r u"),
])
def test_vowelless_words(question: str, expected: str) -> None:
    assert spelled_out(question) == expected


def test_last_week_weekday_and_formulas() -> None:
    plan = plan_question("what did I have for lunch last week Friday, 6th?", NOW, TZ)
    assert plan is not None and _day(plan.window) == "Fri 06"
    assert without_request("I rise to ask how long I slept last night.") == "how long I slept last night."
    assert without_request("Would you indicate who attended the Ops sync?") == "who attended the Ops sync?"
    assert without_request("A further supplementary: and the night before that one?") == "and the night before that one?"


def test_remarks_before_the_question() -> None:
    said = plan_question("We've a farm dog that sleeps in the shed. What did Mere call the new dog?", NOW, TZ)
    assert said is not None and said.kinds == ["conversation"] and said.filters["speaker"] == "Mere"
    which = plan_question("Hauling cane ought to count. What exercise did I do yesterday?", NOW, TZ)
    assert which is not None and which.kinds == ["exercise"] and "activity" not in which.filters
    assert which.operation != "count"
    month = plan_question("My boy turns six in June. How old will Jone's daughter be on her birthday?", NOW, TZ,
                          people=["June", "Jone Rabuka"])
    assert month is not None and month.filters["speaker"] == "Jone"
