"""Grounded answers on a week of synthetic life, through the real SQLite record store: each answer's
numbers, times and names are checked against the records themselves (computed here another way)."""

from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sensors.synthetic import generate_life
from server.answers.typed_records import RecordStore
from server.answers.service import GroundedAnswerer
from shared.observation import Observation
from shared.wire import ChatTurn

TZ = ZoneInfo("Europe/Berlin")
AS_OF = datetime(2026, 11, 8, 21, 0, tzinfo=TZ)


@pytest.fixture(scope="module")
def life() -> list[Observation]:
    return generate_life(date(2026, 11, 2), 7, seed=3)


@pytest.fixture(scope="module")
def answerer(life: list[Observation], tmp_path_factory: pytest.TempPathFactory) -> GroundedAnswerer:
    path: Path = tmp_path_factory.mktemp("records") / "records.sqlite3"
    store = RecordStore(f"sqlite:///{path}")
    assert store.add(life) == len(life)
    assert store.add(life[:10]) == 0  # idempotent on id
    return GroundedAnswerer(store.query, None, TZ)


def _on(life: list[Observation], kind: str, day: date) -> list[Observation]:
    return [o for o in life if o.kind == kind and o.start.astimezone(TZ).date() == day]


def test_coffee_count_and_caffeine_today(life, answerer) -> None:
    today = _on(life, "coffee", AS_OF.date())
    answer = answerer.answer("How many coffees did I have today?", AS_OF)
    assert answer.made_by == "computed" and answer.verified
    assert f"{len(today)} coffee" in answer.text
    assert all(o.start.astimezone(TZ).strftime("%H:%M") in answer.text for o in today)
    mg = sum(o.data["caffeine_mg"] for o in today)
    assert f"{mg} mg" in answerer.answer("How much caffeine did I have today?", AS_OF).text


def test_time_of_the_question_bounds_the_evidence(life, answerer) -> None:
    morning = AS_OF.replace(hour=9, minute=0)
    before = [o for o in _on(life, "coffee", AS_OF.date()) if o.start <= morning]
    answer = answerer.answer("How many coffees did I have today?", morning)
    assert (f"{len(before)} coffee" in answer.text) if before else answer.made_by == "unknown"


def test_lunch_on_a_named_date(life, answerer) -> None:
    lunch = [o for o in _on(life, "meal", date(2026, 11, 4)) if o.data["meal"] == "lunch"][0]
    answer = answerer.answer("What did I eat for lunch on Wednesday, November 4?", AS_OF)
    assert lunch.data["food"] in answer.text and "4 November" in answer.text


def test_attendees_of_a_meeting(life, answerer) -> None:
    standup = [o for o in _on(life, "meeting", date(2026, 11, 5)) if o.data["title"] == "Daily standup"][0]
    answer = answerer.answer("Who attended the Daily standup on Thursday, November 5?", AS_OF)
    assert all(name in answer.text for name in standup.data["attendees"])


def test_a_meeting_asked_in_words_not_read_is_told_whole_with_who_was_there(life, answerer) -> None:
    standup = [o for o in _on(life, "meeting", date(2026, 11, 5)) if o.data["title"] == "Daily standup"][0]
    answer = answerer.answer("Daily standup on Thursday, November 5, vrak zorp blip?", AS_OF)  # its asking words unread
    assert answer.made_by == "computed" and answer.verified
    assert standup.start.astimezone(TZ).strftime("%H:%M") in answer.text
    assert all(name in answer.text for name in standup.data["attendees"])


def test_a_remark_after_the_question_that_names_no_meeting_does_not_empty_the_count(life, answerer) -> None:
    meetings = _on(life, "meeting", date(2026, 11, 5))
    asked = "How many meetings was I in on Thursday, November 5?"
    for question in (asked, asked + " Practice management loves a meeting."):
        assert f"{len(meetings)} meeting" in answerer.answer(question, AS_OF).text
    standup = answerer.answer(asked + " Only the Daily standup.", AS_OF)
    assert "1 meeting" in standup.text  # a remark that names a title still picks it
    named = answerer.answer("How many Practice management meetings on Thursday, November 5?", AS_OF)
    assert named.made_by == "unknown"  # named in the question itself: a meeting that did not take place
    while_clause = answerer.answer("While the dough proves, how many meetings was I in on Thursday, November 5?", AS_OF)
    assert f"{len(meetings)} meeting" in while_clause.text  # a clause's opening word, capitalised, is no meeting's title


def test_sleep_last_night(life, answerer) -> None:
    night = [o for o in life if o.kind == "sleep" and o.end.astimezone(TZ).date() == AS_OF.date()][0]
    answer = answerer.answer("How long did I sleep last night?", AS_OF)
    assert f"{night.data['hours']} h" in answer.text
    assert night.start.astimezone(TZ).strftime("%H:%M") in answer.text


def test_unknown_window_says_so_and_names_it(answerer) -> None:
    answer = answerer.answer("What did I have for lunch on 25 December?", AS_OF)
    assert answer.made_by == "unknown" and "don't know" in answer.text and "25 December" in answer.text


