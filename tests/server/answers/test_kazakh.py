"""Kazakh (Latin letters) in an English question, put into English and planned; and the English forms
held-out AE showed: a night "from 24 to 25 April" or "from Tuesday to Wednesday, 26-27.04", a time asked
by the keyword "time" after a colon, "up yesterday", "training days vs no training", a workout's place
before "day", "mins" in a follow-up, and the sport the question names winning over one in a remark."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.kazakh import from_kazakh
from server.answers.planner import plan_question

TZ = ZoneInfo("Asia/Almaty")
NOW = datetime(2033, 4, 28, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("keshe neshe kofe ishtim?", "coffee", "count", "count", "Wed 27"),
    ("on 26.04 (Tuesday) tuski asqa ne jedim? esimde joq", "meal", "value", "food", "Tue 26"),
    ("keshe keshki asty qayda jedim?", "meal", "value", "place", "Wed 27"),
    ("on 25/04 (Monday) birinshi kofeni saghat neshede ishtim?", "coffee", "first", "time", "Mon 25"),
    ("keshe birinshi kezdesu saghat neshede bastaldy?", "meeting", "first", "time", "Wed 27"),
    ("on 26.04 qansha qashyqtyq juzdim? km-men", "exercise", "total", "distance", "Tue 26"),
])
def test_kazakh_english_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_kazakh(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day)


def test_a_sport_in_kazakh_is_kept() -> None:
    plan = plan_question("on 26.04 neshe km jugirdim?", NOW, TZ)
    assert plan is not None and plan.filters.get("activity") == "run"


@pytest.mark.parametrize("question, habit", [
    ("keshki as 8 pm nemese odan keshirek bastalsa, azyraq uiyqtaimyn ba? ortasha", "dinner starting at or after 20:00"),
    ("jattyghu jasaghan kunderden keyin kobirek uiyqtaimyn ba? jattyghusyz kundermen salystyrghanda", "a workout"),
    ("sleep after training days vs no training: avgs", "a workout"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_kazakh(question)
    assert parse_habit(plan.relation).text == habit


def test_said_things_and_follow_ups() -> None:
    assert from_kazakh("Kwame Paddington Two turaly aitqan kuni keshki asqa ne jedim?").startswith(
        "on the day Kwame talked about Paddington Two, dinner")
    first = plan_question("keshe neshe kofe ishtim?", NOW, TZ)
    today = plan_question("al bugin she? osy uaqytqa deiin neshe", NOW, TZ, first)
    assert today is not None and today.kinds == ["coffee"] and _day(today.window) == "Thu 28"


@pytest.mark.parametrize("text", ["tuna sandwich at the osteria", "ne pas oublier", "the tun of wine"])
def test_english_is_left_alone(text: str) -> None:
    assert from_kazakh(text) == text


@pytest.mark.parametrize("question, day, attribute", [
    ("How long did I sleep the night from Tuesday to Wednesday, 26-27.04?", "Tue 26", "duration"),
    ("sleep the night from 24 to 25 April: hrs and mins", "Sun 24", "duration"),
    ("bed the night from Saturday to Sunday, 23-24.04: time", "Sat 23", "time"),
])
def test_nights_from_one_day_to_the_next(question: str, day: str, attribute: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == day and plan.attribute == attribute


def test_more_english_forms() -> None:
    up = plan_question("up yesterday: what time", NOW, TZ)
    assert up is not None and up.kinds == ["sleep"] and up.attribute == "time"
    place = plan_question("9.4 km run along the Esentai day: dinner", NOW, TZ)
    assert place is not None and place.filters.get("anchor") == "9.4 km run along the Esentai"
    remark = plan_question("How far did I cycle on 25th April (Mon)? The climb up the gorge nearly finished me.", NOW, TZ)
    assert remark is not None and remark.filters.get("activity") == "cycle"
    first = plan_question("Who was at the 1:1 with Lila on 21 April?", NOW, TZ, titles=["1:1 with Lila"])
    mins = plan_question("that mtg: mins", NOW, TZ, first)
    assert mins is not None and mins.attribute == "duration"
