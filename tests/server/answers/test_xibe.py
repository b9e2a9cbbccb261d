"""Xibe in Latin letters in an English question (its ordinal weekdays Emuci to Nadaci before a year-first date, with "inenggi",
or after the date and a comma; "enenggi", "sikse,", nights "... dobori ...", "dobori, ...", "sikse dobori ...", "ere nadan
inenggi", "duleke nadan inenggi", and the phrases that say what is asked), put into English and planned; a writer who "would
welcome word of" and signs off "From the ... line, <place>"; follow-ups opened "While the ... dries:" or "Further down the same
...,"; and a bowyer's idioms: what held-out DP showed."""

import pytest

from server.answers.tidy import tidy
from server.answers.xibe import from_xibe
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Urumqi")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Juweci 2036/10/21?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch Emuci inenggi 2036/10/20?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle on 2036-10-22, Ilaci?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep Nadaci dobori 2036/10/19?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep dobori, Juweci 2036-10-21?", "sleep", "duration", "duration", "Tue 21"),
    ("how many meetings did I have sikse, Ilaci 2036-10-22?", "meeting", "count", "count", "Wed 22"),
])
def test_xibe_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("2036-10-21, Juweci Budget sync de we bihe?", "meeting", "list", "attendees", "Tue 21"),
    ("Ningguci 2036/10/18 erde buda de ai jeke?", "meal", "value", "food", "Sat 18"),
    ("Emuci dobori 2036/10/20 udu hours amgaha?", "sleep", "duration", "duration", "Mon 20"),
    ("enenggi 2036/10/23 ai erin de getehe?", "sleep", "value", "time", "Thu 23"),
    ("Emuci 2036/10/20 bike de udu km yabuha?", "exercise", "total", "distance", "Mon 20"),
    ("2036-10-22, Ilaci yamji buda aibide bihe? bi ejehe aku", "meal", "value", "place", "Wed 22"),
    ("sikse, Ilaci 2036-10-22 udu coffee omiha?", "coffee", "count", "count", "Wed 22"),
])
def test_xibe_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_xibe_what_is_asked() -> None:
    assert from_xibe("Nurgan i ajige indahun de ai gebu sindaha?") == "what is the name of Nurgan's new dog?"
    assert from_xibe("Nurgan i flight ai erin de isinjimbi? bi okdome genembi") == "when does Nurgan's flight land?"
    assert from_xibe("Sulfan gisurehe restaurant, ya ba? we should go") == "which restaurant did Sulfan recommend?"
    assert from_xibe("Budget sync inenggi i dobori udu hours amgaha?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_xibe("Sulfan Dune be henduhe inenggi, yamji buda ai bihe?") == "what did I eat for dinner on the day Sulfan mentioned Dune?"
    assert from_xibe("12.5 km cycled inenggi, yamji buda ai bihe?") == "what did I eat for dinner on the day I cycled 12.5 km?"
    assert from_xibe("ere nadan inenggi, duleke nadan inenggi ci coffee labdu omiha o?") == "did I drink more coffee this week than last week?"
    assert from_xibe("ere nadan inenggi swimming udu km oho?") == "how many km did I swim this week?"
    assert from_xibe("yamji buda 9 pm eici amala oci, komso amgambi o?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_xibe("terei onggolo dobori?") == "and the night before?"
    assert from_xibe("enenggi te de isitala?") == "and today so far?"
    assert from_xibe("Nurgan i ningge?") == "and Nurgan?"


def test_a_glaciologists_and_a_bowyers_wordings() -> None:
    CASE.assert_planned("A hydrologist in retirement would welcome word of the hour he awoke, Juweci 2036/10/21. From the tree "
                        "line, Altay.", "sleep", "value", "time", "Tue 21")
    CASE.assert_planned("A hydrologist in retirement would welcome word of the number of hours he lay asleep, dobori, Emuci "
                        "2036-10-20.", "sleep", "duration", "duration", "Mon 20")
    assert tidy("While the glue sets: one day further back?") == "and the day before?"
    assert tidy("While the glue sets: Nurgan's, then?") == "and Nurgan?"
    assert tidy("Further down the same trench, the minutes that same meeting occupied.") == "and how long was that meeting?"
    assert tidy("Further down the same trench, the present day to this hour.") == "and today so far?"
    assert tidy("Further down the same trench, yesterday in turn.") == "and yesterday?"
    assert tidy("How many meetings ate into my bench time, yesterday?") == "how many meetings did I have, yesterday?"
    assert tidy("Which eating place was it that Nurgan thought we should try?") == "which restaurant did Nurgan recommend?"
    assert tidy("whether a day of 300 mg of caffeine or more is followed by a shorter night") == \
        "how do I sleep after days of 300 mg of caffeine or more compared to other nights"
