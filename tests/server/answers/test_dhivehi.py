"""Dhivehi in an English question (its weekdays, "miadhu", "iyye", nights with "reygandu", and the phrases that say what
is asked), put into English and planned; a question typed as an R tidyverse pipeline; a retired island chief's formulas
("Reveal to me", "Expound to me", "Signify to me", "Elucidate for me", "Unfold to me", "Your answer will be received with
gratitude"); a boatbuilder's remarks around the question: what held-out CO showed."""

import pytest

from server.answers.dhivehi import from_dhivehi
from server.answers.r_pipelines import from_r_pipeline
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Indian/Maldives")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Angaara (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch 20 October (Hoama)?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep Hoama dhuvahuge reygandu (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle iyye (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep 21 October reygandu?", "sleep", "duration", "duration", "Tue 21"),
])
def test_dhivehi_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Budget sync Angaara (21/10) bahdhalah aee kaaku kaaku?", "meeting", "list", "attendees", "Tue 21"),
    ("Budha (22/10) hendhunu saiy ah kevee kon echcheh?", "meal", "value", "food", "Wed 22"),
    ("20 October reygandu nidhee kihaa gadi?", "sleep", "duration", "duration", "Mon 20"),
    ("Hoama (20/10) baisikalu dhuvvee kihaa km?", "exercise", "total", "distance", "Mon 20"),
    ("Angaara (21/10) kofi boee kihaa koappu?", "coffee", "count", "count", "Tue 21"),
    ("Budha (22/10) mendhuru kevee kobaa gai?", "meal", "value", "place", "Wed 22"),
])
def test_dhivehi_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_dhivehi_what_is_asked() -> None:
    assert from_dhivehi("e kurin reygandu?") == "and the night before?"
    assert from_dhivehi("aai Aishath ge?") == "and Aishath?"
    assert from_dhivehi("Aishath ge kuda balhu ge nama kon eh?") == "what is the name of Aishath's new dog?"
    assert from_dhivehi("Aishath recommend kuri film kon eh?") == "which film did Aishath recommend?"
    assert from_dhivehi("4 pm nuvatha fahun kofi boaa nama nidhun madu vey tha?") == "do I sleep less after coffee at 4 pm or later?"


def test_dhivehi_words_leave_other_questions_alone() -> None:
    assert from_dhivehi("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_dhivehi("Is Budha the name of the new cafe?") == "Is Budha the name of the new cafe?"


@pytest.mark.parametrize("pipeline, english", [
    ('meals %>% filter(date == "Tuesday", meal == "dinner") %>% pull(food)', "what did I eat for dinner Tuesday?"),
    ('meals %>% filter(date == "yesterday", meal == "breakfast") %>% pull(venue)', "where did I have breakfast yesterday?"),
    ('meetings %>% filter(title == "Budget sync", date == "Monday") %>% pull(attendees)', "who was at the Budget sync meeting Monday?"),
    ('nights %>% filter(label == "last night") %>% pull(hours)', "how many hours did I sleep last night?"),
    ('workouts %>% filter(date == "today", type == "run") %>% summarise(km = sum(km))', "how many km did I run today?"),
    ('coffees %>% filter(date == "Monday") %>% nrow()', "how many coffees did I drink Monday?"),
    ('workouts %>% filter(verb == "swam", km == 2) %>% inner_join(lunches, by = "date") %>% pull(food)',
     "what did I eat for lunch on the day I swam 2 km?"),
    ('nights %>% group_by(late = last_coffee >= "5 pm") %>% summarise(hours = mean(hours))', "do I sleep less after coffee at 5 pm or later?"),
    ('puppies %>% filter(owner == "Aishath") %>% pull(name)', "what is the name of Aishath's new dog?"),
    ('last_query %>% redo(night = "previous")', "and the night before?"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_an_r_pipeline_is_read_as_its_question(pipeline: str, english: str) -> None:
    assert from_r_pipeline(pipeline) == english


def test_an_island_chiefs_formulas_and_a_boatbuilders_remarks() -> None:
    assert without_request("Reveal to me where I had lunch.") == "where I had lunch."
    assert without_request("Elucidate for me how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? Your answer will be received with gratitude.") == "How many coffees did I drink on Monday?"
    assert tidy("Plane the same plank again for Aishath.") == "and Aishath?"
    assert tidy("I sand hulls with a radio on, always a podcast. Which one was it that Aishath told me to try?") == \
        "I sand hulls with a radio on, always a podcast. which podcast did Aishath recommend?"
    plan = CASE.plan("The yard's watchman drinks coffee all night. If my own cup comes at 4 pm or beyond, do I pay for it in hours of sleep?")
    assert plan is not None and plan.operation == "relation" and plan.kinds == ["sleep"], plan
    CASE.assert_planned("Elucidate for me how many workouts the week has so far held.", "exercise", "count", "count", "Mon 20")
