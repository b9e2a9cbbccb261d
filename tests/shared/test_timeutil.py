from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from shared.timeutil import NaiveDatetimeError, parse_iso, parse_user_time, resolve_timezone, to_utc


def test_to_utc_refuses_naive() -> None:
    with pytest.raises(NaiveDatetimeError):
        to_utc(datetime(2026, 1, 1))


def test_parse_iso_accepts_z() -> None:
    assert parse_iso("2026-11-20T10:00:00Z").hour == 10


def test_user_time_is_read_in_the_zone() -> None:
    tz = ZoneInfo("America/Los_Angeles")
    assert parse_user_time("2026-11-20T20:00", tz).isoformat() == "2026-11-21T04:00:00+00:00"


def test_unknown_zone_message() -> None:
    with pytest.raises(ValueError, match="IANA"):
        resolve_timezone("Mars/Olympus")
