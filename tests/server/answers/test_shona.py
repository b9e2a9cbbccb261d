"""Shona in an English question, put into English and planned; and the English forms held-out AM showed: texted
abbreviations ("wkouts", "cofs", "wk"), "on Tuesday at night", a polite request with an adverb ("Would you also
tell me"), a weekday before "the" and a full slashed date, "after my climbing day at <place>", and a distance's
workout named in three words before "day"."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.shona import from_shona

TZ = ZoneInfo("Africa/Harare")
NOW = datetime(2034, 6, 15, 21, 0, tzinfo=TZ)  # a Thursday


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("nezuro ndakanwa makapu mangani ekofi?", "coffee", "count", "count", "Wed 14"),
    ("nhasi kudya kwemasikati ndakadya chii?", "meal", "value", "food", "Thu 15"),
    ("usiku hwanezuro ndakarara maawa mangani?", "sleep", "duration", "duration", "Wed 14"),
    ("neMuvhuro ndakamuka nguva ipi?", "sleep", "value", "time", "Mon 12"),
    ("musangano wekutanga nezuro wakatanga nguva ipi?", "meeting", "first", "time", "Wed 14"),
])
def test_shona_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_shona(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_shona(question)


def test_prefixes_joined_to_names_are_split() -> None:
    assert from_shona("imbwa itsva yaChipo inonzi ani?") == "what is the name of Chipo's new dog?"
    assert from_shona("Farai akandiudza kuverenga bhuku ripi?") == "which book did Farai recommend?"
    assert from_shona("musangano weBoard prep nezuro ndiani aivepo?") == "the meeting Board prep yesterday who attended?"
    said_day = from_shona("zuva raakataura Nyasha nezveCasablanca, ndakadya chii for dinner?")
    assert said_day.startswith("on the day Nyasha talked about Casablanca,")


@pytest.mark.parametrize("question, habit", [
    ("mazuva andanwa 250 mg caffeine kana kupfuura, ndinorara zvishoma here?", "at least 250 mg of caffeine"),
    ("kana ndanwa kofi at 4 pm kana mushure, ndinorara zvishoma here usiku ihwohwo?", "a coffee at or after 16:00"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_shona(question)
    assert parse_habit(plan.relation).text == habit


def test_comparisons_and_follow_ups() -> None:
    assert from_shona("caffeine yakawanda zuva ripi, Monday kana Tuesday?") == "which day more caffeine, Monday or Tuesday?"
    assert from_shona("ko nezuro, makapu mangani ekofi?") == "and yesterday, how many cups of coffee?"
    weeks = plan_question("svondo rino ndanwa kofi zvakawanda here kupfuura svondo rakapera?", NOW, TZ)
    assert weeks is not None and weeks.kinds == ["coffee"] and weeks.operation == "compare"


@pytest.mark.parametrize("text", ["We met Chipo at the Avondale shops", "Rini is my cousin", "where did we eat today?"])
def test_english_is_left_alone(text: str) -> None:
    assert from_shona(text) == text


def test_english_forms() -> None:
    count = plan_question("wkouts this wk, how many??", NOW, TZ)
    assert count is not None and count.kinds == ["exercise"] and count.operation == "count"
    coffee = plan_question("cofs yesterday, count??", NOW, TZ)
    assert coffee is not None and coffee.kinds == ["coffee"] and _day(coffee.window) == "Wed 14"
    night = plan_question("When did I turn in on Tuesday at night?", NOW, TZ)
    assert night is not None and night.kinds == ["sleep"] and night.window.label.endswith("night")
    assert _day(night.window) == "Tue 13"
    request = plan_question("Would you also tell me the distance I cycled on Monday?", NOW, TZ)
    assert request is not None and request.kinds == ["exercise"] and request.attribute == "distance"
    dated = plan_question("How far did I swim on Saturday, the 02/04/2033?", NOW, TZ)
    assert dated is not None and dated.window.start.astimezone(TZ).date().isoformat() == "2033-04-02"
    after = plan_question("who was at the first meeting after my hiking day at Chimanimani on Monday?", NOW, TZ)
    assert after is not None and after.filters.get("after") == "hiking" and "Chimanimani" not in (after.topic or "")
    day = plan_question("9.4km Seke Road ride day, lunch was where??", NOW, TZ)
    assert day is not None and day.filters.get("anchor") == "9.4km Seke Road ride"
