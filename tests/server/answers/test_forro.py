"""Forro (Santome) in an English question (its weekdays "sigunda-fela" to "dumingu" before a padded date or in brackets
after a short one, "ojé DATE", "onte, WEEKDAY", nights "notxi WEEKDAY DATE", "notxi di DATE" and "notxi onte (DATE)", and
the phrases that say what is asked: "n dlumi kuantu hours", "kê n kumé", "X, kê ngê sa inside", a follow-up's "X també?"),
put into English and planned; the same day words capitalised inside another voice's English sentence."""

import pytest

from server.answers.forro import from_forro
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Sao_Tome", titles=("Cocoa board", "Harbour sync"))


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("tlesa-fela 21/10/2036 kafé kuantu cups?", "coffee", "count", "count", "Tue 21"),
    ("onte, kwatlu-fela lunch, n kumé where?", "meal", "value", "place", "Wed 22"),
    ("20/10 (sigunda-fela) bike kuantu km?", "exercise", "total", "distance", "Mon 20"),
    ("notxi sigunda-fela 20/10/2036, n dlumi kuantu hours?", "sleep", "duration", "duration", "Mon 20"),
    ("notxi di 19/10, kê ora n lie down?", "sleep", "value", "time", "Sun 19"),
    ("ojé 23/10 n wake up kê ora?", "sleep", "value", "time", "Thu 23"),
    ("breakfast sabadu 18/10/2036, kê n kumé?", "meal", "value", "food", "Sat 18"),
    ("sesta-fela 17/10/2036, kuantu meetings n tê?", "meeting", "count", "count", "Fri 17"),
    ("Harbour sync tlesa-fela 21/10/2036, kê ngê sa inside?", "meeting", "list", "attendees", "Tue 21"),
])
def test_forro_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_forro_what_is_asked() -> None:
    assert from_forro("Tomé Neves fla one livlu bwa, kê nomi?") == "which book did Tomé Neves recommend?"
    assert from_forro("Rosa plane, kê ora ê ka landing?") == "when does Rosa's flight land?"
    assert from_forro("dog of Rosa, kê nomi?") == "what is the name of Rosa's dog?"
    assert from_forro("Rosa daughter, next birthday kuantu anu?") == "how old will Rosa's daughter turn?"
    assert from_forro("Cocoa board pasa, that notxi n dlumi kuantu?") == \
        "how many hours did I sleep the night after the Cocoa board meeting?"
    assert from_forro("dja n swam 1.5 km, dinner kê?") == "what did I eat for dinner on the day I swam 1.5 km?"
    assert from_forro("dinner ku 9 pm or maxi tardi, that notxi n dlumi less?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_forro("notxi dumingu 19/10/2036 or notxi di 20/10, kê notxi n dlumi maxi?") == \
        "which night did I sleep longer, the night of 19/10/2036 or the night of 20/10, with the hours of each?"
    assert from_forro("this week, sigunda-fela until ojé, swimming kuantu km?") == "how many km did I swim this week?"
    assert from_forro("kafé di notxi onte (22/10)") == "kafé di the night of 22/10"
    assert from_forro("notxi before that one?") == "and the night before?"
    assert from_forro("ojé, until now?") == "and today so far?"
    assert from_forro("20/10 (sigunda-fela) també?") == "and on 20/10?"
    assert from_forro("Rosa també?") == "and Rosa?"


def test_english_questions_are_left_alone() -> None:
    assert from_forro("what did Rosa say about the sabadu market?") == "what did Rosa say about the sabadu market?"
    assert from_forro("how many hours did I sleep last night? the cats woke me") == \
        "how many hours did I sleep last night? the cats woke me"


def test_forro_days_in_another_voices_english() -> None:
    assert tidy("Turtles kept me up. Notxi di 20/10: count the hours I actually slept.").startswith(
        "Turtles kept me up. the night of 20/10")
    assert "yesterday" in tidy("Onte, kwatlu-fela, noon found me eating at which spot?")
    CASE.assert_planned("Sigunda-fela 20/10/2036, my legs carried me how far running, in km?", "exercise", "total", "distance", "Mon 20")


def test_a_botanists_and_a_turtle_monitors_wordings() -> None:
    """What held-out DZ showed besides: "Kindly note in the orchid register ..." signed "From the orchid house at <place>,
    with respect.", the first repast and the repasts at noon and dusk, "the date whereon my log shows N km ran", a follow-up
    opened "Continuing the orchid register, note also ..." or "Sand still on my boots: ...", and a turtle monitor's idioms."""
    CASE.assert_planned("Kindly note in the orchid register the dishes of my repast at dusk, tlesa-fela 21/10/2036. From the "
                        "orchid house at Monte Café, with respect.", "meal", "value", "food", "Tue 21")
    CASE.assert_planned("Kindly note in the orchid register the composition of my first repast, 20/10 (sigunda-fela).",
                        "meal", "value", "food", "Mon 20")
    plan = CASE.plan("Kindly note in the orchid register my repast at dusk on the date whereon my log shows 7.5 km ran.")
    assert plan is not None and plan.filters.get("meal") == "dinner" and "7.5 km" in plan.filters.get("anchor", "")
    assert tidy("Continuing the orchid register, note also the particular for the date preceding that one.") == "and the day before?"
    assert tidy("Continuing the orchid register, note also the particular for the earlier night adjoining that one.") == \
        "and the night before?"
    assert tidy("Continuing the orchid register, note also the minutes which that meeting occupied.") == \
        "and how long was that meeting?"
    assert tidy("Sand still on my boots: same question, but a night earlier?") == "and the night before?"
    assert tidy("Sand still on my boots: same question, but today, which is still running?") == "and today so far?"
    assert tidy("Sand still on my boots: that meeting kept people seated how long?") == "and how long was that meeting?"
    assert tidy("Kofi named an eating house for me; its name?") == "which restaurant did Kofi recommend?"
    assert CASE.plan("When my final cup lands at 4 pm or beyond, does sleep shrink?").operation == "relation"
    CASE.assert_planned("Some nights I sleep in the hut. Notxi di 19/10, at which hour did my head meet the pillow?",
                        "sleep", "value", "time", "Sun 19")
    CASE.assert_planned("how many minutes did the scramble up the crater rim on 21/10/2036 last?",
                        "exercise", "duration", "duration", "Tue 21")
