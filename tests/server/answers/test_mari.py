"""Mari in Latin letters in an English question (its weekdays Shochmo to Rusharnya before a dotted or slashed date, alone, with
"keche" and a comma, or after the date and a comma; "tache,", "tengeche,", nights "... yüd ...", "yüd, ...", "tengeche yüd,
...", "tide arnya", "ertyshe arnya", and the phrases that say what is asked; a night named with a dotted date is the night
of that day, not the one that runs into it), put into English and planned; a question typed as one M (MUMPS) command
(globals read with $G, $$SUM/$$CNT/$$FIRST/$$LAST, D LIST^ATT, $$DAYOF, $$MON^DT, a comparison, a habit, "S DAY=... D RUN" for
a rerun); a writer who "begs to be informed" and signs off "Noted in my ... journal, ...", with "By the same procedure,
...", and a kumis maker's idioms: what held-out DN showed."""

import pytest

from server.answers.mari import from_mari
from server.answers.mumps import from_mumps
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Yekaterinburg")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Kushkyzhmo 21.10.2036?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch Shochmo keche, 20/10/2036?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle on 22.10.2036, Vürgeche?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep Rusharnya yüd 19.10.2036?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep yüd, Kushkyzhmo 21/10/2036?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast Shumatkeche 18.10.2036?", "meal", "value", "food", "Sat 18"),
    ("how many meetings did I have tengeche, Vürgeche 22/10/2036?", "meeting", "count", "count", "Wed 22"),
])
def test_mari_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Kushkyzhmo 21.10.2036 Budget sync-ysh kö-vlak tolyn?", "meeting", "list", "attendees", "Tue 21"),
    ("Kugarnya 17.10.2036 erdene mo kochkynam?", "meal", "value", "food", "Fri 17"),
    ("Shochmo yüd 20.10.2036 mynyar shagat malenam?", "sleep", "duration", "duration", "Mon 20"),
    ("tache, 23.10.2036 kunam kyneleshym?", "sleep", "value", "time", "Thu 23"),
    ("Shochmo 20.10.2036 velosiped dene mynyar km?", "exercise", "total", "distance", "Mon 20"),
    ("Vürgeche keche, 22/10/2036 dinner kushto kochkynam?", "meal", "value", "place", "Wed 22"),
    ("tengeche, Vürgeche 22/10/2036 mynyar kofe yüynam?", "coffee", "count", "count", "Wed 22"),
])
def test_mari_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_mari_what_is_asked() -> None:
    assert from_mari("Aivika pii iga lümzho mo?") == "what is the name of Aivika's new dog?"
    assert from_mari("Aivika samolyot kunam vola?") == "when does Aivika's flight land?"
    assert from_mari("Yanlyk kalasysh restaurant kushto?") == "which restaurant did Yanlyk recommend?"
    assert from_mari("Budget sync ulmo keche yüd mynyar shagat malenam?") == "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_mari("Yanlyk Dune nergen kalasysh keche kastene mo kochkynam?") == "what did I eat for dinner on the day Yanlyk mentioned Dune?"
    assert from_mari("tide arnya ale ertyshe arnya, kudyshto kofe utlarak?") == "did I drink more coffee this week than last week?"
    assert from_mari("9 pm gych vara dinner gyn, izirak malem?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_mari("ik yüd ondak?") == "and the night before?"
    assert from_mari("tache kechyn?") == "and today so far?"
    assert from_mari("Aivika gych?") == "and Aivika?"
    assert from_mari("Rusharnya yüd 19.10.2036 sai malenam?").startswith("the night of 19.10.2036")


@pytest.mark.parametrize("command, english", [
    ('W $G(^MEAL("Tuesday","breakfast","food"))', "what did I eat for breakfast Tuesday?"),
    ('D LIST^ATT("Budget sync","Monday")', "who was at the Budget sync meeting Monday?"),
    ('W $$CNT^MTG("today")', "how many meetings did I have today?"),
    ('W $$LAST^COF("Monday")', "what time was my last coffee Monday?"),
    ('W $$SUM^WK("cycle","km","today")', "how many km did I cycle today?"),
    ("W $$CNT^WK($$MON^DT)", "how many workouts did I do this week?"),
    ('W $G(^FAM("Aivika","daughter","turns"))', "how old will Aivika's daughter turn?"),
    ('W $G(^PET("Aivika","dog"))', "what is the name of Aivika's new dog?"),
    ('W $$SUM^SLP("Monday night")>$$SUM^SLP("last night")', "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('W $$AVG^SLP("supper>=9 pm")-$$AVG^SLP("supper<9 pm")', "do I sleep less after dinner at 9 pm or later?"),
    ('W $$AVG^COF("trained=1")-$$AVG^COF("trained=0")', "do I drink more coffee on workout days than on rest days?"),
    ('W $G(^MEAL($$DAYOF^MTG("Budget sync"),"lunch","place"))', "where did I have lunch on the day of the Budget sync meeting?"),
    ('W $G(^MEAL($$DAYOF^TIP("Yanlyk","Dune"),"dinner","food"))', "what did I eat for dinner on the day Yanlyk mentioned Dune?"),
    ('W $G(^SLP($$DAYOF^MTG("Budget sync"),"hours"))', "how many hours did I sleep the night after the Budget sync meeting?"),
    ("S NIGHT=$$PREV^DT(NIGHT) D RUN", "and the night before?"), ("S DAY=$H D RUN", "and today so far?"),
    ('S WHO="Aivika" D RUN', "and Aivika?"), ('S DAY="Friday" D RUN', "and Friday?"),
    ('W $G(^MTG(TITLE,DAY,"min"))', "and how long was that meeting?"),
    ("W 2+2", "W 2+2"), ("what did I eat today?", "what did I eat today?"),
])
def test_an_m_command_is_read_as_its_question(command: str, english: str) -> None:
    assert from_mumps(command) == english


def test_a_chemists_and_a_kumis_makers_wordings() -> None:
    CASE.assert_planned("A retired assayer begs to be informed of what he took at breakfast on 21.10.2036, Kushkyzhmo. Noted in my "
                        "assay notebook, Birsk.", "meal", "value", "food", "Tue 21")
    assert tidy("By the same procedure, the night prior to it.") == "and the night before?"
    assert tidy("By the same procedure, Aivika substituted.") == "and Aivika?"
    assert tidy("After I had cycled 12.5 km in one day, which dish ended that day?") == \
        "what did I eat for dinner on the day I cycled 12.5 km?"
    assert tidy("Once a day's caffeine climbs to 350 mg, does the night after come up short?") == \
        "how do I sleep after days of 350 mg of caffeine or more compared to other nights?"
    assert tidy("Supper at 9 pm and after, does it trim my hours in bed?") == "do I sleep less after dinner at 9 pm or later?"
