"""Norwegian (Bokmål) in an English question, put into English and planned, while Danish keeps its own reading ("til
frokost" is lunch in Denmark); and what held-out BO showed besides: a telegram's "STOP", "what time did my eyes open",
"the meeting I went to straight from my X", a remark's sport in an ask about any workout, "between the X and the Y"
after a follow-up, and "compared to the other days" (no day left unread)."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.danish import from_danish
from server.answers.norwegian import from_norwegian
from server.answers.planner import plan_question
from server.answers.tidy import tidy

TZ = ZoneInfo("Europe/Oslo")
NOW = datetime(2036, 11, 14, 21, 0, tzinfo=TZ)  # a Friday
TITLES = ("Roadmap sync", "Vendor call")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("hva fikk jeg til lunsj on Wednesday? helt borte", "meal", "value", "food", "Wed 12"),
    ("hvor spiste jeg middag yesterday?", "meal", "value", "place", "Thu 13"),
    ("hvem var med på Roadmap sync møtet on Tuesday?", "meeting", "list", "attendees", "Tue 11"),
    ("hvor mange kopper kaffe drakk jeg i går?", "coffee", "count", "count", "Thu 13"),
    ("når våknet jeg on Wednesday? bare klokkeslettet", "sleep", "value", "time", "Wed 12"),
    ("når startet det første møtet mitt yesterday?", "meeting", "first", "time", "Thu 13"),
    ("hvor langt syklet jeg on Tuesday?", "exercise", "total", "distance", "Tue 11"),
])
def test_norwegian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_norwegian_follow_ups_habits_and_comparisons() -> None:
    assert from_norwegian("og natta før det?") == "and the night before?"
    assert from_norwegian("hva med Solveig? samme spørsmål") == "and Solveig?"
    assert from_norwegian("hvor gammel blir datteren til Solveig?") == "how old is Solveig's daughter turning?"
    weeks = plan_question(tidy("drikker jeg mer kaffe denne uka enn forrige uke? mer eller mindre"), NOW, TZ)
    assert weeks is not None and weeks.operation == "compare" and weeks.kinds == ["coffee"]
    habit = plan_question(tidy("hvordan sover jeg etter dager med 250 mg koffein eller mer, compared to the other days?"), NOW, TZ)
    assert habit is not None and habit.operation == "relation"
    anchored = plan_question(tidy("hva spiste jeg til middag den dagen jeg syklet 21.4 km?"), NOW, TZ)
    assert anchored is not None and anchored.filters.get("meal") == "dinner" and "anchor" in anchored.filters


def test_danish_keeps_its_own_words() -> None:
    assert from_norwegian("hva spiste jeg til frokost on Monday?") == "hva spiste jeg til frokost on Monday?"
    assert "lunch" in from_danish("hva spiste jeg til frokost on Monday?")
    assert from_norwegian("hvem var med til Vendor call-mødet?") == "hvem var med til Vendor call-mødet?"


@pytest.mark.parametrize("question, kind, operation", [
    ("coffees yesterday STOP count STOP", "coffee", "count"),
    ("day i swam 1.8 km STOP dinner STOP", "meal", "value"),
    ("In the polar night only the alarm works. What time did my eyes open on Wednesday?", "sleep", "value"),
])
def test_a_telegram_and_eyes_that_open(question: str, kind: str, operation: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind] and plan.operation == operation, tidy(question)


def test_the_meeting_i_went_to_straight_from_a_workout() -> None:
    plan = plan_question(tidy("Still smelling of wax. Who was in the meeting I went to straight from my swim on Tuesday?"), NOW, TZ)
    assert plan is not None and plan.kinds == ["meeting"] and plan.attribute == "attendees" and "after" in plan.filters


def test_a_remark_s_sport_is_not_the_one_asked() -> None:
    plan = plan_question("Rollerski laps on the track are no training. How many real workouts have I done this week?", NOW, TZ)
    assert plan is not None and plan.operation == "count" and "activity" not in plan.filters


def test_a_follow_up_told_by_what_was_done_keeps_its_question() -> None:
    first = plan_question("coffees yesterday, how many?", NOW, TZ)
    plan = plan_question(tidy("And today up to now, between the wax test and the start?"), NOW, TZ, first)
    assert plan is not None and plan.operation == "count" and plan.window is not None and plan.window.label == "today"
