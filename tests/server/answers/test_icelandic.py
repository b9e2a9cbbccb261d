"""Icelandic (with its own letters or typed plainly) in an English question, put into English and planned; and what
held-out BN showed besides: a mail's subject line ("Re: ...", "Fwd: ..."), "due on the ground", a film called after a
topic word ("Arrival"), a remark's verb taken for a sport, and a day with no workout in a comparison."""

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from server.answers.compute import compute
from server.answers.icelandic import from_icelandic
from server.answers.planner import plan_question
from server.answers.said import best_said
from server.answers.tidy import tidy
from shared.observation import Observation

TZ = ZoneInfo("Atlantic/Reykjavik")
NOW = datetime(2036, 10, 9, 20, 30, tzinfo=TZ)  # a Thursday
TITLES = ("Ops huddle", "Budget review")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("hvað borðaði ég í hádeginu on Tuesday? man ekkert", "meal", "value", "food", "Tue 07"),
    ("hvad bordadi eg i morgunmat yesterday?", "meal", "value", "food", "Wed 08"),
    ("hvar borðaði ég kvöldmat on Monday?", "meal", "value", "place", "Mon 06"),
    ("hverjir voru á Ops huddle fundinum yesterday? no clue", "meeting", "list", "attendees", "Wed 08"),
    ("hvað drakk ég marga kaffibolla on Tuesday?", "coffee", "count", "count", "Tue 07"),
    ("klukkan hvað fékk ég fyrsta kaffið yesterday?", "coffee", "first", "time", "Wed 08"),
    ("hvað synti ég langt on Monday?", "exercise", "total", "distance", "Mon 06"),
    ("hvað svaf ég marga klukkutíma last night?", "sleep", "duration", "duration", "Wed 08"),
])
def test_icelandic_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_icelandic_follow_ups_said_things_and_habits() -> None:
    assert from_icelandic("en daginn áður?") == "and the day before?"
    assert from_icelandic("en nottina a undan?") == "and the night before?"
    assert from_icelandic("hvað með Sigrún? sama") == "and Sigrún?"
    assert from_icelandic("on Monday þá? sama spurning") == "and on Monday?"
    assert from_icelandic("hvað verður dóttir Sigrún gömul?") == "how old is Sigrún's daughter turning?"
    assert from_icelandic("hvenær lendir Gunnar? ætla að sækja hann") == "when does Gunnar land?"
    weeks = plan_question(tidy("er ég að drekka meira kaffi í þessari viku en í síðustu viku?"), NOW, TZ)
    assert weeks is not None and weeks.operation == "compare" and weeks.kinds == ["coffee"]
    habit = plan_question(tidy("hvernig sef ég eftir daga með 350 mg af koffíni eða meira miðað við aðra daga?"), NOW, TZ)
    assert habit is not None and habit.operation == "relation"


@pytest.mark.parametrize("question, kind, operation", [
    ("Re: coffees Tuesday, count?", "coffee", "count"),
    ("RE: Fwd: first meeting yesterday, what time?", "meeting", "first"),
    ("Re: dinner on the day I swam 1.5 km?", "meal", "value"),
])
def test_a_mail_subject_line_is_its_question(question: str, kind: str, operation: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind] and plan.operation == operation
    assert "speaker" not in plan.filters  # "Re" is nobody


def _said(i: int, text: str) -> Observation:
    start = datetime(2036, 10, 5, 12, tzinfo=TZ).astimezone(timezone.utc)
    return Observation(id=f"c{i}", sensor="mic", kind="conversation", start=start + timedelta(minutes=i),
                       data={"speaker": "Sigrún", "text": text})


def test_due_on_the_ground_is_a_landing_and_a_title_is_no_topic_word() -> None:
    assert "land" in tidy("When is Sigrún due on the ground?")
    rows = [_said(1, "If you haven't seen Arrival yet, it is worth a weekend."), _said(2, "My plane gets in at 6:40 on Sunday.")]
    assert [o.id for o in best_said(tidy("When is Sigrún due on the ground?"), "Sigrún", rows)] == ["c2"]
    assert [o.id for o in best_said("which film did Sigrún recommend?", "Sigrún", rows[:1] + [_said(3, "Try the film Arrival.")])] == ["c3"]


def test_a_remark_names_no_sport_for_which_of_my_workouts() -> None:
    plan = plan_question("Some shifts run late. Which of my workouts lasted longer, Monday or Tuesday?", NOW, TZ)
    assert plan is not None and plan.operation == "compare" and "activity" not in plan.filters


def test_a_day_without_the_workout_has_none_to_measure() -> None:
    monday = datetime(2036, 10, 6, 7, tzinfo=TZ).astimezone(timezone.utc)
    run = Observation(id="r1", sensor="watch", kind="exercise", start=monday, end=monday + timedelta(minutes=47),
                      data={"activity": "run", "distance_km": 8.1})
    plan = plan_question("which was the longer run, Monday or Tuesday? minutes each", NOW, TZ)
    assert plan is not None and plan.operation == "compare"
    text = compute(plan, lambda kinds, start, end: [run] if start <= monday < end else [], NOW, TZ).text
    assert "47 min" in text and "no run in your log" in text and "0 min" not in text
