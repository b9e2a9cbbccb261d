"""Cypriot Greek in Latin letters in an English question, put into English and planned; and the English forms held-out
AW showed: a place name holding a sleep word ("Ayia Napa"), "when I dine at 8 pm or later", a remark that compares
("covers more ground than I do") or "runs off" before the question, terse "when up 3 days back;" and "how sleep after
... days;", and a workout's place in two phrases ("on the sea cliffs at Cape Greco")."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.anchors import split_anchor
from server.answers.cypriot import from_cypriot
from server.answers.habits import parse_habit
from server.answers.planner import plan_question

TZ = ZoneInfo("Asia/Nicosia")
NOW = datetime(2035, 6, 14, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Stock take", "Ops sync")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("posous kafedes ipia xthes?", "coffee", "count", "count", "Wed 13"),
    ("inda efaa vradino on Tuesday the 12/6?", "meal", "value", "food", "Tue 12"),
    ("pou efaa mesimeri simera? sto grafeio i exo?", "meal", "value", "place", "Thu 14"),
    ("posa km ekama me to podilato yesterday?", "exercise", "total", "distance", "Wed 13"),
    ("ti ora eplosa on Monday night, the 11/6?", "sleep", "value", "time", "Mon 11"),
    ("ti ora itan o protos kafes yesterday?", "coffee", "first", "time", "Wed 13"),
    ("poses ores koimithika the night of Sunday to Monday?", "sleep", "duration", "duration", "Sun 10"),
])
def test_cypriot_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_cypriot(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_cypriot(question)


def test_meetings_said_facts_and_days_named_by_events() -> None:
    who = plan_question("pkioi itan sto meeting Stock take yesterday?", NOW, TZ, titles=TITLES)
    assert who is not None and who.attribute == "attendees" and _day(who.window) == "Wed 13"
    assert from_cypriot("to neo skilli pou piren Andreas, pos to ipan?") == "what is the name of Andreas's new dog?"
    assert from_cypriot("pkio estiatorio ipe Eleni na dokimasoume?") == "which restaurant did Eleni say we should try?"
    swam = from_cypriot("inda efaa vradino tzini tin mera pou i swam 2 km?")
    assert swam == "what did I eat for dinner on the day that i swam 2 km?"
    compare = plan_question("pote koimithika perissotero, on Monday the 11/6 i on Tuesday the 12/6?", NOW, TZ)
    assert compare is not None and compare.operation == "compare" and compare.kinds == ["sleep"]


@pytest.mark.parametrize("question, habit", [
    ("otan pinno kafe meta tis 2 pm, kimoumai ligotero?", "a coffee at or after 14:00"),
    ("an fao vradino stis 9 pm i argotera, kimoumai ligotero?", "dinner starting at or after 21:00"),
    ("otan pianno 250 mg caffeine i pio polli, pos en o ypnos mou?", "at least 250 mg of caffeine"),
    ("Kindly settle whether my nights are shorter when I dine at 9 pm or later.", "dinner starting at or after 21:00"),
    ("how sleep after 250+ mg caffeine days;", "at least 250 mg of caffeine"),
])
def test_habits(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_cypriot(question)
    assert parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("text", ["I think i swam 2 km", "the taverna in Pano Platres", "Tom ate at Kafes Deli"])
def test_english_is_left_alone(text: str) -> None:
    assert from_cypriot(text) == text


def test_a_place_name_is_not_a_nap() -> None:
    plan = plan_question("how long was my swim at Napa Bay yesterday?", NOW, TZ)
    assert plan is not None and plan.kinds == ["exercise"] and plan.attribute == "duration"


def test_remarks_before_the_question() -> None:
    plan = plan_question("The harbour ferry covers more distance than me. How many km did I cycle this week?", NOW, TZ)
    assert plan is not None and plan.operation == "total" and plan.attribute == "distance"
    first = plan_question("what did I eat for lunch yesterday?", NOW, TZ)
    after = plan_question("The day runs away from me. And the day before that?", NOW, TZ, previous=first)
    assert after is not None and after.kinds == ["meal"] and _day(after.window) == "Tue 12"
    out = plan_question("how long was my run out to the dam on Tuesday?", NOW, TZ)
    assert out is not None and out.kinds == ["exercise"]


def test_terse_forms_and_a_place_in_two_phrases() -> None:
    woke = plan_question("when up 2 days back;", NOW, TZ)
    assert woke is not None and woke.kinds == ["sleep"] and woke.attribute == "time"
    rest, anchor = split_anchor("who at mtg after my swim on the north beach at Larnaca Bay on Tuesday")
    assert anchor is not None and anchor.clause == "swim" and rest == "who at mtg on Tuesday"
