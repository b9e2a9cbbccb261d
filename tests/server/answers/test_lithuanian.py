"""Lithuanian in an English question, put into English and planned; its days in an otherwise English question
("antradienį (10-21)", "šiandien (Kt, 10-23)", "spalio 19 d."); and what held-out BW showed besides: Lithuanian short
weekdays before a date ("on Tr 22/10"), dashed month-day dates after them, fields written "what <- of what", "May it
please you to disclose", "I entreat you to tell me", "To the same purpose,", "the aeroplane bearing X is expected on the
ground", "runs above or below last week's", "Every meeting is ... How many of them ate into my day", "days of 300+ mg
caffeine vs the rest, sleep how?"."""


import pytest

from server.answers.lithuanian import from_lithuanian
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Vilnius")
_plan = CASE.plan


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("ką valgiau pietums vakar? nepamenu", "meal", "value", "food", "Wed 22"),
    ("kur vakarieniavau pirmadienį (10-20)? buvo skanu", "meal", "value", "place", "Mon 20"),
    ("kas buvo Budget sync susitikime antradienį (10-21)? nežinau", "meeting", "list", "attendees", "Tue 21"),
    ("kiek kavų išgėriau šiandien?", "coffee", "count", "count", "Thu 23"),
    ("kada atsikėliau on Tr 22/10? tiksliai", "sleep", "value", "time", "Wed 22"),
    ("kiek valandų miegojau naktį iš pirmadienio į antradienį (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("kiek truko Design review susitikimas užvakar?", "meeting", "duration", "duration", "Tue 21"),
])
def test_lithuanian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_lithuanian_follow_ups_said_things_habits_and_comparisons() -> None:
    assert from_lithuanian("o diena prieš tai?") == "and the day before?"
    assert from_lithuanian("o kaip su Rūta? tą patį noriu žinoti") == "and Rūta?"
    assert from_lithuanian("kiek metų sukanka Rūta dukrai? reikia dovanos") == "how old is Rūta's daughter turning?"
    habit = _plan("ar miegu mažiau, jei vakarieniauju 8 pm or later?")
    assert habit is not None and habit.operation == "relation"
    compared = _plan("kurią dieną gavau daugiau kofeino, vakar ar šiandien? mg abiem")
    assert compared is not None and compared.operation == "compare"


def test_lithuanian_days_in_an_english_question() -> None:
    plan = _plan("I came in late, still in my jacket. Who filled the chairs at the Design review meeting antradienį (10-21)?")
    assert plan is not None and plan.kinds == ["meeting"] and CASE.day(plan) == "Tue 21"
    dated = _plan("What did I eat for dinner 4 days ago (sekmadienis, spalio 19 d.)?")
    assert dated is not None and CASE.day(dated) == "Sun 19"


@pytest.mark.parametrize("question, kind, operation", [
    ("time <- last coffee on Wednesday", "coffee", "last"),
    ("days of 300+ mg caffeine vs the rest, sleep how?", "sleep", "relation"),
    ("May it please you to disclose when the aeroplane bearing Rūta is expected on the ground.", "conversation", "value"),
    ("I entreat you to tell me whether my coffee this week runs above or below last week's.", "coffee", "compare"),
    ("Every meeting is an hour lost. How many of them ate into my day yesterday?", "meeting", "count"),
])
def test_terse_fields_formulas_and_idioms(question: str, kind: str, operation: str) -> None:
    plan = _plan(question)
    assert plan is not None and plan.kinds == [kind] and plan.operation == operation, (tidy(question), plan)
