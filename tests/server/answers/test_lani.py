"""Lani as one writer types it in an English question (her weekdays "Tenin" to "Mingguk" before a day-first date, before a comma
and a date in words, or before "ogo" and the date; "ogo ino", "olukwe,", nights "yinom ...", "... yinom,", "yinom olukwe ...",
"week ino", "week kale", and the phrases that say what is asked), put into English and planned; a writer who "would learn"
what he asks and signs off "Pinned and labelled at <place>"; follow-ups opened "Opening the next drawer,"; a sago worker's
idioms; and English words ending in "ning" not read as Uzbek's "-ning": what held-out DR showed."""

import pytest

from server.answers.lani import from_lani
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Jayapura")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Telata 21/10/2036?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch Tenin, 20 October 2036?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle Rambu ogo 22/10/2036?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep yinom Mingguk 19/10/2036?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep Telata yinom, 21 October 2036?", "sleep", "duration", "duration", "Tue 21"),
    ("how many meetings did I have olukwe, Rambu 22/10/2036?", "meeting", "count", "count", "Wed 22"),
    ("what did I eat for breakfast ogo ino 23/10/2036?", "meal", "value", "food", "Thu 23"),
])
def test_lani_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Design review Telata 21/10/2036, ndeyap yoko ino?", "meeting", "list", "attendees", "Tue 21"),
    ("wunggom Taptu 18/10/2036, an nagarak nde?", "meal", "value", "food", "Sat 18"),
    ("mbolok Lumat 17/10/2036 an nagarak nde?", "meal", "value", "food", "Fri 17"),
    ("yinom Tenin 20/10/2036 an nuwok hours mbilak?", "sleep", "duration", "duration", "Mon 20"),
    ("ogo ino 23/10/2036 an wurak time nde?", "sleep", "value", "time", "Thu 23"),
    ("Tenin, 20 October 2036 bike, km mbilak an ombo?", "exercise", "total", "distance", "Mon 20"),
    ("mbolok Rambu ogo 22/10/2036, nagarak nggwe? home ka lek", "meal", "value", "place", "Wed 22"),
    ("olukwe, Rambu 22/10/2036 an nunuk coffee mbilak?", "coffee", "count", "count", "Wed 22"),
])
def test_lani_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_lani_what_is_asked() -> None:
    assert from_lani("Yakob nggwek ino ndu nde?") == "what is the name of Yakob's new dog?"
    assert from_lani("Mince yogwe book ndewe an kinik? an nakwi lek") == "which book did Mince recommend?"
    assert from_lani("podcast ndewe Mince yogwe an yuluk?") == "which podcast did Mince recommend?"
    assert from_lani("yinom ndorak Budget sync, an nuwok hours mbilak?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_lani("ogo Yakob yogwe Dune, mbolok an nagarak nde?") == "what did I eat for dinner on the day Yakob mentioned Dune?"
    assert from_lani("ogo an cycled 14.2 km, mbolok nagarak nde?") == "what did I eat for dinner on the day I cycled 14.2 km?"
    assert from_lani("week ino logo week kale, an nunuk coffee ndagi?") == "did I drink more coffee this week than last week?"
    assert from_lani("week ino swimming km mbilak yoko?") == "how many km did I swim this week?"
    assert from_lani("mbolok nagarak 9 pm ka ndorak, an nuwok nggilak?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_lani("ogo mbiwak kale?") == "and the day before?"
    assert from_lani("ogo ino kale?") == "and today so far?"
    assert from_lani("Yakob ka?") == "and Yakob?"


def test_a_writer_who_would_learn_and_a_sago_workers_wordings() -> None:
    CASE.assert_planned("A botanist retired from the herbarium would learn the span of his slumber, yinom Tenin 20/10/2036. "
                        "Pressed and labelled at Kotaraja, Jayapura.", "sleep", "duration", "duration", "Mon 20")
    CASE.assert_planned("A botanist retired from the herbarium would learn the hour he quitted his bed, Telata 21/10/2036.",
                        "sleep", "value", "time", "Tue 21")
    assert tidy("Opening the next drawer, the date immediately prior.") == "and the day before?"
    assert tidy("Opening the next drawer, the night next before.") == "and the night before?"
    assert tidy("In metres, how much water did I put behind me, yesterday?") == "In metres, how far did I swim, yesterday?"
    assert tidy("Does sitting down to soup at 9 pm or beyond leave me a shorter sleep?") == "do I sleep less after dinner at 9 pm or later?"
    assert tidy("For me, does any coffee once the clock says 3 pm cut my night short?") == "For me, do I sleep less after coffee at 3 pm or later?"
    assert tidy("That day with 8.4 km ran, which dish ended it?") == "what did I eat for dinner on the day I ran 8.4 km?"
    assert tidy("When do the wheels carrying Yakob touch the runway?") == "when does Yakob's flight land?"
    assert tidy("Training minutes, yesterday against today: which day won?") == \
        "which workout was longer, yesterday or today, with the minutes of each?"


def test_english_words_in_ning_are_not_uzbek() -> None:
    assert "Morning" in tidy("Morning run and evening yoga, how many km?")
    assert tidy("Devning qizi nechchi yoshga to'ladi?").startswith("Dev's daughter")
