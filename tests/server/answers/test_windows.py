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


SEOUL = ZoneInfo("Asia/Seoul")
SUNDAY = datetime(2032, 4, 18, 21, 0, tzinfo=SEOUL)


@pytest.mark.parametrize("question, day", [
    ("what did I eat at breakfast on 4.12 (Mon)?", "Mon 12"),  # 4 December is no Monday: month first
    ("what did I eat at breakfast on 3.4 (Sat)?", "Sat 03"),  # 4 March 2032 is a Thursday: day first
    ("what did I eat at breakfast on Fri 4.9?", "Fri 09"),
    ("which workout, on 4.10 (Sat)?", "Sat 10"),  # 10 April and 4 October 2031 are Saturdays: the nearer
    ("what did I eat for lunch this week's Wednesday?", "Wed 14"),
    ("what did I eat for lunch on Wed 2032.04.14?", "Wed 14"),
])
def test_a_short_date_read_by_its_weekday(question: str, day: str) -> None:
    plan = plan_question(question, SUNDAY, SEOUL)
    assert plan is not None and plan.window.start.astimezone(SEOUL).strftime("%a %d") == day


@pytest.mark.parametrize("question, night", [
    ("how long did i sleep the night of 2032/04/12 (Mon)?", "Mon 12"),
    ("How many hours of sleep did I get the night from Thu 2032.04.08 into Fri?", "Thu 08"),
])
def test_a_night_named_by_a_year_first_date(question: str, night: str) -> None:
    plan = plan_question(question, SUNDAY, SEOUL)
    assert plan is not None and plan.kinds == ["sleep"]
    start = plan.window.start.astimezone(SEOUL)
    assert start.strftime("%a %d") == night and start.hour >= 12


def test_a_night_and_its_date_are_one_night() -> None:
    plan = plan_question("Comparing Thursday night, Apr. 8 with Friday night, Apr. 9, on which night did I sleep "
                         "more?", SUNDAY, SEOUL)
    assert plan is not None and plan.operation == "compare"
    assert (_day(plan.window.model_copy(update={"start": plan.window.start.astimezone(SEOUL)})),
            plan.compare_to.start.astimezone(SEOUL).strftime("%a %d")) == ("Thu 08", "Fri 09")


@pytest.mark.parametrize("question, kind", [
    ("How far did I run on Wednesday (Apr. 14)? Kilometres, please, like grams of coffee: exact.", "exercise"),
    ("My average heart rate on the swim on Tuesday (Apr. 13): what was it? Probably higher than after a double "
     "espresso.", "exercise"),
    ("Ingrid's adopted dog: what did they call her? I want to write it on a pup cup.", "conversation"),
])
def test_a_remark_after_the_question_is_no_question(question: str, kind: str) -> None:
    plan = plan_question(question, SUNDAY, SEOUL, None, ["Ingrid Solberg"])
    assert plan is not None and plan.kinds == [kind] and plan.operation != "relation"


@pytest.mark.parametrize("question", [
    "after my run along the Han River on Wednesday (Apr. 14), the next meeting... who was there?",
    "after my swim at the sports center this week's Tuesday, the next meeting... who was there?",
])
def test_where_a_workout_was_is_part_of_it(question: str) -> None:
    plan = plan_question(question, SUNDAY, SEOUL)
    assert plan is not None and plan.kinds == ["meeting"] and plan.attribute == "attendees" and "after" in plan.filters


@pytest.mark.parametrize(("question", "words"), [
    ("how many km did I cycle on 12·2·2032?", "12·2·2032"),  # a separator no date rule reads
    ("km cycled Th 12.2.?", "12.2"),  # "Th" is no weekday the rules know; the date stays unread
    ("what did I have for lunch on 12 Shvat 2032?", "2032"),  # a month of another calendar
])
def test_a_date_left_unread_is_no_reason_to_answer_for_today(question: str, words: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.window is None and words in plan.filters["unread_day"]


def test_a_french_month_after_its_day_is_read() -> None:
    plan = plan_question("what did I have for lunch on 12 fevrier 2032?", NOW, TZ)  # as Kinshasa and Dakar write it
    assert plan is not None and plan.window is not None and _day(plan.window) == "Thu 12"


def test_a_window_in_another_year_than_the_one_named_is_a_guess() -> None:
    assert find_window("how long did I run on 9 July in 2031", NOW, TZ) is not None  # the last 9 July, in 2031
    assert _day(plan_question("how long did I run on 9 July in 2030", NOW, TZ).window) == "Tue 09"  # 9 July 2030
    plan = plan_question("how long did I run on 9 July, back when it was 2030", NOW, TZ)  # not the last 9 July
    assert plan is not None and plan.window is None and plan.filters["unread_day"]


@pytest.mark.parametrize("question", ["how long did I run on the 10th February of 2032?",
                                      "how long did I run on February 10th of 2032?"])
def test_a_year_after_of_belongs_to_its_date(question: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and _day(plan.window) == "Tue 10"


@pytest.mark.parametrize("question", ["did I swim 2000 m today?", "did I run more than 2.5 today?"])
def test_amounts_are_no_years_or_dates(question: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.window is not None and plan.window.label == "today"


@pytest.mark.parametrize("question, night", [
    ("how many hours did I sleep (09/02-10/02)?", "09 Mon"),
    ("sleep quality, Bhimsen night (31/01-01/02)?", "31 Sat"),  # a weekday no table reads, then the two days
])
def test_two_days_in_a_row_name_the_night_between_them(question: str, night: str) -> None:
    plan = plan_question(question, NOW, TZ, None, [])
    assert plan is not None and plan.kinds == ["sleep"] and plan.window is not None
    start = plan.window.start.astimezone(TZ)
    assert f"{start:%d %a}" == night and start.year == 2032, plan.window  # not a day of another month or year


def test_a_range_of_days_is_no_night() -> None:
    plan = plan_question("how many coffees 07/02-10/02?", NOW, TZ, None, [])
    assert plan is None or plan.window is None or plan.window.start.astimezone(TZ).month == 2
