"""Uzbek (Latin letters) in an English question, put into English and planned; and the English forms
held-out AB showed: a distance's workout "... that day", "X, then a meeting", "the night preceding it"."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.planner import plan_question
from server.answers.uzbek import from_uzbek

TZ = ZoneInfo("Asia/Tashkent")
NOW = datetime(2032, 10, 21, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("bugun nechta kofe ichdim?", "coffee", "count", "count", "Thu 21"),
    ("kecha tushlikka nima yedim? iltimos ayting", "meal", "value", "food", "Wed 20"),
    ("kecha birinchi uchrashuv soat nechida boshlandi?", "meeting", "first", "time", "Wed 20"),
    ("today, 21/10 Thu birinchi kofeni soat nechida ichdim?", "coffee", "first", "time", "Thu 21"),
    ("yesterday (20/10, Wednesday) va today, qaysi kuni sport uzoqroq bo'ldi? minutlari bilan", "exercise", "compare",
     "duration", "Wed 20"),
])
def test_uzbek_english_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_uzbek(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day)


def test_a_title_and_a_name_keep_themselves_without_their_suffixes() -> None:
    assert from_uzbek("Design reviewda kimlar bor edi? hammasini ayting") == "Design review who attended?"
    assert from_uzbek("Devning qizi nechchi yoshga to'ladi?").startswith("Dev's daughter how old")


def test_a_new_pets_name_is_asked_of_its_owner() -> None:
    plan = plan_question("Felix yangi it oldi, itning ismi nima? zabyl sovsem", NOW, TZ, people=["Felix"])
    assert plan is not None and plan.kinds == ["conversation"] and plan.filters == {"speaker": "Felix"}
    assert "the dog's name" in from_uzbek("Felix yangi it oldi, itning ismi nima?")


@pytest.mark.parametrize("text", ["my Honda agenda for today", "juma is a name here", "the kecha dance"])
def test_english_is_left_alone(text: str) -> None:
    assert from_uzbek(text) == text


def test_a_distance_then_that_day() -> None:
    plan = plan_question("8.4 km run... that day, dinner?", NOW, TZ)
    assert plan is not None and plan.kinds == ["meal"] and plan.filters.get("anchor") == "8.4 km run"


def test_a_workout_then_a_meeting() -> None:
    plan = plan_question("bouldering session on Wednesday, then a meeting... who was in it?", NOW, TZ)
    assert plan is not None and plan.kinds == ["meeting"] and plan.filters.get("after") == "bouldering"


def test_the_night_preceding_it() -> None:
    first = plan_question("How many hours did I sleep the night of Tuesday 19.10?", NOW, TZ)
    plan = plan_question("And on the night preceding it, how long did I sleep?", NOW, TZ, first)
    assert plan is not None and plan.parsed_by == "follow-up"
    assert plan.window.start.astimezone(TZ).strftime("%a %d") == "Mon 18"
