"""Setswana in an English question, put into English and planned; and the English forms held-out AN showed: formal
requests ("May I be told", "Could I trouble you to state", "I request to be informed whether", "Do let me have"), a
subject tag first ("[sleep] ...", "[same] Tumi?"), "the 6th of this month", "the 4th, this past Sunday", "7/6, a
Wednesday", "the night of Tuesday, 30/5 hrs", a workout "round" a place, a remark before a follow-up, and a habit
asked without a direction ("does X affect my sleep"), answered by the finding, not by a yes or a no."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import habit_relation, parse_habit
from server.answers.planner import plan_question
from server.answers.setswana import from_setswana
from shared.observation import Observation

TZ = ZoneInfo("Africa/Gaborone")
NOW = datetime(2034, 7, 13, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("maabane ke nwele dikopi di le kae tsa kofi?", "coffee", "count", "count", "Wed 12"),
    ("gompieno ke jele eng for lunch?", "meal", "value", "food", "Thu 13"),
    ("maabane bosigo ke robetse diura di le kae?", "sleep", "duration", "duration", "Wed 12"),
    ("ke tsogile ka nako mang ka Mosupologo?", "sleep", "value", "time", "Mon 10"),
    ("kopano ya ntlha maabane e simolotse ka nako mang?", "meeting", "first", "time", "Wed 12"),
])
def test_setswana_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_setswana(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_setswana(question)


def test_what_someone_said() -> None:
    assert from_setswana("Neo o ne a re ke bale buka efe?") == "which book did Neo recommend?"
    assert from_setswana("ntša e ntšha ya ga Tumi, leina la yone ke mang?") == "what is the name of Tumi's new dog?"
    assert from_setswana("sefofane sa ga Lesego se fitlha ka nako mang?") == "what time does Lesego's flight land?"
    who = plan_question("ke bomang ba neng ba le kwa Board prep maabane?", NOW, TZ)
    assert who is not None and who.kinds == ["meeting"] and who.attribute == "attendees"


@pytest.mark.parametrize("question, habit", [
    ("a ke robala go le gonnye fa ke nwele 250 mg ya caffeine kgotsa go feta?", "at least 250 mg of caffeine"),
    ("a ke robala go le gonnye fa ke nwele kofi ka 5 pm kgotsa morago ga foo?", "a coffee at or after 17:00"),
    ("[sleep] 250+ mg caffeine days?", "at least 250 mg of caffeine"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", question
    assert parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("text", ["Kae is my niece", "the beke of the river", "Mang Jose said hi"])
def test_english_is_left_alone(text: str) -> None:
    assert from_setswana(text) == text


@pytest.mark.parametrize("question, kind, attribute, day", [
    ("May I be told what I ate for breakfast on the 11th of this month?", "meal", "food", "Tue 11"),
    ("Could I trouble you to state how far I cycled on Sunday, the 9th of this month?", "exercise", "distance", "Sun 09"),
    ("[sleep] on the night of Monday, 10/7 hrs?", "sleep", "duration", "Mon 10"),
])
def test_english_forms(question: str, kind: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind] and plan.attribute == attribute, question
    assert _day(plan.window) == day and plan.filters.get("speaker") is None


def test_two_days_restated_with_their_weekdays() -> None:
    plan = plan_question("which ride was longer, the one on the 9th, this past Sunday or the one on 10/7, a Monday?", NOW, TZ)
    assert plan is not None and plan.operation == "compare" and _day(plan.window) == "Sun 09"


def test_a_remark_before_a_follow_up_and_a_tag_for_the_same_question() -> None:
    first = plan_question("which podcast did Lesego recommend?", NOW, TZ)
    later = plan_question("Ha, nice one. And what about Tumi?", NOW, TZ, previous=first)
    assert later is not None and later.parsed_by == "follow-up" and later.filters.get("speaker") == "Tumi"
    same = plan_question("[same] Tumi?", NOW, TZ, previous=first)
    assert same is not None and same.parsed_by == "follow-up" and same.filters.get("speaker") == "Tumi"


def test_a_workout_round_a_place_is_the_anchor() -> None:
    plan = plan_question("who was at the first meeting after my ride round Kgale Hill on Monday?", NOW, TZ)
    assert plan is not None and plan.filters.get("after") == "ride" and "Kgale" not in (plan.topic or "")


def _day_of(day: int, hour: int, kind: str, **data) -> Observation:
    start = datetime(2034, 7, day, hour, tzinfo=TZ).astimezone(timezone.utc)
    end = start + timedelta(hours=8 if kind == "sleep" else 1, minutes=30 * (day % 2) if kind == "sleep" else 0)
    return Observation(id=f"{kind}-{day}", sensor="test", kind=kind, start=start, end=end, data=data)


def test_a_habit_asked_without_a_direction_is_answered_by_the_finding() -> None:
    rows = [o for day in range(1, 13) for o in (_day_of(day, 23, "sleep"), _day_of(day, 8, "coffee", drink="latte",
                                                                                       caffeine_mg=400 if day % 2 else 80))]
    read = lambda kinds, start, end: [o for o in rows if start <= o.start < end]  # noqa: E731
    text, _ = habit_relation("does having 300 mg of caffeine or more affect how long I sleep?", read, NOW, TZ)
    assert not text.startswith(("Yes", "No")) and text.startswith("After the") and "You sleep more on those days" in text
    asked, _ = habit_relation("do I sleep less on days with 300 mg of caffeine or more?", read, NOW, TZ)
    assert asked.startswith("No:")
