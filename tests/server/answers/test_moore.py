"""Mooré in an English question (its weekdays, "rũndã", "zaame", nights "X yʋʋngo", "semaine kãnga", and the phrases that
say what is asked, with their open vowels or without), put into English and planned; a question typed as an Elixir pipeline;
a retired judge's formulas ("Pray ascertain", "Do kindly determine", "Thus I rest my case", "reckoned by the kilometre"); a
place named with a number ("the Ouaga 2000 pool"): what held-out CW showed."""

import pytest

from server.answers.elixir import from_elixir
from server.answers.moore import from_moore
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Ouagadougou")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have Talato 21/10?", "coffee", "count", "count", "Tue 21"),
    ("where did I have dinner Tene 20 October?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep Tene yʋʋngo 20/10-21/10?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle zaame 22/10?", "exercise", "total", "distance", "Wed 22"),
    ("how many hours did I sleep yuungo 21 October?", "sleep", "duration", "duration", "Tue 21"),
    ("what did I eat for lunch rasem Arba (22/10)?", "meal", "value", "food", "Wed 22"),
])
def test_moore_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Design review Talato 21/10 wã, ãnd dãmba n da be?", "meeting", "list", "attendees", "Tue 21"),
    ("yibeoog rɩɩbo Arba 22/10, m rɩ bõe?", "meal", "value", "food", "Wed 22"),
    ("yʋʋngo 20 October m gõe wakat wãna?", "sleep", "duration", "duration", "Mon 20"),
    ("rũndã 23/10 m vʋʋg wakat bʋgo?", "sleep", "value", "time", "Thu 23"),
    ("Tene 20/10 m dik velo kilometre wana?", "exercise", "total", "distance", "Mon 20"),
    ("zaame 22/10 lagm-n-taaga wãna la m kẽe?", "meeting", "count", "count", "Wed 22"),
    ("zaabr riibo Talato 21 October, m ri be?", "meal", "value", "place", "Tue 21"),
])
def test_moore_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_moore_what_is_asked() -> None:
    assert from_moore("la Salif me?") == "and Salif?"
    assert from_moore("Salif baag bilf wã, a yʋʋr la bõe?") == "what is the name of Salif's new dog?"
    assert from_moore("Design review yʋʋngo, m gõe wakat wãna?") == "how many hours did I sleep the night after the Design review meeting?"
    assert from_moore("m sã n nu kafe 5 pm bɩ a poorẽ, m gõe wakat wãna?") == "do I sleep less after coffee at 5 pm or later?"
    assert from_moore("semaine kãnga kafe yɩɩda semaine sẽn loogã bɩ?") == "did I drink more coffee this week than last week?"
    assert from_moore("caffeine 250 mg bɩ n yɩɩg rasem, m gõe wakat wãna?") == \
        "how do I sleep after days of 250 mg of caffeine or more compared to other nights?"
    assert from_moore("yʋʋngo a taoore wã?") == "and the night before?"
    assert from_moore("rũndã me, hal masã?") == "and today so far?"


def test_moore_words_leave_other_questions_alone() -> None:
    assert from_moore("how many coffees did I drink on Monday?") == "how many coffees did I drink on Monday?"
    assert from_moore("la casa me gusta?") == "la casa me gusta?"  # no question mark of a follow-up's shape after a day


