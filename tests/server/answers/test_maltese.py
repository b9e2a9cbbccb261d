"""Maltese in an English question, put into English and planned (with and without Maltese letters); and the English
forms held-out AV showed: questions typed as queries ("select avg(sleep) group by ..."), formal formulas ("I should count
it a favour to be told", "I make so bold as to ask", "In like manner, have the goodness to"), and a remark with words
of a guest list before a question that asks how long."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.maltese import from_maltese
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.tidy import tidy

TZ = ZoneInfo("Europe/Malta")
NOW = datetime(2035, 4, 26, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Budget review", "Ops sync")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("kemm-il kafe xrobt il-bierah?", "coffee", "count", "count", "Wed 25"),
    ("x'kilt ghal nofsinhar il-bierah? ma niftakarx", "meal", "value", "food", "Wed 25"),
    ("x'kilt għall-kolazzjon illum?", "meal", "value", "food", "Thu 26"),
    ("fejn kilt ghac-cena on Tuesday the 24th?", "meal", "value", "place", "Tue 24"),
    ("kemm-il kilometru grejt yesterday?", "exercise", "total", "distance", "Wed 25"),
    ("x'hin qomt il-bierah? kmieni jew le?", "sleep", "value", "time", "Wed 25"),
    ("x'hin kien l-ewwel kafe yesterday?", "coffee", "first", "time", "Wed 25"),
    ("kemm-il siegha rqadt the night of the 23rd into the 24th?", "sleep", "duration", "duration", "Mon 23"),
])
def test_maltese_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_maltese(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_maltese(question)


def test_meetings_and_what_someone_said() -> None:
    who = plan_question("min kien fil-laqgha Ops sync il-bierah?", NOW, TZ, titles=TITLES)
    assert who is not None and who.kinds == ["meeting"] and who.attribute == "attendees" and _day(who.window) == "Wed 25"
    assert from_maltese("x'semmew il-kelb il-gdid, Karmenu u l-familja?") == "what is the name of Karmenu's new dog?"
    assert from_maltese("kemm-il sena se taghlaq bint Doris?").startswith("how old is Doris's daughter turning")
    assert from_maltese("il-flight ta' Pawlu x'hin jasal?") == "what time does Pawlu's flight land?"
    said = plan_question("liema podcast kien dak li Marija recommended?", NOW, TZ)
    assert said is not None and said.kinds == ["conversation"] and said.filters["speaker"] == "Marija"


def test_comparisons_habits_and_days_named_by_events() -> None:
    weeks = plan_question("din il-gimgha xrobt iktar kafe jew inqas mill-gimgha li ghaddiet?", NOW, TZ)
    assert weeks is not None and weeks.operation == "compare" and weeks.kinds == ["coffee"]
    late = plan_question("jekk niekol ic-cena wara 9 pm, norqod inqas?", NOW, TZ)
    assert late is not None and late.operation == "relation" and parse_habit(late.relation).text == \
        "dinner starting at or after 21:00"
    said_day = plan_question("dakinhar li Karmenu mentioned Dune, x'kilt ghac-cena?", NOW, TZ)
    assert said_day is not None and said_day.kinds == ["meal"] and said_day.filters.get("anchor")
    night = plan_question("il-lejl wara l-laqgha Budget review, kemm-il siegha rqadt?", NOW, TZ, titles=TITLES)
    assert night is not None and night.kinds == ["sleep"] and night.filters.get("night") == "after"


@pytest.mark.parametrize("follow_up, expected", [
    ("u l-gurnata ta' qabel?", "and the day before?"), ("u l-lejl ta' qabel?", "and the night before?"),
    ("u Pawlu?", "and Pawlu?"),
])
def test_follow_ups(follow_up: str, expected: str) -> None:
    assert tidy(follow_up) == expected


@pytest.mark.parametrize("text", ["Did u see the dam on the way?", "The Ops sync: who came?", "min 5 and max 9 km"])
def test_english_is_left_alone(text: str) -> None:
    assert from_maltese(text) == text


@pytest.mark.parametrize("question, expected", [
    ("select avg(sleep) group by dinner after 9 pm", "sleep by dinner after 9 pm"),
    ("select avg(coffees) group by rest_day", "coffees on rest days vs other days"),
    ("select lunch from days where cycled = 30 km", "lunch on the day I cycled 30 km"),
])
def test_queries_are_put_into_words(question: str, expected: str) -> None:
    assert tidy(question) == expected


def test_a_query_by_workout_day_is_a_habit() -> None:
    plan = plan_question("select avg(coffees) group by workout_day", NOW, TZ)
    assert plan is not None and plan.operation == "relation"


@pytest.mark.parametrize("question, rest", [
    ("I should count it a favour to be told how far I cycled on Monday.", "how far I cycled on Monday."),
    ("I should be obliged to you for stating where I lunched today.", "where I lunched today."),
    ("I make so bold as to ask whether late coffee shortens my sleep.", "whether late coffee shortens my sleep."),
    ("I venture to enquire what I ate for breakfast.", "what I ate for breakfast."),
    ("Enlighten me, if you will, as to where I dined on Monday.", "where I dined on Monday."),
    ("In like manner, have the goodness to tell me the same of the day before.", "the same of the day before."),
])
def test_formal_formulas_are_requests(question: str, rest: str) -> None:
    assert without_request(question) == rest


def test_a_guest_list_word_in_a_remark_does_not_make_how_long_a_who() -> None:
    plan = plan_question("The whole crew was half asleep. How long was the Ops sync yesterday?", NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == ["meeting"] and plan.attribute == "duration"
    who = plan_question("Long day. Who was in the Ops sync yesterday?", NOW, TZ, titles=TITLES)
    assert who is not None and who.attribute == "attendees"
