"""Azerbaijani in an English question, put into English and planned; and the English forms held-out AH
showed: "the night after Thursday 3 November" (that day's night, not an event), a weekday's night with its
dates in brackets ("Sunday night (8/5 to 9/5)", "the night from Thursday to Friday (12.05)"), "Permit me to
ask" (a request, its capital no meeting's title), a ride "out to" a place before a meeting, and "Tom told
me about X - that day" (the day of what was said)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.azerbaijani import from_azerbaijani
from server.answers.habits import parse_habit
from server.answers.planner import plan_question

TZ = ZoneInfo("Asia/Baku")
NOW = datetime(2033, 5, 14, 21, 0, tzinfo=TZ)  # a Saturday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("dünən neçə qəhvə içdim?", "coffee", "count", "count", "Fri 13"),
    ("12/5 səhər yeməyində nə yedim?", "meal", "value", "food", "Thu 12"),
    ("dunen nahari harada yedim?", "meal", "value", "place", "Fri 13"),
    ("çərşənbə ilk qəhvəni saat neçədə içdim?", "coffee", "first", "time", "Wed 11"),
    ("dünən gecə neçə saat yatdım?", "sleep", "duration", "duration", "Fri 13"),
    ("bu gün neçə iclasım oldu?", "meeting", "count", "count", "Sat 14"),
])
def test_azerbaijani_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_azerbaijani(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_azerbaijani(question)


def test_since_monday_and_who_attended() -> None:
    since = plan_question("bazar ertəsindən bəri neçə km qaçdım?", NOW, TZ)
    assert since is not None and since.kinds == ["exercise"] and _day(since.window) == "Mon 09"
    who = plan_question("dünən Budget review-da kimlər var idi?", NOW, TZ, titles=["Budget review"])
    assert who is not None and who.kinds == ["meeting"] and who.attribute == "attendees"


@pytest.mark.parametrize("question, starts", [
    ("Samir hansı kitabı oxumağı məsləhət gördü?", "which book did Samir recommend"),
    ("Leyla hansı kafeni təklif etdi?", "which cafe did Leyla recommend"),
    ("Samirin yeni itinin adı nədir?", "what is the name of Samir's new dog"),
    ("Leylanın təyyarəsi saat neçədə enir?", "what time does Leyla's flight land"),
])
def test_what_someone_said(question: str, starts: str) -> None:
    assert from_azerbaijani(question).startswith(starts)


@pytest.mark.parametrize("question, habit", [
    ("400 mg kofein və ya daha çox olan günlərdən sonra daha az yatıram?", "at least 400 mg of caffeine"),
    ("məşq etdiyim günlərdə daha çox qəhvə içirəm, than on days without a workout?", "a workout"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_azerbaijani(question)
    assert parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("text", ["Kim said the son was late", "the bazar in town", "ne pas oublier"])
def test_english_is_left_alone(text: str) -> None:
    assert from_azerbaijani(text) == text


@pytest.mark.parametrize("question, day", [
    ("How long did I sleep the night after Wednesday 11 May?", "Wed 11"),
    ("sleep quality the night after 10/5 = ?", "Tue 10"),
    ("How long did I sleep Sunday night (8/5 to 9/5)?", "Sun 08"),
    ("How long did I sleep the night from Thursday to Friday (12.05)?", "Thu 12"),
])
def test_a_days_night(question: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == day
    assert "anchor" not in plan.filters


def test_the_night_after_an_event_is_still_an_event() -> None:
    plan = plan_question("How long did I sleep the night after the Budget review?", NOW, TZ, titles=["Budget review"])
    assert plan is not None and plan.filters.get("night") == "after"


def test_permit_me_to_ask_is_a_request() -> None:
    plan = plan_question("Permit me to ask how many meetings I had on 12 May.", NOW, TZ)
    assert plan is not None and plan.kinds == ["meeting"] and "Permit" not in plan.topic


def test_a_ride_out_to_a_place_then_a_meeting() -> None:
    plan = plan_question("after my bike ride out to Shikhov on 13/5, who was in the first meeting?", NOW, TZ)
    assert plan is not None and plan.filters.get("after") == "bike ride" and "Shikhov" not in plan.topic


def test_what_someone_told_me_then_that_day() -> None:
    plan = plan_question("Samir told me about Dune - that day, what did I eat for dinner?", NOW, TZ)
    assert plan is not None and plan.kinds == ["meal"] and plan.filters.get("anchor") == "Samir told me about Dune"
