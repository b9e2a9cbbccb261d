"""Bislama in an English question, put into English and planned, without taking Tok Pisin's lines; and the English
forms held-out BA showed: fields joined by ">>", "the night following Wed. 25/7" (that day's night), "this Sunday just
gone", "than in the last" after "this week", "sleep after?" as a habit, and the formulas "Pray state", "I should be
obliged to know", "I beg to enquire"."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.bislama import from_bislama
from server.answers.habits import parse_habit
from server.answers.languages import in_english
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.tidy import tidy

TZ = ZoneInfo("Pacific/Efate")
NOW = datetime(2035, 10, 11, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Ops sync", "Stock count")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("hamas aoa mi bin slip the night of Monday the 8th? mi taed tumas", "sleep", "duration", "duration", "Mon 08"),
    ("wanem mi bin kakae long dina yestedei?", "meal", "value", "food", "Wed 10"),
    ("hu nao i stap long miting Ops sync yestedei?", "meeting", "list", "attendees", "Wed 10"),
])
def test_bislama_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], from_bislama(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_bislama(question)


def test_habits_and_follow_ups() -> None:
    late = plan_question("sapos mi dringim kofi afta 3 pm, mi slip smol nomo?", NOW, TZ)
    assert late is not None and late.operation == "relation" and parse_habit(late.relation).text == "a coffee at or after 15:00"
    assert from_bislama("mo dei bifo long hemia?") == "and the day before?"


def test_tok_pisin_is_left_to_its_own_table() -> None:
    line = "husat ol i stap long Ops sync miting asde?"
    assert from_bislama(line) == line
    assert in_english(line).startswith("who")


def test_english_forms() -> None:
    assert tidy("sleep >> the night of Sat. 6/10 >> hrs?") == "sleep, the night of Saturday 6/10, hrs?"
    night = plan_question("how many hours did I sleep the night following Tue. 9/10?", NOW, TZ)
    assert night is not None and night.kinds == ["sleep"] and "anchor" not in night.filters and _day(night.window) == "Tue 09"
    gone = plan_question("what did I eat for lunch this Monday just gone (8/10)?", NOW, TZ)
    assert gone is not None and _day(gone.window) == "Mon 08"
    weeks = plan_question("have I drunk more or less coffee this week than in the last?", NOW, TZ)
    assert weeks is not None and weeks.operation == "compare"
    habit = plan_question("days w/ 250+ mg caffeine >> sleep after?", NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    assert without_request("Pray state the hour I woke.") == "the hour I woke."
    assert without_request("I should be obliged to know what I ate.") == "what I ate."
    assert without_request("I beg to enquire whether I slept well.") == "whether I slept well."


def test_average_against_the_others_is_a_habit() -> None:
    habit = plan_question("days w/ 350+ mg caffeine, sleep? avg vs the rest?", NOW, TZ)
    assert habit is not None and habit.operation == "relation"


def test_a_remark_about_me_is_not_a_quote() -> None:
    """Someone's claim about my habits, then an ask about my own record: the record is asked for."""
    plan = plan_question("My brother says I always have lunch at my desk. Where was it yesterday?", NOW, TZ)
    assert plan is not None and plan.kinds == ["meal"] and plan.attribute == "place"
    quoted = plan_question("My brother says the market has a new stall. Which one?", NOW, TZ)
    assert quoted is not None and quoted.kinds == ["conversation"]
