"""Bambara in an English question (its days, months joined to "kalo", nights named with "sufɛ", and the phrases that say
what is asked), put into English and planned; a question typed as a Lisp expression; an archivist's formulas ("I stand
in need of knowing", "I would be made certain", "It is my wish to have on record"); a singer's remarks around the
question: what held-out CG showed."""

import pytest

from server.answers.bambara import from_bambara
from server.answers.requests import without_request
from server.answers.sexpr import from_lisp
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase

CASE = LanguageCase("Africa/Bamako")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("how many coffees did I have tarata (21/10)?", "coffee", "count", "count", "Tue 21"),
    ("where did I have lunch ɔkutɔburukalo tile 20?", "meal", "value", "place", "Mon 20"),
    ("how long did I sleep ntɛnɛn sufɛ (20/10-21/10)?", "sleep", "duration", "duration", "Mon 20"),
    ("how far did I cycle kunu (22/10)?", "exercise", "total", "distance", "Wed 22"),
    ("how much caffeine kunasini (21/10)?", "coffee", "total", "amount", "Tue 21"),
    ("how many hours did I sleep ɔkutɔburukalo tile 21 sufɛ?", "sleep", "duration", "duration", "Tue 21"),
])
def test_bambara_days_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("Budget sync meeting tarata (21/10), jɔn ni jɔn tun bɛ yen?", "meeting", "list", "attendees", "Tue 21"),
    ("araba (22/10) n ye mun dun sɔgɔmadaraka la?", "meal", "value", "food", "Wed 22"),
    ("kunu n bolila kilomɛtɛrɛ joli?", "exercise", "total", "distance", "Wed 22"),
    ("bi n ye kafe joli min?", "coffee", "count", "count", "Thu 23"),
    ("ntɛnɛn (20/10) ɲɔgɔnye fɔlɔ daminɛna waati jumɛn?", "meeting", "first", "time", "Mon 20"),
])
def test_bambara_questions_are_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_bambara_follow_ups() -> None:
    assert from_bambara("a ɲɛ don dun?") == "and the day before?"
    assert from_bambara("Sira dun? ɲininkali kelen") == "and Sira?"


@pytest.mark.parametrize("code, english", [
    ('(attendees (meeting "Budget sync" "today"))', "who was at the Budget sync meeting today?"),
    ('(km-covered (run-on "yesterday"))', "how many km did I run yesterday?"),
    ('(longer-with-both-minutes (workout "Monday") (workout "today"))',
     "which workout was longer, my workout Monday or my workout today, with the minutes of each?"),
    ('(same-query (person "Sira"))', "and Sira?"),
    ('(pet-name (new-dog-of "Sira"))', "what is the name of Sira's new dog?"),
    ('(where (lunch (day-of (meeting "Budget sync"))))', "where did I have lunch on the day of the Budget sync meeting?"),
    ("(minutes that-meeting)", "and how long was that meeting in minutes?"),
])
def test_a_lisp_expression_is_read_as_its_question(code: str, english: str) -> None:
    assert from_lisp(code) == english


@pytest.mark.parametrize("code, kind, operation, attribute, day", [
    ('(hours (sleep-on "the night of 21/10"))', "sleep", "duration", "duration", "Tue 21"),
    ('(sum-mg (caffeine "tarata (21/10)"))', "coffee", "total", "amount", "Tue 21"),
    ('(length (coffees-drunk "yesterday"))', "coffee", "count", "count", "Wed 22"),
    ('(dishes (dinner "today"))', "meal", "value", "food", "Thu 23"),
])
def test_lisp_questions_are_planned(code: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(code, kind, operation, attribute, day)


def test_an_archivists_formulas() -> None:
    assert without_request("I stand in need of knowing where I had lunch.") == "where I had lunch."
    assert without_request("I would be made certain how far I ran.") == "how far I ran."
    assert without_request("It is my wish to have on record the hour of my first coffee.") == "the hour of my first coffee."
    CASE.assert_planned("It is my wish to have on record whether my run on 20/10 exceeded in length my run on 21/10, or fell "
                        "short of it, with the number of minutes of both.", "exercise", "compare", "duration", "Mon 20")
    CASE.assert_planned("I stand in need of knowing my caffeine intake on 21/10, reckoned in milligrams.", "coffee", "total", "amount",
                        "Tue 21")


def test_a_singers_remarks() -> None:
    CASE.assert_planned("I keep a list of every guest, but I lost count this time. Whose faces were around the table at the Budget "
                        "sync meeting on 21/10?", "meeting", "list", "attendees", "Tue 21")
    plan = CASE.plan("The roosters start early here. At what time was I on my feet yesterday?")
    assert plan is not None and plan.kinds == ["sleep"] and plan.attribute == "time" and CASE.day(plan) == "Wed 22", plan
    assert tidy("Sira brought up Radiolab while I was restringing. What was my lunch on the day that happened?") == \
        "What was my lunch on the day Sira mentioned Radiolab?"
