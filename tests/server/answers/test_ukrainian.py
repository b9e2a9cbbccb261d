"""Ukrainian typed in Latin letters in an English question, put into English and planned; its days in an otherwise
English question ("u vivtorok (21.10)", "sohodni (Cht, 23.10)", "19 zhovtnia"); and what held-out BX showed besides:
fields written "want=X; re=Y", "the night of 20/10 running into 21/10", "Be so gracious as to", "I beseech you to", "I
would crave leave to know", "In this same vein,", "would you say", "which of A and B held the greater caffeine", "the
eating house that X put forward", "the dishes of my dinner", "those in attendance at", "I would guess"."""

from datetime import date

import pytest

from server.answers.dates import normalize_dates
from server.answers.tidy import tidy
from tests.server.answers.language_case import LanguageCase
from server.answers.ukrainian import from_ukrainian

CASE = LanguageCase("Europe/Kyiv")
_plan = CASE.plan


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("shcho ia ila na obid vchora? ne pamiataiu", "meal", "value", "food", "Wed 22"),
    ("de ia vecheriala u ponedilok (20.10)? bulo smachno", "meal", "value", "place", "Mon 20"),
    ("khto buv na zustrichi Budget sync u vivtorok (21.10)?", "meeting", "list", "attendees", "Tue 21"),
    ("skilky kav ia vypyla sohodni?", "coffee", "count", "count", "Thu 23"),
    ("o kotrii ia prokynulasia v seredu (22.10)? tochno", "sleep", "value", "time", "Wed 22"),
    ("skilky hodyn ia spala nich z ponedilka na vivtorok (20.10-21.10)?", "sleep", "duration", "duration", "Mon 20"),
    ("skilky kofeinu ia otrymala pozavchora, u mg?", "coffee", "total", "amount", "Tue 21"),
])
def test_ukrainian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    CASE.assert_planned(question, kind, operation, attribute, day)


def test_ukrainian_follow_ups_said_things_habits_and_comparisons() -> None:
    assert from_ukrainian("a za den do toho?") == "and the day before?"
    assert from_ukrainian("a iak Oksana? te same pytannia") == "and Oksana?"
    assert from_ukrainian("iaku knyhu poradyla Oksana? zabula") == "which book did Oksana recommend?"
    habit = _plan("chy ia splu menshe, iakshcho p'iu kavu o 4 pm abo piznishe?")
    assert habit is not None and habit.operation == "relation"
    compared = _plan("koly bulo bilshe kofeinu, vchora chy sohodni? skilky mg")
    assert compared is not None and compared.operation == "compare"


def test_ukrainian_days_and_nights_in_an_english_question() -> None:
    plan = _plan("How many minutes was the swim at the river pool u vivtorok (21.10)? Shorter than a coat of lime, I would guess.")
    assert plan is not None and plan.kinds == ["exercise"] and CASE.day(plan) == "Tue 21"
    dated = _plan("What did I eat for dinner 4 days back (nedilia, 19 zhovtnia)?")
    assert dated is not None and CASE.day(dated) == "Sun 19"
    assert normalize_dates("hours of sleep the night of 20/10 running into 21/10?", False, date(2036, 10, 23)) \
        == "hours of sleep October 20 night?"


@pytest.mark.parametrize("question, kind, operation", [
    ("want=food; re=lunch on Tuesday", "meal", "value"),
    ("Be so gracious as to tell me the dishes of my dinner on Monday.", "meal", "value"),
    ("I beseech you to tell me which of Monday and Tuesday held the greater caffeine, and the milligrams of each.", "coffee", "compare"),
    ("I would crave leave to know the eating house that Oksana put forward.", "conversation", "value"),
    ("Did I sleep well or badly on Monday night, would you say?", "sleep", "value"),
])
def test_terse_fields_formulas_and_idioms(question: str, kind: str, operation: str) -> None:
    plan = _plan(question)
    assert plan is not None and plan.kinds == [kind] and plan.operation == operation, (tidy(question), plan)


def test_a_short_date_in_brackets_after_a_word_not_read_says_the_day() -> None:
    """A word for a day no table knows, then the date in brackets: the date is the day, not today."""
    assert normalize_dates("how much caffeine did I have zorpdag (21.10)?", False, date(2036, 10, 23)) \
        == "how much caffeine did I have zorpdag (21 October)?"
    plan = CASE.plan("how many coffees did I drink blorp, zorpdag (21.10)?")
    assert plan is not None and CASE.day(plan) == "Tue 21"
    assert normalize_dates("the score was (3.5) stars", False, date(2036, 10, 23)) == "the score was (3.5) stars"
