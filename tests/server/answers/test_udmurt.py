"""Udmurt in Latin letters in an English question (its weekdays before dotted dates or after slashed ones in brackets, "tunne",
"tolon", nights "X uy", "tu arna", and the phrases that say what is asked), put into English and planned; a question typed as a
MATLAB expression with logical indexing; a retired choirmaster's formulas; a bathhouse attendant's remarks; a padded dotted
date no rule read, which is no reason to answer for today: what held-out CZ showed."""

import pytest

from server.answers.matlab import from_matlab
from server.answers.requests import without_request
from server.answers.tidy import tidy
from server.answers.udmurt import from_udmurt
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Samara")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Pukson 21.10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Vordiskon 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep Vordiskon uy 20.10-21.10?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle tolon 22.10?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep the uy of 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch 22/10 (Virnunal)?", "meal", "value", "food", "Wed 22"),
])
def test_udmurt_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Pukson 21.10 Design review-e kin lyktiz?", "meeting", "list", "attendees", "Tue 21"),
    ("Virnunal nunal 22.10 chukna mar sii mon?", "meal", "value", "food", "Wed 22"),
    ("the uy of 20 October köny chas izi mon?", "sleep", "duration", "duration", "Mon 20"),
    ("tunne 23.10 kuke sayki mon?", "sleep", "value", "time", "Thu 23"),
    ("Vordiskon 20.10 velik-en köny km?", "exercise", "total", "distance", "Mon 20"),
    ("tolon 22.10 köny meeting val?", "meeting", "count", "count", "Wed 22"),
    ("Pukson 21 October zhyt siyon kytyn sii mon?", "meal", "value", "place", "Tue 21"),
])
def test_udmurt_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_udmurt_what_is_asked() -> None:
    assert from_udmurt("Ivan ke?") == "and Ivan?"
    assert from_udmurt("Ivan pinal puny basytiz, solen nimyz mar?") == "what is the name of Ivan's new dog?"
    assert from_udmurt("Design review bere uy köny chas izi?") == "how many hours did I sleep the night after the Design review meeting?"
    assert from_udmurt("5 pm bere kofe juy ke, izem ichi luo-a?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_udmurt("tu arna kofe tros-a, ortchem arna-les?") == "did I drink more coffee this week than last week?"
    assert from_udmurt("Vordiskon-ysen cycling köny km?") == "since Monday how many km of cycling in total?"
    assert from_udmurt("soles azvyl uy?") == "and the night before?"
    assert from_udmurt("tunne, ali vylem?") == "and today so far?"


def test_udmurt_words_leave_other_questions_alone() -> None:
    assert from_udmurt("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"


@pytest.mark.parametrize("expression, english", [
    ('meals.food(meals.kind=="dinner" & meals.day=="Tuesday")', "what did I eat for dinner Tuesday?"),
    ('meals.place(meals.kind=="lunch" & meals.day=="Vordiskon nunal 20.10")', "where did I have lunch Vordiskon nunal 20.10?"),
    ('meetings.attendees(meetings.title=="Design review" & meetings.day=="Monday")', "who was at the Design review meeting Monday?"),
    ('nnz(meetings.day=="today")', "how many meetings did I have today?"),
    ('min(meetings.start(meetings.day=="Monday"))', "what time did my first meeting start Monday?"),
    ('max(coffees.time(coffees.day=="Monday"))', "what time was my last coffee Monday?"),
    ('sum(coffees.mg(coffees.day=="Monday"))', "how much caffeine in mg Monday?"),
    ('sum(workouts.km(workouts.activity=="run" & workouts.day=="today"))', "how many km did I run today?"),
    ('sum(workouts.km(workouts.activity=="cycling" & workouts.day>=this_monday))', "how many km of cycling in total this week?"),
    ("nnz(workouts.week==week(today))", "how many workouts did I do this week?"),
    ('days.woke(days.name=="Monday")', "what time did I wake up Monday?"),
    ('nights.bed(nights.name=="last night")', "what time did I go to bed last night?"),
    ('["Monday night" "last night"](argmax([nights.hours(nights.name=="Monday night") nights.hours(nights.name=="last night")]))',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ("nnz(coffees.week==week(today)) > nnz(coffees.week==week(today)-1)", "did I drink more coffee this week than last week?"),
    ('meals.food(meals.kind=="lunch" & meals.day==remarks.day(remarks.by=="Ivan" & remarks.about=="Radiolab"))',
     "what did I eat for lunch on the day Ivan mentioned Radiolab?"),
    ('meals.food(meals.kind=="dinner" & meals.day==workouts.day(workouts.verb=="swam" & workouts.distance_km==1.2))',
     "what did I eat for dinner on the day I swam 1.2 km?"),
    ('nights.hours(nights.start==meetings.day(meetings.title=="Design review"))',
     "how many hours did I sleep the night after the Design review meeting?"),
    ('meetings.attendees(meetings.day=="Monday" & meetings.begins>workouts.ends(workouts.name=="evening ride"))',
     "who was at the meeting right after the evening ride Monday?"),
    ('mean(nights.hours(nights.last_coffee>="4 pm")) - mean(nights.hours(nights.last_coffee<"4 pm"))',
     "do I sleep less after coffee at 4 pm or later?"),
    ("mean(days.coffees(days.has_workout)) - mean(days.coffees(~days.has_workout))",
     "do I drink more coffee on workout days than on rest days?"),
    ('films.title(films.recommended_by=="Ivan")', "which film did Ivan recommend?"),
    ('pets.name(pets.owner=="Ivan" & pets.kind=="puppy")', "what is the name of Ivan's new dog?"),
    ("rerun(q, night=q.night - 1)", "and the night before?"), ('rerun(q, day="today", upto=datetime("now"))', "and today so far?"),
    ('rerun(q, who="Ivan")', "and Ivan?"), ('rerun(q, day="Monday")', "and Monday?"),
    ("meetings.minutes(meetings.id==q.meeting)", "and how long was that meeting?"),
    ("what did I eat today?", "what did I eat today?"), ("x = 3.5 * y", "x = 3.5 * y"),
])
def test_a_matlab_expression_is_read_as_its_question(expression: str, english: str) -> None:
    assert from_matlab(expression) == english


def test_a_choirmasters_formulas_and_a_bathhouse_attendants_remarks() -> None:
    assert without_request("I ask you to be good enough to find where I had lunch.") == "where I had lunch."
    assert without_request("I beg the favour of learning how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? I remain your obedient correspondent.") == "How many coffees did I drink on Monday?"
    assert tidy("I put that very question again, this time of Ivan.").rstrip(".?") == "and Ivan"
    assert tidy("Shift it one day earlier, please.") == "and the day before?"
    assert "go to bed" in tidy("What time did I turn in last night by the clock?")
    CASE.assert_planned("Midday is quiet at the bathhouse. Which food filled that quiet hour on Monday?", "meal", "value", "food", "Mon 20")
    plan = CASE.plan("Bathers tell each other everything. Ivan went on and on about Radiolab one day. Which dinner did I sit down to the "
                     "evening of that talk?")
    assert plan is not None and plan.filters.get("meal") == "dinner" and plan.filters.get("anchor"), plan


def test_an_unread_padded_dotted_date_is_no_reason_to_answer_for_today() -> None:
    plan = CASE.plan("how much caffeine on Zorbday 17.10 please")
    assert plan is not None and plan.filters.get("unread_day") == "17.10", plan
    plan = CASE.plan("how far did I run today, 12.50 km?")
    assert plan is not None and "unread_day" not in plan.filters, plan