def test_follow_up_moves_the_window_back_a_day(life, answerer) -> None:
    first = answerer.answer("How many coffees did I have yesterday?", AS_OF)
    follow = answerer.answer("And the day before?", AS_OF, history=[ChatTurn(question="q", plan=first.plan)])
    day = AS_OF.date() - timedelta(days=2)
    assert f"{len(_on(life, 'coffee', day))} coffee" in follow.text and follow.plan.parsed_by == "follow-up"


def test_comparison_of_two_days(life, answerer) -> None:
    monday = [o for o in life if o.kind == "sleep" and o.end.astimezone(TZ).date() == date(2026, 11, 2)][0]
    answer = answerer.answer("Did I sleep more on Monday or on Tuesday?", AS_OF)
    asleep = round((monday.end - monday.start).total_seconds() / 60)
    assert answer.plan.operation == "compare" and f"{asleep // 60} h {asleep % 60} min" in answer.text


def test_a_day_named_by_what_happened_on_it(life, answerer) -> None:
    swims = [o for o in life if o.kind == "exercise" and o.data["activity"] == "swim" and o.start <= AS_OF]
    day = swims[-1].start.astimezone(TZ).date()
    dinner = [o for o in _on(life, "meal", day) if o.data["meal"] == "dinner"][0]
    answer = answerer.answer("What did I have for dinner on the day I swam?", AS_OF)
    assert dinner.data["food"] in answer.text


def test_habit_relation_compares_days_with_and_without(answerer) -> None:
    answer = answerer.answer("Do I sleep less after a coffee at or after 3 pm?", AS_OF)
    assert answer.plan.operation == "relation" and answer.made_by in ("computed", "unknown")
    assert answer.evidence and "coffee at or after 15:00 -> sleep that night" in answer.evidence[0].text


def test_a_person_named_in_lower_case_is_found_among_the_logs_people(life, answerer) -> None:
    said = [o for o in life if o.kind == "conversation" and o.data["speaker"] == "Aisha Bello"
            and "deadline" in o.data["text"] and o.start <= AS_OF]
    answer = answerer.answer("what did aisha say about the deadline", AS_OF)
    assert answer.made_by == "quoted" and answer.plan.filters["speaker"] == "Aisha"
    assert said[-1].data["text"] in answer.text or said[0].data["text"] in answer.text


def test_a_day_it_cannot_read_gets_no_answer_about_today(answerer) -> None:
    answer = answerer.answer("How many coffees did I have the other day?", AS_OF)
    assert answer.made_by == "unknown" and "the other day" in answer.text
    assert answer.evidence == [] and not any(ch.isdigit() for ch in answer.text)


def test_a_meeting_held_on_several_days_is_named_by_its_days_and_not_summed(life, answerer) -> None:
    standups = [o for o in life if o.kind == "meeting" and o.data["title"] == "Daily standup" and o.start <= AS_OF]
    days = {o.start.astimezone(TZ).date() for o in standups}
    assert len(days) > 1  # the life holds it on several days
    first = answerer.answer("Who was at the Daily standup meeting?", AS_OF)
    assert first.made_by == "computed" and first.verified
    shown = [o for o in standups if f"{o.start.astimezone(TZ):%A}, {o.start.astimezone(TZ).day} {o.start.astimezone(TZ):%B}" in first.text]
    assert len(shown) >= 2, first.text  # each one with its day: which is which
    turn = ChatTurn(question="Who was at the Daily standup meeting?", answer=first.text, plan=first.plan)
    length = answerer.answer("and how long was that meeting?", AS_OF, history=[turn])
    total = sum((o.end - o.start).total_seconds() / 60 for o in standups)
    assert length.made_by == "computed" and "different days" in length.text, length.text
    assert f"{int(total // 60)} h" not in length.text.split(":")[0], length.text  # no total of several meetings as "that meeting"


def test_time_spent_eating_lists_each_meals_length(life, answerer) -> None:
    meals = _on(life, "meal", AS_OF.date())
    answer = answerer.answer("How long did I spend eating today?", AS_OF)
    assert answer.made_by == "computed" and answer.verified
    total = sum((o.end - o.start).total_seconds() / 60 for o in meals)
    assert answer.text.startswith("You spent ") and " eating today" in answer.text
    hours, mins = divmod(round(total), 60)
    assert (f"{hours} h {mins} min" if hours and mins else f"{hours} h" if hours else f"{mins} min") in answer.text
    for meal in meals:  # each meal's own length stands beside it, so the sum can be checked by eye
        length = round((meal.end - meal.start).total_seconds() / 60)
        assert f"({meal.start.astimezone(TZ):%H:%M}, {length} min)" in answer.text


def test_a_count_longer_than_its_list_says_more_were_counted(life, answerer) -> None:
    week = [o for o in life if o.kind == "coffee"]
    answer = answerer.answer("How many coffees did I have this week?", AS_OF)
    assert len(week) > 8 and f"{len(week)} coffees" in answer.text
    assert answer.text.endswith(" and more.")
