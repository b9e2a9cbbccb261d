"""Tetum in an English question, put into English and planned; and the English forms held-out AU showed: fields
joined by "+" ("sleep+the night of Fri. 02/02+hours"), "the night spanning 09/02-10/02", "5 days before today",
"the preceding week", "X days, sleep, effect" as a habit, and "Pray inform me" and "Be so kind as to state"."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.tetum import from_tetum

TZ = ZoneInfo("Asia/Dili")
NOW = datetime(2035, 3, 1, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Board prep", "Sprint planning")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("kopu kafe hira mak hau hemu horiseik?", "coffee", "count", "count", "Wed 28"),
    ("saida mak hau han meiudia horiseik?", "meal", "value", "food", "Wed 28"),
    ("hau halai kilometru hira horiseik?", "exercise", "total", "distance", "Wed 28"),
    ("horiseik hau hader oras hira?", "sleep", "value", "time", "Wed 28"),
])
def test_tetum_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_tetum(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_tetum(question)


def test_what_someone_said_and_meetings() -> None:
    assert from_tetum("Maria rekomenda livru saida mai hau?") == "which book did Maria recommend?"
    assert from_tetum("Joao nia asu foun naran saida?") == "what is the name of Joao's new dog?"
    who = plan_question("se mak tuir enkontru Board prep horiseik?", NOW, TZ, titles=TITLES)
    assert who is not None and who.kinds == ["meeting"] and who.attribute == "attendees" and _day(who.window) == "Wed 28"


@pytest.mark.parametrize("question, habit", [
    ("loron ne'ebe kafeina 250 mg ka liu, hau nia toba oinsa?", "at least 250 mg of caffeine"),
    ("bainhira hau hemu kafe depois 5 pm, hau toba menus ka lae?", "a coffee at or after 17:00"),
    ("caffeine 250mg+ days+sleep", "at least 250 mg of caffeine"),
    ("supper after 9 pm+sleep+effect", "dinner starting at or after 21:00"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_tetum(question)
    assert parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("text", ["Han Solo flew the Falcon", "the hau tree by the beach", "Mak is my friend"])
def test_english_is_left_alone(text: str) -> None:
    assert from_tetum(text) == text


def test_fields_nights_and_requests() -> None:
    night = plan_question("sleep+the night of Mon. 26/02+hours", NOW, TZ)
    assert night is not None and night.kinds == ["sleep"] and _day(night.window) == "Mon 26"
    spanning = plan_question("how well did I sleep the night spanning 26/02-27/02?", NOW, TZ)
    assert spanning is not None and spanning.kinds == ["sleep"] and _day(spanning.window) == "Mon 26"
    before = plan_question("what did I eat for lunch 3 days before today?", NOW, TZ)
    assert before is not None and _day(before.window) == "Mon 26"
    weeks = plan_question("Pray inform me whether I have drunk more coffee this week than in the preceding week.", NOW, TZ)
    assert weeks is not None and weeks.operation == "compare"
    assert without_request("Be so kind as to state the number of meetings I had") == "the number of meetings I had"


@pytest.mark.parametrize("follow_up, person, day", [
    ("no Joao?", "Joao", None), ("No Maria?", "Maria", None), ("no, Joao?", "Joao", None),
    ("no ohin?", None, "Thu 01"), ("no yesterday (Wed. the 28)?", None, "Wed 28"),
])
def test_no_opens_a_follow_up(follow_up: str, person: str | None, day: str | None) -> None:
    """Tetum "no" (and) before a name or a day asks the last question again about it, as "and" would."""
    first = plan_question("hau halai kilometru hira horiseik?", NOW, TZ) if day else \
        plan_question("Ana nia oan feto tinan hira?", NOW, TZ)
    plan = plan_question(follow_up, NOW, TZ, previous=first)
    assert plan is not None and plan.parsed_by == "follow-up" and plan.kinds == first.kinds
    if person:
        assert plan.filters["speaker"] == person
    else:
        assert plan.attribute == "distance" and _day(plan.window) == day


def test_no_with_a_question_of_its_own_is_not_a_follow_up() -> None:
    first = plan_question("how many coffees did I have yesterday?", NOW, TZ)
    plan = plan_question("no lunch logged for the whole of last week, is that right?", NOW, TZ, previous=first)
    assert plan is None or plan.parsed_by != "follow-up"
