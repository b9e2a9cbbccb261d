"""Sakha in Latin letters in an English question (its weekdays before dotted dates or after slashed ones in brackets, "bugun",
"begehee", nights "X tuun", "bu nedelie", and the phrases that say what is asked), put into English and planned; a question
typed as a spreadsheet formula (XLOOKUP, COUNTIFS, SUMIFS, MINIFS, AVERAGEIFS, IF, RECALC); a retired geologist's
follow-ups ("Be so good as to repeat the inquiry for ..."); a driver's "Wind the logbook back another night": what held-out DA
showed."""

import pytest

from server.answers.sakha import from_sakha
from server.answers.spreadsheet import from_spreadsheet
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Yakutsk")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Optuorunnuk 21.10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Bennidenik 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep Bennidenik tuun 20.10-21.10?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle begehee 22.10?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep the tuun of 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch 22/10 (Seereda)?", "meal", "value", "food", "Wed 22"),
])
def test_sakha_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Optuorunnuk 21.10 Design review meeting-ga kim baar ete?", "meeting", "list", "attendees", "Tue 21"),
    ("Seereda kun 22.10 sarsyarda as tuokh ete?", "meal", "value", "food", "Wed 22"),
    ("the tuun of 20 October kas chaas utuydum?", "sleep", "duration", "duration", "Mon 20"),
    ("bugun 23.10 khahan uhuktum?", "sleep", "value", "time", "Thu 23"),
    ("Bennidenik 20.10 velosiped-ynan kas km bardym?", "exercise", "total", "distance", "Mon 20"),
    ("begehee 22.10 kas meeting baar ete?", "meeting", "count", "count", "Wed 22"),
    ("Optuorunnuk 21 October kiehe ahy khanna ahaatym?", "meal", "value", "place", "Tue 21"),
])
def test_sakha_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_sakha_what_is_asked() -> None:
    assert from_sakha("Aisen sana puppy ylbyt, aata tuokh?") == "what is the name of Aisen's new dog?"
    assert from_sakha("Design review kennitten tuun kas chaas utuydum?") == \
        "how many hours did I sleep the night after the Design review meeting?"
    assert from_sakha("5 pm kennitten kofe issem, utuyum kyra buolar duo?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_sakha("bu nedelie kofe ordukh duo, aaspyt nedelieten?") == "did I drink more coffee this week than last week?"
    assert from_sakha("ol tuun innine?") == "and the night before?"
    assert from_sakha("bugun, bu chaaska dieri?") == "and today so far?"


def test_sakha_words_leave_other_questions_alone() -> None:
    assert from_sakha("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"


@pytest.mark.parametrize("formula, english", [
    ('=XLOOKUP(1,(tblMeals[kind]="dinner")*(tblMeals[day]="Tuesday"),tblMeals[food])', "what did I eat for dinner Tuesday?"),
    ('=XLOOKUP(1,(tblMeetings[title]="Design review")*(tblMeetings[day]="Monday"),tblMeetings[attendees])',
     "who was at the Design review meeting Monday?"),
    ('=COUNTIFS(tblMeetings[day],"today")', "how many meetings did I have today?"),
    ('=MINIFS(tblMeetings[start],tblMeetings[day],"Monday")', "what time did my first meeting start Monday?"),
    ('=MAXIFS(tblCoffees[time],tblCoffees[day],"Monday")', "what time was my last coffee Monday?"),
    ('=SUMIFS(tblCoffees[mg],tblCoffees[day],"Monday")', "how much caffeine in mg Monday?"),
    ('=SUMIFS(tblRuns[km],tblRuns[day],"today")', "how many km did I run today?"),
    ('=SUMIFS(tblWorkouts[km],tblWorkouts[kind],"cycling",tblWorkouts[week],"this")', "how many km of cycling in total this week?"),
    ('=COUNTIFS(tblWorkouts[week],"this")', "how many workouts did I do this week?"),
    ('=XLOOKUP("Monday",tblSleep[day],tblSleep[woke])', "what time did I wake up Monday?"),
    ('=IF(SUMIFS(tblSleep[hours],tblSleep[night],"Monday night")>SUMIFS(tblSleep[hours],tblSleep[night],"last night"),'
     '"Monday night","last night")', "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('=XLOOKUP(1,(tblMeals[kind]="lunch")*(tblMeals[day]=XLOOKUP("Design review",tblMeetings[title],tblMeetings[day])),tblMeals[place])',
     "where did I have lunch on the day of the Design review meeting?"),
    ('=XLOOKUP(XLOOKUP("Design review",tblMeetings[title],tblMeetings[day]),tblSleep[day],tblSleep[hours])',
     "how many hours did I sleep the night after the Design review meeting?"),
    ('=AVERAGEIFS(tblSleep[hours],tblSleep[last_coffee],">=4 pm")-AVERAGEIFS(tblSleep[hours],tblSleep[last_coffee],"<4 pm")',
     "do I sleep less after coffee at 4 pm or later?"),
    ('=XLOOKUP("Aisen",tblFilms[recommended_by],tblFilms[title])', "which film did Aisen recommend?"),
    ('=RECALC(A1,"night",-1)', "and the night before?"), ('=RECALC(A1,"day",TODAY(),"until",NOW())', "and today so far?"),
    ('=RECALC(A1,"who","Aisen")', "and Aisen?"), ('=SUMIFS(tblMeetings[minutes],tblMeetings[id],A1)', "and how long was that meeting?"),
    ("=SUM(A1:A3)", "=SUM(A1:A3)"), ("what did I eat today?", "what did I eat today?"),
])
def test_a_spreadsheet_formula_is_read_as_its_question(formula: str, english: str) -> None:
    assert from_spreadsheet(formula) == english


def test_a_geologists_and_a_drivers_follow_ups() -> None:
    assert tidy("Be so good as to repeat the inquiry for today, reckoned to this hour.") == "and today so far?"
    assert tidy("Be so good as to repeat the inquiry for Aisen.").rstrip(".?") == "and Aisen"
    assert tidy("Wind the logbook back another night.") == "and the night before?"