@pytest.mark.parametrize("pipeline, english", [
    ('log |> meal("Tuesday", :dinner) |> food', "what did I eat for dinner Tuesday?"),
    ('log |> meal("rasem Tene (20/10)", :lunch) |> place', "where did I have lunch rasem Tene (20/10)?"),
    ('log |> meeting("Design review", on: "Monday") |> attendees', "who was at the Design review meeting Monday?"),
    ('log |> meetings("today") |> length', "how many meetings did I have today?"),
    ('log |> meetings("Monday") |> hd |> start', "what time did my first meeting start Monday?"),
    ('log |> coffees("Monday") |> List.last |> at', "what time was my last coffee Monday?"),
    ('log |> coffees("Monday") |> Enum.map(& &1.caffeine_mg) |> Enum.sum', "how much caffeine in mg Monday?"),
    ('log |> km(:run, "today") |> Enum.sum', "how many km did I run today?"),
    ('log |> km(:cycling, since: :monday) |> Enum.sum', "how many km of cycling in total this week?"),
    ('log |> metres(:swim, "Monday") |> Enum.sum', "how far did I swim Monday?"),
    ('log |> wake("Monday") |> time', "what time did I wake up Monday?"),
    ('log |> night("last night") |> bed_time', "what time did I go to bed last night?"),
    ('log |> nights(["Monday night", "last night"]) |> Enum.max_by(& &1.hours)',
     "which night did I sleep longer, Monday night or last night, with the hours of each?"),
    ('log |> days(["Monday", "today"]) |> Enum.max_by(& &1.workout_minutes)',
     "which workout was longer, Monday or today, with the minutes of each?"),
    ("log |> coffee_count(:this_week) > log |> coffee_count(:last_week)", "did I drink more coffee this week than last week?"),
    ('log |> day_when(said_by: "Salif", about: "Radiolab") |> lunch |> eaten', "what did I eat for lunch on the day Salif mentioned Radiolab?"),
    ("log |> day_when(:swam, km: 1.2) |> dinner |> eaten", "what did I eat for dinner on the day I swam 1.2 km?"),
    ('log |> day_of("Design review") |> lunch |> eaten_at', "where did I have lunch on the day of the Design review meeting?"),
    ('log |> night_after("Design review") |> hours', "how many hours did I sleep the night after the Design review meeting?"),
    ('log |> meeting_after("evening ride", on: "Monday") |> attendees', "who was at the meeting right after the evening ride Monday?"),
    ('log |> workout("evening ride", on: "Monday") |> avg_heart_rate', "what was my average heart rate during the evening ride Monday?"),
    ('log |> workout_on("Monday") |> activity', "what kind of workout did I do Monday?"),
    ("log |> nights |> Enum.group_by(& &1.last_coffee >= ~T[4 pm]) |> mean(:hours)", "do I sleep less after coffee at 4 pm or later?"),
    ("log |> nights |> Enum.group_by(& &1.dinner_time >= ~T[9 pm]) |> mean(:hours)", "do I sleep less after dinner at 9 pm or later?"),
    ("log |> nights |> Enum.group_by(& &1.caffeine_mg >= 350) |> mean(:hours)",
     "how do I sleep after days of 350 mg of caffeine or more compared to other nights?"),
    ("log |> days |> Enum.group_by(& &1.workout?) |> mean(:coffees)", "do I drink more coffee on workout days than on rest days?"),
    ("log |> workouts(:this_week) |> length", "how many workouts did I do this week?"),
    ('log |> tip(from: "Salif", kind: :film) |> title', "which film did Salif recommend?"),
    ('log |> launch_of("Harmattan", moved_by: "Salif") |> new_date', "what is the new date of the Harmattan launch according to Salif?"),
    ("prev |> shift(:night_before)", "and the night before?"), ("prev |> shift(:today, until: :now)", "and today so far?"),
    ('prev |> shift(who: "Salif")', "and Salif?"), ('prev |> shift(to: "Monday")', "and Monday?"),
    ("prev_meeting |> minutes", "and how long was that meeting?"),
    ("what did I eat today?", "what did I eat today?"), ("a |> b(", "a |> b("),
])
def test_an_elixir_pipeline_is_read_as_its_question(pipeline: str, english: str) -> None:
    assert from_elixir(pipeline) == english


def test_a_judges_formulas_and_a_place_named_with_a_number() -> None:
    assert without_request("Pray ascertain where I had lunch.") == "where I had lunch."
    assert without_request("Do kindly determine how far I swam.") == "how far I swam."
    assert tidy("How many coffees did I drink on Monday? Thus I rest my case.") == "How many coffees did I drink on Monday?"
    CASE.assert_planned("Pray ascertain the distance I covered at a run on Tuesday, reckoned by the kilometre. Thus I rest my case.",
                        "exercise", "total", "distance", "Tue 21")
    CASE.assert_planned("How many minutes was the swim at the Expo 2020 pool on Monday?", "exercise", "duration", "duration", "Mon 20")
    CASE.assert_planned("What did I sit down to in the evening on Tuesday?", "meal", "value", "food", "Tue 21")
    CASE.assert_planned("Do kindly determine on which night I slept the greater number of hours: Monday night; Tuesday night.",
                        "sleep", "compare", "duration", "Mon 20")
