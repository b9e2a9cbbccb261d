"""Slovak (with or without its accents) in an English question, put into English and planned; and what held-out BM
showed besides: "the Sat-to-Sun night", and a remark that names another topic's noun before the sentence that asks
("I want to book a table. Where was it that Noor told us to eat?": a restaurant, not a book)."""

from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from server.answers.planner import plan_question
from server.answers.said import best_said
from server.answers.slovak import from_slovak
from server.answers.tidy import tidy
from server.answers.week_dates import nordic_dates
from shared.observation import Observation

TZ = ZoneInfo("Europe/Bratislava")
NOW = datetime(2036, 8, 13, 21, 0, tzinfo=TZ)  # a Wednesday
TITLES = ("Budget sync", "Kickoff")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("čo som mal na obed on Monday?", "meal", "value", "food", "Mon 11"),
    ("co som vecieral yesterday? neviem", "meal", "value", "food", "Tue 12"),
    ("kde som obedoval on Monday?", "meal", "value", "place", "Mon 11"),
    ("kto bol na tom Budget sync meetingu yesterday?", "meeting", "list", "attendees", "Tue 12"),
    ("koľko káv som vypil on Monday?", "coffee", "count", "count", "Mon 11"),
    ("o kolkej som mal prvu kavu yesterday?", "coffee", "first", "time", "Tue 12"),
    ("kolko som odplaval on Monday?", "exercise", "total", "distance", "Mon 11"),
])
def test_slovak_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_slovak_follow_ups_said_and_habits() -> None:
    assert from_slovak("a deň predtým?") == "and the day before?"
    assert from_slovak("a dnes zatial?") == "and today so far?"
    assert from_slovak("a co tak Zuzka? to iste") == "and Zuzka?"
    assert from_slovak("kolko rokov bude mat dcera Zuzka?") == "how old is Zuzka's daughter turning?"
    habit = plan_question(tidy("ako spim po dnoch s 300 mg kofeinu alebo viac oproti ostatnym dnom?"), NOW, TZ)
    assert habit is not None and habit.operation == "relation"


def test_pair_night_and_the_topic_of_the_ask() -> None:
    assert nordic_dates("sleep the Sat-to-Sun night?", date(2036, 8, 13)) == "sleep Saturday night?"
    start = datetime(2036, 8, 10, 19, tzinfo=TZ).astimezone(timezone.utc)

    def said(i: int, text: str) -> Observation:
        return Observation(id=f"c{i}", sensor="mic", kind="conversation", start=start + timedelta(minutes=i),
                           data={"speaker": "Zuzka", "text": text})

    rows = [said(1, "You should read Piranesi, I couldn't put it down."), said(2, "We should try Lotus Alley sometime.")]
    picked = best_said("I want to book a table. Where was it that Zuzka told us to eat?", "Zuzka", rows)
    assert [o.id for o in picked] == ["c2"]
