"""Slovenian in an English question, put into English and planned (while Croatian's "ali" stays "but" and Czech's
"spal" stays Czech); and what held-out BT showed besides: "v noči s ponedeljka na torek (5. 5.)", Slovenian short
weekdays before a date ("the night from pet. 2/5 to sob. 3/5"), "I should appreciate being told", "Could you advise me
as to", "May I have your confirmation of", "I remain obliged.", "Arising from that,", "With reference to my previous
question,", and "when I lay down"."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from server.answers.dates import normalize_dates
from server.answers.planner import plan_question
from server.answers.slovenian import from_slovenian
from server.answers.tidy import tidy

TZ = ZoneInfo("Europe/Ljubljana")
NOW = datetime(2036, 10, 23, 21, 0, tzinfo=TZ)  # a Thursday
TITLES = ("Budget sync", "Design review")


def _day(window) -> str:
    return window.start.astimezone(TZ).strftime("%a %d")


@pytest.mark.parametrize("question, kind, operation, attribute, day", [
    ("kaj sem jedel za kosilo včeraj? ne vem več", "meal", "value", "food", "Wed 22"),
    ("kje sem bila na večerji on Monday?", "meal", "value", "place", "Mon 20"),
    ("kdo je bil na sestanku Budget sync on Tuesday?", "meeting", "list", "attendees", "Tue 21"),
    ("koliko kav sem spila danes?", "coffee", "count", "count", "Thu 23"),
    ("kdaj sem se zbudila on Tuesday?", "sleep", "value", "time", "Tue 21"),
    ("koliko ur sem spal v noči s ponedeljka na torek (20. 10.)?", "sleep", "duration", "duration", "Mon 20"),
])
def test_slovenian_is_planned(question: str, kind: str, operation: str, attribute: str, day: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ, titles=TITLES)
    assert plan is not None and plan.kinds == [kind], tidy(question)
    assert (plan.operation, plan.attribute, _day(plan.window)) == (operation, attribute, day), tidy(question)


def test_slovenian_follow_ups_and_said_things() -> None:
    assert from_slovenian("pa dan prej?") == "and the day before?"
    assert from_slovenian("pa Mojca? ista stvar") == "and Mojca?"
    assert from_slovenian("katera knjiga je bila Mojca's recommendation? pozabila sem") == "which book did Mojca recommend?"
    assert from_slovenian("in koliko časa je trajal ta sestanek?") == "and how long was that meeting?"
    habit = plan_question(tidy("ali spim manj, kadar pijem kavo ob 4 pm ali kasneje?"), NOW, TZ)
    assert habit is not None and habit.operation == "relation"


@pytest.mark.parametrize("text", ["koliko kave si popila danas, ali samo jednu?", "kolik kávy jsem vypila, spal jsem málo?"])
def test_croatian_and_czech_are_left_to_their_tables(text: str) -> None:
    assert from_slovenian(text) == text


def test_short_weekdays_before_a_date_and_nights_between_them() -> None:
    assert normalize_dates("sleep the night from pet. 17/10 to sob. 18/10?", False, date(2036, 10, 23)) == "sleep 17 October night?"


@pytest.mark.parametrize("question, kind", [
    ("I should appreciate being told how far I swam on Tuesday.", "exercise"),
    ("Could you advise me as to the number of meetings I had on Monday? I remain obliged.", "meeting"),
    ("May I have your confirmation of how many hours I slept on Monday night. I remain obliged.", "sleep"),
    ("I sat up sharpening chisels. What hour was it when I lay down at last on Monday night?", "sleep"),
])
def test_formulas_and_lying_down(question: str, kind: str) -> None:
    plan = plan_question(tidy(question), NOW, TZ)
    assert plan is not None and plan.kinds == [kind], tidy(question)


def test_openers_of_a_follow_up() -> None:
    first = plan_question("How many hours did I sleep on Tuesday night?", NOW, TZ)
    for opener in ("Arising from that,", "With reference to my previous question,"):
        plan = plan_question(tidy(f"{opener} could you advise me as to the same for the night before."), NOW, TZ, first)
        assert plan is not None and plan.kinds == ["sleep"] and _day(plan.window) == "Mon 20"


def test_it_standing_for_the_day_a_remark_names() -> None:
    plan = plan_question(tidy("On a day like the one when I swam 2.4 km, I sleep like a log. What did I eat for lunch on it?"),
                         NOW, TZ)
    assert plan is not None and plan.kinds == ["meal"] and plan.filters.get("anchor") == "I swam 2.4 km"


def test_a_night_from_one_day_into_the_next_with_z_or_s() -> None:
    """"v noči z nedelje na ponedeljek (4. 5.)" and "v noči s ponedeljka na torek (5. 5.)": the night of the date given."""
    assert tidy("ob kateri uri sem šla spat v noči z nedelje na ponedeljek (4. 5.)?") == "what time did I go to bed the night of 4.5?"
    assert tidy("ob kateri uri sem šla spat v noči s ponedeljka na torek (5. 5.)?") == "what time did I go to bed the night of 5.5?"
