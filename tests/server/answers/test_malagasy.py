"""Malagasy in an English question (its days, and the phrases that say what is asked), put into English and planned,
and fields joined by " > ": what held-out CA showed (its unsupported answers were unread Malagasy days taken for today)."""

import pytest

from server.answers.malagasy import from_malagasy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Indian/Antananarivo")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("dinner > on 20 Oktobra (Alatsinainy) > dishes?", "meal", "value", "food", "Mon 20"),
    ("lunch > omaly (Alarobia 22/10) > venue?", "meal", "value", "place", "Wed 22"),
    ("how many hours did I sleep ny alin'ny Alatsinainy ho Talata (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("run > Talata 21/10 > km?", "exercise", "total", "distance", "Tue 21"),
    ("how many coffees did I drink androany?", "coffee", "count", "count", "Thu 23"),
])
def test_malagasy_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("iza avy no tonga tamin ny fivoriana Budget sync ny Talata (21/10)?", "meeting", "list", "attendees", "Tue 21"),
    ("firy kaopy kafe no nosotroiko omaly (Alarobia 22/10)?", "coffee", "count", "count", "Wed 22"),
    ("ora firy aho no nifoha androany?", "sleep", "value", "time", "Thu 23"),
    ("inona ny sakafo hariva omaly? tsy tadidiko", "meal", "value", "food", "Wed 22"),
])
def test_malagasy_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_malagasy_follow_ups() -> None:
    assert from_malagasy("ary Hery kosa?") == "and Hery?"
    assert from_malagasy("ary ny andro teo aloha?") == "and the day before?"


def test_malagasy_follow_ups_of_a_night_and_a_meeting() -> None:
    assert from_malagasy("ary ny alina teo aloha?") == "and the night before?"
    assert from_malagasy("ary naharitra hafiriana izany fivoriana izany?") == "and how long did that meeting last?"


def test_malagasy_habits_weeks_and_pets() -> None:
    plan = CASE.plan("amin ny andro misy training, fewer kafe ve noho ny andro tsy misy?")
    assert plan is not None and (plan.kinds, plan.operation) == (["coffee"], "relation"), plan
    plan = CASE.plan("ity herinandro ity vs last week, fewer kafe?")  # one Malagasy word left once the week is English
    assert plan is not None and plan.operation == "compare" and plan.compare_to is not None, plan
    assert "new dog" in from_malagasy("Hery nahazo alika vaovao, inona no anarany?")
