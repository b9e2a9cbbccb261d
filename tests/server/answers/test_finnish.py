"""Finnish in an English question, put into English and planned; and what held-out BG showed besides: questions typed
as shell commands ("$ coffee --count --this-week --vs last-week", "$ !! --today"), "the night against Monday (28.1.)"
(the night before it), "the Monday-Tuesday night", a date closed by a dot ("Monday 28.1. or ..."), and "one day
further astern"."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.finnish import from_finnish
from server.answers.planner import plan_question
from server.answers.shell_commands import from_command
from server.answers.week_dates import nordic_dates

TZ = ZoneInfo("Europe/Helsinki")
NOW = datetime(2036, 3, 5, 21, 0, tzinfo=TZ)  # a Wednesday
TITLES = ("Stand-up", "Release review")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("montako kilsaa mä juoksin yesterday?", "exercise", "total", "distance", "Tue 04"),
    ("ketä oli Stand-up palaverissa on Monday?", "meeting", "list", "attendees", "Mon 03"),
    ("monelta mä join ekan kahvin yesterday?", "coffee", "first", "time", "Tue 04"),
    ("mitä mä söin aamupalaks on Monday?", "meal", "value", "food", "Mon 03"),
])
def test_finnish_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], from_finnish(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_finnish(question)


def test_names_and_follow_ups() -> None:
    assert from_finnish("entäs Owen?") == "and Owen?"  # a name ending in n keeps it
    assert from_finnish("monelta Aleksin lento laskeutuu?") == "what time does Aleksi's flight land?"
    assert from_finnish("I will join the Stand-up later") == "I will join the Stand-up later"


@pytest.mark.parametrize("command, words", [
    ("$ coffee --count --this-week --vs last-week", "how many coffees this week vs last week?"),
    ("$ lunch --what --on-day-of 'cycled 20 km'", "what did I eat for lunch on the day I cycled 20 km?"),
    ("$ meeting --attendees --title 'Stand-up' --on 'yesterday'", "who attended the Stand-up meeting yesterday?"),
    ("$ podcast-tip --from 'Aino'", "which podcast did Aino recommend?"),
    ("$ !! --today", "and today?"),
    ("$ caffeine --mg --compare 'Monday' 'Tuesday'", "which day had more caffeine, Monday or Tuesday?"),
])
def test_shell_commands(command: str, words: str) -> None:
    assert from_command(command) == words


@pytest.mark.parametrize("text, written", [
    ("sleep the night against Tuesday (3.3.)?", "sleep 2 March night?"),
    ("sleep the Monday-Tuesday night?", "sleep Monday night?"),
    ("my run Monday 2.3. or Tuesday?", "my run Monday 2.3 or Tuesday?"),
    ("sleep the night from 2.3. to 3.3.?", "sleep 2 March night?"),  # the night from the first day to the next
])
def test_finnish_dates(text: str, written: str) -> None:
    assert nordic_dates(text, date(2036, 3, 5)) == written
