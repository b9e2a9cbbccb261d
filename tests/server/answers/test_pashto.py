"""Pashto in an English question (its weekdays as Kabul says them, "nan", "parun", nights "da X shpa", and the phrases that
say what is asked), put into English and planned; a question typed as an ldapsearch command; a retired radio announcer's
formulas ("It would oblige me to be told", "Let it be made known to me", "Disclose unto me", "With my gratitude duly
recorded", "Repeat the reckoning for"); a saffron grower's remarks around the question: what held-out CQ showed."""

import pytest

from server.answers.ldap_search import from_ldap_search
from server.answers.pashto import from_pashto
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Kabul")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Nahi (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch Gul, 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep da Gul shpa (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle parun (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep da 21 October shpa?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast 22 October, Shoro?", "meal", "value", "food", "Wed 22"),
])
def test_pashto_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Budget sync ghonda ke Nahi (21/10) tsok tsok wo?", "meeting", "list", "attendees", "Tue 21"),
    ("Shoro (22/10) pa nashta ke ma tsa wakhwarh?", "meal", "value", "food", "Wed 22"),
    ("da 20 October shpa ma tso saata khob kare?", "sleep", "duration", "duration", "Mon 20"),
    ("nan tso baje wikhe shwam?", "sleep", "value", "time", "Thu 23"),
    ("Gul (20/10) pa baiskal tso km lar?", "exercise", "total", "distance", "Mon 20"),
    ("parun (22/10) tso ghonde wi?", "meeting", "count", "count", "Wed 22"),
    ("Shoro (22/10) gharma dodai charta wa?", "meal", "value", "place", "Wed 22"),
])
def test_pashto_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_pashto_what_is_asked() -> None:
    assert from_pashto("ao Zarghuna?") == "and Zarghuna?"
    assert from_pashto("da Zarghuna kuchuray naam tsa dey?") == "what is the name of Zarghuna's new dog?"
    assert from_pashto("da Budget sync na wrusta pa hagha shpa tso saata khob me kare?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_pashto("che 5 pm ya wrusta coffee wackam, khob me kamegi?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_pashto("da onay me coffee da tera onay na ziyat shwe ka na?") == "did I drink more coffee this week than last week?"


def test_pashto_words_leave_other_questions_alone() -> None:
    assert from_pashto("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_pashto("Is Gul the name of the new café?") == "Is Gul the name of the new café?"


@pytest.mark.parametrize("command, english", [
    ('ldapsearch -b ou=meals "(&(kind=dinner)(dt=Tuesday))" food', "what did I eat for dinner Tuesday?"),
    ('ldapsearch -b ou=meals "(&(kind=lunch)(dt=Gul (20/10)))" venue', "where did I have lunch Gul (20/10)?"),
    ('ldapsearch -b ou=meetings "(&(cn=Budget sync)(dt=Monday))" member', "who was at the Budget sync meeting Monday?"),
    ('ldapsearch -b ou=meetings "(dt=today)" dn | grep -c ^dn', "how many meetings did I have today?"),
    ('ldapsearch -b ou=coffees "(dt=Monday)" time | sort | tail -1', "what time was my last coffee Monday?"),
    ('ldapsearch -b ou=workouts "(&(activity=swim)(dt=today))" metres', "how far did I swim today?"),
    ('ldapsearch -b ou=nights "(|(nt=Monday night)(nt=last night))" night slept | sort -k2 -r',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('ldapsearch -b ou=meals "(&(kind=lunch)(dayOf=ou=said?(&(speaker=Zarghuna)(about=Radiolab))))" food',
     "what did I eat for lunch on the day Zarghuna mentioned Radiolab?"),
    ('ldapsearch -b ou=nights "(nightOf=ou=meetings?(cn=Design review))" slept', "how many hours did I sleep the night after the Design review meeting?"),
    ('ldapsearch -b ou=tips "(&(person=Zarghuna)(tip=film))" title', "which film did Zarghuna recommend?"),
    ("!ldapsearch with nt=nt-1", "and the night before?"), ("!ldapsearch with dt=today until=now", "and today so far?"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_an_ldapsearch_command_is_read_as_its_question(command: str, english: str) -> None:
    assert from_ldap_search(command) == english


def test_a_radio_announcers_formulas_and_a_saffron_growers_remarks() -> None:
    assert without_request("It would oblige me to be told where I had lunch.") == "where I had lunch."
    assert without_request("Let it be made known to me how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? With my gratitude duly recorded.") == "How many coffees did I drink on Monday?"
    assert tidy("Repeat the reckoning for the preceding day.") == "and the day before?"
    assert tidy("Do the same for today, from first light to this minute.") == "and today so far?"
    CASE.assert_planned("The crocus fields wait for no one. Which faces sat round the Budget sync on Monday?", "meeting", "list", "attendees", "Mon 20")
    plan = CASE.plan("It would oblige me to be told whether my coffees this week outnumber those of the previous week.")
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["coffee"], plan
    plan = CASE.plan("Harvest suppers run late. Does a dinner at 9 pm or past it shorten my night?")
    assert plan is not None and plan.operation == "relation" and plan.kinds == ["sleep"], plan
