"""Event anchors: questions that place what they ask about by another event, and the windows they name."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from server.memory.anchors import anchor_window, parse_event_anchor
from shared.timeutil import UTC

TZ = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(("query", "target", "anchor", "relation"), [
    ("What did I have for dinner on the day I did a 5 km run?", "What did I have for dinner", "I did a 5 km run", "same-day"),
    ("Where did I have lunch on the day of my 1:1 with Priya Nair?", "Where did I have lunch", "my 1:1 with Priya Nair", "same-day"),
    ("How did I sleep the night after the retro?", "How did I sleep", "the retro", "night-after"),
    ("what happened the day before the design review", "what happened", "the design review", "day-before"),
    ("What did I eat right after my swim?", "What did I eat", "my swim", "after"),
    ("the day I met Sam", "", "I met Sam", "same-day"),
])
def test_questions_split_into_target_and_anchor(query: str, target: str, anchor: str, relation: str) -> None:
    found = parse_event_anchor(query)
    assert found is not None
    assert (found.target, found.anchor, found.relation) == (target, anchor, relation)


@pytest.mark.parametrize("query", ["How many coffees did I have after 15:00?", "What did I do yesterday?", "coffee"])
def test_questions_without_an_event_anchor(query: str) -> None:
    assert parse_event_anchor(query) is None


def test_windows_are_local_days_and_nights_across_dst() -> None:
    start = datetime(2026, 10, 24, 18, 0, tzinfo=TZ)  # the evening before clocks go back
    end = datetime(2026, 10, 24, 19, 0, tzinfo=TZ)
    lo, hi = anchor_window("same-day", start, end, TZ)
    assert (lo.astimezone(TZ).hour, hi.astimezone(TZ).date().day, (hi - lo).total_seconds()) == (0, 25, 86400)
    lo, hi = anchor_window("day-after", start, end, TZ)
    assert (hi - lo).total_seconds() == 25 * 3600  # 25 October had 25 hours
    lo, hi = anchor_window("night-after", start, end, TZ)
    assert lo == datetime(2026, 10, 24, 18, 0, tzinfo=TZ).astimezone(UTC)
    assert hi == datetime(2026, 10, 25, 12, 0, tzinfo=TZ).astimezone(UTC)
    assert anchor_window("after", start, end, TZ)[0] == end
    assert anchor_window("before", start, end, TZ)[1] == start
    with pytest.raises(ValueError):
        anchor_window("sideways", start, end, TZ)
