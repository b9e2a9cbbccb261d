"""Croatian (with or without its diacritics) in an English question, put into English and planned; and what held-out
BK showed besides: "the night from 2. onto 3.3" and "from Friday onto Saturday", a night said again ("Tuesday night,
from Tuesday onto Wednesday 5/3"), the formulas "May I request to be told", "I wish to be informed of", "Further to
your reply", "the day prior", "what was on my plate at midday", and "The X meeting cost me ... the night after it"."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.croatian import from_croatian
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.tidy import tidy
from server.answers.week_dates import nordic_dates

TZ = ZoneInfo("Europe/Zagreb")
NOW = datetime(2036, 6, 11, 21, 0, tzinfo=TZ)  # a Wednesday
TITLES = ("Budget sync", "Kickoff")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("što sam jela za ručak on Monday?", "meal", "value", "food", "Mon 09"),
    ("sta sam jela za veceru yesterday? ne sjecam se", "meal", "value", "food", "Tue 10"),
    ("di sam rucala on Monday?", "meal", "value", "place", "Mon 09"),
    ("tko je bio na meetingu Budget sync yesterday?", "meeting", "list", "attendees", "Tue 10"),
    ("koliko sam kava popila on Monday?", "coffee", "count", "count", "Mon 09"),
    ("u koliko sati sam popila prvu kavu yesterday?", "coffee", "first", "time", "Tue 10"),
    ("koliko sam preplivala on Monday?", "exercise", "total", "distance", "Mon 09"),
])
def test_croatian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_croatian_follow_ups_said_and_habits() -> None:
    assert from_croatian("a kod Marko kako je?") == "and Marko?"
    assert from_croatian("a danas do sad?") == "and today so far?"
    assert from_croatian("kako se zove novi pas od Ivana?") == "what is the name of Ivana's new dog?"
    habit = plan_question(tidy("spavam li dulje nakon dana s workoutom nego nakon rest days?"), NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    assert from_croatian("Sam said the vise was broken?") == "Sam said the vise was broken?"  # English words


@pytest.mark.parametrize("text, written", [
    ("sleep the night from 8. onto 9.6?", "sleep 8 June night?"),
    ("sleep @ Monday night, from Monday onto Tuesday 9/6 ?", "sleep @ 8 June night ?"),
    ("sleep on Monday night, from Monday onto Tuesday?", "sleep Monday night?"),
])
def test_nights_onto(text: str, written: str) -> None:
    assert nordic_dates(text, date(2036, 6, 11)) == written


def test_formulas_and_the_night_after_it() -> None:
    assert without_request("May I request to be told, in minutes, how long the ride lasted") == "in minutes, how long the ride lasted"
    assert without_request("I wish to be informed of the number of hours I slept") == "the number of hours I slept"
    assert without_request("Further to your reply, may I request to be told the same for Ivana") == "the same for Ivana"
    assert tidy("And the day prior?") == "And the day before?"
    assert tidy("What was on my plate at midday yesterday?") == "what did I eat for lunch yesterday?"
    assert tidy("The Kickoff meeting took my whole morning. How long did I sleep the night after it?") == \
        "How long did I sleep the night after the Kickoff meeting?"
    plan = plan_question("how many hours did I sleep the night from Friday onto Saturday?", NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == "Fri 06"
