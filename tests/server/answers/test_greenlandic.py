"""Greenlandic (Kalaallisut) in an English question (its weekdays "ataasinngorneq" to "sapaat" before a date with its year
after a hyphen or a short one, "ullumi", "ippassaq WEEKDAY", nights "WEEKDAY unnuaq DATE", "unnuaq DATE" and "unnuaq" alone,
"sapaatip akunnerani matumani", and the phrases that say what is asked: "qassinik kaffisorpunga", "ulloqeqqasiorneq DAY,
sumi", "X DAY, kikkut peqataapput", a follow-up's "aamma X?"), put into English and planned; the day words read in other
voices' English sentences too, and English questions left alone."""

import pytest

from server.answers.greenlandic import from_greenlandic
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Atlantic/Faroe")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("marlunngorneq 21/10-2036, qassinik kaffisorpunga?", "coffee", "count", "count", "Tue 21"),
    ("ulloqeqqasiorneq ippassaq pingasunngorneq, sumi?", "meal", "value", "place", "Wed 22"),
    ("ataasinngorneq unnuaq 20/10, qassit hours sinippunga?", "sleep", "duration", "duration", "Mon 20"),
    ("unnuaq 19/10-2036, qassinut innarpunga?", "sleep", "value", "time", "Sun 19"),
    ("ullumi, qassinut iterpunga?", "sleep", "value", "time", "Thu 23"),
    ("sumi nerivunga unnukkorsiorneq arfininngorneq 18/10?", "meal", "value", "place", "Sat 18"),
    ("sapaat 19/10 ullaakkorsiorneq, sumik nerivunga?", "meal", "value", "food", "Sun 19"),
    ("tallimanngorneq 17/10-2036, qassit ataatsimiinnerit?", "meeting", "count", "count", "Fri 17"),
    ("Design review marlunngorneq 21/10, kikkut peqataapput?", "meeting", "list", "attendees", "Tue 21"),
    ("ataatsimiinneq Budget sync ataasinngorneq 20/10-2036, qassit minutsit?", "meeting", "duration", "duration", "Mon 20"),
    ("ippassaq pingasunngorneq ataatsimiinneq siulleq, qassinut aallartippa?", "meeting", "first", "time", "Wed 22"),
    ("kaffi kingulleq marlunngorneq 21/10-2036, qassinut?", "coffee", "last", "time", "Tue 21"),
    ("pingasunngorneq 22/10, kaffi siulleq qassinut?", "coffee", "first", "time", "Wed 22"),
    ("marlunngorneq 21/10 caffeine katillugit, qassit mg?", "coffee", "total", "amount", "Tue 21"),
    ("ataasinngorneq 20/10 cycling, qassit km katillugit?", "exercise", "total", "distance", "Mon 20"),
    ("ullumi swim, qassit meter?", "exercise", "total", "distance", "Thu 23"),
    ("sapaatip akunnerani matumani, qassit timersorneq sessions?", "exercise", "count", "count", "Mon 20"),
    ("ride up the fjord road marlunngorneq 21/10, qanoq sivisutigisoq, minutsit?", "exercise", "duration", "duration", "Tue 21"),
])
def test_greenlandic_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_greenlandic_what_is_asked() -> None:
    assert from_greenlandic("atuagaq Aviaja told me to read, suna aqqa?") == "which book did Aviaja recommend?"
    assert from_greenlandic("filmi Malik keeps praising, aqqa?") == "which film did Malik recommend?"
    assert from_greenlandic("neriniartarfik Pipaluk liked, sorleq?") == "which restaurant did Pipaluk recommend?"
    assert from_greenlandic("offsite nuuppoq, Nivi says, sumut massakkut?") == "where is the offsite now, according to Nivi?"
    assert from_greenlandic("Hans's timmisartoq, qassinut mittarpa?") == "when does Hans's flight land?"
    assert from_greenlandic("Ole's qimmeq, aqqa suna?") == "what is the name of Ole's dog?"
    assert from_greenlandic("Aviaja's pania, qassinik ukioqalissaaq?") == "how old will Aviaja's daughter turn?"
    assert from_greenlandic("Harbour app launch, Nivi says qaqugu massakkut?") == \
        "what is the new date of the Harbour app launch according to Nivi?"
    assert from_greenlandic("ulloq cycled 14.2 km, sumik nerivunga unnukkut?") == \
        "what did I eat for dinner on the day I cycled 14.2 km?"
    assert from_greenlandic("ulloq Nivi talked about the regatta, unnukkorsiorneq suna?") == \
        "what did I eat for dinner on the day Nivi mentioned the regatta?"
    assert from_greenlandic("Budget sync kingorna, unnuaq taanna qassit hours sinippunga?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_greenlandic("swim at the harbour baths marlunngorneq 21/10 kingorna, next ataatsimiinneq, kikkut?") == \
        "who was at the meeting right after the swim at the harbour baths on 21/10?"
    assert from_greenlandic("sapaat unnuaq 19/10 imaluunniit unnuaq 20/10-2036, sorleq sivisunerusoq sinik?") == \
        "which night did I sleep longer, the night of 19/10 or the night of 20/10-2036, with the hours of each?"
    assert from_greenlandic("kaffi sapaatip akunnerani matumani, amerlanerusut than sapaatip akunnera kingulleq?") == \
        "did I drink more coffee this week than last week?"
    assert from_greenlandic("kaffi 4 pm aamma kingorna, taava less sinik, ilaa?") == "do I sleep less after coffee at 4 pm or later?"
    assert from_greenlandic("ullut with timersorneq, the unnuaq after, more sinik?") == \
        "do I sleep longer after workout days than after rest days?"
    assert from_greenlandic("unnuaq, sinilluarpunga imaluunniit naamik?") == "how well did I sleep last night, good or poor?"
    assert from_greenlandic("sapaatip akunnerani matumani, qassit km running?") == "how many km did I run this week?"


def test_greenlandic_comparisons_and_habits_are_planned() -> None:
    for question, kind, operation in (
            ("ataasinngorneq 20/10 imaluunniit ullumi, sorlermi caffeine amerlanerusoq?", "coffee", "compare"),
            ("marlunngorneq 21/10-2036 imaluunniit ippassaq pingasunngorneq, timersorneq sorleq sivisunerusoq?", "exercise", "compare"),
            ("unnukkorsiorneq start 8:30 pm aamma kingorna, taava less sinik?", "sleep", "relation"),
            ("250 mg plus caffeine ullut, taava less sinik?", "sleep", "relation"),
            ("timersorneq ullut, more kaffi?", "coffee", "relation")):
        plan = CASE.plan(question)
        assert plan is not None and (plan.kinds, plan.operation) == ([kind], operation), tidy(question)
    plan = CASE.plan("Design review ulloq, ulloqeqqasiorneq sumi?")
    assert plan is not None and plan.filters.get("meal") == "lunch" and "Design review" in plan.filters.get("anchor", ""), plan


def test_greenlandic_follow_ups() -> None:
    assert from_greenlandic("aamma ulloq siuliani?") == "and the day before?"
    assert from_greenlandic("aamma unnuaq siuliani?") == "and the night before?"
    assert from_greenlandic("taanna ataatsimiinneq, qanoq sivisutigaa?") == "and how long was that meeting?"
    assert from_greenlandic("aamma ullumi, massakkut tikillugu?") == "and today so far?"
    assert from_greenlandic("aamma Aviaja?") == "and Aviaja?"
    assert from_greenlandic("aamma marlunngorneq 21/10?") == "and on 21/10?"
    assert from_greenlandic("aamma ippassaq pingasunngorneq?") == "and yesterday?"
    first = CASE.plan("ataasinngorneq unnuaq 20/10, qassit hours sinippunga?")
    before = CASE.plan("aamma unnuaq siuliani?", first)
    assert before is not None and CASE.day(before) == "Sun 19" and before.kinds == ["sleep"], before
    met = CASE.plan("Design review marlunngorneq 21/10, kikkut peqataapput?")
    length = CASE.plan("taanna ataatsimiinneq, qanoq sivisutigaa?", met)
    assert length is not None and (length.kinds, length.operation) == (["meeting"], "duration"), length
    cups = CASE.plan("ippassaq pingasunngorneq, qassinik kaffisorpunga?")
    today = CASE.plan("aamma ullumi, massakkut tikillugu?", cups)
    assert today is not None and (today.kinds, CASE.day(today)) == (["coffee"], "Thu 23"), today


def test_greenlandic_day_words_in_other_voices_and_english_left_alone() -> None:
    assert tidy("Lunch by the fjord is what I brought. Ippassaq pingasunngorneq, what did the box hold?") == \
        "Lunch by the fjord is what I brought. yesterday, what did the box hold?"
    assert from_greenlandic("Ullumi, its time?") == "today, its time?"
    assert from_greenlandic("the length of my slumber sapaat unnuaq 19/10, in hours.") == \
        "the length of my slumber the night of 19/10, in hours."
    assert from_greenlandic("what did Malik say about the summit?") == "what did Malik say about the summit?"
    assert from_greenlandic("how many km did I run on Monday?") == "how many km did I run on Monday?"
    assert from_greenlandic("is the kaffi at Paname any good?") == "is the kaffi at Paname any good?"
