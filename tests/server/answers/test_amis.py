"""Amis in Latin letters in an English question (its counted weekdays Sakacecay to Sakapito before a year-first date, alone,
after "romi'ad" or with the weekday in brackets after the date; "anini", "inacila", nights "lafii no ...", "... lafii ...",
"inacila a lafii, ...", "ya tatakian a lipay", "sakaputal a lipay", and the phrases that say what is asked; "sakacecay" in
lower case is "the first"), put into English and planned; a question typed as an ABAP Open SQL statement (SELECT SINGLE,
FIELDS SUM/MIN/MAX/COUNT(*), IN ( ... ) for two compared, AVG ... GROUP BY for a habit, an inner SELECT for a day named by
what happened, "PERFORM rerun" for a rerun; a quoted day may hold an apostrophe of its own); a writer who "solicits" and
signs off "Logged and signed, ...", and an incense maker's idioms: what held-out DL showed."""

import pytest

from server.answers.abap import from_abap
from server.answers.amis import from_amis
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Taipei")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Sakatosa 2036/10/21?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch romi'ad Sakacecay 2036/10/20?", "meal", "value", "place", "Mon 20"),
    ("how far did I cycle on 2036/10/22 (Sakatolo)?", "exercise", "total", "distance", "Wed 22"),
    ("how long did I sleep lafii no Sakapito 2036/10/19?", "sleep", "duration", "duration", "Sun 19"),
    ("how many hours did I sleep Sakatosa lafii 2036/10/21?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for breakfast upon Sakaenem 2036/10/18?", "meal", "value", "food", "Sat 18"),
    ("how many meetings did I have inacila Sakatolo 2036/10/22?", "meeting", "count", "count", "Wed 22"),
])
def test_amis_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("cima ko tayni i Budget sync, Sakatosa 2036/10/21?", "meeting", "list", "attendees", "Tue 21"),
    ("maan ko kinaen ako i dafak, Sakalima 2036/10/17?", "meal", "value", "food", "Fri 17"),
    ("pina ko tatokian a mafoti' kako, lafii no Sakacecay 2036/10/20?", "sleep", "duration", "duration", "Mon 20"),
    ("ihecowa kako a mafana', anini 2036/10/23?", "sleep", "value", "time", "Thu 23"),
    ("pina ko km no bike ako, Sakacecay 2036/10/20?", "exercise", "total", "distance", "Mon 20"),
    ("icowa kako a komaen i lafii, romi'ad Sakatolo 2036/10/22?", "meal", "value", "place", "Wed 22"),
    ("ihecowa ko sakacecay a kohi ako, inacila Sakatolo 2036/10/22?", "coffee", "first", "time", "Wed 22"),
])
def test_amis_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_amis_what_is_asked() -> None:
    assert from_amis("maan ko ngangan no wacu ni Panay, ko faroday?") == "what is the name of Panay's new dog?"
    assert from_amis("ihecowa a tangasa ko eroplano ni Panay?") == "when does Panay's flight land?"
    assert from_amis("icowa ko pikaenan a pasowal ni Kacaw?") == "which restaurant did Kacaw recommend?"
    assert from_amis("pina ko tatokian a mafoti' kako, i lafii no Budget sync?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_amis("maan ko kinaen ako i lafii, i romi'ad a pasowal ni Kacaw ko Dune?") == \
        "what did I eat for dinner on the day Kacaw mentioned Dune?"
    assert from_amis("kohi ako, ya tatakian a lipay haw, sakaputal a lipay haw, icowa ko adihay?") == \
        "did I drink more coffee this week than last week?"
    assert from_amis("ano komaen kako i lafii i 9 pm haw, kedec haw ko mafoti' ako?") == "do I sleep less after dinner at 9 pm or later?"
    assert from_amis("i lafii a sakaputal haw?") == "and the night before?"
    assert from_amis("anini haw?") == "and today so far?"
    assert from_amis("ni Panay haw?") == "and Panay?"


def test_another_languages_ko_keeps_its_second_half() -> None:
    assert from_amis("restaurant bi, ana ko? Awa moo ma ko wax") == "restaurant bi, ana ko? Awa moo ma ko wax"


def test_a_first_in_lower_case_is_no_monday() -> None:
    assert "2036" not in from_amis("ihecowa ko sakacecay a kohi ako, anini?")
    assert from_amis("how was the Sakacecay market?") == "how was the Sakacecay market?"


@pytest.mark.parametrize("statement, english", [
    ("SELECT SINGLE food FROM zmeals WHERE meal = 'BREAKFAST' AND day = 'Tuesday' INTO @DATA(ls_food).", "what did I eat for breakfast Tuesday?"),
    ("SELECT attendee FROM zattendance WHERE meeting = 'Budget sync' AND day = 'Monday' INTO TABLE @DATA(lt_who).",
     "who was at the Budget sync meeting Monday?"),
    ("SELECT FROM zmeetings FIELDS COUNT(*) WHERE day = 'today' INTO @DATA(lv_n).", "how many meetings did I have today?"),
    ("SELECT FROM zcoffee FIELDS MAX( drunk_at ) WHERE day = 'Monday' INTO @DATA(lv_t).", "what time was my last coffee Monday?"),
    ("SELECT FROM zworkouts FIELDS SUM( km ) WHERE activity = 'CYCLE' AND day = 'today' INTO @DATA(lv_km).", "how many km did I cycle today?"),
    ("SELECT FROM zworkouts FIELDS COUNT(*) WHERE day >= lv_monday INTO @DATA(lv_n).", "how many workouts did I do this week?"),
    ("SELECT SINGLE age_next FROM zfamily WHERE parent = 'Panay' AND relation = 'DAUGHTER' INTO @DATA(lv_age).",
     "how old will Panay's daughter turn?"),
    ("SELECT SINGLE pet_name FROM zpets WHERE owner = 'Panay' AND species = 'DOG' INTO @DATA(ls_name).", "what is the name of Panay's new dog?"),
    ("SELECT night, hours FROM zsleep WHERE night IN ( 'Monday night', 'last night' ) INTO TABLE @DATA(lt_n).",
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ("SELECT late, AVG( hours ) FROM zsleep_dinner WHERE dinner_at >= '9 pm' GROUP BY late INTO TABLE @DATA(lt_a).",
     "do I sleep less after dinner at 9 pm or later?"),
    ("SELECT exercised, AVG( cups ) FROM zcoffee_days GROUP BY exercised INTO TABLE @DATA(lt_a).",
     "do I drink more coffee on workout days than on rest days?"),
    ("SELECT SINGLE place FROM zmeals WHERE meal = 'LUNCH' AND day IN ( SELECT day FROM zmeetings WHERE title = 'Budget sync' ) "
     "INTO @DATA(ls_p).", "where did I have lunch on the day of the Budget sync meeting?"),
    ("SELECT SINGLE food FROM zmeals WHERE meal = 'DINNER' AND day IN ( SELECT day FROM zrecs WHERE giver = 'Kacaw' AND title = 'Dune' ) "
     "INTO @DATA(ls_f).", "what did I eat for dinner on the day Kacaw mentioned Dune?"),
    ("SELECT SINGLE place FROM zmeals WHERE meal = 'LUNCH' AND day = 'romi'ad Sakatosa 2036/10/21' INTO @DATA(ls_p).",
     "where did I have lunch romi'ad Sakatosa 2036/10/21?"),
    ("lv_night = lv_night - 1. PERFORM rerun.", "and the night before?"), ("lv_day = sy-datum. PERFORM rerun.", "and today so far?"),
    ("lv_who = 'Panay'. PERFORM rerun.", "and Panay?"),
    ("SELECT SINGLE minutes FROM zmeetings WHERE title = lv_title AND day = lv_day INTO @DATA(lv_m).", "and how long was that meeting?"),
    ("SELECT food FROM meals WHERE day = 'Monday'", "SELECT food FROM meals WHERE day = 'Monday'"),
    ("what did I eat today?", "what did I eat today?"),
])
def test_an_abap_statement_is_read_as_its_question(statement: str, english: str) -> None:
    assert from_abap(statement) == english


def test_a_pilots_and_an_incense_makers_wordings() -> None:
    CASE.assert_planned("This old keeper solicits the berth where he took his noon meal on Sakatosa 2036/10/21. Logged and signed, a "
                        "retired keeper of the Hualien light.", "meal", "value", "place", "Tue 21")
    CASE.assert_planned("This old keeper solicits the sum of caffeine, reckoned to the milligram, that he consumed on Sakacecay 2036/10/20.",
                        "coffee", "total", "amount", "Mon 20")
    assert tidy("Pray take the same bearing once more, for the night before it.") == "and the night before?"
    assert tidy("Pray take the same bearing once more, with regard to Panay.") == "and Panay?"
    assert "do I sleep less after coffee at 3 pm or later" in tidy("This old keeper solicits whether a cup taken at 3 pm, or any hour "
                                                                   "beyond it, shortens his night.")
    assert tidy("Did I lie longer asleep on Monday, with Tuesday held beside it?") == \
        "which night did I sleep longer, on Monday or Tuesday, with the hours of each?"
    assert tidy("Have I been through more coffee in these seven days than the seven before?") == \
        "did I drink more coffee this week than last week?"
    assert tidy("Another stick from the same batch: what about the day ahead of it?") == "and the day before?"
    assert tidy("Another stick from the same batch: swap in Panay.") == "and Panay?"


def test_a_remarks_count_leaves_an_ask_of_who_to_list_them() -> None:
    CASE.assert_planned("At the market I count every buyer who stops. Which people sat in the Budget sync on Tuesday 21/10/2036?",
                        "meeting", "list", "attendees", "Tue 21")
