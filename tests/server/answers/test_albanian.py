"""Albanian in an English question, put into English and planned; and what held-out BS showed besides: Albanian weekdays
right before a date ("on e enjte 24.04", "Sh 26.4", "(En, 1/5)"), "the night between Sh 26.4 and Di 27.4", a year after
a month no rule reads ("8 qershor 2036." is no day to guess), "Be kind enough to inform me of", "Favour me with",
"Kindly let me know", "Thanking you in anticipation.", "did I open my eyes", and an ask after a remark that ends in a
two-letter word ("..., which I never do. What did ...")."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.albanian import from_albanian
from server.answers.dates import normalize_dates
from server.answers.planner import plan_question
from server.answers.tidy import tidy

TZ = ZoneInfo("Europe/Tirane")
NOW = datetime(2036, 11, 20, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Ops review", "Vendor call")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("çfarë hëngra për drekë dje? s'më kujtohet", "meal", "value", "food", "Wed 19"),
    ("ku darkova on Monday?", "meal", "value", "place", "Mon 17"),
    ("kush ishte në takimin Ops review on Tuesday?", "meeting", "list", "attendees", "Tue 18"),
    ("sa kafe piva sot?", "coffee", "count", "count", "Thu 20"),
    ("në sa u zgova on Tuesday?", "sleep", "value", "time", "Tue 18"),
    ("sa orë fjeta natën e së hënës (17.11)?", "sleep", "duration", "duration", "Mon 17"),
])
def test_albanian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_albanian_follow_ups_said_things_and_months() -> None:
    assert from_albanian("po një ditë para asaj?") == "and the day before?"
    assert from_albanian("po Arben? e njëjta pyetje") == "and Arben?"
    assert from_albanian("si e ka emrin qeni i ri i Arben? shumë i lezetshëm") == "what is the name of Arben's new dog?"
    assert "15 June" in from_albanian("sa km vrapova on 15 qershor 2036?")
    habit = plan_question(tidy("a fle më pak kur pi kafe në 5 pm ose më vonë?"), NOW, TZ)
    assert habit is not None and habit.operation == "relation"


@pytest.mark.parametrize("text, written", [
    ("ride on e enjte 13.11: how many min?", "ride on 13 November: how many min?"),
    ("meetings on En, 13/11: how many?", "meetings on November 13: how many?"),
    ("the night between Sh 15.11 and Di 16.11: sleep?", "15 November night: sleep?"),
])
def test_albanian_weekdays_before_a_date(text: str, written: str) -> None:
    assert normalize_dates(text, False) == written


@pytest.mark.parametrize("question, kind", [
    ("Be kind enough to inform me of the hour at which my first meeting began on Monday. Thanking you in anticipation.", "meeting"),
    ("Favour me with the number of coffees I drank on Tuesday.", "coffee"),
    ("Kindly let me know how far I cycled on Monday.", "exercise"),
    ("The kettle boils before the street fills. When did I open my eyes on Tuesday?", "sleep"),
])
def test_formulas_and_eyes(question: str, kind: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ)
    assert plan is not None and plan.kinds == [kind] and plan.window is not None, tidy(question)


def test_a_year_after_an_unread_month_is_no_day_to_guess() -> None:
    plan = plan_question(tidy("Favour me with the distance in kilometres that I ran on 8 Brachet 2036."), NOW, TZ)
    assert plan is not None and plan.window is None and plan.filters.get("unread_day") == "2036"


def test_the_ask_after_a_remark_ending_in_a_short_word_names_its_own_night() -> None:
    plan = plan_question(tidy("I tore a seam this morning, which I never do. How many hours did I sleep the night of 17.11?"),
                         NOW, TZ)
    assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == "Mon 17"
