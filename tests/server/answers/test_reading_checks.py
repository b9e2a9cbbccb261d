"""A question typed as code is answered only when its reading keeps what the code asks (``reading_checks.misread``), and
code left unread that groups, compares with a threshold or chains lookups is refused (``code_readers.unread_code``): a
reader that takes part of another language's syntax would otherwise answer another question, fluently and wrongly."""

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sensors.synthetic import generate_life
from server.answers.any_code import from_any_code
from server.answers.code_readers import unread_code
from server.answers.reading_checks import misread
from server.answers.service import GroundedAnswerer
from server.answers.typed_records import RecordStore

REFUSED = "I don't know how to read that question"


@pytest.mark.parametrize("code, reading", [
    ('nights.assign(late=nights.dinner_at >= "8 pm").groupby("late").hours.mean()', "how many hours did I sleep?"),
    ('LIST meals.food FOR meals.meal = "dinner" .AND. SEEK(meals.day, "workouts") .AND. workouts.km = 40.6 OFF',
     "what did I eat for dinner?"),
    ('nights.where(col("night").isin("Monday 2037-04-06", "Tuesday 2037-04-07")).select("night", "hours").show()',
     "how many hours did I sleep?"),
    ('coffees.where(col("day").isin("Saturday 2037/4/4", "Sunday 2037/4/5")).groupBy("day").agg(sum("mg")).show()',
     "how much caffeine in mg on 2037/4/4?"),
    ('=AVERAGEIFS(tblSleep[hours],tblSleep[trained],TRUE)-AVERAGEIFS(tblSleep[hours],tblSleep[trained],FALSE)',
     "how many hours did I sleep?"),
    ('coffees.groupBy(date_trunc("week", col("ts")).as("week")).count().orderBy(desc("week")).show(2)',
     "how many coffees did I drink this week?"),
])
def test_a_reading_that_lost_a_threshold_a_day_or_a_comparison_is_a_misreading(code: str, reading: str) -> None:
    assert misread(code, reading)


@pytest.mark.parametrize("code, reading", [
    ('nights.assign(late=nights.dinner_at >= "8 pm").groupby("late").hours.mean()',
     "do I sleep less after dinner at 8 pm or later?"),
    ('meals.where(kind == "dinner", day == day_when("ran", km == 9.3)).food', "what did I eat for dinner on the day I ran 9.3 km?"),
    ('nights.where(col("night").isin("Monday 2037-04-06", "Tuesday 2037-04-07")).select("night", "hours").show()',
     "which night did I sleep longer, the night of 2037-04-06 or the night of 2037-04-07, with the hours of each?"),
    ('nights.hours(nights.name=="Monday night 19.12-20.12")', "how many hours did I sleep the night of 19.12?"),
    ('EVALUATE ROW ( "mg", CALCULATE ( SUM ( Coffee[Mg] ), Coffee[Day] = "today (2037/05/06)" ) )', "how much caffeine in mg today?"),
    ('list name if owner=="Bea" & species=="dog" & age_months<12', "what is the name of Bea's new dog?"),
    ('total km if activity=="running" & week==0', "how many km of running in total this week?"),
    ("How many coffees did I have on 12/3, i.e. last Monday?", "How many coffees did I have on 12/3, I.e. last Monday?"),
])
def test_a_reading_that_keeps_what_the_code_asks_is_no_misreading(code: str, reading: str) -> None:
    assert not misread(code, reading)


@pytest.mark.parametrize("text", [
    "mean [hours n | n <- nights, caffeineBefore n >= 300] - mean [hours n | n <- nights, caffeineBefore n < 300]",
    "MATCH (d:Day)-[:HAD]->(m:Lunch) RETURN m.food",
    "xlookup(1,(tblMeals[kind]=dinner)*(tblMeals[day]=xlookup(1,(tblWorkouts[km]=4.7),tblWorkouts[day])),tblMeals[food])?",
    "Nights | summarize avg(Hours) by TrainedThatDay",
    "ttest hours, by(trained)",
    "jrnl |> day_when(:ran, km: 9.3) |> dinner |> eaten",
    'diary.day_when("cycled", 26.5).unwrap().dinner().food',
    "CALCULATE AVG(IIF(sleep.workout, sleep.hours, .NULL.)), AVG(IIF(.NOT. sleep.workout, sleep.hours, .NULL.))",
])
def test_code_left_unread_that_groups_compares_or_chains_is_refused(text: str) -> None:
    assert unread_code(text)


