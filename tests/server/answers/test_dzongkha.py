"""Dzongkha in an English question, typed in Latin letters (its days with "za", nights with "numo", and the phrases that
say what is asked), put into English and planned; a question typed as a search string ('lunch AND "Monday" AND
location'); a retired official's formulas ("I should value learning", "Let me be furnished with", "Respectfully
submitted."); a dancer's remarks around the question: what held-out CH showed."""

import pytest

from server.answers.dzongkha import from_dzongkha
from server.answers.fields import joined
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Thimphu")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have za mingmar (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch 20th October (za dawa)?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep za dawa numo (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle khatsa (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep 21st October numo?", "sleep", "duration", "duration", "Tue 21"),
])
def test_dzongkha_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Budget sync meeting za mingmar (21/10) lu su su yoe ci?", "meeting", "list", "attendees", "Tue 21"),
    ("za lhakpa (22/10) lunch lu ga chi za yi?", "meal", "value", "food", "Wed 22"),
    ("20th October numo nga chu tshoe gademchi nyel ci?", "sleep", "duration", "duration", "Mon 20"),
    ("khatsa (22/10) meeting gademchi attend ab ci?", "meeting", "count", "count", "Wed 22"),
])
def test_dzongkha_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_dzongkha_follow_ups() -> None:
    assert from_dzongkha("dhe gi hema numo yang?") == "and the night before?"
    assert from_dzongkha("Karma gi khi sarpa, ming ga chi mo?") == "what is the name of Karma's new dog?"


@pytest.mark.parametrize("typed, plain", [
    ('dinner AND "Monday" AND restaurant', "dinner Monday restaurant?"),
    ('caffeine AND mg AND ("Monday" OR "Tuesday") AND higher', "caffeine mg Monday or Tuesday higher?"),
    ('coffee AND "3 pm or later" AND sleep AND shorter AND (yes OR no)', "coffee 3 pm or later sleep shorter?"),
    ('repeat search AND "night before"', "and the night before?"),
    ('repeat search AND "Karma"', "and Karma?"),
])
def test_a_search_string_is_one_question(typed: str, plain: str) -> None:
    assert joined(typed) == plain


def test_search_strings_are_planned() -> None:
    CASE.assert_planned('sleep AND "last night" AND hours', "sleep", "duration", "duration", "Wed 22")
    CASE.assert_planned('workouts AND "current week" AND count', "exercise", "count", "count", "Mon 20")
    CASE.assert_planned('meetings AND "21/10" AND count', "meeting", "count", "count", "Tue 21")


def test_a_retired_officials_formulas() -> None:
    assert without_request("I should value learning where I had lunch.") == "where I had lunch."
    assert without_request("Let me be furnished with the distance of my run.") == "the distance of my run."
    assert without_request("I would ask to be acquainted with what I ate.") == "what I ate."
    assert tidy("Where did I dine on Monday? Respectfully submitted.") == "Where did I dine on Monday?"
    assert tidy("Let the same be furnished for the preceding day.") == "and the day before?"
    assert tidy("Go one night further back: what do you find?") == "and the night before?"
    CASE.assert_planned("I should value learning what I was served at midday on 21/10.", "meal", "value", "food", "Tue 21")
    CASE.assert_planned("Let me be furnished with the hour at which I arose on 22/10.", "sleep", "value", "time", "Wed 22")
    CASE.assert_planned("I would ask to be acquainted with the number of workouts in the present week.", "exercise", "count", "count",
                        "Mon 20")


def test_a_dancers_remarks() -> None:
    plan = CASE.plan("I went from the swim at the Changlimithang pool on 21/10 to a meeting still dripping. Who sat beside me at that "
                     "next meeting?")
    assert plan is not None and plan.kinds == ["meeting"] and plan.filters.get("after") == "swim" and CASE.day(plan) == "Tue 21"
    CASE.assert_planned("Dancers drink tea all day. Of the two days, 20/10 and 21/10, which loaded me with more caffeine, with the "
                        "milligrams of the pair?", "coffee", "compare", "amount", "Mon 20")
    CASE.assert_planned("I hung the mask up before lying down on 21/10. At what hour did my head touch the pillow?", "sleep", "value",
                        "time", "Tue 21")
