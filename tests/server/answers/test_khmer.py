"""Khmer in an English question (its days in Khmer script and digits, its nights, and the phrases that say what is
asked), put into English and planned; a problem's unknown ("t [min]=? • X"); an old courtier's formulas ("By your
leave, I would know", "With the assurances of my highest consideration."); a craftsman's remarks around the question:
what held-out CF showed."""

import pytest

from server.answers.fields import joined
from server.answers.habits import parse_habit
from server.answers.khmer import from_khmer
from server.answers.requests import without_request
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Asia/Phnom_Penh")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have ថ្ងៃអង្គារ (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch ថ្ងៃទី២០ ខែតុលា?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep យប់ថ្ងៃច័ន្ទ (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle ម្សិលមិញ (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how many meetings ថ្ងៃនេះ?", "meeting", "count", "count", "Thu 23"),
    ("what did I eat for dinner ថ្ងៃច័ន្ទ ទី២០?", "meal", "value", "food", "Mon 20"),
    ("how much caffeine ម្សិលម្ង៉ៃ?", "coffee", "total", "amount", "Tue 21"),
])
def test_khmer_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("meeting Design review ថ្ងៃអង្គារ (21/10) មានអ្នកណាខ្លះចូលរួម?", "meeting", "list", "attendees", "Tue 21"),
    ("យប់ថ្ងៃទី២១ ខែតុលា ខ្ញុំគេងបានប៉ុន្មានម៉ោង?", "sleep", "duration", "duration", "Tue 21"),
    ("ម្សិលមិញ ខ្ញុំរត់បានប៉ុន្មានគីឡូ?", "exercise", "total", "distance", "Wed 22"),
    ("ថ្ងៃនេះ ខ្ញុំផឹកកាហ្វេអស់ប៉ុន្មានកែវ?", "coffee", "count", "count", "Thu 23"),
    ("ថ្ងៃអង្គារ (21/10) ប្រជុំដំបូងចាប់ផ្ដើមម៉ោងប៉ុន្មាន?", "meeting", "first", "time", "Tue 21"),
])
def test_khmer_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_khmer_follow_ups_and_remarks() -> None:
    assert from_khmer("ចុះយប់មុននោះវិញ?") == "and the night before?"
    assert from_khmer("ចុះ Dara វិញ? សំណួរដដែល") == "and Dara?"
    assert from_khmer("book ដែល Sokha ណែនាំឲ្យខ្ញុំអាន គឺសៀវភៅអី? ភ្លេចហើយ") == "which book did Sokha recommend?"


@pytest.mark.parametrize("typed, plain", [
    ("t [min]=? • Budget sync mtg on Tuesday", "Budget sync mtg on Tuesday, how many minutes?"),
    ("d [km]=? • ride yesterday", "ride yesterday, how many km?"),
    ("Σ caffeine mg=? • Monday", "Monday, total caffeine mg?"),
    ("n mtgs=? • this wk", "this wk, how many mtgs?"),
    ("same unknown=? • one day back", "and the day before?"),
    ("d [km]=? • Monday instead", "and Monday?"),
    ("so far=? • today", "and today so far?"),
    ("lunch spot=? • day when i swam 2 km", "lunch spot on the day when i swam 2 km?"),
])
def test_a_problems_unknown_is_what_is_asked(typed: str, plain: str) -> None:
    assert joined(typed) == plain


def test_problems_are_planned() -> None:
    CASE.assert_planned("t=? • into bed last night", "sleep", "value", "time", "Wed 22")
    CASE.assert_planned("who=? • Design review mtg on 21/10", "meeting", "list", "attendees", "Tue 21")
    CASE.assert_planned("cups=? • coffee ថ្ងៃអង្គារ ទី២១", "coffee", "count", "count", "Tue 21")


def test_a_courtiers_formulas() -> None:
    assert without_request("By your leave, I would know where I had lunch.") == "where I had lunch."
    assert without_request("It would be of assistance to learn how far I ran.") == "how far I ran."
    assert without_request("With deference, I ask to be told who was there.") == "who was there."
    assert tidy("Where did I dine on Monday? With the assurances of my highest consideration.") == "Where did I dine on Monday?"
    assert tidy("Similarly, in the case of Dara.") == "and Dara?"
    assert tidy("Similarly, the time that meeting occupied.") == "and how long that meeting lasted?"
    CASE.assert_planned("By your leave, I would know whether this week's coffee stands above or below that of the week preceding.",
                        "coffee", "compare", "count", "Mon 20")


def test_a_craftsmans_remarks() -> None:
    CASE.assert_planned("The dogs next door bark at dawn. What time did they get me up on Tuesday?", "sleep", "value", "time", "Tue 21")
    CASE.assert_planned("I closed the shop at noon on 21/10. Where did I go to eat?", "meal", "value", "place", "Tue 21")
    plan = CASE.plan("I came back from the swim at Wat Phnom pool on 21/10 with wet hair. Who sat next to me at the meeting I went to next?")
    assert plan is not None and plan.kinds == ["meeting"] and plan.filters.get("after") == "swim" and CASE.day(plan) == "Tue 21"
    habit = parse_habit("A friend brings me coffee some evenings. If I drink it at 5 pm or later, do I lose sleep that night?")
    assert habit is not None and habit.text == "a coffee at or after 17:00"
