"""Manx in an English question (its weekdays, "jiu", "jea", nights "oie X", "yn shiaghtin shoh", and the phrases that say
what is asked), put into English and planned; a question typed as a Rust method chain; a retired minister's formulas ("Would
you be good enough to search out", "I would have you find out", "Ever faithfully yours", "Ask it afresh of"); a stable
groom's remarks; a weekday of another language before its date, which no slip makes a month ("Jelune 1 December" is no
June): what held-out CX showed."""

import pytest

from server.answers.manx import from_manx
from server.answers.requests import without_request
from server.answers.rust_chains import from_rust
from server.answers.slips import unslip
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Europe/Isle_of_Man")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Jemayrt 21/10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Jelune 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep oie Jelune 20/10-21/10?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle jea 22/10?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep yn oie 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch laa Jecrean (22/10)?", "meal", "value", "food", "Wed 22"),
])
def test_manx_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("quoi va ec y Design review Jemayrt 21/10?", "meeting", "list", "attendees", "Tue 21"),
    ("brishey-trostey Jecrean 22/10, cre d'ee mee?", "meal", "value", "food", "Wed 22"),
    ("cre wooad oor chaddil mee yn oie 20 October?", "sleep", "duration", "duration", "Mon 20"),
    ("cre'n traa dooisht mee jiu 23/10?", "sleep", "value", "time", "Thu 23"),
    ("cre wooad km er y bike Jelune 20/10?", "exercise", "total", "distance", "Mon 20"),
    ("cre wooad meeting va aym jea 22/10?", "meeting", "count", "count", "Wed 22"),
    ("c'raad va mee son shibber Jemayrt 21 October?", "meal", "value", "place", "Tue 21"),
])
def test_manx_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_manx_what_is_asked() -> None:
    assert from_manx("as Fenella nish?") == "and Fenella?"
    assert from_manx("cre'n ennym t'er y quallian noa aig Fenella?") == "what is the name of Fenella's new dog?"
    assert from_manx("yn oie lurg y Design review, cre wooad oor chaddil mee?") == \
        "how many hours did I sleep the night after the Design review meeting?"
    assert from_manx("caffee ec 5 pm ny s'anmey, vel mee cadley ny s'girrey?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_manx("ren mee iu smoo caffee yn shiaghtin shoh na yn shiaghtin roish?") == "did I drink more coffee this week than last week?"
    assert from_manx("as yn oie roish shen?") == "and the night before?"
    assert from_manx("as jiu, gys nish?") == "and today so far?"
    assert tidy("cre wooad minnid va'n climb on the harbour wall at Peel jea 22/10?") == \
        "how many minutes did the climb on the harbour wall at Peel yesterday 22/10 last?"  # the "on" inside the place stays


def test_manx_words_leave_other_questions_alone() -> None:
    assert from_manx("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_manx("as far as you know?") == "as far as you know?"


def test_a_weekday_before_its_date_is_no_misspelt_month() -> None:
    assert unslip("the Sprint planning Jelune 1 December?") == "the Sprint planning Jelune 1 December?"
    assert unslip("lunch on Jelune 01/12?") == "lunch on Jelune 01/12?"
    assert unslip("what did I eat on Octber 3?") == "what did I eat on October 3?"
    assert unslip("coffees Marcy 20.01?") == "coffees Marcy 20.01?"  # a dotted date too: the word is no month (was "March")


@pytest.mark.parametrize("chain, english", [
    ('diary.meal(Dinner, "Tuesday").unwrap().food', "what did I eat for dinner Tuesday?"),
    ('diary.meal(Lunch, "laa Jelune (20/10)").unwrap().place', "where did I have lunch laa Jelune (20/10)?"),
    ('diary.meeting("Design review", "Monday").unwrap().attendees', "who was at the Design review meeting Monday?"),
    ('diary.meetings_on("today").count()', "how many meetings did I have today?"),
    ('diary.meetings_on("Monday").next().unwrap().starts', "what time did my first meeting start Monday?"),
    ('diary.coffees_on("Monday").last().unwrap().at', "what time was my last coffee Monday?"),
    ('diary.coffees_on("Monday").map(|c| c.caffeine_mg).sum::<u32>()', "how much caffeine in mg Monday?"),
    ('diary.workouts_on("today").filter(|w| w.kind == Run).map(|w| w.km).sum::<f64>()', "how many km did I run today?"),
    ('diary.workouts_since(Monday).filter(|w| w.kind == "cycling").map(|w| w.km).sum::<f64>()', "how many km of cycling in total this week?"),
    ('diary.workouts_on("Monday").filter(|w| w.kind == Swim).map(|w| w.metres).sum::<u32>()', "how far did I swim Monday?"),
    ('diary.wake_on("Monday").unwrap()', "what time did I wake up Monday?"),
    ('diary.night("last night").unwrap().bed_at', "what time did I go to bed last night?"),
    ('["Monday night", "last night"].iter().max_by_key(|n| diary.night(n).unwrap().minutes())',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('["Monday", "today"].iter().max_by_key(|d| diary.caffeine_mg(d))', "which day had more caffeine, Monday or today, with the mg of each?"),
    ("diary.coffees(ThisWeek).count() > diary.coffees(LastWeek).count()", "did I drink more coffee this week than last week?"),
    ('diary.day_said("Fenella", "Radiolab").unwrap().lunch().food', "what did I eat for lunch on the day Fenella mentioned Radiolab?"),
    ('diary.day_when("swam", 1.2).unwrap().dinner().food', "what did I eat for dinner on the day I swam 1.2 km?"),
    ('diary.day_of("Design review").unwrap().lunch().place', "where did I have lunch on the day of the Design review meeting?"),
    ('diary.night_after("Design review").unwrap().hours', "how many hours did I sleep the night after the Design review meeting?"),
    ('diary.meeting_after("evening ride", "Monday").unwrap().attendees', "who was at the meeting right after the evening ride Monday?"),
    ('diary.workout("evening ride", "Monday").unwrap().avg_hr', "what was my average heart rate during the evening ride Monday?"),
    ('diary.workouts_on("Monday").next().unwrap().activity', "what kind of workout did I do Monday?"),
    ('diary.nights().partition(|n| n.last_coffee >= "4 pm").mean_hours()', "do I sleep less after coffee at 4 pm or later?"),
    ('diary.nights().partition(|n| n.day_caffeine() >= 350).mean_hours()',
     "how do I sleep after days of 350 mg of caffeine or more compared to other nights?"),
    ("diary.days().partition(|d| d.has_workout()).mean_coffees()", "do I drink more coffee on workout days than on rest days?"),
    ('diary.tips().find(|t| t.from == "Fenella" && t.is(Tip::Film)).unwrap().title', "which film did Fenella recommend?"),
    ('diary.pets().find(|p| p.owner == "Fenella" && p.is_puppy()).unwrap().name', "what is the name of Fenella's new dog?"),
    ('diary.offsite_moves().filter(|m| m.by == "Fenella").last().unwrap().town', "where is the offsite now, according to Fenella?"),
    ("prev.night_before()", "and the night before?"), ("prev.with_day(today).until(now)", "and today so far?"),
    ('prev.with_who("Fenella")', "and Fenella?"), ('prev.with_day("Monday")', "and Monday?"),
    ("prev.meeting().minutes", "and how long was that meeting?"),
    ("what did I eat today?", "what did I eat today?"), ("diary.meal(Lunch", "diary.meal(Lunch"),
])
def test_a_rust_chain_is_read_as_its_question(chain: str, english: str) -> None:
    assert from_rust(chain) == english


def test_a_ministers_formulas_and_a_grooms_remarks() -> None:
    assert without_request("Would you be good enough to search out where I had lunch.") == "where I had lunch."
    assert without_request("I would have you find out how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? Ever faithfully yours.") == "How many coffees did I drink on Monday?"
    assert tidy("Ask it afresh of the night before.").rstrip(".?") == "and the night before"
    assert tidy("Run it once more for today, up to the present minute.") == "and today so far?"
    CASE.assert_planned("The yard's week starts each Monday. Counting from that day, how many km has my running added up to?",
                        "exercise", "total", "distance", "Mon 20")
    CASE.assert_planned("Would you be good enough to search out the count of my workouts in the week now running?",
                        "exercise", "count", "count", "Mon 20")
    plan = CASE.plan("On meeting days the yard is short of hands. The day the Design review was held, which place gave me my lunch?")
    assert plan is not None and plan.operation == "value" and plan.filters.get("anchor"), plan
    plan = CASE.plan("Some days the horses get the long run. Was my workout longer on Monday than it was on Tuesday?")
    assert plan is not None and "activity" not in plan.filters, plan
    plan = CASE.plan("Who was at the meeting right after the ride round by Kirk Braddan on Monday?")
    assert plan is not None and plan.topic.strip(" ?").lower().startswith("who was at the meeting"), plan
    plan = CASE.plan("The kiosk woman knows my order by now. Has this week's coffee count gone past last week's?")
    assert plan is not None and plan.operation == "compare", plan
