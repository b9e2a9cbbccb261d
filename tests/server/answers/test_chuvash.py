"""Chuvash in Latin letters in an English question (its weekdays "Tuntikun" to "Vyrsarnikun" before a dotted date, before a
comma and a slashed one, or after a date and a comma; "paian,", "ener,", nights "... sere, ...", "... serle", "ener serle, ...",
"ku erne", "irtne erne", and the phrases that say what is asked), put into English and planned; a writer who "asks that his
card index be given" what he asks and signs off "Filed under the day's headword, <place>"; follow-ups opened "Under the next
headword," or "Before the next body comes down the line:"; and a van door hanger's idioms: what held-out DS showed."""

import pytest

from server.answers.chuvash import from_chuvash
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Ulyanovsk")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Ytlarikun 21.10.2036?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch Tuntikun, 20/10?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle 22.10.2036, Yunkun?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep Vyrsarnikun sere, 19.10.2036?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep 21/10 Ytlarikun serle?", "sleep", "duration", "duration", "Tue 21"),
    ("how many meetings did I have ener, Yunkun 22/10?", "meeting", "count", "count", "Wed 22"),
    ("what did I eat for breakfast paian, 23.10.2036?", "meal", "value", "food", "Thu 23"),
])
def test_chuvash_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Design review Ytlarikun 21.10.2036, kamsem purchche?", "meeting", "list", "attendees", "Tue 21"),
    ("Shamatkun 18.10.2036 irhi apatra men sirem?", "meal", "value", "food", "Sat 18"),
    ("kashi apatra men sirem, Ernekun, 17/10?", "meal", "value", "food", "Fri 17"),
    ("Tuntikun sere, 20.10.2036 mise sehet syvartam?", "sleep", "duration", "duration", "Mon 20"),
    ("paian, 23.10.2036 mise sehetre tatam?", "sleep", "value", "time", "Thu 23"),
    ("Tuntikun, 20/10 velosipedpa mise km kairam?", "exercise", "total", "distance", "Mon 20"),
    ("22.10.2036, Yunkun kashine asta apatlantam? kilte-i", "meal", "value", "place", "Wed 22"),
    ("ener, Yunkun 22/10 mise chashak kofe esrem?", "coffee", "count", "count", "Wed 22"),
])
def test_chuvash_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_chuvash_what_is_asked() -> None:
    assert from_chuvash("Ilya yytti yache men?") == "what is the name of Ilya's new dog?"
    assert from_chuvash("Marina menle keneke vulama senche? astumastap") == "which book did Marina recommend?"
    assert from_chuvash("Marina samoletpe vezet, mise sehetre anat?") == "when does Marina's flight land?"
    assert from_chuvash("Budget sync hyssan serle mise sehet syvartam?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_chuvash("Ilya Dune pirki kalasna kun, kashine men sirem?") == "what did I eat for dinner on the day Ilya mentioned Dune?"
    assert from_chuvash("14.2 km cycled kun, kashi apatra men sirem?") == "what did I eat for dinner on the day I cycled 14.2 km?"
    assert from_chuvash("ku erne kofe irtne erneren numairah esetep-i?") == "did I drink more coffee this week than last week?"
    assert from_chuvash("ku erne swimming petempe mise suhram?") == "how many km did I swim this week?"
    assert from_chuvash("9 pm e kairan kashi apat, yyha keskerah-i?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_chuvash("per ser malarah?") == "and the night before?"
    assert from_chuvash("a paian?") == "and today so far?"
    assert from_chuvash("Ilya pirki?") == "and Ilya?"


def test_a_card_index_writer_and_a_door_hangers_wordings() -> None:
    CASE.assert_planned("A philologist retired to the riverbank asks that his card index be given the hour at which he rose, "
                        "Ytlarikun 21.10.2036. Filed under the day's headword, Kazan.", "sleep", "value", "time", "Tue 21")
    CASE.assert_planned("A philologist retired to the riverbank asks that his card index be given a count of the meetings he "
                        "sat through, ener, Yunkun 22/10.", "meeting", "count", "count", "Wed 22")
    assert tidy("Under the next headword, the day that stood before it.") == "and the day before?"
    assert tidy("Under the next headword, identically, for Ilya.") == "and Ilya?"
    assert tidy("Before the next body comes down the line: now the night behind that one?") == "and the night before?"
    assert tidy("Which kept me under the blanket longer, yesterday or today?") == \
        "which night did I sleep longer, yesterday or today, with the hours of each?"
    assert tidy("How often was I pulled off for a meeting, yesterday?") == "how many meetings did I have, yesterday?"
    assert tidy("If supper is only on the table at 9 pm or beyond, does my night get clipped?") == \
        "do I sleep less after dinner at 9 pm or later?"
    assert tidy("If the cup comes at 4 pm or past it, does my sleep lose hours?") == "do I sleep less after coffee at 4 pm or later?"
    assert tidy("My legs ran 7.5 km one day; what did the pot hold for me that night?") == \
        "what did I eat for dinner on the day I ran 7.5 km?"
