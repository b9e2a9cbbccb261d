"""Somali in an English question, put into English and planned; and the English forms held-out AQ showed: formal
requests ("I am desirous of knowing whether", "I take the liberty of asking", "Your answer is requested as to"), a
chat command first ("/lunch day before", "/same Dev"), "the 3rd, November 2034", and a remark after a follow-up that
names another kind ("and how long did that one drag on? it felt like it ate the whole afternoon")."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.habits import parse_habit
from server.answers.planner import plan_question
from server.answers.requests import without_request
from server.answers.somali import from_somali

TZ = ZoneInfo("Africa/Mogadishu")
NOW = datetime(2034, 10, 12, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Board prep", "Sprint planning")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("shalay immisa koob oo bun ah ayaan cabbay?", "coffee", "count", "count", "Wed 11"),
    ("maanta maxaan ku qadeeyay?", "meal", "value", "food", "Thu 12"),
    ("shalay masaafo intee le'eg ayaan orday?", "exercise", "total", "distance", "Wed 11"),
    ("maanta shirkii ugu horreeyay goorma ayuu bilaabmay?", "meeting", "first", "time", "Thu 12"),
])
def test_somali_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.kinds == [kind], from_somali(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), from_somali(question)


def test_meetings_and_what_someone_said() -> None:
    who = plan_question("Board prep meeting-kii shalay, yaa ka qaybgalay?", NOW, TZ, titles=TITLES)
    assert who is not None and who.kinds == ["meeting"] and who.attribute == "attendees" and _day(who.window) == "Wed 11"
    length = plan_question("Sprint planning shalay, muddo intee le'eg ayuu shirku socday?", NOW, TZ, titles=TITLES)
    assert length is not None and length.kinds == ["meeting"] and length.attribute == "duration"
    assert from_somali("Hodan recommended a filim, filimkee ahaa?") == "Hodan recommended a film, which one was it?"


@pytest.mark.parametrize("question, habit", [
    ("markaan qaato 250 mg caffeine ama ka badan, ma seexdaa wax ka yar?", "at least 250 mg of caffeine"),
    ("maalmaha aan bun cabbo 5 pm ama ka dib, ma seexdaa wax ka yar, celcelis ahaan?", "a coffee at or after 17:00"),
    ("I am desirous of knowing whether I sleep less after evenings on which supper begins at or after 9 pm.",
     "dinner starting at or after 21:00"),
])
def test_habits_are_relations(question: str, habit: str) -> None:
    plan = plan_question(question, NOW, TZ)
    assert plan is not None and plan.operation == "relation", from_somali(question)
    assert parse_habit(plan.relation).text == habit


@pytest.mark.parametrize("text", ["a cinnamon bun with my coffee", "Yaa Asantewaa was a queen", "an ahaa moment at the bun shop"])
def test_english_is_left_alone(text: str) -> None:
    assert from_somali(text) == text


def test_requests_commands_dates_and_remarks() -> None:
    assert without_request("I take the liberty of asking what I ate") == "what I ate"
    assert without_request("Your answer is requested as to who came") == "who came"
    dated = plan_question("What did I have for lunch on Friday the 6th, October 2034?", NOW, TZ)
    assert dated is not None and dated.window.start.astimezone(TZ).date().isoformat() == "2034-10-06"
    first = plan_question("/mtg Board prep yesterday who attended", NOW, TZ, titles=TITLES)
    assert first is not None and first.kinds == ["meeting"] and first.attribute == "attendees"
    same = plan_question("/same Hodan", NOW, TZ, previous=plan_question("which podcast did Ayaan recommend?", NOW, TZ))
    assert same is not None and same.parsed_by == "follow-up" and same.filters.get("speaker") == "Hodan"
    longer = plan_question("and how long did that one go on? it felt like it ate my whole morning", NOW, TZ, previous=first)
    assert longer is not None and longer.kinds == ["meeting"] and longer.attribute == "duration"
