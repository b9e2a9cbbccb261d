"""Time helpers: everything inside Tether is timezone-aware UTC; local time only at the edges."""

from __future__ import annotations

from datetime import datetime, timezone, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

UTC = timezone.utc


class NaiveDatetimeError(ValueError):
    """A datetime without a UTC offset was given where one is required."""


def utc_now() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


def to_utc(value: datetime) -> datetime:
    """Convert an aware datetime to UTC; refuse naive ones (their meaning is ambiguous)."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise NaiveDatetimeError("datetime has no UTC offset; write e.g. 2026-11-20T08:15:00+01:00")
    return value.astimezone(UTC)


EARLIEST = datetime(1, 1, 2, tzinfo=UTC)
LATEST = datetime(9999, 12, 30, tzinfo=UTC)
"""The times every time zone can show: a day inside ``datetime``'s range, so no conversion overflows."""


def within_range(value: datetime) -> datetime:
    """``value`` unchanged if it lies between ``EARLIEST`` and ``LATEST``; ValueError otherwise.

    Naive values pass (callers refuse or localize them); an aware value outside the range would
    overflow somewhere downstream when converted to UTC or to the person's zone.
    """
    if value.tzinfo is None or value.utcoffset() is None:
        return value
    try:
        utc = value.astimezone(UTC)
    except OverflowError:
        raise ValueError("time is out of range once converted to UTC") from None
    if not EARLIEST <= utc <= LATEST:
        raise ValueError(f"time is out of range (use a time between {EARLIEST.year} and {LATEST.year})")
    return value


def parse_iso(text: str) -> datetime:
    """Parse ISO 8601 with an offset (``Z`` accepted) into aware UTC."""
    return to_utc(datetime.fromisoformat(text.strip().replace("Z", "+00:00")))


def format_iso(value: datetime) -> str:
    """ISO 8601 in UTC with ``+00:00``, the on-disk and on-wire form."""
    return to_utc(value).isoformat()


def resolve_timezone(name: str | None) -> tzinfo:
    """The named IANA zone, or this machine's local zone when ``name`` is empty."""
    if name:
        try:
            return ZoneInfo(name)
        except ZoneInfoNotFoundError as exc:
            raise ValueError(f"unknown time zone {name!r}; use an IANA name like Europe/Berlin") from exc
    local = datetime.now().astimezone().tzinfo
    return local if local is not None else UTC


def parse_user_time(text: str, tz: tzinfo) -> datetime:
    """Parse a time a person typed: ISO with offset, or a naive ISO read in ``tz``."""
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def known_zone(name: str | None) -> str | None:
    """``name`` when it is an IANA zone this machine knows (or empty); ``ValueError`` saying what to use otherwise."""
    if name:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {name!r}; use an IANA name like Europe/Berlin") from exc
    return name
