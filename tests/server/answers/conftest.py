"""Fixtures the answer path's tests share: an answerer over a week of one synthetic life, records in a real SQLite store."""

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sensors.synthetic import generate_life
from server.answers.service import GroundedAnswerer
from server.answers.typed_records import RecordStore


@pytest.fixture(scope="module")
def week_answerer(tmp_path_factory: pytest.TempPathFactory) -> GroundedAnswerer:
    """The grounded answerer (no model) over the week from Monday 2 November 2026 of seed 3's life, in Europe/Berlin."""
    store = RecordStore(f"sqlite:///{Path(tmp_path_factory.mktemp('records')) / 'records.sqlite3'}")
    store.add(generate_life(date(2026, 11, 2), 7, seed=3))
    return GroundedAnswerer(store.query, None, ZoneInfo("Europe/Berlin"))
