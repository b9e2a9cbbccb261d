from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from hypothesis import given, settings, strategies as st

from device.pipeline.digitize import covered_seconds
from device.pipeline.rollup import day_rollup, day_rollups, local_day_bounds
from sensors.synthetic import generate_life
from shared.observation import Observation

BERLIN = ZoneInfo("Europe/Berlin")


def test_dst_days_are_23_and_25_hours() -> None:
    lo, hi = local_day_bounds(date(2026, 3, 29), BERLIN)
    assert hi - lo == timedelta(hours=23)
    lo, hi = local_day_bounds(date(2026, 10, 25), BERLIN)
    assert hi - lo == timedelta(hours=25)


def test_synthetic_day_rolls_up() -> None:
    life = generate_life(date(2026, 11, 16), 3, seed=4, tz="Europe/Berlin")
    rollups = day_rollups(life, BERLIN)
    assert [r.day for r in rollups][:4] == [date(2026, 11, 15) + timedelta(days=n) for n in range(4)][: len(rollups)]
    monday = next(r for r in rollups if r.day == date(2026, 11, 16))
    assert monday.sleep_h > 4 and monday.coffee >= 1 and len(monday.meals) >= 2 and monday.screen_min > 60
    assert monday.line().startswith("Mon 2026-11-16: slept")
    assert set(monday.source_ids) <= {o.id for o in life}


spans = st.lists(
    st.tuples(st.integers(0, 3 * 24 * 60), st.integers(1, 600)), min_size=1, max_size=30
)


@settings(max_examples=100, deadline=None)
@given(spans, st.sampled_from(["Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata", "UTC"]))
def test_screen_time_over_days_adds_up_to_the_total(raw: list[tuple[int, int]], zone: str) -> None:
    """Split at local midnights (DST included), each minute is counted once, on exactly one day."""
    tz = ZoneInfo(zone)
    t0 = datetime(2026, 10, 24, 12, tzinfo=timezone.utc)  # spans the Oct DST change in Europe
    obs = [Observation(id=f"c{i}", sensor="t", kind="computer", start=t0 + timedelta(minutes=s),
                       end=t0 + timedelta(minutes=s + d)) for i, (s, d) in enumerate(raw)]
    total = covered_seconds((o.start, o.end) for o in obs) / 60.0
    assert abs(sum(r.screen_min for r in day_rollups(obs, tz)) - total) < 1e-6


def test_sleep_counts_on_the_day_it_ends() -> None:
    night = Observation(id="s", sensor="t", kind="sleep", start=datetime(2026, 11, 19, 23, tzinfo=BERLIN),
                        end=datetime(2026, 11, 20, 7, tzinfo=BERLIN))
    assert day_rollup([night], date(2026, 11, 20), BERLIN).sleep_h == 8.0
    assert day_rollup([night], date(2026, 11, 19), BERLIN).sleep_h == 0.0
