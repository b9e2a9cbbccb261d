"""The day and week pictures: pure functions from observations to text lines."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from device.tui.widgets.timeline import DAY_CELLS, LABEL_WIDTH, day_lines, week_lines
from sensors.synthetic import generate_life
from shared.observation import Observation
from tests.device.tui.tui_world import TZ, TZ_NAME

DAY = date(2026, 11, 20)


def _at(hour: int, minute: int = 0, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=TZ)


def _obs(id: str, kind: str, start: datetime, end: datetime | None = None, sensor: str = "test", **data) -> Observation:
    return Observation(id=id, sensor=sensor, kind=kind, start=start, end=end, data=data)


def _lanes(lines) -> dict[str, str]:
    return {line.plain[:LABEL_WIDTH].strip(): line.plain[LABEL_WIDTH:] for line in lines[1:] if line.plain[:1].strip()}


def _column(hour: int, minute: int = 0) -> int:
    return (hour * 60 + minute) // (24 * 60 // DAY_CELLS)


def test_day_lanes_ruler_and_now_marker() -> None:
    observations = [
        _obs("s", "sleep", _at(23, 0, DAY - timedelta(days=1)), _at(6)),
        _obs("c1", "coffee", _at(8, 5)), _obs("c2", "coffee", _at(8, 15)), _obs("c3", "coffee", _at(10, 0)),
        _obs("pc", "computer", _at(9), _at(18), app="VS Code"),  # still going on at now
        _obs("run", "exercise", _at(12), _at(12, 40), activity="run"),
        _obs("w", "water", _at(11), sensor="manual"), _obs("note", "headache", _at(11), sensor="manual"),
    ]
    lines = day_lines(observations, DAY, TZ, now=_at(14, 30))
    assert all(len(line.plain) <= 80 for line in lines)
    assert lines[0].plain[LABEL_WIDTH:LABEL_WIDTH + 12] == "00       03 "
    lanes = _lanes(lines)
    assert lanes["sleep"][:_column(6)] == "░" * _column(6) and lanes["sleep"][_column(6)] == " "
    assert lanes["drinks"][_column(8)] == "2"  # two coffees within 08:00-08:20
    assert lanes["drinks"][_column(10)] == "c" and lanes["drinks"][_column(11)] == "w"
    assert lanes["screen"][_column(9):_column(14, 20)] == "▓" * (_column(14, 20) - _column(9))
    assert lanes["screen"][_column(15):].strip() == ""  # not drawn past now
    assert lanes["exercise"][_column(12):_column(12, 40)] == "██"
    assert lanes["other"][_column(11)] == "•"  # a hand-logged kind without a lane of its own
    assert lines[-1].plain.index("▲ now 14:30") == LABEL_WIDTH + _column(14, 30)


def test_day_draws_planned_meetings_dim_and_nothing_else_from_the_future() -> None:
    observations = [_obs("m", "meeting", _at(16), _at(17), title="Retro"), _obs("c", "coffee", _at(15))]
    lines = day_lines(observations, DAY, TZ, now=_at(14))
    lanes = _lanes(lines)
    assert lanes["meeting"][_column(16):_column(17)] == "▒" * 3 and lanes["drinks"].strip() == ""
    meeting = next(line for line in lines if line.plain.startswith("meeting"))
    assert all("dim" in str(span.style) for span in meeting.spans if span.start >= LABEL_WIDTH + _column(16)
               and span.end <= LABEL_WIDTH + _column(17))


def test_late_now_label_stays_inside_80_columns_and_other_days_have_none() -> None:
    late = day_lines([], DAY, TZ, now=_at(23, 50))
    assert late[-1].plain.rstrip().endswith("now 23:50 ▲") and len(late[-1].plain) <= 80
    assert "now" not in day_lines([], DAY - timedelta(days=1), TZ, now=_at(23, 50))[-1].plain


def test_week_has_a_row_per_day_with_totals() -> None:
    observations = generate_life(DAY - timedelta(days=6), 7, seed=7, tz=TZ_NAME)
    lines = week_lines(observations, DAY, TZ, now=_at(16, 30))
    assert len(lines) == 1 + 7 + 1 and all(len(line.plain) <= 80 for line in lines)
    rows = [line.plain for line in lines[1:8]]
    assert [row[:6] for row in rows] == [f"{DAY - timedelta(days=n):%a %d}" for n in range(6, -1, -1)]
    tuesday = rows[3]  # the synthetic Tuesday has a 9.3 km run and four coffees
    assert tuesday.endswith(" 8.2h   4  6.4h 9.3km") and "██" in tuesday
    assert "░ sleep" in lines[-1].plain
