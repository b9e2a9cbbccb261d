"""Pular in an English question (its weekdays, "hannde", "hanki", nights "jemma X", "e yontere nde", and the phrases that say
what is asked), put into English and planned; a question typed as a Smalltalk message send; a retired ferry captain's formulas
("Kindly establish for me", "Be good enough to discover", "Yours obediently", "As much for"); a cobbler's remarks ("The market
week starts on Monday for me. ... since then?"): what held-out CV showed."""

import pytest

from server.answers.pular import from_pular
from server.answers.smalltalk import from_smalltalk
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Conakry")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Talaata 21/10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Altine 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep jemma Altine 20/10-21/10?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle hanki 22/10?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep jemma 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch ñalawma Alarba (22/10)?", "meal", "value", "food", "Wed 22"),
])
def test_pular_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("batu Design review Talaata 21/10, ko moy tawtorii?", "meeting", "list", "attendees", "Tue 21"),
    ("Alarba 22/10 subaka mi nyaami ko honɗun?", "meal", "value", "food", "Wed 22"),
    ("jemma 20 October mi ɗaanii hours no foti?", "sleep", "duration", "duration", "Mon 20"),
    ("hannde 23/10 mi finii honde tuma?", "sleep", "value", "time", "Thu 23"),
    ("Altine 20/10 mi wayli velo kilometre no foti?", "exercise", "total", "distance", "Mon 20"),
    ("hanki 22/10 mi tawtorii batuuji no foti?", "meeting", "count", "count", "Wed 22"),
    ("Talaata 21 October lunch mi nyaami hoto?", "meal", "value", "place", "Tue 21"),
])
def test_pular_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_pular_what_is_asked() -> None:
    assert from_pular("Mariama kadi?") == "and Mariama?"
    assert from_pular("rawaandu Mariama keso, innde mum ko moy?") == "what is the name of Mariama's new dog?"
    assert from_pular("jemma caggal Design review, mi ɗaanii hours no foti?") == \
        "how many hours did I sleep the night after the Design review meeting?"
    assert from_pular("so mi yarii kafe 5 pm walla caggal, mi ɗaanata seeɗa?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_pular("e yontere nde mi yari kafe ɓuri yontere ɓennunde?") == "did I drink more coffee this week than last week?"
    assert from_pular("jemma adiingo?") == "and the night before?"


def test_pular_words_leave_other_questions_alone() -> None:
    assert from_pular("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_pular("¿Qué comí en mi almuerzo hoy?") == "¿Qué comí en mi almuerzo hoy?"


@pytest.mark.parametrize("send, english", [
    ("(Diary mealOn: 'Tuesday' kind: #supper) food", "what did I eat for dinner Tuesday?"),
    ("(Diary mealOn: 'ñalawma Altine (20/10)' kind: #lunch) place", "where did I have lunch ñalawma Altine (20/10)?"),
    ("(Diary meeting: 'Design review' on: 'Monday') attendees", "who was at the Design review meeting Monday?"),
    ("(Diary meetingsOn: 'today') size", "how many meetings did I have today?"),
    ("(Diary coffeesOn: 'Monday') last time", "what time was my last coffee Monday?"),
    ("(Diary kmOf: #run onDate: 'today') sum", "how many km did I run today?"),
    ("(Diary kmOf: #cycling since: #monday) sum", "how many km of cycling in total this week?"),
    ("(Diary wakeOn: 'Monday') time", "what time did I wake up Monday?"),
    ("(Diary nights: 'Monday night' and: 'last night') compareBy: #hours",
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ("(Diary weeks: #current and: #previous) compareBy: #coffeeCount", "did I drink more coffee this week than last week?"),
    ("((Diary dayWhen: 'Mariama' said: 'Radiolab') lunch) food", "what did I eat for lunch on the day Mariama mentioned Radiolab?"),
    ("(Diary nightAfter: 'Design review') hours", "how many hours did I sleep the night after the Design review meeting?"),
    ("(Diary meetingAfter: 'evening ride' on: 'Monday') attendees", "who was at the meeting right after the evening ride Monday?"),
    ("(Diary nightsSplitBy: #lastCoffee at: '4 pm') meanHours", "do I sleep less after coffee at 4 pm or later?"),
    ("(Diary daysSplitBy: #workoutDay) meanCoffees", "do I drink more coffee on workout days than on rest days?"),
    ("priorQuery redoOn: #nightBefore", "and the night before?"), ("priorQuery redoOn: #today upTo: #now", "and today so far?"),
    ("priorMeeting minutes", "and how long was that meeting?"), ("priorQuery redoFor: 'Mariama'", "and Mariama?"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_a_smalltalk_send_is_read_as_its_question(send: str, english: str) -> None:
    assert from_smalltalk(send) == english


def test_a_ferry_captains_formulas_and_a_cobblers_remarks() -> None:
    assert without_request("Kindly establish for me where I had lunch.") == "where I had lunch."
    assert without_request("Be good enough to discover how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? Yours obediently.") == "How many coffees did I drink on Monday?"
    assert tidy("As much for the preceding night.") == "and the night before?"
    assert tidy("As much for Mariama. Yours obediently.") == "and Mariama?"
    assert tidy("Now go back a day from that.") == "and the day before?"
    CASE.assert_planned("The fishing week starts on Tuesday for us. How many km of cycling have I logged since then?",
                        "exercise", "total", "distance", "Tue 21")
    plan = CASE.plan("Late repairs push my supper back. Does a plate eaten at 9 pm or after that cut my night short?")
    assert plan is not None and plan.operation == "relation" and plan.kinds == ["sleep"], plan
