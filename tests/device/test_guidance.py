from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from device.guidance import GuidanceLimiter, evaluate, phrase
from device.condense.state import current_state
from shared.observation import Observation

TZ = ZoneInfo("Europe/Berlin")
AT = datetime(2026, 11, 20, 16, 0, tzinfo=TZ)


def obs(id_: str, kind: str, start: datetime, minutes: float = 0, **data) -> Observation:
    return Observation(id=id_, sensor="test", kind=kind, start=start, end=start + timedelta(minutes=minutes), data=data)


def day(sleep_h: float = 8.0, coffee_at: int = 9, exercise_days_ago: int | None = 0, work_from: datetime | None = None,
        meeting_in_min: int | None = None) -> list[Observation]:
    wake = AT.replace(hour=7)
    items = [obs("sleep", "sleep", wake - timedelta(hours=sleep_h), sleep_h * 60, hours=sleep_h),
             obs("old", "meal", AT - timedelta(days=5), 20, food="soup"),
             obs("coffee", "coffee", AT.replace(hour=coffee_at), 5, drink="espresso", caffeine_mg=63)]
    if exercise_days_ago is not None:
        items.append(obs("run", "exercise", AT.replace(hour=7, minute=30) - timedelta(days=exercise_days_ago), 30,
                         activity="run", distance_km=5.0))
    if work_from is not None:
        t, n = work_from, 0
        while t < AT:
            items.append(obs(f"w{n}", "computer", t, 5, app="VS Code", title="tether"))
            t += timedelta(minutes=5)
            n += 1
    if meeting_in_min is not None:
        items.append(obs("mtg", "meeting", AT + timedelta(minutes=meeting_in_min), 30, title="Design review"))
    return items


def rules_for(items: list[Observation]) -> dict:
    return {i.rule: i for i in evaluate(items, current_state(items, AT, TZ), AT, TZ)}


def test_quiet_day_gives_nothing() -> None:
    assert rules_for(day()) == {}


def test_late_caffeine_after_short_sleep_cites_both() -> None:
    item = rules_for(day(sleep_h=5.5, coffee_at=15))["late_caffeine"]
    assert "5.5 h" in item.text and "15:00" in item.text
    assert set(item.source_ids) == {"sleep", "coffee"}
    assert "late_caffeine" not in rules_for(day(sleep_h=8, coffee_at=15))
    assert "late_caffeine" not in rules_for(day(sleep_h=5.5, coffee_at=10))


def test_long_session_cites_the_episode() -> None:
    item = rules_for(day(work_from=AT - timedelta(minutes=100)))["long_session"]
    assert "100 min" in item.text and item.source_ids[0] == "w0" and len(item.source_ids) == 20
    assert "long_session" not in rules_for(day(work_from=AT - timedelta(minutes=60)))


def test_no_exercise_needs_history_and_a_gap() -> None:
    item = rules_for(day(exercise_days_ago=4))["no_exercise"]
    assert item.source_ids == ("run",) and "No exercise in 3 days" in item.text
    assert "no_exercise" not in rules_for(day(exercise_days_ago=1))
    # Without history reaching back 3 days there is nothing to say.
    recent_only = [o for o in day(exercise_days_ago=None) if o.id != "old"]
    assert "no_exercise" not in rules_for(recent_only)


def test_meeting_soon() -> None:
    item = rules_for(day(meeting_in_min=8))["meeting_soon"]
    assert item.text == "Design review starts at 16:08, in 8 min." and item.source_ids == ("mtg",)
    assert "meeting_soon" not in rules_for(day(meeting_in_min=30))


def test_limiter_holds_a_rule_back(tmp_path) -> None:
    limiter = GuidanceLimiter(tmp_path / "fired.json", interval=timedelta(hours=3))
    items = list(rules_for(day(meeting_in_min=8)).values())
    assert limiter.admit(items) == items
    assert limiter.admit(items) == []
    later = [i.__class__(i.rule, i.text, i.source_ids, i.at + timedelta(hours=4)) for i in items]
    assert limiter.admit(later) == later


def test_phrasing_keeps_facts_or_falls_back() -> None:
    item = rules_for(day(meeting_in_min=8))["meeting_soon"]
    good = phrase(item, lambda t: "Heads up: Design review at 16:08, in 8 min!")
    assert good.text.startswith("Heads up") and good.source_ids == item.source_ids
    assert phrase(item, lambda t: "Design review starts at 16:30.").text == item.text  # changed a time
    assert phrase(item, lambda t: "Meet Bob at 16:08 in 8 min.").text == item.text  # invented a name
    assert phrase(item, lambda t: 1 / 0).text == item.text  # model failure


def test_phrasing_with_the_real_model(gguf_path) -> None:
    from device.condense.condenser import LlamaCondenser

    condenser = LlamaCondenser(gguf_path)
    try:
        item = rules_for(day(sleep_h=5.5, coffee_at=15))["late_caffeine"]
        phrased = phrase(item, condenser.rewrite)
        for number in ("5.5", "15:00"):
            assert number in phrased.text
    finally:
        condenser.close()
