"""Kichwa in an English question (its weekdays "Killachaw" to "Intichaw" before a day-first date, with "punlla," or alone,
"kunan punlla (...)", "kayna (...)", nights "... tuta ..." and "... tutapi (...)", "kay hunkay", and the phrases that say
what is asked, with endings glued to English words: "Grace-pak", "Design review-pi", "yesterday-chu"), put into English and
planned; a lichenologist who has the diary "declare" what he asks "for the lichenologist's register" and signs off "Entered
among the Scalesia, <place>"; a water-taxi driver's idioms and follow-ups opened "One more while the water taxi idles:":
what held-out DV showed."""

import pytest

from server.answers.kichwa import from_kichwa
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Pacific/Galapagos")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Atichaw 21/10/2036 mashna coffeetak upyarkani?", "coffee", "count", "count", "Tue 21"),
    ("kayna (Quyllurchaw) lunch maypitak mikurkani?", "meal", "value", "place", "Wed 22"),
    ("Quyllurchaw punlla, 22/10/2036 bicicletawan mashna km?", "exercise", "total", "distance", "Wed 22"),
    ("Killachaw tuta 20/10/2036 mashna horastak puñurkani?", "sleep", "duration", "duration", "Mon 20"),
    ("19/10/2036 tutapi (Intichaw) ima horastak puñunaman rirkani?", "sleep", "value", "time", "Sun 19"),
    ("kunan punlla (23/10/2036) ima horastak rikcharirkani?", "sleep", "value", "time", "Thu 23"),
    ("Kuychichaw 18/10/2036 tutamanta imatak mikurkani?", "meal", "value", "food", "Sat 18"),
    ("Chaskachaw 17/10/2036 mashna tantanakuytak karka?", "meeting", "count", "count", "Fri 17"),
    ("Atichaw 21/10/2036 Design review-pi pikunatak karka?", "meeting", "list", "attendees", "Tue 21"),
])
def test_kichwa_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_kichwa_what_is_asked() -> None:
    assert from_kichwa("Rania-pak flight ima horastak chayamunka?") == "when does Rania's flight land?"
    assert from_kichwa("Samir nirka chay kamu, imatak shutin? name gone from my head") == "which book did Samir recommend?"
    assert from_kichwa("Samir-pak ushushi birthday kipa mashna watatak kanka?") == "how old will Samir's daughter turn?"
    assert from_kichwa("Budget sync kipa chay tuta mashna horastak puñurkani?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_kichwa("9.5 km cycled punlla dinner imatak mikurkani?") == "what did I eat for dinner on the day I cycled 9.5 km?"
    assert from_kichwa("kay hunkay ashtawan coffee upyarkanichu ñawpa hunkaymanta?") == "did I drink more coffee this week than last week?"
    assert from_kichwa("kay hunkay swimming mashna km? Killachawmanta") == "how many km did I swim this week?"
    assert from_kichwa("9 pm kipa dinner mikukpi, ashalla puñunichu?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_kichwa("Intichaw tuta 19/10/2036-chu 20/10/2036 tutapi (Killachaw)-chu, maykan tutapitak ashtawan puñurkani?") == \
        "which night did I sleep longer, the night of 19/10/2036 or the night of 20/10/2036, with the hours of each?"
    assert from_kichwa("shuk tuta ñawpaman?") == "and the night before?"
    assert from_kichwa("kunan punllaka?") == "and today so far?"
    assert from_kichwa("Samir-pash?") == "and Samir?"
    assert from_kichwa("what did Samir say about the budget?") == "what did Samir say about the budget?"


def test_a_lichenologists_and_a_water_taxi_drivers_wordings() -> None:
    CASE.assert_planned("For the lichenologist's register, let the diary declare the hour of waking, Atichaw 21/10/2036. "
                        "Entered among the Scalesia, Santa Cruz.", "sleep", "value", "time", "Tue 21")
    CASE.assert_planned("For the lichenologist's register, let the diary declare the evening fare, Quyllurchaw punlla, 22/10/2036.",
                        "meal", "value", "food", "Wed 22")
    assert tidy("For the lichenologist's register, let the diary declare whether this week's cups exceed those of the week "
                "preceding.") == "tell me did I drink more coffee this week than last week."
    assert tidy("Of the same thallus, let the diary further declare the same, moved back by a night.") == "and the night before?"
    assert tidy("Of the same thallus, let the diary further declare the same touching Samir.") == "and Samir?"
    assert tidy("Of the same thallus, let the diary further declare the length of the meeting last in question.") == \
        "and how long was that meeting?"
    assert tidy("One more while the water taxi idles: and Samir?") == "and Samir?"
    assert tidy("One more while the water taxi idles: same thing, a single day back from there?") == "and the day before?"
    assert tidy("One more while the water taxi idles: and today, with the day still running?") == "and today so far?"
    assert tidy("The frigatebirds scream before dawn. When did the birds have me up, yesterday?") == \
        "The frigatebirds scream before dawn. what time did I wake up, yesterday?"
    plan = CASE.plan("Passengers tell me all sorts. Whichever day Samir got onto Dune, what did the grill give me that night?")
    assert plan is not None and plan.kinds == ["meal"] and plan.filters.get("meal") == "dinner"
    plan = CASE.plan("The road climbs the whole way from the harbour. On the bike, what km did the bike computer show, yesterday?")
    assert plan is not None and plan.filters.get("activity") == "cycle"  # the remark's climbing is not the sport asked
