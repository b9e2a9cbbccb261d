"""Georgian (Latin letters, in their common spellings) in an English question, put into English and
planned; and the English forms held-out AC showed: a distance's workout with its place ("the 12 km ride
to Lisi Lake"), "Day before that: lunch" as a follow-up, a whole date then "first coffee"."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.georgian import from_georgian
from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.tidy import tidy

TZ = ZoneInfo("Asia/Tbilisi")
NOW = datetime(2032, 12, 23, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("dges ramdeni yava davlie?", "coffee", "count", "count", "Thu 23"),
    ("gushin ramdeni qava davlie? sul", "coffee", "count", "count", "Wed 22"),
    ("gushin sadilze ra vchame?", "meal", "value", "food", "Wed 22"),
    ("on 20.12 vakhshamze ra vchame? ar makhsovs", "meal", "value", "food", "Mon 20"),
    ("gushin pirveli shekhvedra ramden saatze daiwyo?", "meeting", "first", "time", "Wed 22"),
    ("on Tuesday, 21.12 ramdeni shexvedra mqonda?", "meeting", "count", "count", "Tue 21"),
    ("gushin game ramdeni saati vizine?", "sleep", "duration", "duration", "Wed 22"),
])
def test_georgian_english_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_georgian(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day)


def test_a_title_and_a_name_lose_their_postpositions() -> None:
    assert from_georgian("Team retro-ze vin iyo? yvela saxeli gtxov") == "Team retro who attended? all names"
    assert from_georgian("Dev-is vazhi ramdeni wlis xdeba?") == "Dev's son how old is turning?"
    plan = plan_question("gushin Team retro-ze vin iyo?", NOW, TZ, titles=["Team retro"])
    assert plan is not None and plan.kinds == ["meeting"] and _day(plan.window) == "Wed 22"


@pytest.mark.parametrize("question, habit", [
    ("vakhshami 9 pm-ze an gvian rom iwyeba, naklebs vizineb? sashualod", "dinner starting at or after 21:00"),
    ("400 mg an meti kofeini rom mivigo, naklebs vizineb?", "at least 400 mg of caffeine"),
    ("2 pm-ze an mere rom davlev yavas, naklebs vizineb? sashualod", "a coffee at or after 14:00"),
    ("varjishis dges mere meti vizineb? varjishis gareshe dgeebtan", "a workout"),
])
def test_georgian_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_georgian(question)
    assert parse_habit(plan.relation).text == habit


def test_two_days_and_two_weeks_are_compared() -> None:
    nights = plan_question("the night of 19.12 tu Monday night (20.12), romel game vizine meti?", NOW, TZ)
    assert nights is not None and nights.operation == "compare" and nights.kinds == ["sleep"]
    weeks = plan_question("am kviras meti yava davlie tu gasul kviras?", NOW, TZ)
    assert weeks is not None and weeks.operation == "compare" and weeks.kinds == ["coffee"]


def test_georgian_follow_ups() -> None:
    first = plan_question("gushin ramdeni yava davlie?", NOW, TZ)
    today = plan_question("dges ki? jer-jerobit ramdeni", NOW, TZ, first)
    assert today is not None and today.kinds == ["coffee"] and _day(today.window) == "Thu 23"
    night = plan_question("the night of 21.12 ramdeni saati vizine?", NOW, TZ)
    before = plan_question("imis wina game ki? ramdeni saati", NOW, TZ, night)
    assert before is not None and before.parsed_by == "follow-up"
    assert (night.window.start - before.window.start).days == 1


@pytest.mark.parametrize("text", ["a sad game on the radio", "the game day was fun", "Sprint-ze is not a word"])
def test_english_is_left_alone(text: str) -> None:
    assert from_georgian(text) == text


def test_a_workout_with_its_place_names_the_day() -> None:
    plan = plan_question("day of the 12.5 km ride to Lisi Lake: dinner", NOW, TZ)
    assert plan is not None and plan.kinds == ["meal"] and plan.filters.get("anchor") == "12.5 km ride to Lisi Lake"
    park = plan_question("day of the 6.1 km jog in Vake Park: lunch", NOW, TZ)
    assert park is not None and park.filters.get("anchor") == "6.1 km jog in Vake Park"


def test_a_day_before_that_heading_is_a_follow_up() -> None:
    first = plan_question("lunch on Saturday, 18.12: food pls", NOW, TZ)
    plan = plan_question("day before that: lunch", NOW, TZ, first)
    assert plan is not None and plan.parsed_by == "follow-up" and _day(plan.window) == "Fri 17"


def test_a_whole_date_then_first_is_the_days_first() -> None:
    assert tidy("today, Sun 26 Dec first coffee what time?") == "today, Sunday 26 Dec first coffee what time?"
    assert tidy("coffee on March first?") == "coffee on March 1?"
