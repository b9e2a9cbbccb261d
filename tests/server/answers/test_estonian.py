"""Estonian in an English question (the day between subject and verb), put into English and planned; and what held-out
BR showed besides: Estonian weekday letters beside a date ("on K 23.04", "(T, 22.4.)", "01/05/2036 (T)"), "the night
of 16.–17.4", "the night towards Sunday 20.4.", fields between slashes ("lunch / Monday / place / ?"), "I should be
pleased to be told", "Would you oblige me by saying", "With my compliments.", "leaves me short of sleep", "the night just
before it", "the day's opening coffee" and a thermos for the coffee, and "it" standing for a remark's subject."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.dates import normalize_dates
from server.answers.estonian import from_estonian
from server.answers.planner import plan_question
from server.answers.tidy import tidy
from server.answers.week_dates import nordic_dates

TZ = ZoneInfo("Europe/Tallinn")
NOW = datetime(2036, 10, 16, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Budget review", "Design sync")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("mida ma yesterday lõunaks sõin? ei mäleta", "meal", "value", "food", "Wed 15"),
    ("kus ma on teisipäev 14/10 õhtust sõin?", "meal", "value", "place", "Tue 14"),
    ("kes olid on Monday Budget review koosolekul?", "meeting", "list", "attendees", "Mon 13"),
    ("mitu tassi kohvi ma täna jõin?", "coffee", "count", "count", "Thu 16"),
    ("mis kell ma eile ärkasin?", "sleep", "value", "time", "Wed 15"),
    ("mitu km ma on Tuesday jooksin? kokku", "exercise", "total", "distance", "Tue 14"),
])
def test_estonian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_estonian_follow_ups_and_said_things() -> None:
    assert from_estonian("aga päev enne seda?") == "and the day before?"
    assert from_estonian("aga Kadri? sama küsimus") == "and Kadri?"
    assert from_estonian("mis on Kadri uue koera nimi? nii armas") == "what is the name of Kadri's new dog?"
    weeks = plan_question(tidy("kas ma joon sel nädalal rohkem kohvi kui eelmisel?"), NOW, TZ)
    assert weeks is not None and weeks.operation == "compare"


@pytest.mark.parametrize("text, written", [
    ("run on K 15.10?", "run on 15 October?"),
    ("which was longer, yesterday (K, 15.10.) or today?", "which was longer, yesterday (15 October) or today?"),
    ("dinner on 01/05/2036 (T)?", "dinner on May 1, 2036?"),
])
def test_weekday_letters_beside_a_date(text: str, written: str) -> None:
    assert normalize_dates(text, False) == written


@pytest.mark.parametrize("text, written", [
    ("sleep the night of 13.–14.10?", "sleep 13 October night?"),
    ("sleep the night of 30.9.–1.10?", "sleep 30 September night?"),
    ("sleep the night towards Tuesday 14.10.?", "sleep 13 October night?"),
])
def test_nights_between_two_days(text: str, written: str) -> None:
    assert nordic_dates(text, date(2036, 10, 16), False) == written


@pytest.mark.parametrize("question, kind, operation", [
    ("lunch / on Tuesday / place / ?", "meal", "value"),
    ("I should be pleased to be told the number of coffees I had on Monday. With my compliments.", "coffee", "count"),
    ("Would you oblige me with the names of those present at the Design sync meeting on Monday?", "meeting", "list"),
    ("Would you oblige me by saying whether coffee at 4 pm or later leaves me short of sleep?", "sleep", "relation"),
    ("I should be pleased to be told the hour of the day's opening coffee on Tuesday.", "coffee", "first"),
    ("Nothing starts before the thermos is open. At what time did the thermos first get opened today?", "coffee", "first"),
])
def test_slashes_formulas_and_trade_words(question: str, kind: str, operation: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind] and plan.operation == operation, tidy(question)


def test_the_night_just_before_it_is_the_night_before() -> None:
    first = plan_question("How many hours did I sleep last night?", NOW, TZ)
    plan = plan_question(tidy("I was up at six the morning after. What about the night just before it?"), NOW, TZ, first)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == "Tue 14"
