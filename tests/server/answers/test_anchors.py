"""Days named by an event picked first ("find the chat where ...: ... that day"), and yoga called by its
mat; the meeting a question names by what was discussed in it stays a meeting, not a day."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.anchors import split_anchor
from server.answers.planner import plan_question

TZ = ZoneInfo("Asia/Riyadh")
NOW = datetime(2031, 12, 14, 21, 0, tzinfo=TZ)


@pytest.mark.parametrize("question, clause, rest", [
    ("Find the chat where Oscar brought up Radiolab: dinner that day was what?", "Oscar brought up Radiolab",
     "dinner was what?"),
    ("Take the talk in which Lena mentioned Circe; where did I have lunch that day?", "Lena mentioned Circe",
     "where did I have lunch ?"),
    ("Pick the meeting where Ana showed the roadmap, and what was breakfast that day?", "Ana showed the roadmap",
     "and what was breakfast ?"),
])
def test_an_event_picked_first_names_its_day(question: str, clause: str, rest: str) -> None:
    left, anchor = split_anchor(question)
    assert anchor is not None and (anchor.relation, anchor.clause) == ("day", clause)
    assert left == rest


def test_without_that_day_the_event_is_what_is_asked_about() -> None:
    assert split_anchor("The meeting where we discussed the budget: who attended?")[1] is None


@pytest.mark.parametrize("question, after", [
    ("Next stop after the mat practice on Wed the 10th: which people were at that meeting?", "mat practice"),
    ("who was in the call right after my mat session on Wednesday 10th", "mat session"),
])
def test_yoga_by_its_mat(question: str, after: str) -> None:
    plan = plan_question(question, NOW, TZ, None, [])
    assert plan is not None and plan.kinds == ["meeting"] and plan.filters.get("after") == after
    assert plan.window is not None and plan.window.start.astimezone(TZ).day == 10


@pytest.mark.parametrize("question, after", [
    ("after my hill jog on Wed the 10th, the next meeting: who all were there?", "jog"),
    ("who was at the meeting after my tempo run on Wed the 10th?", "run"),
    ("people at first mtg after cycling workout on Wed the 10th", "cycling"),
])
def test_one_word_may_say_which_kind_of_workout(question: str, after: str) -> None:
    plan = plan_question(question, NOW, TZ, None, [])
    assert plan is not None and plan.kinds == ["meeting"] and plan.filters.get("after") == after


@pytest.mark.parametrize("question, after", [
    ("swim at Al Nakheel pool on Wed the 10th, next meeting, who", "swim"),
    ("jog around Wadi Hanifa on Wed the 10th; the next meeting: who was in it?", "jog"),
    ("ride out to Diriyah, on Wed the 10th, next call, who", "ride"),
])
def test_a_workout_then_next_meeting_with_a_place(question: str, after: str) -> None:
    plan = plan_question(question, NOW, TZ, None, [])
    assert plan is not None and plan.kinds == ["meeting"] and plan.filters.get("after") == after, plan
    assert plan.attribute == "attendees" and plan.window is not None and plan.window.start.astimezone(TZ).day == 10


@pytest.mark.parametrize("question", [
    "who was in the meeting straight after my swim at the Grand Hotel de la Plage pool on Wed the 10th?",
    "after the run round the Parc de la Tête d'Or lake on Wed the 10th, who was at the next meeting?",
])
def test_a_long_place_name_stays_with_the_workout(question: str) -> None:
    plan = plan_question(question, NOW, TZ, None, [])
    assert plan is not None and plan.kinds == ["meeting"] and plan.attribute == "attendees", plan
    assert plan.window is not None and plan.window.start.astimezone(TZ).day == 10
