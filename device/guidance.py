"""On-device guidance from the current state: rules decide, the small model may phrase.

Each rule is a pure function of the observations and state that returns an item citing the
observation ids it rests on. ``GuidanceLimiter`` keeps each rule from repeating too often, and
``phrase`` lets the local model reword an item only when the wording keeps every number and adds
none.
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import Callable

from device.pipeline.digitize import group_episodes
from device.condense.relevance import unsupported_facts
from device.condense.state import CurrentState, local_day_start
from shared.observation import Observation
from shared.prompt_data import strip_markup
from shared.timeutil import format_iso, parse_iso, to_utc

logger = logging.getLogger(__name__)

SHORT_SLEEP_H = 6.5
LATE_CAFFEINE_HOUR = 14
LONG_SESSION = timedelta(minutes=90)
NO_EXERCISE_DAYS = 3
MEETING_SOON = timedelta(minutes=10)


@dataclass(frozen=True)
class GuidanceItem:
    """One piece of guidance with the observations it rests on."""

    rule: str
    text: str
    source_ids: tuple[str, ...]
    at: datetime

    def as_dict(self) -> dict:
        """JSON form for ``tether guide --json``."""
        return {**asdict(self), "source_ids": list(self.source_ids), "at": format_iso(self.at)}


Rule = Callable[[list[Observation], CurrentState, datetime, tzinfo], "GuidanceItem | None"]


def late_caffeine_after_short_sleep(obs: list[Observation], state: CurrentState, at: datetime, tz: tzinfo) -> GuidanceItem | None:
    """Coffee in the afternoon after a short night."""
    sleep, coffee = state.last_sleep, state.caffeine_today
    if sleep is None or sleep.hours >= SHORT_SLEEP_H or coffee.last_at is None:
        return None
    last = coffee.last_at.astimezone(tz)
    if last.hour < LATE_CAFFEINE_HOUR:
        return None
    ids = state.source_ids.get("last_sleep", ()) + state.source_ids.get("caffeine_today", ())
    return GuidanceItem("late_caffeine", f"You slept {sleep.hours:.1f} h last night and had coffee at {last:%H:%M}; "
                        "caffeine this late may shorten tonight's sleep too.", ids, at)


def long_screen_session(obs: list[Observation], state: CurrentState, at: datetime, tz: tzinfo) -> GuidanceItem | None:
    """A computer episode still going on after 90 minutes without a break."""
    computer = [o for o in obs if o.kind == "computer" and o.start <= at]
    episodes = [e for e in group_episodes(computer) if e.end >= at - timedelta(minutes=5)]
    if not episodes:
        return None
    current = episodes[-1]
    length = min(current.end, at) - current.start
    if length < LONG_SESSION:
        return None
    minutes = int(length.total_seconds() // 60)
    return GuidanceItem("long_session", f"You have been at the computer for {minutes} min since "
                        f"{current.start.astimezone(tz):%H:%M}; a short break helps.", tuple(current.source_ids), at)


def no_recent_exercise(obs: list[Observation], state: CurrentState, at: datetime, tz: tzinfo) -> GuidanceItem | None:
    """No exercise in the last few days (only when the log reaches that far back)."""
    horizon = local_day_start(at, tz) - timedelta(days=NO_EXERCISE_DAYS - 1)
    if not obs or min(o.start for o in obs) > horizon:
        return None  # not enough history to say
    past = [o for o in obs if o.kind == "exercise" and o.start <= at]
    if any(o.start >= horizon for o in past):
        return None
    last = max(past, key=lambda o: o.start) if past else None
    since = f"; the last was on {last.start.astimezone(tz):%a %d %b}" if last else ""
    return GuidanceItem("no_exercise", f"No exercise in {NO_EXERCISE_DAYS} days{since}.",
                        (last.id,) if last else (), at)


def meeting_soon(obs: list[Observation], state: CurrentState, at: datetime, tz: tzinfo) -> GuidanceItem | None:
    """A meeting starting within 10 minutes."""
    meeting = state.next_meeting
    if meeting is None or meeting.start - at > MEETING_SOON:
        return None
    minutes = max(0, int((meeting.start - at).total_seconds() // 60))
    return GuidanceItem("meeting_soon", f"{meeting.title} starts at {meeting.start.astimezone(tz):%H:%M}, in {minutes} min.",
                        state.source_ids.get("next_meeting", ()), at)


RULES: tuple[Rule, ...] = (late_caffeine_after_short_sleep, long_screen_session, no_recent_exercise, meeting_soon)


def evaluate(obs: list[Observation], state: CurrentState, at: datetime, tz: tzinfo,
             rules: tuple[Rule, ...] = RULES) -> list[GuidanceItem]:
    """Every rule's item, in rule order."""
    at = to_utc(at)
    return [item for rule in rules if (item := rule(obs, state, at, tz)) is not None]


class GuidanceLimiter:
    """At most one item per rule per ``interval``; remembered in a small JSON file."""

    def __init__(self, path: Path, interval: timedelta = timedelta(hours=3)) -> None:
        self.path = path
        self.interval = interval

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self.path.read_text())
        except (FileNotFoundError, json.JSONDecodeError):
            return {}

    def admit(self, items: list[GuidanceItem]) -> list[GuidanceItem]:
        """The items whose rule has not fired within the interval; records them as fired."""
        last = self._load()
        admitted = []
        for item in items:
            previous = last.get(item.rule)
            if previous is not None and abs(item.at - parse_iso(previous)) < self.interval:
                continue
            admitted.append(item)
            last[item.rule] = format_iso(item.at)
        self.path.write_text(json.dumps(last, indent=2))
        return admitted


_NUMBERS = re.compile(r"\d+(?:[.:]\d+)?")


def phrase(item: GuidanceItem, rewrite: Callable[[str], str]) -> GuidanceItem:
    """Let ``rewrite`` (the local model) reword the item; keep the rule's text unless the new
    wording keeps every number and time and adds no number or name."""
    try:
        candidate = strip_markup(rewrite(item.text))  # the model may echo the prompt's tags around it
    except Exception:  # the model is an extra, never a reason to lose guidance
        logger.exception("guidance phrasing failed")
        return item
    keeps = set(_NUMBERS.findall(item.text)) <= set(_NUMBERS.findall(candidate))
    if candidate and keeps and not unsupported_facts(candidate, item.text) and len(candidate) <= 2 * len(item.text):
        return GuidanceItem(item.rule, candidate, item.source_ids, item.at)
    return item
