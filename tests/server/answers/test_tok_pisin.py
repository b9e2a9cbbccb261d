"""Tok Pisin in an English question, put into English and planned; and the English forms held-out AJ showed:
a night with its two dates after a comma ("overnight Tue to Wed, 7/3-8/3"), up to two words before the
sport after "after" ("the first meeting following my harbour road ride"), a distance's ride "up to" a
place, "which day's was greater" (a comparison), "Could you furnish me with", "I seek to ascertain", and a
remark after a follow-up whose first word is no person ("Felt endless.")."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.planner import plan_question
from server.answers.tok_pisin import from_tok_pisin

TZ = ZoneInfo("Pacific/Port_Moresby")
NOW = datetime(2034, 3, 9, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("asde mi dring hamas kap kofi?", "coffee", "count", "count", "Wed 08"),
    ("kaikai long belo tude, mi kaikai wanem?", "meal", "value", "food", "Thu 09"),
    ("kaikai long nait asde, mi kaikai long we?", "meal", "value", "place", "Wed 08"),
    ("mi kirap long wanem taim asde?", "sleep", "value", "time", "Wed 08"),
    ("7/3 mi raun long wilwil hamas kilomita?", "exercise", "total", "distance", "Tue 07"),
])
def test_tok_pisin_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_tok_pisin(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_tok_pisin(question)


@pytest.mark.parametrize("question, starts", [
    ("balus bilong Kila bai kam daun long wanem taim?", "what time does Kila's flight land"),
    ("wanem piksa Kila i tok mi mas lukim?", "which film did Kila recommend"),
    ("nupela dok bilong Kila, nem bilong em wanem?", "what is the name of Kila's new dog"),
])
def test_what_someone_said(question: str, starts: str) -> None:
    assert from_tok_pisin(question).startswith(starts)


def test_weeks_compared_and_the_same_question() -> None:
    weeks = plan_question("hamas kap kofi mi dring dispela wik na las wik? dispela wik i moa?", NOW, TZ)
    assert weeks is not None and weeks.operation == "compare" and weeks.compare_to is not None
    assert from_tok_pisin("na Kila? wankain askim") == "and Kila? same question"


@pytest.mark.parametrize("text", ["Na, I had a long day; how many coffees?", "Long day at the belo office", "the o of the word"])
def test_english_is_left_alone(text: str) -> None:
    assert from_tok_pisin(text) == text


def test_english_forms() -> None:
    night = plan_question("How long did I sleep overnight Tue to Wed, 7/3-8/3?", NOW, TZ)
    assert night is not None and night.kinds == ["sleep"] and _day(night.window) == "Tue 07"
    after = plan_question("I seek to ascertain who attended the first meeting following my harbour road ride on 7/3.", NOW, TZ)
    assert after is not None and after.filters.get("after") == "ride" and after.attribute == "attendees"
    ride = plan_question("dinner | day of the 31.5 km bike ride up to Sogeri | food", NOW, TZ)
    assert ride is not None and "Sogeri" in ride.filters.get("anchor", "") and "speaker" not in ride.filters
    greater = plan_question("Could you furnish me with my caffeine intake on 7/3 and on 8/3, and indicate which day's was greater?",
                            NOW, TZ)
    assert greater is not None and greater.operation == "compare"
    first = plan_question("Who attended the Budget review on 7/3?", NOW, TZ, titles=["Budget review"])
    follow = plan_question("And how long did that meeting go for? Felt endless, I bet.", NOW, TZ, first)
    assert follow is not None and "person" not in follow.filters and follow.attribute == "duration"