@pytest.mark.parametrize("text", [
    "How many coffees did I have on 12/3, i.e. last Monday?",
    "select sum(mg) from caffeine yesterday",
    "Did I sleep at least 7 hours last night?",
    "(book-title (recommended-by \"Felix\"))",
    "What did I eat for dinner? It was after my run (a long one) and before the film (a short one).",
])
def test_prose_and_code_its_words_read_are_not_refused(text: str) -> None:
    assert not unread_code(text)


@pytest.mark.parametrize("code, english", [
    ("rerun lastQuery previousDay", "and the day before?"),
    ("lv_night = lv_night - 1. PERFORM rerun.", "and the night before?"),
])
def test_a_rerun_in_camel_case_or_a_counter_counted_down_is_read(code: str, english: str) -> None:
    assert from_any_code(code) == english


@pytest.fixture(scope="module")
def answerer(tmp_path_factory: pytest.TempPathFactory) -> GroundedAnswerer:
    store = RecordStore(f"sqlite:///{Path(tmp_path_factory.mktemp('records')) / 'records.sqlite3'}")
    store.add(generate_life(date(2026, 11, 2), 7, seed=3))
    return GroundedAnswerer(store.query, None, ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize("question", [  # each in a language no reader knows, which a reader of a similar one takes in part
    'nights.filter(late = nights.dinner_at >= "8 pm").bucket("late").hours.mean()',  # read "how many hours did I sleep?"
    'LIST meals.food FOR meals.meal = "dinner" .AND. LOOKUP(meals.day, "workouts") .AND. workouts.km = 40.6 OFF',
    "diary.nights().split_by(|n| n.day_caffeine() >= 400).mean_hours()",
    "Nights >> summarize avg(Hours) by TrainedThatDay",  # left unread: its words would be "how long did I sleep today"
    "anova hours, by(trained)",
])
def test_the_answerer_refuses_code_it_would_misread(answerer: GroundedAnswerer, question: str) -> None:
    answer = answerer.answer(question, datetime(2026, 11, 8, 21, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    assert answer.text.startswith(REFUSED) and answer.made_by == "unknown"


def test_the_answerer_still_answers_code_it_reads(answerer: GroundedAnswerer) -> None:
    answer = answerer.answer('coffees.where(day == "today").count()', datetime(2026, 11, 8, 21, 0, tzinfo=ZoneInfo("Europe/Berlin")))
    assert answer.made_by == "computed" and "coffee" in answer.text


@pytest.mark.parametrize("code", [
    "print *, maxval(wo_km, mask = wo_day == 'today')",  # the longest workout's km, not the day's total
    "workouts.where(day == 'today').km.max()",
    "show min(meetings.minutes where day == 'Friday')",
])
def test_the_largest_or_smallest_of_a_quantity_is_left_unread_and_refused(code: str) -> None:
    assert from_any_code(code) == code and unread_code(code)


def test_the_first_or_last_of_a_time_is_still_read() -> None:
    assert from_any_code("coffees.where(day == 'today').time.max()") == "what time was my last coffee today?"
    assert from_any_code("coffees.where(day == 'today').at.min()") == "what time was my first coffee today?"


@pytest.mark.parametrize("code", [
    'coffees.where(day != "today").count()',  # every day but today: no request says "not"
    'meals.filter(kind <> "lunch" and day == "Friday").food',
])
def test_a_test_that_a_value_is_not_something_is_left_unread_and_refused(code: str) -> None:
    assert from_any_code(code) == code and unread_code(code)


def test_an_ocaml_phrase_no_reader_takes_is_refused() -> None:
    assert unread_code('(List.length (List.filter (fun c - c.day <, "today") coffees));;?')
    assert not unread_code("What did I eat for lunch; then for dinner?")
