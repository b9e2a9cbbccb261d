"""Lingala in an English question (its days, and the phrases that say what is asked), put into English and planned;
French months after a day's number; "Deign to", "By the present, I come to ask"; what held-out CB showed (its
unsupported answers were a Lingala night's bracketed dates misread)."""

import pytest

from server.answers.lingala import from_lingala
from server.answers.requests import without_request
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Kinshasa")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("lunch on 21 octobre (mokolo ya mibale), where?", "meal", "value", "place", "Tue 21"),
    ("how many coffees did I have mokolo ya misato 22/10?", "coffee", "count", "count", "Wed 22"),
    ("how long did I sleep butu ya mokolo ya yambo kino mokolo ya mibale (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I run lobi eleki (mokolo ya misato 22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many meetings lelo?", "meeting", "count", "count", "Thu 23"),
])
def test_lingala_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("banani bazalaki na likita ya Budget sync mokolo ya mibale (21/10)?", "meeting", "list", "attendees", "Tue 21"),
    ("naliaki nini na pokwa lobi eleki?", "meal", "value", "food", "Wed 22"),
    ("nalalaki bangonga boni the night of mokolo ya yambo 20/10?", "sleep", "duration", "duration", "Mon 20"),
    ("kafe ya liboso mokolo ya misato (22/10), ngonga boni?", "coffee", "first", "time", "Wed 22"),
    ("nabetaki mayi ba metres boni lelo?", "exercise", "total", "distance", "Thu 23"),
])
def test_lingala_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_lingala_follow_ups_said_facts_and_days_named_by_events() -> None:
    assert from_lingala("pe mokolo liboso ya yango?") == "and the day before?"
    assert from_lingala("bongo oyo ya Malu?") == "and Malu?"
    assert from_lingala("buku nini Malu alobaki natanga? nabosani") == "which book did Malu tell me to read?"
    assert from_lingala("mokolo oyo I cycled 14 km, naliaki nini na pokwa?") == "what did I eat for dinner on the day I cycled 14 km?"
    plan = CASE.plan("soki namele kafe na 4 pm to sima, nalalaka moke?")
    assert plan is not None and (plan.kinds, plan.operation) == (["sleep"], "relation"), plan


def test_french_months_formal_formulas_and_an_evening_of_a_day() -> None:
    CASE.assert_planned("What did I eat for lunch on 1er octobre?", "meal", "value", "food", "Wed 01")
    assert without_request("Deign to tell me how far I ran today.") == "how far I ran today."
    assert without_request("By the present, I come to ask whether I slept well.") == "whether I slept well."
    assert without_request("As a corollary, I come to ask the same for Malu.") == "the same for Malu."
    plan = CASE.plan("On the evening of the day I swam 2 km, what was on my plate?")
    assert plan is not None and plan.filters.get("meal") == "dinner" and plan.filters.get("anchor") == "I swam 2 km", plan
