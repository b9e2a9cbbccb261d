"""How grounded answers name days, times and amounts, in the person's zone (one place, so the
verifier and the templates agree)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from shared.observation import Observation, effective_end
from shared.plan import TimeWindow
from shared.timeutil import to_utc


def local(moment: datetime, tz: tzinfo) -> datetime:
    return to_utc(moment).astimezone(tz)


def hm(moment: datetime, tz: tzinfo) -> str:
    """24-hour local time, e.g. ``22:35``."""
    return local(moment, tz).strftime("%H:%M")


def day_name(moment: datetime, tz: tzinfo) -> str:
    """``Wednesday, 4 November``."""
    day = local(moment, tz)
    return f"{day.strftime('%A')}, {day.day} {day.strftime('%B')}"


def is_one_day(window: TimeWindow, tz: tzinfo) -> bool:
    start, end = local(window.start, tz), local(window.end, tz)
    return start.hour == 0 and start.minute == 0 and end - start <= timedelta(hours=25) and end > start


def when(window: TimeWindow | None, as_of: datetime, tz: tzinfo) -> str:
    """The window as words: "today", "yesterday", "on Wednesday, 4 November", or its own label."""
    if window is None:
        return "so far"
    if is_one_day(window, tz):
        days_back = (local(as_of, tz).date() - local(window.start, tz).date()).days
        if days_back == 0:
            return "today"
        if days_back == 1:
            return "yesterday"
        return "on " + day_name(window.start, tz)
    label = window.label.strip()
    part = next((p for p in ("night", "morning", "afternoon", "evening") if p in label.lower()), None)
    start, length = local(window.start, tz), local(window.end, tz) - local(window.start, tz)
    part = part or {(18, 12): "night", (4, 8): "morning", (12, 6): "afternoon", (18, 6): "evening"}.get(
        (start.hour, round(length.total_seconds() / 3600)))
    if part and length <= timedelta(hours=14):
        return f"on {day_name(window.start, tz)} {'at night' if part == 'night' else 'in the ' + part}" \
            if label.lower() not in ("last night", "tonight", "this morning", "this afternoon", "this evening") else label
    if label.lower() in ("last night", "tonight", "this week", "last week", "this weekend", "last weekend",
                         "this morning", "this afternoon", "this evening", "this month", "last month"):
        return label
    end = local(window.end, tz)
    if start.time() == end.time() == datetime.min.time():  # whole days: name days, not midnights
        if window.end > as_of:
            return f"since {day_name(window.start, tz)}"
        return f"from {day_name(window.start, tz)} to {day_name(window.end - timedelta(hours=12), tz)}"
    return f"from {day_name(window.start, tz)} {hm(window.start, tz)} to {day_name(window.end, tz)} {hm(window.end, tz)}"


def number(value: float, digits: int = 1) -> str:
    """``6.2``, ``7`` (no trailing .0)."""
    text = f"{value:.{digits}f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def hours_slept(observation: Observation) -> float:
    data = observation.data or {}
    value = data.get("hours")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return (effective_end(observation) - observation.start).total_seconds() / 3600


def minutes(observation: Observation) -> float:
    data = observation.data or {}
    value = data.get("duration_min")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return float(value)
    return (effective_end(observation) - observation.start).total_seconds() / 60


def and_list(items: list[str]) -> str:
    """``a``, ``a and b``, ``a, b and c``."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def span_text(total_minutes: float) -> str:
    """``45 min``, ``1 h 15 min``, ``7 h``."""
    whole = round(total_minutes)
    hours, rest = divmod(whole, 60)
    if not hours:
        return f"{rest} min"
    return f"{hours} h {rest} min" if rest else f"{hours} h"


def sleep_text(observation: Observation) -> str:
    """A night as ``7 h 8 min (7.1 h)``: the minutes from its times, the hours as recorded."""
    asleep = (effective_end(observation) - observation.start).total_seconds() / 60
    return f"{span_text(asleep)} ({number(hours_slept(observation))} h)"
