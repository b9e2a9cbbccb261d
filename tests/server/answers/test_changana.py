"""Changana (Xitsonga) in an English question (its weekdays as Maputo says them, "namuntlha", "tolo", nights "vusiku bya X",
"vhiki leri", and the phrases that say what is asked), put into English and planned; a question typed as an HTTP request
line; a retired railway signalman's formulas ("Oblige an old man by stating", "I should like it communicated to me", "My
thanks in advance of your reply", "Let the same enquiry be put for"); a timbila maker's remarks around the question: what
held-out CR showed."""

import pytest

from server.answers.changana import from_changana
from server.answers.http_requests import from_http_request
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Maputo")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Ravumbirhi (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Musumbhunuku wa 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep vusiku bya Musumbhunuku (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle tolo (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep vusiku bya 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch Ravunharhu, 22 October?", "meal", "value", "food", "Wed 22"),
])
def test_changana_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Design review Ravumbirhi (21/10) a ku ri na vamani?", "meeting", "list", "attendees", "Tue 21"),
    ("Ravunharhu (22/10) ndzi dyile yini nimixo?", "meal", "value", "food", "Wed 22"),
    ("vusiku bya 20 October ndzi etlele tiawara tingani?", "sleep", "duration", "duration", "Mon 20"),
    ("namuntlha (23/10) ndzi pfukile hi nkarhi wihi?", "sleep", "value", "time", "Thu 23"),
    ("Musumbhunuku (20/10) hi bicycle ndzi famba ti-km tingani?", "exercise", "total", "distance", "Mon 20"),
    ("tolo (22/10) a ndzi ri na tinhlengeletano tingani?", "meeting", "count", "count", "Wed 22"),
    ("Ravumbirhi wa 21 October lunch ndzi yi dyele kwihi?", "meal", "value", "place", "Tue 21"),
])
def test_changana_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_changana_what_is_asked() -> None:
    assert from_changana("na Tsakani ke?") == "and Tsakani?"
    assert from_changana("ximbyanyana xa Tsakani xi vitaniwa mani?") == "what is the name of Tsakani's new dog?"
    assert from_changana("vusiku endzhaku ka Design review, ndzi etlele tiawara tingani?") == \
        "how many hours did I sleep the night after the Design review meeting?"
    assert from_changana("loko ndzi nwa coffee hi 5 pm kumbe endzhaku, vurhongo bya hunguteka?") == \
        "do I sleep less after coffee at 5 pm or later?"
    assert from_changana("vhiki leri coffee yi tlula ya vhiki leri hundzeke?") == "did I drink more coffee this week than last week?"
    assert from_changana("na vusiku lebyi nga emahlweni?") == "and the night before?"


def test_changana_words_leave_other_questions_alone() -> None:
    assert from_changana("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_changana("Is Sonto the name of the new café?") == "Is Sonto the name of the new café?"
    assert from_changana("Habari ya leo, na wewe?") == "Habari ya leo, na wewe?"


@pytest.mark.parametrize("request_line, english", [
    ("GET /meals?kind=supper&day=Tuesday&select=food", "what did I eat for dinner Tuesday?"),
    ("GET /meals?kind=lunch&day=Musumbhunuku (20/10)&select=place", "where did I have lunch Musumbhunuku (20/10)?"),
    ("GET /meetings?title=Design review&day=Monday&select=people", "who was at the Design review meeting Monday?"),
    ("GET /meetings?day=today&select=count", "how many meetings did I have today?"),
    ("GET /coffees?day=Monday&sort=time&select=last", "what time was my last coffee Monday?"),
    ("GET /workouts?activity=swim&day=today&select=metres", "how far did I swim today?"),
    ("GET /workouts?activity=cycling&week=this&select=km_sum", "how many km of cycling in total this week?"),
    ("GET /workouts?label=evening ride&day=Monday&select=avgbpm", "what was my average heart rate during the evening ride Monday?"),
    ("GET /nights?night=Monday night|last night&select=hours&compare=max",
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ("GET /meals?kind=lunch&day=dayof(by=Tsakani,said=Radiolab)&select=food", "what did I eat for lunch on the day Tsakani mentioned Radiolab?"),
    ("GET /nights?night=nightafter(meeting=Design review)&select=hours", "how many hours did I sleep the night after the Design review meeting?"),
    ("GET /nights?lastcoffee_gte=4 pm&select=hours&vs=rest", "do I sleep less after coffee at 4 pm or later?"),
    ("GET /days?trained=true&select=cups&vs=trained_false", "do I drink more coffee on workout days than on rest days?"),
    ("GET /tips?from=Tsakani&kind=film&select=title", "which film did Tsakani recommend?"),
    ("GET same&night=night-1", "and the night before?"), ("GET same&day=today_so_far", "and today so far?"),
    ("GET same&from=Tsakani", "and Tsakani?"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_an_http_request_line_is_read_as_its_question(request_line: str, english: str) -> None:
    assert from_http_request(request_line) == english


def test_an_http_request_line_is_not_taken_for_a_redis_command() -> None:
    assert tidy("GET /coffees?day=Monday|Tuesday&select=caffeine_mg_sum&compare=max") == \
        "which day had more caffeine, Monday or Tuesday, with the mg of each?"


def test_a_signalmans_formulas_and_a_timbila_makers_remarks() -> None:
    assert without_request("Oblige an old man by stating where I had lunch.") == "where I had lunch."
    assert without_request("Acquaint me, if you will, with how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? My thanks in advance of your reply.") == "How many coffees did I drink on Monday?"
    assert tidy("Let the same enquiry be put for the night before that one.") == "and the night before?"
    assert tidy("Let the same enquiry be put for today, from its beginning to now.") == "and today so far?"
    assert tidy("Let the same enquiry be put regarding Tsakani.") == "and Tsakani?"
    CASE.assert_planned("Marimbas need many players. Whose voices filled the Budget sync on Monday, like a choir round the fire?",
                        "meeting", "list", "attendees", "Mon 20")
    CASE.assert_planned("Sawdust settles when I stop for tea. How many cups did the shop kettle pour me on Tuesday?",
                        "coffee", "count", "count", "Tue 21")
    plan = CASE.plan("A chisel is weighed by feel. How heavy was the caffeine I took in on Monday, weighed out in milligrams?")
    assert plan is not None and plan.operation == "total" and plan.attribute == "amount", plan
    assert tidy("When will Tsakani's aeroplane come down out of the clouds?") == "when does Tsakani's flight land?"
