"""Hausa in an English question (its days, nights named by the day they lead into, and the phrases that say what is
asked), put into English and planned; a ticket clerk's fields ("X » attendee_names?", "again » day_before?"); a clerk of
the court's formulas ("I ask that it be stated", "Answer to be filed."): what held-out CE showed (its two unsupported
answers were a Hausa date no rule read, "24 ga Yuli (Alhamis)", taken for today)."""

import pytest

from server.answers.fields import joined
from server.answers.hausa import from_hausa
from server.answers.requests import without_request
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Niamey")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have ranar Talata (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("lunch 20 ga Oktoba (Litinin), where?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep daren Talata (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I run jiya (Laraba, 22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many meetings yau?", "meeting", "count", "count", "Thu 23"),
])
def test_hausa_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("su wa suka halarci Budget sync meeting ranar Talata (21/10)?", "meeting", "list", "attendees", "Tue 21"),
    ("abincin rana jiya me na ci?", "meal", "value", "food", "Wed 22"),
    ("ranar Litinin da dare (20/10) awa nawa na yi barci?", "sleep", "duration", "duration", "Mon 20"),
    ("yau kilomita nawa na yi gudu?", "exercise", "total", "distance", "Thu 23"),
])
def test_hausa_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_fields_follow_ups_and_formulas() -> None:
    assert joined("Budget sync mtg 21/10 » attendee_names?") == "Budget sync mtg 21/10, attendee names?"
    assert joined("again » night_before?") == "and the night before?"
    assert joined("caffeine Monday / Tuesday » higher_day, mg_each?") == "caffeine Monday vs Tuesday, higher day, mg each?"
    assert from_hausa("ranar da ta gabace ta fa?") == "and the day before?"
    assert without_request("I ask that it be stated where I had lunch.") == "where I had lunch."
    CASE.assert_planned("Let it be entered how far I ran on 21/10. Answer to be filed.", "exercise", "total", "distance", "Tue 21")


def test_a_date_of_a_language_no_table_reads_is_no_reason_to_answer_for_today() -> None:
    plan = CASE.plan("how much caffeine did I have 24 de xullo (Xoves)?")  # Galician: no table reads it
    assert plan is not None and plan.window is None and plan.filters.get("unread_day"), plan
    plan = CASE.plan("how far did I run 10 km (Easy) today?")  # a distance and a remark in brackets: today is named
    assert plan is not None and plan.window is not None and CASE.day(plan) == "Thu 23", plan
