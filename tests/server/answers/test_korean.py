"""Romanised Korean in an English question (Konglish), put into English and planned; one borrowed word
alone is left as it is."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.korean import from_korean
from server.answers.planner import plan_question

TZ = ZoneInfo("Asia/Seoul")
NOW = datetime(2032, 4, 18, 21, 0, tzinfo=TZ)  # a Sunday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("oneul keopi myeot jan masyeosseo?", "coffee", "count", "count", "Sun 18"),
    ("eoje kapein eolmana masyeosseo? mg-ro", "coffee", "total", "amount", "Sat 17"),
    ("oneul hoeui myeot gae isseosseo?", "meeting", "count", "count", "Sun 18"),
    ("eoje cheot keopi myeot si-e masyeosseo?", "coffee", "first", "time", "Sat 17"),
    ("suyoil jeomsim mwo meogeosseo?", "meal", "value", "food", "Wed 14"),
    ("eojetbam myeot sigan jasseo?", "sleep", "duration", "duration", "Sat 17"),
])
def test_konglish_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_korean(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day)


def test_a_name_keeps_itself_without_its_honorific() -> None:
    assert from_korean("Malik-ssi-ga mandu matjip itdago haesseo, geu sikdang ireum mwoya?") == (
        "Malik mandu restaurant said, restaurant the name what?")


def test_a_day_named_by_its_meeting() -> None:
    plan = plan_question("Roadmap workshop hoeui itdeon nal jeomsim eodiseo meogeosseo?", NOW, TZ)
    assert plan is not None and plan.kinds == ["meal"] and plan.filters["meal"] == "lunch"
    assert plan.filters["anchor"] == "the Roadmap workshop"


def test_a_follow_up_in_korean() -> None:
    first = plan_question("eoje jeomsim mwo meogeosseo?", NOW, TZ)
    plan = plan_question("geureom geu jeonnal-eun?", NOW, TZ, first)
    assert plan is not None and plan.parsed_by == "follow-up" and _day(plan.window) == "Fri 16"


@pytest.mark.parametrize("text", ["I had toast with jam and coffee", "Who said mwo?", "the nal of it"])
def test_one_word_alone_is_left_as_it_is(text: str) -> None:
    assert from_korean(text) == text
