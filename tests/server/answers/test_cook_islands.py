"""Cook Islands Māori words in an English question, put into English and planned; and what held-out BZ showed besides:
fields written "A // B // C", "again // X", "Would you have the kindness to", "Might I trouble you to", "It would gladden
me to know", "Along the same line,", "what span of time the X meeting occupied", "the eating place X put forward", "did I
pedal", "ate in the evening", "ran on longer"."""

import pytest

from server.answers.cook_islands import from_cook_islands
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Pacific/Rarotonga")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("kai ahiahi Monire 20/10, what dishes did i have?", "meal", "value", "food", "Mon 20"),
    ("e ia hours of moe did i get te po o Monire ki Ruirua (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("my first kaope nanai (Ruitoru 22/10), what time was it?", "coffee", "first", "time", "Wed 22"),
    ("lunch // on 21 Okotopa (Ruirua) // which place", "meal", "value", "place", "Tue 21"),
    ("meetings // i teia ra (Paraparau 23/10) // count", "meeting", "count", "count", "Thu 23"),
])
def test_cook_islands_words_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_follow_ups() -> None:
    assert from_cook_islands("e what about Teina? same patai") == "and Teina?"
    assert from_cook_islands("e the po before that one?") == "and the night before?"
    assert tidy("again // Varaire 24/10").startswith("and")


@pytest.mark.parametrize("question, kind", [
    ("Would you have the kindness to tell me the hour I retired to bed on Monday night? With all due regard.", "sleep"),
    ("Might I trouble you to say what span of time the Design review meeting occupied on Tuesday?", "meeting"),
    ("Would you have the kindness to give me the name of the eating place Teina put forward?", "conversation"),
    ("How far did I pedal on Monday, along the coast road?", "exercise"),
    ("Might I trouble you to say what I ate in the evening on Tuesday?", "meal"),
])
def test_formulas_and_idioms(question: str, kind: str) -> None:
    plan = CASE.plan(question)
    assert plan is not None and plan.kinds == [kind], (tidy(question), plan)
