"""Mapudungun in an English question (its numbered weekdays "kiñe antü" to "regle antü" before a day-first date, hyphenated
or with "mew," and slashes, "fachantü (...)", "wiya (...)", nights "... pun ..." and "... pun mew (...)", "fachi semana", and
the phrases that say what is asked: "tunten hours umawtun", "chew in lunch", "X mew iney pu che müleyngün"), put into English
and planned; a palynologist who has "the palynologist's core log" enter what she asks and signs off "Logged at the rim of
<place>"; a lobster diver's idioms: what held-out DW showed."""

import pytest

from server.answers.mapudungun import from_mapudungun
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Pacific/Easter")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("epu antü 21-10-2036 tunten kafe pütun?", "coffee", "count", "count", "Tue 21"),
    ("wiya (küla antü) chew in lunch?", "meal", "value", "place", "Wed 22"),
    ("küla antü mew, 22/10/2036 bike mew tunten km amun?", "exercise", "total", "distance", "Wed 22"),
    ("kiñe antü pun 20-10-2036 tunten hours umawtun?", "sleep", "duration", "duration", "Mon 20"),
    ("19/10/2036 pun mew (regle antü) chumül amun umawtuam?", "sleep", "value", "time", "Sun 19"),
    ("fachantü (23-10-2036) chumül trepen?", "sleep", "value", "time", "Thu 23"),
    ("kayu antü 18-10-2036 liwen chem in? for breakfast", "meal", "value", "food", "Sat 18"),
    ("kechu antü 17-10-2036 tunten trawün nien?", "meeting", "count", "count", "Fri 17"),
    ("epu antü 21-10-2036 Design review mew iney pu che müleyngün?", "meeting", "list", "attendees", "Tue 21"),
])
def test_mapudungun_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_mapudungun_what_is_asked() -> None:
    assert from_mapudungun("Rania ñi flight chumül puway?") == "when does Rania's flight land?"
    assert from_mapudungun("Samir pienew kiñe chillka, chem pingey? the title escapes me") == "which book did Samir recommend?"
    assert from_mapudungun("Samir ñi ñawe tunten tripantu nieay, her next birthday?") == "how old will Samir's daughter turn?"
    assert from_mapudungun("Budget sync trawün rupan, fey ti pun tunten hours umawtun?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_mapudungun("9.5 km cycled antü, chem in dinner mew?") == "what did I eat for dinner on the day I cycled 9.5 km?"
    assert from_mapudungun("fachi semana doy kafe pütun kam, compared to the semana rupalu?") == \
        "did I drink more coffee this week than last week?"
    assert from_mapudungun("9 pm mew or rupan dinner ilu, doy pichi umawtun kam?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_mapudungun("regle antü pun 19-10-2036 kam 20/10/2036 pun mew (kiñe antü), chuchi pun doy umawtun?") == \
        "which night did I sleep longer, the night of 19/10/2036 or the night of 20/10/2036, with the hours of each?"
    assert from_mapudungun("kiñe pun doy kuyfi?") == "and the night before?"
    assert from_mapudungun("welu fachantü, petu?") == "and today so far?"
    assert from_mapudungun("welu Samir, chem?") == "and Samir?"
    assert from_mapudungun("what did Samir say about the budget in the chem lab?") == "what did Samir say about the budget in the chem lab?"


def test_a_palynologists_and_a_lobster_divers_wordings() -> None:
    CASE.assert_planned("Pray enter in the palynologist's core log the hours slept, 20/10/2036 pun mew (kiñe antü). "
                        "Logged at the rim of Rano Kau.", "sleep", "duration", "duration", "Mon 20")
    CASE.assert_planned("Pray enter in the palynologist's core log the fare of the evening, küla antü 22-10-2036.",
                        "meal", "value", "food", "Wed 22")
    assert tidy("Pray enter in the palynologist's core log the picture Samir deemed worth an evening before the screen.") == \
        "which film did Samir recommend."
    assert tidy("Pray enter in the palynologist's core log whether days with exercise see the coffees multiply.") == \
        "tell me do I drink more coffee on workout days than on rest days."
    plan = CASE.plan("Gossip travels fast. When Samir went on about Dune, which dish did I cook myself that evening?")
    assert plan is not None and plan.kinds == ["meal"] and plan.filters.get("meal") == "dinner"
    plan = CASE.plan("The catch comes in late. With supper begun at 8 pm or past it, does the night pay for it in hours?")
    assert plan is not None and plan.operation == "relation"
