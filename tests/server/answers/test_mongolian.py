"""Mongolian in Latin letters in an English question, put into English and planned; and the forms held-out AK
showed: "Please be so good as to tell me" (a request), a workout "on Bogd Khan mountain" before a meeting (a
place after "on", but not a month), and a distance asked of workouts that have none ("0 km" of yoga for
"how far did I cycle": now "I don't know")."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from sensors.synthetic import generate_life
from server.answers.anchors import split_anchor
from server.answers.habits import parse_habit
from server.answers.mongolian import from_mongolian
from server.answers.planner import plan_question
from server.answers.service import GroundedAnswerer
from server.answers.typed_records import RecordStore

TZ = ZoneInfo("Asia/Ulaanbaatar")
NOW = datetime(2034, 3, 9, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("ochigdor hed ayaga kofe uusan be?", "coffee", "count", "count", "Wed 08"),
    ("bi unuudur udiin hooloor yu idsen be?", "meal", "value", "food", "Thu 09"),
    ("ochigdor oroin hoolaa haana idsen be?", "meal", "value", "place", "Wed 08"),
    ("ochigdor hed tsagt bossan be?", "sleep", "value", "time", "Wed 08"),
    ("unuudur hed hural baisan be?", "meeting", "count", "count", "Thu 09"),
])
def test_mongolian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_mongolian(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_mongolian(question)


@pytest.mark.parametrize("question, starts", [
    ("Bat-iin nisleg hed tsagt buuh ve?", "what time does Bat's flight land"),
    ("Saraa yamar kino uz gej zuvlusun be?", "which film did Saraa recommend"),
    ("Bat-iin shine nohoinii ner yu ve?", "what is the name of Bat's new dog"),
    ("harin Saraa n'?", "and Saraa"),
])
def test_what_someone_said_and_follow_ups(question: str, starts: str) -> None:
    assert from_mongolian(question).startswith(starts)


def test_a_habit_with_and_without_its_ba() -> None:
    for joined in ("ba ", ""):  # the Taglish table before this one takes "ba" for a question particle
        question = f"250 mg {joined}tuunees deesh koffein avsan odruud {joined}busad odruudiin daraah shono dundajaar hed tsag untdag ve?"
        plan = plan_question(question, NOW, TZ)
        assert plan is not None and plan.operation == "relation", from_mongolian(question)
        assert parse_habit(plan.relation).text == "at least 250 mg of caffeine"


@pytest.mark.parametrize("text", ["Rock n' roll night at the hural hall", "the yu and the hen"])
def test_english_is_left_alone(text: str) -> None:
    assert from_mongolian(text) == text


def test_requests_and_places() -> None:
    plan = plan_question("Please be so good as to tell me at what time I took my first coffee on 7/3.", NOW, TZ)
    assert plan is not None and plan.kinds == ["coffee"] and plan.operation == "first"
    rest, anchor = split_anchor("Who was in the meeting straight after my climb on Bogd Khan mountain on Tuesday?")
    assert anchor is not None and anchor.clause == "climb" and "Bogd" not in rest
    rest, anchor = split_anchor("Who was in the meeting after my run on March 7?")
    assert anchor is not None and "March" in rest


def test_no_distance_is_no_zero() -> None:
    store = RecordStore("sqlite://")
    life = generate_life(date(2026, 11, 2), 3, seed=5)
    store.add([o for o in life if o.kind != "exercise" or not (o.data or {}).get("distance_km")])
    answerer = GroundedAnswerer(store.query, None, TZ)
    answer = answerer.answer("How far did I work out in total so far?", datetime(2026, 11, 4, 21, 0, tzinfo=TZ))
    assert " 0 km" not in answer.text and answer.made_by == "unknown"
