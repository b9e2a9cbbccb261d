"""Two days joined by words the rules do not read, in a question with no English word that asks ("on 5/11 zum on 6/11,
vrak dag mer caffeine?"), are set side by side, each with its value (``asked.sets_side_by_side``); one day restated or
extended ("last night (Fri 6th into Sat 7th)", "this week since Monday") is not. A bedtime asked of a day ("what time did
I go to bed on Wednesday 4/11?", "the hour I retired to bed zorp 4/11.") is of the night that began that evening
(``windows.bedtime_night``); a waking of the same day is of the night that ended that morning."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.planner import plan_question
from server.answers.service import GroundedAnswerer

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 8, 21, 0, tzinfo=TZ)  # a Sunday evening


@pytest.mark.parametrize("question, first, second", [
    ("on 5/11 zum on 6/11, vrak dag mer caffeine?", 5, 6),
    ("5/11 zum 6/11, vrak dag workout longer?", 5, 6),
    ("on Monday zum on Tuesday, vrak dag mer caffeine?", 2, 3),
    ("the night of 4/11 (Wed) zum last night, vrak natt mer slept?", 4, 7),
    ("sleep on Monday night zyada der ya on Tuesday night?", 2, 3),
])
def test_two_days_joined_by_unread_words_are_compared(question: str, first: int, second: int) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "compare" and plan.window and plan.compare_to, plan
    assert (plan.window.start.astimezone(TZ).day, plan.compare_to.start.astimezone(TZ).day) == (first, second)


@pytest.mark.parametrize("question", [
    "last night (Fri 6th into Sat 7th) zorp, quality vrak?",  # one night, restated
    "workouts this wk since mon?",  # one week, extended
    "Monday's night, 2/11 to 3/11, bedtime?",  # one night by the two days it spans
    "Kilometres running this week, all day? Monday through now.",
    "how much caffeine on 5/11 zum on 6/11, vrak dag mer?",  # English that asks, and no comparison in it
    "4/11 lunch zum 5/11 lunch, vrak food?",  # a meal has no measure to set side by side
])
def test_one_window_restated_or_an_english_ask_is_not_compared(question: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation != "compare", plan


@pytest.mark.parametrize("question, evening", [
    ("what time did I go to bed on Wednesday 4/11?", True),
    ("the hour I retired to bed zorp 4/11.", True),
    ("At what hour did my head meet the pillow vrak 4/11?", True),
    ("what time did I go to bed the night of 4/11?", True),
    ("what time did I get out of bed on Wednesday 4/11?", False),  # a waking: the night that ended that morning
    ("what time did I wake up on 4/11?", False),
])
def test_a_bedtime_of_a_day_is_of_the_night_that_began_that_evening(question: str, evening: bool) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and plan.window is not None, plan
    start = plan.window.start.astimezone(TZ)
    assert (start.day, start.hour >= 12) == ((4, True) if evening else (4, False)), plan.window


def test_the_answerer_gives_both_days_of_an_unread_comparison(week_answerer: GroundedAnswerer) -> None:
    both = week_answerer.answer("on 5/11 zum on 6/11, vrak dag mer caffeine?", NOW)
    one = [week_answerer.answer(f"how much caffeine did I have on {day}/11?", NOW) for day in (5, 6)]
    assert both.made_by == "computed" and all(a.made_by == "computed" for a in one)
    for answer in one:
        mg = answer.text.split(" mg")[0].split()[-1]
        assert f"{mg} mg" in both.text, (both.text, answer.text)


def test_the_answerer_gives_the_bedtime_of_the_evening_named(week_answerer: GroundedAnswerer) -> None:
    bedtime = week_answerer.answer("the hour I retired to bed zorp 4/11.", NOW)
    night = week_answerer.answer("what time did I go to bed the night of 4/11?", NOW)
    waking = week_answerer.answer("what time did I get out of bed on 4/11?", NOW)
    assert bedtime.made_by == night.made_by == waking.made_by == "computed"
    assert bedtime.text == night.text and waking.text != night.text
