"""A follow-up that names another kind of record ("and coffee?", "and my run?" after a question about lunch) asks that kind's
own question on the same day: none of the meal's filters or its "food" go with it. Before, the plan kept them, and the answer
said the log had no lunch record on a day that had one."""

from datetime import datetime
from zoneinfo import ZoneInfo

from server.answers.planner import plan_question

TZ = ZoneInfo("Europe/Berlin")
NOW = datetime(2031, 3, 14, 20, 0, tzinfo=TZ)


def _follow(first: str, then: str):
    previous = plan_question(first, NOW, TZ)
    assert previous is not None
    return previous, plan_question(then, NOW, TZ, previous)


def test_another_kind_after_a_meal_asks_its_own_question_that_day() -> None:
    previous, plan = _follow("what did I eat for lunch on Tuesday?", "and coffee?")
    assert plan is not None and plan.kinds == ["coffee"]
    assert "meal" not in plan.filters and plan.attribute != "food"
    assert plan.window == previous.window


def test_a_workout_after_a_meal_drops_the_meal() -> None:
    _, plan = _follow("where did I have dinner yesterday?", "and my swim?")
    assert plan is not None and plan.kinds == ["exercise"]
    assert plan.filters.get("activity") == "swim" and "meal" not in plan.filters and plan.attribute not in ("food", "place")


def test_a_follow_up_of_the_same_kind_keeps_its_filters() -> None:
    _, plan = _follow("what did I eat for lunch on Tuesday?", "and on Wednesday?")
    assert plan is not None and plan.kinds == ["meal"] and plan.filters.get("meal") == "lunch" and plan.attribute == "food"


def test_through_the_record_store_the_follow_up_tells_the_days_coffees(tmp_path) -> None:
    from datetime import date

    from sensors.synthetic import generate_life
    from server.answers.service import GroundedAnswerer
    from server.answers.typed_records import RecordStore
    from shared.wire import ChatTurn

    berlin = ZoneInfo("Europe/Berlin")
    life = generate_life(date(2026, 11, 2), 7, seed=5)
    store = RecordStore(f"sqlite:///{tmp_path / 'records.sqlite3'}")
    store.add(life)
    answerer = GroundedAnswerer(store.query, None, berlin)
    as_of = datetime(2026, 11, 8, 21, 0, tzinfo=berlin)
    first = answerer.answer("What did I eat for lunch on Wednesday, November 4?", as_of)
    then = answerer.answer("and coffee?", as_of, history=[ChatTurn(question="q", answer=first.text, plan=first.plan)])
    coffees = [o for o in life if o.kind == "coffee" and o.start.astimezone(berlin).date() == date(2026, 11, 4)]
    assert "lunch" not in then.text and f"{len(coffees)} coffee" in then.text
