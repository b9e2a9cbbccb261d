"""North Sámi in an English question (its weekdays "vuossárga" to "sotnabeaivi" before a dotted or slashed day-first date,
"otne (...)", "ikte (...)", nights "... idja, DATE", "idja DATE (...)" and "ihkku (...)", "dán vahkus", and the phrases that
say what is asked: "sleep galle hours", "gaskabeaibiebmu gos", "X, gii ja gii were there", a follow-up's "X ges?"), put into
English and planned; a physicist who asks "For the ionosonde ledger, kindly enter ..." and signs off "Transmitted from the
radar hut on <place>"; a polar bear guard's idioms and follow-ups ("Rifle still slung: ..."): what held-out DY showed. A
habit's clock time named but not read is never replaced by the usual one."""

import pytest

from server.answers.habits import parse_habit
from server.answers.north_sami import from_north_sami
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Arctic/Longyearbyen")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("maŋŋebárga 21.10.2036 gáffe galle cups?", "coffee", "count", "count", "Tue 21"),
    ("ikte (gaskavahkku) gaskabeaibiebmu gos?", "meal", "value", "place", "Wed 22"),
    ("gaskavahkku 22/10 sihkkel, galle km I rode?", "exercise", "total", "distance", "Wed 22"),
    ("vuossárga idja, 20.10.2036, sleep galle hours?", "sleep", "duration", "duration", "Mon 20"),
    ("idja 19/10 (sotnabeaivi) goas I lay down?", "sleep", "value", "time", "Sun 19"),
    ("otne (23/10) goas I woke?", "sleep", "value", "time", "Thu 23"),
    ("iđitbiebmu lávvardat 18.10.2036, mii I ate?", "meal", "value", "food", "Sat 18"),
    ("bearjadat 17/10 čoahkkimat galle?", "meeting", "count", "count", "Fri 17"),
    ("Design review maŋŋebárga 21.10.2036, gii ja gii were there?", "meeting", "list", "attendees", "Tue 21"),
])
def test_north_sami_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_north_sami_what_is_asked() -> None:
    assert from_north_sami("Rania girdi, goas landing?") == "when does Rania's flight land?"
    assert from_north_sami("Samir recommended girji, mii namma?") == "which book did Samir recommend?"
    assert from_north_sami("Samir beana, mii namma?") == "what is the name of Samir's dog?"
    assert from_north_sami("Samir nieida, next birthday man boaris?") == "how old will Samir's daughter turn?"
    assert from_north_sami("Budget sync maŋŋel, that idja galle hours sleep?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_north_sami("9.5 km cycled beaivi, eahketbiebmu mii?") == "what did I eat for dinner on the day I cycled 9.5 km?"
    assert from_north_sami("eahketbiebmu 9 pm dahje maŋŋel, unnit sleep that idja?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_north_sami("sotnabeaivi idja, 19.10.2036 dahje idja 20/10 (vuossárga), guhte eanet sleep?") == \
        "which night did I sleep longer, the night of 19.10.2036 or the night of 20/10, with the hours of each?"
    assert from_north_sami("dán vahkus running galle km, since vuossárga?") == "how many km did I run this week?"
    assert from_north_sami("ja ovddit idja?") == "and the night before?"
    assert from_north_sami("otne ges, so far?") == "and today so far?"
    assert from_north_sami("Samir ges?") == "and Samir?"
    assert from_north_sami("what did Samir say about the mii chip?") == "what did Samir say about the mii chip?"


def test_a_physicists_and_a_polar_bear_guards_wordings() -> None:
    CASE.assert_planned("For the ionosonde ledger, kindly enter the running distance in kilometres, duorastat 23.10.2036. "
                        "Transmitted from the radar hut on Breinosa.", "exercise", "total", "distance", "Thu 23")
    CASE.assert_planned("For the ionosonde ledger, kindly enter the duration of sleep, vuossárga idja, 20.10.2036, expressed in hours.",
                        "sleep", "duration", "duration", "Mon 20")
    assert tidy("Rifle still slung: step a night back?") == "and the night before?"
    assert tidy("Adding to the ionosonde ledger, enter as well the span of that meeting.") == "and how long was that meeting?"
    assert tidy("Adding to the ionosonde ledger, enter as well what holds for Samir.") == "and Samir?"
    assert tidy("I eat before the scientists wake. Lávvardat 18/10, that early plate held what?") == \
        "I eat before the scientists wake. on 18/10, what did I eat for breakfast?"
    plan = CASE.plan("For the ionosonde ledger, kindly enter whether sleep is reduced on nights after a coffee taken at 3 pm or any "
                     "hour beyond.")
    assert plan is not None and plan.operation == "relation"


@pytest.mark.parametrize("question, habit", [
    ("Late boats mean late dinners. Supper begun at 7:30 pm or more: does it cut my rest?", "dinner starting at or after 19:30"),
    ("Does a late dinner cut my sleep?", "dinner starting at or after 20:00"),
    ("Supper at some hour like 7:15 pm, somehow: does it cut my rest?", None),  # a time named, not read: not 20:00 instead
])
def test_a_habits_clock_time_is_read_or_the_habit_is_not(question: str, habit: str | None) -> None:
    found = parse_habit(question)
    assert (found.text if found else None) == habit
