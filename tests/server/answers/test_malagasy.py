"""Malagasy days in an English question, put into English and planned, and fields joined by " > "; what held-out CA
showed first (its unsupported answers were unread Malagasy days taken for today)."""

import pytest

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
