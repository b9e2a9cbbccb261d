"""Romani in Latin letters in an English question (its weekdays before dotted dates, with "dive" between or after slashed
ones and a dash, "avdive", "ich", nights "ratji", "akava kurko", and the phrases that say what is asked), put into English and
planned; a question typed as a Stata command (list, count, total, mean, tabstat, ttest, display, redo); a formal asker's "I
would take it kindly to be told ...", "Ever at your service." and "The very same question for ..., if it please you."; a
ropeway operator's "sound or broken", "Same ride with X as the passenger", "Run it again ...": what held-out DB showed."""

import pytest

from server.answers.romani import from_romani
from server.answers.stata import from_stata
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Skopje")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Marci 21.10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Luja dive 20.10?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep Luja ratji 20.10-21.10?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle ich 22.10?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep ratji 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch 22/10 - Tetradji?", "meal", "value", "food", "Wed 22"),
])
def test_romani_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Marci 21.10 kon sas ko Design review meeting?", "meeting", "list", "attendees", "Tue 21"),
    ("Tetradji dive 22.10 so haljum sabalakoro habe?", "meal", "value", "food", "Wed 22"),
    ("ratji 20 October keti sahatja sovljum?", "sleep", "duration", "duration", "Mon 20"),
    ("avdive 23.10 kana ushtilem?", "sleep", "value", "time", "Thu 23"),
    ("Luja 20.10 e biciklasa keti km gelem?", "exercise", "total", "distance", "Mon 20"),
    ("ich 22.10 keti meetingja sas man?", "meeting", "count", "count", "Wed 22"),
    ("21/10 - Marci kaj haljum ratjakoro habe?", "meal", "value", "place", "Tue 21"),
])
def test_romani_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_romani_what_is_asked() -> None:
    assert from_romani("Esma lilja nevo rikono, so si lesko anav?") == "what is the name of Esma's new dog?"
    assert from_romani("palo Budget sync, odoja rat keti sahatja sovljum?") == \
        "how many hours did I sleep the night after the Budget sync meeting?"
    assert from_romani("kana piav kafe palo 4 pm, sovav harneder?") == "do I sleep less after coffee at 4 pm or later?"
    assert from_romani("akava kurko majbut kafe piljum na o anglalo kurko?") == "did I drink more coffee this week than last week?"
    assert from_romani("a e rat anglal?") == "and the night before?"
    assert from_romani("thaj e Ramiz?") == "and Ramiz?"


def test_romani_words_leave_other_questions_alone() -> None:
    assert from_romani("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_romani("Marci said the offsite moved, where to?") == "Marci said the offsite moved, where to?"


@pytest.mark.parametrize("command, english", [
    ('list food if meal=="dinner" & day=="Tuesday"', "what did I eat for dinner Tuesday?"),
    ('list attendees if title=="Design review" & day=="Monday"', "who was at the Design review meeting Monday?"),
    ('count if type=="meeting" & day=="today"', "how many meetings did I have today?"),
    ('count if drink=="coffee" & day=="Monday"', "how many coffees did I drink Monday?"),
    ('tabstat start if type=="meeting" & day=="Monday", stat(min)', "what time did my first meeting start Monday?"),
    ('tabstat time if drink=="coffee" & day=="Monday", stat(max)', "what time was my last coffee Monday?"),
    ('total caffeine_mg if day=="Monday"', "how much caffeine in mg Monday?"),
    ('total km if activity=="run" & day=="today"', "how many km did I run today?"),
    ('total km if activity=="swimming" & week==0', "how many km of swimming in total this week?"),
    ('count if table=="workouts" & week==0', "how many workouts did I do this week?"),
    ('list woke if day=="Monday"', "what time did I wake up Monday?"),
    ('mean bpm if session=="hill run" & day=="Monday"', "what was my average heart rate during the hill run Monday?"),
    ('tabstat hours if inlist(night,"Monday night","last night"), by(night) stat(sum)',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('tabstat cups if inlist(week,0,-1), by(week) stat(sum)', "did I drink more coffee this week than last week?"),
    ('list place if meal=="lunch" & day==day_of("Design review")', "where did I have lunch on the day of the Design review meeting?"),
    ('total hours if night==day_of("Design review")', "how many hours did I sleep the night after the Design review meeting?"),
    ('list food if meal=="dinner" & day==day_of("Esma", "Dune")', "what did I eat for dinner on the day Esma mentioned Dune?"),
    ('list food if meal=="breakfast" & day==day_of("swam", 1.5)', "what did I eat for breakfast on the day I swam 1.5 km?"),
    ('ttest hours, by(last_coffee>=4 pm)', "do I sleep less after coffee at 4 pm or later?"),
    ('ttest cups, by(trained)', "do I drink more coffee on workout days than on rest days?"),
    ('list title if recommended_by=="Ramiz" & medium=="podcast"', "which podcast did Ramiz recommend?"),
    ('display age_of("daughter", "Esma") + 1', "how old will Esma's daughter turn?"),
    ("redo, night(-1)", "and the night before?"), ("redo, day(today()) until(now())", "and today so far?"),
    ('redo, who("Ramiz")', "and Ramiz?"), ("total minutes if meeting_id==r(id)", "and how long was that meeting?"),
    ("list", "list"), ("count the coffees for me", "count the coffees for me"), ("what did I eat today?", "what did I eat today?"),
])
def test_a_stata_command_is_read_as_its_question(command: str, english: str) -> None:
    assert from_stata(command) == english


def test_a_formal_askers_and_an_operators_wordings() -> None:
    CASE.assert_planned("I would take it kindly to be told the number of coffees I consumed Marci 21.10. Ever at your service.",
                        "coffee", "count", "count", "Tue 21")
    assert tidy("The very same question for Ramiz, if it please you.").rstrip(".?") == "and Ramiz"
    assert tidy("The very same question for today reckoned up to this very moment, if it please you.") == "and today so far?"
    assert tidy("Same ride with Esma as the passenger this time.") == "and Esma?"
    assert tidy("Was the sleep I had Monday night sound or broken?") == "how well did I sleep Monday night, good or poor?"
    assert tidy("Run it again for Tuesday.").startswith("and for Tuesday")
