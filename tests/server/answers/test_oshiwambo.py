"""Oshiwambo (Oshindonga) in an English question (its weekdays, "nena", "ohela", nights "uusiku wa X", "oshiwike shika", and
the phrases that say what is asked), put into English and planned; a question typed as a CSS selector; a retired weather
observer's formulas ("I would have it reported to me", "Let the log show", "Put on record for me", "Awaiting your answer with
interest", "The like question, now for"); a makalani nut carver's remarks around the question: what held-out CS showed."""

import pytest

from server.answers.css_selectors import from_css_selector
from server.answers.oshiwambo import from_oshiwambo
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Windhoek")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Etiyali (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Mande 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep uusiku wa Mande (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle ohela (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep uusiku wa 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch Etitatu, 22 October?", "meal", "value", "food", "Wed 22"),
])
def test_oshiwambo_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("omutumba Design review Etiyali (21/10) mwa li olye?", "meeting", "list", "attendees", "Tue 21"),
    ("Etitatu (22/10) ongula onda lya shike?", "meal", "value", "food", "Wed 22"),
    ("uusiku wa 20 October onda kotha iihe ngapi?", "sleep", "duration", "duration", "Mon 20"),
    ("nena (23/10) onda penduka pethimbo lini?", "sleep", "value", "time", "Thu 23"),
    ("Mande (20/10) onda hinga bicycle ookilometa ngapi?", "exercise", "total", "distance", "Mon 20"),
    ("ohela (22/10) onda li ndi na omitumba ngapi?", "meeting", "count", "count", "Wed 22"),
    ("Etiyali 21 October lunch onde yi lila peni?", "meal", "value", "place", "Tue 21"),
])
def test_oshiwambo_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_oshiwambo_what_is_asked() -> None:
    assert from_oshiwambo("Ndapewa nee?") == "and Ndapewa?"
    assert from_oshiwambo("okambwa ka Ndapewa oka luka edhina lye?") == "what is the name of Ndapewa's new dog?"
    assert from_oshiwambo("uusiku konima yomutumba Design review, onda kotha iihe ngapi?") == \
        "how many hours did I sleep the night after the Design review meeting?"
    assert from_oshiwambo("ngele onda nu coffee po 5 pm nenge konima, otandi kotha kashona?") == \
        "do I sleep less after coffee at 5 pm or later?"
    assert from_oshiwambo("oshiwike shika onda nu coffee yi vule oshiwike sha piti?") == "did I drink more coffee this week than last week?"
    assert from_oshiwambo("nuusiku wa tetekela?") == "and the night before?"


def test_oshiwambo_words_leave_other_questions_alone() -> None:
    assert from_oshiwambo("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_oshiwambo("Is Mande the name of the new café?") == "Is Mande the name of the new café?"
    assert from_oshiwambo("la nena quiere un café") == "la nena quiere un café"


@pytest.mark.parametrize("selector, english", [
    ('meals > meal[kind=supper][day="Tuesday"] .food', "what did I eat for dinner Tuesday?"),
    ('meals > meal[kind=lunch][day="Mande (20/10)"] .place', "where did I have lunch Mande (20/10)?"),
    ('meetings > meeting[title="Design review"][day="Monday"] .attendees', "who was at the Design review meeting Monday?"),
    ('meetings > meeting[day="today"]:count', "how many meetings did I have today?"),
    ('coffees > coffee[day="Monday"]:last-of-day .time', "what time was my last coffee Monday?"),
    ('coffees > coffee[day="Monday"] .mg:sum', "how much caffeine in mg Monday?"),
    ('workouts > workout[activity=swim][day="today"] .metres', "how far did I swim today?"),
    ('workouts > workout[activity="running"][week=ongoing] .km:sum', "how many km of running in total this week?"),
    ('nights > night:is([of="Monday night"], [of="last night"]) .hours:max',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('coffees > coffee:is([week=ongoing], [week=prior]):count:max', "did I drink more coffee this week than last week?"),
    ('meals > meal[kind=lunch][day=":has(said[by=Ndapewa][about=Radiolab])"] .food',
     "what did I eat for lunch on the day Ndapewa mentioned Radiolab?"),
    ('nights > night[after=":has(meeting[title=Design review])"] .hours', "how many hours did I sleep the night after the Design review meeting?"),
    ('workouts > workout[label="evening ride"][day="Monday"] ~ meeting:first-of-type .attendees',
     "who was at the meeting right after the evening ride Monday?"),
    ('nights > night[last-coffee-from="4 pm"] .hours:vs-rest', "do I sleep less after coffee at 4 pm or later?"),
    ('days > day:has-workout .cups:vs(:not(:has-workout))', "do I drink more coffee on workout days than on rest days?"),
    (':same[night=prev]', "and the night before?"), (':same[day=today-so-far]', "and today so far?"),
    (':same .meeting-minutes', "and how long was that meeting?"), (':same[from="Ndapewa"]', "and Ndapewa?"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_a_css_selector_is_read_as_its_question(selector: str, english: str) -> None:
    assert from_css_selector(selector) == english


def test_a_weather_observers_formulas_and_a_nut_carvers_remarks() -> None:
    assert without_request("I would have it reported to me where I had lunch.") == "where I had lunch."
    assert without_request("Let the log show how far I swam.") == "how far I swam."
    assert without_request("Put on record for me how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? Awaiting your answer with interest.") == "How many coffees did I drink on Monday?"
    assert tidy("The like question, now for the preceding day.") == "and the day before?"
    assert tidy("The like question, now regarding Ndapewa.") == "and Ndapewa?"
    assert tidy("Turn the calendar back one day, the way a page turns, and answer again.") == "and the day before?"
    CASE.assert_planned("Bread is early work, unless a meeting steals the dawn. At what hour did the earliest one of my meetings "
                        "open on Tuesday?", "meeting", "first", "time", "Tue 21")
    plan = CASE.plan("Flour dust makes one hungry. Which restaurant did Ndapewa rate above the rest?")
    assert plan is not None and plan.kinds == ["conversation"], plan
