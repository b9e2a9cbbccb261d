"""Danish in an English question, put into English and planned; and the Nordic ways of writing days that held-out BC
showed: ISO week numbers ("the Thursday of week 41"), the ordinal full stop ("the 9. October"), "the night between
the 8. and the 9. October", a night named by the day it runs into ("the night to Friday the 12/10"), the year after a
hyphen ("3/11-2035"); and fragments closed by full stops instead of a question ("coffee. Monday. Tuesday. which more.")."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.danish import from_danish
from server.answers.planner import plan_question
from server.answers.tidy import tidy
from server.answers.week_dates import nordic_dates

TZ = ZoneInfo("Europe/Copenhagen")
NOW = datetime(2035, 10, 13, 21, 0, tzinfo=TZ)  # a Saturday, ISO week 41
TITLES = ("Stand-up", "Vendor review")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("hvor langt løb jeg on the Tuesday of week 41?", "exercise", "total", "distance", "Tue 09"),
    ("hvad fik jeg til morgenmad yesterday?", "meal", "value", "food", "Fri 12"),
    ("hvor mange kopper kaffe drak jeg Wednesday the 10. October?", "coffee", "count", "count", "Wed 10"),
    ("hvornår startede mit første møde yesterday?", "meeting", "first", "time", "Fri 12"),
    ("what time var min sidste kaffe on Thursday?", "coffee", "last", "time", "Thu 11"),
])
def test_danish_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], from_danish(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_danish(question)


def test_habits_comparisons_and_follow_ups() -> None:
    assert from_danish("drikker jeg mere eller mindre kaffe this week end last week?") == \
        "do I drink more or less coffee this week than last week?"
    habit = plan_question("sover jeg længere efter de dage hvor jeg træner?", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    assert from_danish("og dagen før?") == "and the day before?"
    night = plan_question("natten efter Vendor review-mødet, how many hours sov jeg?", NOW, TZ, titles=TITLES)
    assert night is not None and night.kinds == ["sleep"] and night.filters.get("anchor")


def test_english_is_left_alone() -> None:
    line = "how far did I run last Tuesday and was it longer than the end of last week?"
    assert from_danish(line) == line


@pytest.mark.parametrize("text, written", [
    ("lunch on the Thursday of week 41?", "lunch on 11 October?"),
    ("sleep on Monday night in week 40?", "sleep on 1 October night?"),
    ("the 9. October", "the 9 October"),
    ("how did I sleep the night between the 8. and the 9. October?", "how did I sleep 8 October night?"),
    ("sleep the night to Friday the 12/10?", "sleep 11 October night?"),
    ("sleep the night to Friday?", "sleep Thursday night?"),
    ("lunch on 3/11-2035?", "lunch on 3/11/2035?"),
])
def test_nordic_dates(text: str, written: str) -> None:
    assert nordic_dates(text, date(2035, 10, 13)) == written


def test_fragments_are_one_question() -> None:
    assert tidy("caffeine. on Monday. on Tuesday. which more. mg each.") == "caffeine, on Monday, on Tuesday, which more, mg each?"
    assert tidy("I ran. It rained. What a day.") == "I ran. It rained. What a day."  # sentences, the first not a field
    plan = plan_question("caffeine. on the Monday of week 41. on the Tuesday of week 41. which more. mg each.", NOW, TZ)
    assert plan is not None and plan.operation == "compare" and plan.kinds == ["coffee"]
