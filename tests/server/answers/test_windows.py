"""One day named twice is one window ("last Thursday i.e. 05/02"); two days named, each restated, are
compared; "Tessa chai?" after a question about what someone said asks it of Tessa."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.planner import plan_question
from server.answers.windows import find_window, other_window

TZ = ZoneInfo("Asia/Kathmandu")
NOW = datetime(2032, 2, 12, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


def test_a_day_restated_is_one_window() -> None:
    text = "what did I eat for dinner last Thursday i.e. 05/02?"
    found = find_window(text, NOW, TZ)
    assert found is not None and other_window(text, found, NOW, TZ) is None
    plan = plan_question(text, NOW, TZ)
    assert plan is not None and plan.operation == "value" and plan.compare_to is None and _day(plan.window) == "Thu 05"


@pytest.mark.parametrize("question", [
    "last Saturday i.e. 07/02 or last Sunday i.e. 08/02, which day i took more caffeine? mg both",
    "More caffeine on Saturday (7/2) or on Sunday (8/2)?",
])
def test_two_days_each_restated_are_compared(question: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "compare"
    assert (_day(plan.window), _day(plan.compare_to)) == ("Sat 07", "Sun 08")


@pytest.mark.parametrize("follow_up", ["Tessa chai? what did Tessa say?", "Tessa naman?", "and Tessa chai?"])
def test_as_for_particles_make_a_follow_up(follow_up: str) -> None:
    first = plan_question("Which podcast did Ana think would suit me?", NOW, TZ, None, ["Ana", "Tessa"])
    plan = plan_question(follow_up, NOW, TZ, first, ["Ana", "Tessa"])
    assert plan is not None and plan.parsed_by == "follow-up" and plan.filters["speaker"] == "Tessa"
