"""Ewe in an English question (its days, nights with "zã", and the phrases that say what is asked), put into English and
planned; a question typed as a Prolog query; a retired prefect's formulas ("Kindly cause me to be informed of", "I would
have it established", "Extend the said enquiry to"); a referee's remarks around the question: what held-out CI showed."""

import pytest

from server.answers.ewe import from_ewe
from server.answers.prolog import from_prolog
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Lome")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Braɖa (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch 20 October (Dzoɖa)?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep Dzoɖa zã (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle etsɔ (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep 21 October zã?", "sleep", "duration", "duration", "Tue 21"),
])
def test_ewe_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Budget sync meeting Braɖa (21/10), ame kawoe nɔ eme?", "meeting", "list", "attendees", "Tue 21"),
    ("Kuɖa (22/10) ŋdinu, nuka meɖu?", "meal", "value", "food", "Wed 22"),
    ("20 October zã medɔ alɔ̃ gaƒoƒo nenie?", "sleep", "duration", "duration", "Mon 20"),
    ("egbe mefɔ le ga ka me?", "sleep", "value", "time", "Thu 23"),
])
def test_ewe_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_ewe_follow_ups() -> None:
    assert from_ewe("zã si do ŋgɔ na ema hã?") == "and the night before?"
    assert from_ewe("Kofi ƒe avu yeye la, eŋkɔ nye nuka?") == "what is the name of Kofi's new dog?"


@pytest.mark.parametrize("query, english", [
    ('?- ate(breakfast, "today", Food).', "what did I eat for breakfast today?"),
    ('?- slept_hours("last night", H).', "how many hours did I sleep last night?"),
    ("?- aggregate_all(count, meeting(_, \"Monday\"), N).", "how many meetings did I have Monday?"),
    ('?- meeting("Budget sync", Day), ate_at(lunch, Day, Where).', "where did I have lunch on the day of the Budget sync meeting?"),
    ('?- run_km("Monday", A), run_km("Tuesday", B), longer(A, B, L).', "which was longer, Monday or Tuesday, run km of each?"),
    ('?- workout_min("Monday", A), workout_min("Tuesday", B), longer(A, B, L).',
     "which workout was longer, Monday or Tuesday, with the minutes of each?"),
    ('?- retry_with("Kofi").', "and Kofi?"), ("?- retry_with(night_before).", "and the night before?"),
    ("where did I eat?", "where did I eat?"),
])
def test_a_prolog_query_is_read_as_its_question(query: str, english: str) -> None:
    assert from_prolog(query) == english


def test_prolog_queries_are_planned() -> None:
    CASE.assert_planned('?- first_coffee_at("21/10", T).', "coffee", "first", "time", "Tue 21")
    CASE.assert_planned('?- aggregate_all(sum(Mg), caffeine("yesterday", Mg), Total).', "coffee", "total", "amount", "Wed 22")
    CASE.assert_planned('?- swam_distance("21/10", D).', "exercise", "total", "distance", "Tue 21")


def test_a_retired_prefects_formulas() -> None:
    assert without_request("Kindly cause me to be informed of where I had lunch.") == "where I had lunch."
    assert without_request("Be it made known to me how far I ran.") == "how far I ran."
    assert tidy("Where did I dine on Monday? For due action.") == "Where did I dine on Monday?"
    assert tidy("Extend the said enquiry to the length of that meeting.") == "and how long was that meeting?"
    plan = CASE.plan("I would have it established whether coffee drunk at 3 pm or after diminishes my sleep.")
    assert plan is not None and plan.kinds == ["sleep"] and plan.operation == "relation", plan


def test_a_referees_remarks() -> None:
    assert tidy("Run the tape back a day. What was it then?") == "and the day before?"
    assert tidy("Ama talked about Radiolab while I was washing the kit. What was on my plate that evening, the day of that chat?") == \
        "what did I eat for dinner on the day Ama mentioned Radiolab?"
    assert tidy("The Budget sync meeting left me restless. Over the night that followed, what was my sleep in hours?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    plan = CASE.plan("My phone buzzes at dawn on match days. When did the phone actually get me up yesterday?")
    assert plan is not None and plan.kinds == ["sleep"] and plan.attribute == "time" and CASE.day(plan) == "Wed 22", plan
