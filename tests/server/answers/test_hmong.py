"""Hmong in an English question (its numbered days, nights with "hmo", and the phrases that say what is asked), put into
English and planned; a question typed as a line of Forth; a customs director's formulas ("Set down for me", "Disclose to
me", "Let it be put before me", "Your early word is awaited"); a deminer's remarks before an order or a question: what
held-out CJ showed."""

import pytest

from server.answers.forth import from_forth
from server.answers.hmong import from_hmong
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Vientiane")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have hnub ob (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch 20 October (hnub ib)?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep hmo hnub ib (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle hnub nag hmo (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep hmo 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for dinner hnub peb 22 October?", "meal", "value", "food", "Wed 22"),
])
def test_hmong_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("leej twg tuaj koom Budget sync hnub ob (21/10)?", "meeting", "list", "attendees", "Tue 21"),
    ("hnub peb (22/10) kuv noj tshais dab tsi?", "meal", "value", "food", "Wed 22"),
    ("hmo 20 October kuv pw tsaug zog tau pes tsawg teev?", "sleep", "duration", "duration", "Mon 20"),
    ("hnub no kuv sawv thaum pes tsawg teev?", "sleep", "value", "time", "Thu 23"),
    ("hnub ib 20 October kuv khiav tau pes tsawg km?", "exercise", "total", "distance", "Mon 20"),
    ("hnub nag hmo kuv muaj pes tsawg lub rooj sib tham?", "meeting", "count", "count", "Wed 22"),
    ("hnub ob (21/10) kuv haus kas fes pes tsawg khob?", "coffee", "count", "count", "Tue 21"),
])
def test_hmong_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_hmong_what_is_asked() -> None:
    assert from_hmong("hnub ua ntej ntawd thiab?") == "and the day before?"
    assert from_hmong("hmo ua ntej ntawd thiab?") == "and the night before?"
    assert from_hmong("Pao tus dev tshiab npe hu li cas?") == "what is the name of Pao's new dog?"
    assert from_hmong("Yer qhuas ib lub tsev noj mov heev, nws lub npe hu li cas?") == "which restaurant did Yer recommend?"
    assert from_hmong("hnub muaj Budget sync meeting, kuv noj hmo dab tsi?") == \
        "what did I eat for dinner on the day of the Budget sync meeting?"
    assert from_hmong("hnub kuv ua workout, kuv haus kas fes ntau dua hnub so lov?") == \
        "do I drink more coffee on workout days than on rest days?"
    assert from_hmong("yog kuv haus kas fes thaum 3 pm los yog tom qab, puas ua rau kuv pw tsis tau ntev?") == \
        "do I sleep less after coffee at 3 pm or later?"
    assert from_hmong("hnub no kuv ua workout dab tsi? ua luam dej los yog khiav?") == "today what kind of workout did I do?"
    assert from_hmong("bike ride to the lake hnub ob (21/10) siv sij hawm pes tsawg feeb?") == \
        "how many minutes did the bike ride to the lake on (21/10) last?"


def test_hmong_words_leave_english_alone() -> None:
    assert from_hmong("what did I eat at Hmo's place today?") == "what did I eat at Hmo's place today?"
    assert from_hmong("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"


@pytest.mark.parametrize("line, english", [
    ('s" Friday" dinner-fare .', "what did I eat for dinner Friday?"),
    ('s" yesterday" breakfast-venue .', "where did I have breakfast yesterday?"),
    ('s" Budget sync" s" today" crew-present .', "who was at the Budget sync meeting today?"),
    ('s" Design review" s" Monday" meeting-length-minutes .', "how many minutes was the Design review meeting Monday?"),
    ('s" swam" 2 km-day lunch-venue .', "where did I have lunch on the day I swam 2 km?"),
    ('s" Budget sync" night-after sleep-hours .', "how many hours did I sleep the night after the Budget sync meeting?"),
    ('s" Kofi" s" Radiolab" said-day lunch-fare .', "what did I eat for lunch on the day Kofi mentioned Radiolab?"),
    ('s" Monday" s" Tuesday" caffeine-compared .', "which day had more caffeine, Monday or Tuesday, with the mg of each?"),
    ('s" last night" s" Monday night" longer-sleep .', "which night did I sleep longer, last night or Monday night, with the hours of each?"),
    ("this-week last-week coffee-vs .", "did I drink more coffee this week than last week?"),
    ("training-days days-off sleep-compared .", "do I sleep longer after workout days than after rest days?"),
    ('s" 5 pm" late-coffee sleep-toll .', "do I sleep less after coffee at 5 pm or later?"),
    ('s" Pao" movie-tip .', "which film did Pao recommend?"),
    ('s" cycling" km-total-this-week .', "how many km of cycling in total this week?"),
    ('s" today" first-cup-time .', "what time was my first coffee today?"),
    ('s" Monday" wake-up-hour .', "what time did I wake up Monday?"),
    ("prior-night requery .", "and the night before?"), ('s" Pao" requery .', "and Pao?"),
    ("that-meeting length-minutes requery .", "and how long was that meeting?"),
    ("what did I eat today?", "what did I eat today?"), ("see you at 5 pm .", "see you at 5 pm ."),
])
def test_a_forth_line_is_read_as_its_question(line: str, english: str) -> None:
    assert from_forth(line) == english


def test_forth_lines_are_planned() -> None:
    CASE.assert_planned('s" hnub ob (21/10)" km-ridden .', "exercise", "total", "distance", "Tue 21")
    CASE.assert_planned('s" 22/10" lights-out .', "sleep", "value", "time", "Wed 22")
    CASE.assert_planned('s" today" meetings-count .', "meeting", "count", "count", "Thu 23")


def test_a_customs_directors_formulas() -> None:
    assert without_request("Set down for me the hour of my last coffee.") == "the hour of my last coffee."
    assert without_request("Disclose to me where I had lunch.") == "where I had lunch."
    assert without_request("Let it be laid before me how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? Your early word is awaited.") == "How many coffees did I drink on Monday?"
    CASE.assert_planned("Disclose to me the caffeine, reckoned as milligrams, I took in on Tuesday.", "coffee", "total", "amount", "Tue 21")
    assert tidy("Disclose to me the book Yer held I should on no account skip.") == "Disclose to me which book did Yer recommend."


def test_a_deminers_remarks() -> None:
    CASE.assert_planned("The detector beeps at every nail. Tell me the kilometres I ran on Monday.", "exercise", "total", "distance", "Mon 20")
    plan = CASE.plan("Rest matters before a clearance day. Put Monday night next to Tuesday night: which got more? Both nights' hours.")
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["sleep"], plan
    plan = CASE.plan("Dinner often runs late in the field. Eating at 8 pm or past it: is my sleep the poorer?")
    assert plan is not None and plan.operation == "relation" and plan.kinds == ["sleep"], plan
    plan = CASE.plan("My crew swears by the flask. Which see me drink the most coffee, training days or days off?")
    assert plan is not None and plan.operation == "relation" and plan.kinds == ["coffee"], plan
    assert tidy("The like for Pao.") == "and Pao?"
    assert tidy("Once the swim at the lake on Monday was done, who was at the meeting?") == \
        "right after the swim at the lake on Monday, who was at the meeting?"
