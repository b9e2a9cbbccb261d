"""Mauritian Creole in an English question, put into English and planned; and the English forms held-out AO showed:
formal requests ("It is requested that you confirm", "I would thank you to state", "Please apprise me of"),
"exceeds" as a comparison and "alters" as a habit's effect, "by bicycle", a remark before the question whose words
named another kind ("... at Rose Hill ...", "half asleep") or a window ("Sunday at the beach, ... And what did Lila
say?"), and a workout "on the <Place> beach" before a meeting."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.kreol import from_kreol
from server.answers.planner import plan_question
from server.answers.requests import without_request

TZ = ZoneInfo("Indian/Mauritius")
NOW = datetime(2034, 8, 17, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Board prep", "Sprint planning")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("konbien tas kafe mo ti bwar yer?", "coffee", "count", "count", "Wed 16"),
    ("ki mo ti manz pou lunch zordi?", "meal", "value", "food", "Thu 17"),
    ("konbien ler mo ti dormi yer swar?", "sleep", "duration", "duration", "Wed 16"),
    ("a ki ler mo ti leve lindi?", "sleep", "value", "time", "Mon 14"),
    ("konbien km mo ti galoup yer?", "exercise", "total", "distance", "Wed 16"),
])
def test_kreol_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_kreol(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_kreol(question)


def test_what_someone_said_and_who_attended() -> None:
    assert from_kreol("ki liv Priya ti dir mwa lir?") == "which book did Priya recommend?"
    assert from_kreol("ki non Arjun so nouvo lisien?") == "what is the name of Arjun's new dog?"
    who = plan_question("kisannla ti dan Board prep la yer?", NOW, TZ, titles=TITLES)
    assert who is not None and who.kinds == ["meeting"] and who.attribute == "attendees" and _day(who.window) == "Wed 16"


@pytest.mark.parametrize("question, habit", [
    ("kan mo pran 250 mg caffeine oubien plis dan enn zour, eski mo dormi mwins?", "at least 250 mg of caffeine"),
    ("kan mo bwar kafe apre 5 pm, eski mo dormi mwins lanwit la?", "a coffee at or after 17:00"),
    ("Please apprise me of whether a supper begun after 9 pm alters how long I sleep.", "dinner starting at or after 21:00"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", question
    assert parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("text", ["Yer is a word in Yorkshire", "the kot by the window", "Mo Farah ran a good race"])
def test_english_is_left_alone(text: str) -> None:
    assert from_kreol(text) == text


def test_formal_requests_are_taken_off() -> None:
    assert without_request("It is requested that you confirm how far I walked") == "how far I walked"
    assert without_request("I would thank you to state whether I slept more") == "whether I slept more"
    assert without_request("Please apprise me of the figure for today") == "the figure for today"


def test_english_forms() -> None:
    ride = plan_question("It is requested that you confirm the distance I covered by bicycle on Tuesday - 15/08.", NOW, TZ)
    assert ride is not None and ride.kinds == ["exercise"] and ride.filters.get("activity") == "cycle"
    weeks = plan_question("I would thank you to state whether my coffee this week exceeds that of last week.", NOW, TZ)
    assert weeks is not None and weeks.operation == "compare"
    meeting = plan_question("The bus broke down at Rose Hill again. How long was the Sprint planning on Monday?", NOW, TZ,
                            titles=TITLES)
    assert meeting is not None and meeting.kinds == ["meeting"] and meeting.attribute == "duration"
    after = plan_question("after swim on the Blue Bay beach on Monday, next meeting attendees?", NOW, TZ)
    assert after is not None and after.filters.get("after") == "swim" and "Blue" not in (after.topic or "")


def test_a_remark_with_a_day_before_a_follow_up() -> None:
    first = plan_question("ki podcast Priya ti dir mwa ekoute?", NOW, TZ)
    later = plan_question("Saturday at the market, everyone had a tip. And what did Arjun say?", NOW, TZ, previous=first)
    assert later is not None and later.parsed_by == "follow-up" and later.filters.get("speaker") == "Arjun"
