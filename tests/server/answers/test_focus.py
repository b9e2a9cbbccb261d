"""The ask told apart from the story around it, guesses taken out of a checked statement, and words of
other languages put into English; then the plan follows what is asked."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.focus import remarks_only, split_focus, unguess
from server.answers.languages import in_english
from server.answers.planner import plan_question
from server.answers.said import best_said
from shared.observation import Observation

TZ = ZoneInfo("Europe/London")
NOW = datetime(2027, 5, 14, 21, 0, tzinfo=TZ)  # a Friday


def _plan(question: str, previous=None):
    plan = plan_question(question, NOW, TZ, previous, ["Tom Baker", "Priya Shah"], ["Design review"])
    assert plan is not None, question
    return plan


def _day(plan) -> str:
    return plan.window.start.astimezone(TZ).strftime("%a %d %H")


def test_the_ask_is_the_sentence_with_the_question_mark_or_the_last_clause() -> None:
    assert split_focus("My nurse says I overdo it. How many coffees yesterday?") == (
        "How many coffees yesterday?", "My nurse says I overdo it.")
    assert split_focus("My son phoned and I told him about dinner on Monday, but what did I have?") == (
        "what did I have?", "My son phoned and I told him about dinner on Monday")
    assert split_focus("On Monday or Tuesday, which day had more coffee?")[1] == ""  # the first part is a question too


def test_a_checked_guess_is_no_limit_on_the_records() -> None:
    assert unguess("My last coffee was in the evening on Monday, right? What time exactly?") == (
        "My last coffee was on Monday. What time exactly?")
    assert unguess("I slept about six hours on Tuesday night, didn't I? How long?") == (
        "I slept on Tuesday night. How long?")
    assert unguess("Did I sleep about six hours?") == "Did I sleep about six hours?"  # nothing follows: the question itself


@pytest.mark.parametrize("question, kind, day", [
    ("My physio says I should rest more. How far did I run on Tuesday?", "exercise", "Tue 11 00"),
    ("My mother rang, and I told her I had a lovely lunch on Wednesday, but what did I actually eat?", "meal",
     "Wed 12 00"),
    ("I'm told I went for a swim on Monday. How far did I go?", "exercise", "Mon 10 00"),
    ("I think I had my last coffee in the morning yesterday, right? What time was it?", "coffee", "Thu 13 00"),
])
def test_the_story_around_a_question_does_not_make_it_about_something_said(question, kind, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, _day(plan)) == ([kind], day)


def test_someone_who_said_something_in_the_story_is_the_question() -> None:
    plan = _plan("Priya recommended a film to me, didn't she? Which one?")
    assert (plan.kinds, plan.filters.get("speaker")) == (["conversation"], "Priya")


def test_the_day_a_question_points_back_to() -> None:
    plan = _plan("That Design review went on forever. How long did I sleep the night after it?")
    assert (plan.kinds, plan.filters.get("anchor"), plan.filters.get("night")) == (
        ["sleep"], "That Design review went on forever", "after")
    same = _plan("I was chatting with Tom and he brought up Dune. What did I have for dinner that same day?")
    assert (same.kinds, same.filters.get("anchor")) == (["meal"], "I was chatting with Tom and he brought up Dune")


@pytest.mark.parametrize("mixed, english", [
    ("qué cené el martes?", "what did I have for dinner on Tuesday?"),
    ("y la noche anterior?", "and the night before?"),
    ("cuántos cafés tomé hace 3 días?", "how many coffees did I have 3 days ago?"),
    ("quién estuvo en la reunión de Design review ayer?", "who was in the meeting Design review yesterday?"),
    ("Mittagessen gestern?", "lunch yesterday?"),
    ("Wie viele Kaffees hatte ich gestern?", "how many coffees did I have yesterday?"),
    ("combien de cafés hier?", "how many coffees yesterday?"),
    ("quantos cafés ontem?", "how many coffees yesterday?"),
    ("what did I eat at Marigold Diner on Tuesday", "what did I eat at Marigold Diner on Tuesday"),
    ("Bluebird Cafe lunch, y or n?", "Bluebird Cafe lunch, y or n?"),
])
def test_words_of_other_languages_in_english(mixed: str, english: str) -> None:
    assert in_english(mixed) == english


def test_a_mixed_question_plans_like_the_english_one() -> None:
    assert _day(_plan("qué cené el martes?")) == "Tue 11 00"
    night = _plan("cuánto dormí la noche del martes al miércoles?")
    assert (night.kinds, night.operation, _day(night)) == (["sleep"], "duration", "Tue 11 18")


@pytest.mark.parametrize("question, kind, operation, day", [
    ("🏃 How far did I run on Tuesday? Feeling strong! 💪", "exercise", "total", "Tue 11 00"),
    ("Total rack time the night of Tue 11/05 into Wed: hours?", "sleep", "duration", "Tue 11 18"),
    ("How well did I sleep on Tuesday night, according to the watch on my wrist?", "sleep", "value", "Tue 11 18"),
    ("when was coffee #1 yesterday?", "coffee", "first", "Thu 13 00"),
    ("diff my sleep the night of the 10th going into the 11th vs the night of the 11th going into the 12th", "sleep",
     "compare", "Mon 10 18"),
    ("PT duration on Tuesday past, the 11th versus Wednesday gone: which was longer?", "exercise", "compare", "Tue 11 00"),
])
def test_jargon_emoji_and_nights_going_into_the_next_day(question, kind, operation, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, _day(plan)) == ([kind], operation, day)


def test_an_exclamation_or_assent_before_a_follow_up_is_no_name() -> None:
    said = _plan("What film was Tom telling me to watch?")
    assert _plan("Ooh! And what about Priya?", said).filters.get("speaker") == "Priya"
    meeting = _plan("who was in the Design review on Monday?")
    for follow_up in ("Copy. Duration of that meeting?", "Love that team! How long did that meeting last?"):
        length = _plan(follow_up, meeting)
        assert (length.operation, "person" in length.filters, _day(length)) == ("duration", False, "Mon 10 00")
    assert _plan("PT days versus rest days: do I get more rack time after PT? Averages for both.").operation == "relation"


@pytest.mark.parametrize("question, kind, operation, day", [
    ("how far did i cycel on Tuesday, 11th", "exercise", "total", "Tue 11 00"),
    ("where did i have dinenr on Monday", "meal", "value", "Mon 10 00"),
    ("how many cofees did i have yesterday", "coffee", "count", "Thu 13 00"),
    ("Wetin I chop for breakfast on Wednesday, 12th?", "meal", "value", "Wed 12 00"),
    ("km on my run this week Monday? distance stat", "exercise", "total", "Mon 10 00"),
    ("did i sleep longer Monday night, 10/5 or Tuesday night, 11/5?", "sleep", "compare", "Mon 10 18"),
    ("How long did the Design review run on the 11th? Felt longer than a Saturday double.", "meeting", "duration",
     "Tue 11 00"),
])
def test_typos_pidgin_and_an_aside_after_the_question(question, kind, operation, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, _day(plan)) == ([kind], operation, day)


def test_the_same_stat_for_another_night_keeps_what_was_asked() -> None:
    night = _plan("how long did I sleep on Tuesday night")
    again = _plan("Same count for the night before?", night)
    assert (again.operation, _day(again)) == ("duration", "Mon 10 18")


@pytest.mark.parametrize("question, kind, operation, day", [
    ("how long was my swim on the 11th (Tue) habibi?", "exercise", "duration", "Tue 11 00"),
    ("On the 10th (Mon) how many meetings I had?", "meeting", "count", "Mon 10 00"),
    ("Say again what I had for dinner on Tuesday.", "meal", "value", "Tue 11 00"),
    ("First brief on Wednesday: what time did it start?", "meeting", "first", "Wed 12 00"),
])
def test_days_before_any_word_and_office_words(question, kind, operation, day) -> None:
    plan = _plan(question)
    assert (plan.kinds, plan.operation, _day(plan)) == ([kind], operation, day)


def test_the_3rd_coffee_is_no_day_and_habits_asked_as_averages() -> None:
    assert _plan("what time was the 3rd coffee today?").window.label == "today"
    for question in ("days at 300 mg+ caffeine vs below: avg sleep on both sides?",
                     "Coffees per day on workout days versus non-workout days, averages?"):
        assert _plan(question).operation == "relation", question


def test_evening_till_morning_same_date_as_and_the_asked_topic() -> None:
    night = _plan("how many hours did I sleep Monday evening till Tuesday morning?")
    assert (night.kinds, night.operation, _day(night)) == (["sleep"], "duration", "Mon 10 18")
    assert split_focus("x")[0] == "x"
    same = _plan("Same date as Tom's Dune recommendation: what was dinner?")
    assert same.filters.get("anchor") == "Tom's Dune recommendation"
    assert _plan("On average, how many coffees do I drink on workout days compared with days off?").operation == "relation"
    meeting = _plan("Who was at the Design review on Wednesday?")
    assert _plan("And how long was it in session?", meeting).kinds == ["meeting"]


def test_a_quote_must_be_about_what_is_asked_first() -> None:
    dog = Observation(id="d", kind="conversation", sensor="microphone", start=NOW, end=NOW,
                      data={"speaker": "Priya", "text": "We adopted a dog last week, her name is Waffles."})
    assert best_said("What's the podcast Priya said I should have on while walking the dog?", "Priya", [dog]) == []
    assert best_said("What's the name of Priya's new dog?", "Priya", [dog]) == [dog]


def test_dashed_dates_restated_weekdays_and_habits_against_other_days() -> None:
    plan = _plan("on 11-05-2027, the Tuesday first kopi what time ah?")
    assert (plan.kinds, plan.operation, _day(plan)) == (["coffee"], "first", "Tue 11 00")
    both = _plan("Did I exercise for longer 3 days back, Tuesday 11 May or on 12-05-2027, the Wednesday?")
    assert (both.operation, _day(both), both.compare_to.start.astimezone(TZ).strftime("%a %d")) == (
        "compare", "Tue 11 00", "Wed 12")
    for question in ("When I have at least 300 mg of caffeine in a day, do I crash for less time than on other days?",
                     "the day i take 300 mg caffeine or more, sleep less or not? compare other days",
                     "Average sleep after days my evening meal began at or past 7:30 pm, against the other days?"):
        assert _plan(question).operation == "relation", question


def test_a_remark_on_the_person_a_follow_up_names_keeps_no_day() -> None:
    now = datetime(2036, 10, 23, 21, 0, tzinfo=TZ)
    first = plan_question("Which film did Tomas tell me to watch?", now, TZ)
    plan = plan_question("And for Malu? She dropped by the stall last week.", now, TZ, first)
    assert plan is not None and plan.filters.get("speaker") == "Malu" and plan.window is None, plan
    assert remarks_only("She dropped by the stall last week.", window_named=True)
    assert not remarks_only("She told me last week.", window_named=True)  # when it was said: part of the question
    assert not remarks_only("Last week.", window_named=True)  # the day the follow-up asks about
