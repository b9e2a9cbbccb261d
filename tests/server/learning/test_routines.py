"""Routine statistics over synthetic life and hand-made days (pure, fast)."""

from __future__ import annotations

import statistics
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sensors.synthetic import generate_life
from server.learning.routines import learn_routines
from shared.observation import Observation

TZ = ZoneInfo("Europe/Berlin")
START = date(2026, 10, 5)  # a Monday


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def test_routines_of_four_synthetic_weeks_match_the_data() -> None:
    observations = generate_life(START, 28, seed=3)
    routines = learn_routines(observations, TZ)

    assert routines.days == 28 and routines.first_day == START
    sleep = [o for o in observations if o.kind == "sleep"]
    assert routines.sleep_nights == len(sleep) == 28
    assert routines.sleep_avg_h == round(statistics.fmean(o.duration_s / 3600 for o in sleep), 1)
    coffee = [o for o in observations if o.kind == "coffee"]
    assert routines.coffee_per_day == round(len(coffee) / 28, 1)
    assert routines.coffee_first is not None and routines.coffee_last is not None
    assert routines.coffee_first < routines.coffee_last
    exercise = [o for o in observations if o.kind == "exercise"]
    assert routines.exercise_count == len(exercise)
    assert routines.exercise_per_week == round(len(exercise) / 4, 1)
    assert routines.exercise_activity in ("run", "cycle", "swim")

    late = routines.relations[0]
    assert late.habit == "coffee after 15:00" and late.outcome == "sleep that night"
    assert late.with_n + late.without_n == 27  # the last day's night is not in the data
    assert late.with_n >= 2 and late.without_n >= 2 and late.difference is not None

    lines = routines.lines()
    assert lines[0].startswith("28 days observed")
    assert any(line.startswith("sleep: ") and f"{routines.sleep_avg_h:.1f} h" in line for line in lines)
    assert any("coffee after 15:00 -> sleep that night" in line and "(n=" in line for line in lines)
    topics = {fact.topic for fact in routines.facts()}
    assert {"sleep.average", "coffee.per_day", "coffee.first", "coffee.last", "exercise.frequency"} <= topics
    assert all(fact.source_ids for fact in routines.facts())


def test_late_coffee_goes_with_less_sleep_that_night() -> None:
    observations: list[Observation] = []
    for n in range(8):
        day = START + timedelta(days=n)
        late = n % 2 == 0
        coffee_at = _at(day, 16, 30) if late else _at(day, 9, 0)
        observations.append(Observation(id=f"c{n}", sensor="manual", kind="coffee", start=coffee_at))
        bed = _at(day, 23, 0)
        hours = 6.0 if late else 8.0
        observations.append(Observation(id=f"s{n}", sensor="health", kind="sleep", start=bed,
                                        end=bed + timedelta(hours=hours)))
    routines = learn_routines(observations, TZ)

    late = routines.relations[0]
    assert (late.with_mean, late.with_n, late.without_mean, late.without_n) == (6.0, 4, 8.0, 4)
    assert late.difference == -2.0
    assert late.line() == "coffee after 15:00 -> sleep that night: 6.0 h (n=4) vs 8.0 h without (n=4)"
    fact = next(f for f in routines.facts() if f.topic == "relation.coffee_after_1500")
    assert fact.text == "On days with coffee after 15:00, sleep that night is 2.0 h less (6.0 h vs 8.0 h)."
    assert {"c0", "s0"} <= set(fact.source_ids)


def test_learned_memories_and_empty_input_are_not_routines() -> None:
    summary = Observation(id="day-summary-2026-10-05", sensor="tether-learning", kind="day_summary",
                          start=_at(START, 0), end=_at(START + timedelta(days=1), 0), data={"text": "x"})
    routines = learn_routines([summary], TZ)
    assert routines.days == 0
    assert routines.lines() == ["no observations to learn routines from"]
    assert routines.facts() == []


def test_exercise_weekday_and_time() -> None:
    observations = [
        Observation(id=f"e{n}", sensor="health", kind="exercise", start=_at(START + timedelta(days=7 * n + 1), 7, 15),
                    end=_at(START + timedelta(days=7 * n + 1), 8, 0), data={"activity": "run"})
        for n in range(3)
    ] + [Observation(id=f"m{n}", sensor="manual", kind="meal", start=_at(START + timedelta(days=n), 12))
         for n in range(21)]
    routines = learn_routines(observations, TZ)
    assert routines.exercise_weekday == "Tuesday" and routines.exercise_weekday_count == 3
    assert routines.exercise_per_week == 1.0
    slot = next(f for f in routines.facts() if f.topic == "exercise.slot")
    assert slot.text == "Usually exercises in the morning around 07:15, most often on Tuesdays."
