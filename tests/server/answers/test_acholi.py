"""Acholi in an English question (its weekdays "Ceng Baraja" to "Ceng Cabit" before a day-first date, with a comma before a
date in words, or after "nino", the date and a comma; "tin", "lawo,", nights "dyewor me ...", "dyewor, ...", "dyewor lawo ...",
"cabit man", "cabit mukato", and the phrases that say what is asked), put into English and planned; a writer who "seeks" what
he asks and signs off "Written under the ... trees, <place>"; follow-ups opened "Turning the leaf,"; and a borehole driller's
idioms: what held-out DQ showed."""

import pytest

from server.answers.acholi import from_acholi
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Juba")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Ceng Aryo 21/10/2036?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch Ceng Baraja, 20 October 2036?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle nino 22/10/2036, Ceng Adek?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep dyewor me Ceng Cabit 19/10/2036?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep dyewor, Ceng Aryo, 21 October 2036?", "sleep", "duration", "duration", "Tue 21"),
    ("how many meetings did I have lawo, Ceng Adek 22/10/2036?", "meeting", "count", "count", "Wed 22"),
    ("what did I eat for breakfast tin 23/10/2036?", "meal", "value", "food", "Thu 23"),
])
def test_acholi_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Design review Ceng Aryo 21/10/2036, nga ducu onongo tye?", "meeting", "list", "attendees", "Tue 21"),
    ("cam me odiko Ceng Abicel 18/10/2036, acamo ngo?", "meal", "value", "food", "Sat 18"),
    ("Ceng Abic 17/10/2036 cam me otyeno onongo ngo?", "meal", "value", "food", "Fri 17"),
    ("dyewor me Ceng Baraja 20/10/2036 anino hours adi?", "sleep", "duration", "duration", "Mon 20"),
    ("tin 23/10/2036 acer cawa adi?", "sleep", "value", "time", "Thu 23"),
    ("Ceng Baraja, 20 October 2036 bike, km adi ma awoto?", "exercise", "total", "distance", "Mon 20"),
    ("cam me otyeno nino 22/10/2036, Ceng Adek, onongo kwene? wiya owil", "meal", "value", "place", "Wed 22"),
    ("lawo, Ceng Adek 22/10/2036 amato coffee adi?", "coffee", "count", "count", "Wed 22"),
    ("Budget sync tin 23/10/2036, nga ducu onongo tye?", "meeting", "list", "attendees", "Thu 23"),
])
def test_acholi_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_acholi_what_is_asked() -> None:
    assert from_acholi("latin gwok pa Akello, nying ngo?") == "what is the name of Akello's new dog?"
    assert from_acholi("flight pa Okello bino cawa adi? abino jole") == "when does Okello's flight land?"
    assert from_acholi("restaurant mene ma Lamunu owaco ni wacam iye?") == "which restaurant did Lamunu recommend?"
    assert from_acholi("buk ma Lamunu owaco ni akwan, nying ngo?") == "which book did Lamunu recommend?"
    assert from_acholi("dyewor i nge Budget sync, anino hours adi?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_acholi("nino ma Okello owaco Dune, cam me otyeno ngo?") == "what did I eat for dinner on the day Okello mentioned Dune?"
    assert from_acholi("nino ma cycled 12.5 km, cam me otyeno onongo ngo?") == "what did I eat for dinner on the day I cycled 12.5 km?"
    assert from_acholi("cabit man ki cabit mukato, amato coffee mapol?") == "did I drink more coffee this week than last week?"
    assert from_acholi("cabit man swimming km adi ducu?") == "how many km did I swim this week?"
    assert from_acholi("ka cam me otyeno 9 pm nyo i nge, anino manok?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_acholi("Ceng Aryo 21/10/2036 ki Ceng Adek 22/10/2036, workout mene onongo bor?") == \
        "which workout was longer, on 21/10/2036 or on 22/10/2036, with the minutes of each?"
    assert from_acholi("dyewor ma peya meno?") == "and the night before?"
    assert from_acholi("tin nio kombedi?") == "and today so far?"
    assert from_acholi("Akello kono?") == "and Akello?"


def test_a_self_naming_writers_and_a_drillers_wordings() -> None:
    CASE.assert_planned("A herbalist lately retired from the river clinics seeks the hour of his rising, Ceng Aryo 21/10/2036. "
                        "Written under the tamarind trees, Gulu.", "sleep", "value", "time", "Tue 21")
    CASE.assert_planned("A herbalist lately retired from the river clinics seeks a roll of the company assembled for the "
                        "Budget sync, lawo, Ceng Adek 22/10/2036.", "meeting", "list", "attendees", "Wed 22")
    CASE.assert_planned("A herbalist lately retired from the river clinics seeks the kilometres run by him, Ceng Baraja "
                        "20/10/2036.", "exercise", "total", "distance", "Mon 20")
    assert tidy("Turning the leaf, the entry for Akello.") == "and Akello?"
    assert tidy("Turning the leaf, the night one step earlier.") == "and the night before?"
    assert tidy("While the pump cools: one more day back down the well?") == "and the day before?"
    assert tidy("While the pump cools: run it for Okello?") == "and Okello?"
    assert tidy("While the pump cools: today, as logged so far?") == "and today so far?"
    assert tidy("While the pump cools: that meeting's minutes, first word to last?") == "and how long was that meeting?"
    assert tidy("Whose hands did I shake in the Budget sync, yesterday?") == "who was at the Budget sync, yesterday?"
    assert tidy("When did I first unscrew the flask, yesterday?") == "what time was my first coffee, yesterday?"
    assert tidy("Does a coffee poured at 3 pm or past it shave hours off my sleep?") == "do I sleep less after coffee at 3 pm or later?"
    assert tidy("Do the nights after my exercise days run long?") == "do I sleep longer after workout days than after rest days?"
    assert tidy("If the thermos puts 250 mg of caffeine or upward in me, does the following night come up short?") == \
        "how do I sleep after days of 250 mg of caffeine or more compared to other nights?"
    assert tidy("When I had cycled 30.2 km in a day, what filled me that evening?") == \
        "what did I eat for dinner on the day I cycled 30.2 km?"
