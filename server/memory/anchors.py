"""Event anchors in a question: "dinner on the day I cycled 31 km", "sleep the night after the retro".

Pure: ``parse_event_anchor(query)`` splits such a question into what is asked (the target: "What
did I have for dinner") and the event that places it in time (the anchor: "I cycled 31 km"), with
the relation between them. ``anchor_window(relation, start, end, tz)`` turns the anchor event's
time into the window the target is looked for in, in the person's local time. Hybrid search finds
the anchor first, then the target inside that window (a second hop).

Understood relations (case-insensitive, the anchor runs to the end of the question):

* ``on the day I ...``, ``the day of ...``, ``on the day when/that ...``: the anchor's local day;
* ``the day after ...`` / ``the day before ...``: the next / previous local day;
* ``the night after ...``: 18:00 on the anchor's day to 12:00 the next day (that night's sleep);
  ``the night before ...``: 18:00 the day before to 12:00 on the anchor's day;
* ``the morning after ...``: 04:00 to 12:00 the next day;
* ``after my/the ...`` / ``before my/the ...``: six hours after the anchor ended / before it began.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from shared.timeutil import UTC

NEARBY = timedelta(hours=6)
"""How far "after my run" / "before the meeting" reaches."""


@dataclass(frozen=True)
class EventAnchor:
    """A question split into what is asked, the event it hangs on, and how the two relate."""

    target: str
    """The question without the anchor phrase ("What did I have for dinner")."""
    anchor: str
    """Words describing the anchor event ("I did a 5 km run", "the retro")."""
    relation: str
    """``same-day``, ``day-after``, ``day-before``, ``night-after``, ``night-before``,
    ``morning-after``, ``after`` or ``before``."""
    phrase: str


_END = r"\s*[?.!]*\s*$"
_PATTERNS: tuple[tuple[re.Pattern[str], str | None], ...] = (
    (re.compile(r"\b(?:on\s+)?the\s+(?P<rel>day|night|morning)\s+(?P<dir>after|before)\s+(?P<anchor>\S.*?)" + _END,
                re.IGNORECASE), None),
    (re.compile(r"\b(?:on\s+)?the\s+day\s+(?:(?:that|when)\s+)?(?P<anchor>(?:I|we|my)\s+\S.*?)" + _END, re.IGNORECASE),
     "same-day"),
    (re.compile(r"\b(?:on\s+)?the\s+day\s+of\s+(?P<anchor>\S.*?)" + _END, re.IGNORECASE), "same-day"),
    (re.compile(r"\b(?:right\s+|just\s+)?(?P<dir>after|before)\s+(?P<anchor>(?:my|the)\s+\S.*?)" + _END, re.IGNORECASE),
     None),
)


def parse_event_anchor(query: str) -> EventAnchor | None:
    """The anchor relation in ``query``, or None when it names no event to hang on."""
    for pattern, relation in _PATTERNS:
        match = pattern.search(query)
        if match is None:
            continue
        groups = match.groupdict()
        if relation is None:
            direction = groups["dir"].lower()
            rel = groups.get("rel")
            relation = f"{rel.lower()}-{direction}" if rel else direction
        anchor = match.group("anchor").strip()
        if not re.search(r"\w", anchor):
            continue
        target = query[: match.start()].strip()
        return EventAnchor(target=target, anchor=anchor, relation=relation, phrase=match.group(0).strip())
    return None


def _local(day: date, hour: int, tz: tzinfo) -> datetime:
    day = day + timedelta(days=hour // 24)
    return datetime.combine(day, time(hour % 24), tzinfo=tz).astimezone(UTC)


def anchor_window(relation: str, start: datetime, end: datetime, tz: tzinfo) -> tuple[datetime, datetime]:
    """The ``[start, end)`` window (aware UTC) the target lies in, given the anchor event's times."""
    day = start.astimezone(tz).date()
    if relation == "same-day":
        return _local(day, 0, tz), _local(day, 24, tz)
    if relation == "day-after":
        return _local(day, 24, tz), _local(day, 48, tz)
    if relation == "day-before":
        return _local(day - timedelta(days=1), 0, tz), _local(day, 0, tz)
    if relation == "night-after":
        return _local(day, 18, tz), _local(day, 36, tz)
    if relation == "night-before":
        return _local(day - timedelta(days=1), 18, tz), _local(day, 12, tz)
    if relation == "morning-after":
        return _local(day, 28, tz), _local(day, 36, tz)
    if relation == "after":
        return end, end + NEARBY
    if relation == "before":
        return start - NEARBY, start
    raise ValueError(f"unknown anchor relation {relation!r}")
