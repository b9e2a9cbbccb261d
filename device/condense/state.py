"""The person's current state, computed from observations at a given moment.

"Today" is the local calendar day in the person's time zone, so counts stay right across midnight
and when the UTC date differs from the local one. Observations that start after ``at`` are ignored,
except for finding the next meeting. Every fact keeps the ids of the observations behind it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta, tzinfo
from typing import Any, Iterable

from device.pipeline.digitize import (
    as_number,
    covered_seconds,
    describe,
    group_episodes,
    merge_adjacent,
    normalize,
)
from shared.observation import Observation, effective_end
from shared.timeutil import format_iso, to_utc

logger = logging.getLogger(__name__)

RECENT_ACTIVITY = timedelta(minutes=15)
"""How long after it ended an activity still counts as what the person is doing."""
DOING_CONTEXT = timedelta(hours=12)
"""History used to name the episode in progress (e.g. how many sessions in the same app)."""
SLEEP_SEGMENT_GAP = timedelta(minutes=90)
"""Sleep segments closer than this are one night (health sensors split sleep at wake-ups)."""
NEXT_MEETING_HORIZON = timedelta(hours=24)


@dataclass(frozen=True)
class SleepSummary:
    """The last sleep: first segment start, last segment end, hours actually asleep."""

    start: datetime
    end: datetime
    hours: float


@dataclass(frozen=True)
class CaffeineSummary:
    """Coffee on the local day: how many, total caffeine when any record gave it, and the last one."""

    count: int = 0
    caffeine_mg: float | None = None
    last_at: datetime | None = None


@dataclass(frozen=True)
class ExerciseSummary:
    """One exercise on the local day."""

    activity: str
    start: datetime
    end: datetime
    minutes: float | None
    distance_km: float | None
    text: str
    """Short description without the kind, e.g. ``run 5.2 km, 32 min``."""


@dataclass(frozen=True)
class MeetingSummary:
    """A meeting that has not started yet."""

    title: str
    start: datetime
    attendees: tuple[str, ...] = ()


@dataclass(frozen=True)
class CurrentState:
    """What is true about the person at ``at`` (aware UTC); see ``current_state``.

    ``source_ids`` maps a fact name (``doing``, ``last_sleep``, ``caffeine_today``,
    ``exercise_today``, ``screen_time_today``, ``next_meeting``) to the ids of the observations
    supporting it; facts with no supporting observation are absent.
    """

    at: datetime
    doing: str | None = None
    last_sleep: SleepSummary | None = None
    caffeine_today: CaffeineSummary = field(default_factory=CaffeineSummary)
    exercise_today: tuple[ExerciseSummary, ...] = ()
    screen_time_today_min: float = 0.0
    next_meeting: MeetingSummary | None = None
    source_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form (UTC ISO times), for ``--json`` output."""
        sleep = self.last_sleep
        meeting = self.next_meeting
        caffeine = self.caffeine_today
        return {
            "at": format_iso(self.at),
            "doing": self.doing,
            "last_sleep": None
            if sleep is None
            else {"start": format_iso(sleep.start), "end": format_iso(sleep.end), "hours": round(sleep.hours, 2)},
            "caffeine_today": {
                "count": caffeine.count,
                "caffeine_mg": caffeine.caffeine_mg,
                "last_at": None if caffeine.last_at is None else format_iso(caffeine.last_at),
            },
            "exercise_today": [
                {
                    "activity": e.activity,
                    "start": format_iso(e.start),
                    "end": format_iso(e.end),
                    "minutes": e.minutes,
                    "distance_km": e.distance_km,
                    "text": e.text,
                }
                for e in self.exercise_today
            ],
            "screen_time_today_min": round(self.screen_time_today_min, 1),
            "next_meeting": None
            if meeting is None
            else {"title": meeting.title, "start": format_iso(meeting.start), "attendees": list(meeting.attendees)},
            "source_ids": {name: list(ids) for name, ids in self.source_ids.items()},
        }


def local_day_start(at: datetime, tz: tzinfo) -> datetime:
    """Local midnight (in ``tz``) of the day containing ``at``, as aware UTC."""
    local_date = to_utc(at).astimezone(tz).date()
    return to_utc(datetime.combine(local_date, time(0), tzinfo=tz))


def current_state(observations: Iterable[Observation], at: datetime, tz: tzinfo) -> CurrentState:
    """The person's state at ``at``: what they are doing, sleep, coffee, exercise, screen, meetings."""
    at = to_utc(at)
    every = normalize(observations)
    past = [o for o in every if o.start <= at]
    day_start = local_day_start(at, tz)
    source_ids: dict[str, tuple[str, ...]] = {}

    doing, doing_ids = _doing(past, at)
    last_sleep, sleep_ids = _last_sleep(past, at)
    caffeine, caffeine_ids = _caffeine_today(past, day_start)
    exercise, exercise_ids = _exercise_today(past, day_start)
    screen_min, screen_ids = _screen_time_min(past, day_start, at)
    meeting, meeting_ids = _next_meeting(every, at)
    for name, ids in (
        ("doing", doing_ids),
        ("last_sleep", sleep_ids),
        ("caffeine_today", caffeine_ids),
        ("exercise_today", exercise_ids),
        ("screen_time_today", screen_ids),
        ("next_meeting", meeting_ids),
    ):
        if ids:
            source_ids[name] = ids
    return CurrentState(at, doing, last_sleep, caffeine, exercise, screen_min, meeting, source_ids)


def state_lines(state: CurrentState, tz: tzinfo) -> list[str]:
    """Short fact lines with local times, e.g. ``last sleep 23:10-06:55 (7.8 h)`` (what the TUI shows)."""
    now = state.at.astimezone(tz)
    lines = [f"now: {now:%a %Y-%m-%d %H:%M}"]
    if state.doing:
        lines.append(f"doing: {state.doing}")
    sleep = sleep_line(state, tz)
    if sleep is not None:
        lines.append(sleep)
    lines += [caffeine_line(state, tz), exercise_line(state, tz), screen_time_line(state)]
    if state.next_meeting is not None:
        lines.append(meeting_line(state, tz))
    return lines


def sleep_line(state: CurrentState, tz: tzinfo) -> str | None:
    """``last sleep 23:10-06:55 (7.8 h)``; the days are named when the sleep did not end today."""
    if state.last_sleep is None:
        return None
    sleep = state.last_sleep
    start, end = sleep.start.astimezone(tz), sleep.end.astimezone(tz)
    # Name the days only when the sleep did not end today, so "23:10-06:55" stays unambiguous.
    clock = "%H:%M" if end.date() == state.at.astimezone(tz).date() else "%a %H:%M"
    return f"last sleep {start.strftime(clock)}-{end.strftime(clock)} ({sleep.hours:.1f} h)"


def caffeine_line(state: CurrentState, tz: tzinfo) -> str:
    """``coffee today: 2 (190 mg), last 10:05`` or ``coffee today: none``."""
    caffeine = state.caffeine_today
    if caffeine.count == 0:
        return "coffee today: none"
    line = f"coffee today: {caffeine.count}"
    if caffeine.caffeine_mg is not None:
        line += f" ({caffeine.caffeine_mg:g} mg)"
    if caffeine.last_at is not None:
        line += f", last {caffeine.last_at.astimezone(tz):%H:%M}"
    return line


def exercise_line(state: CurrentState, tz: tzinfo) -> str:
    """``exercise today: run 5.2 km, 32 min at 07:10; yoga, 20 min at 12:00`` or ``exercise today: none``."""
    if not state.exercise_today:
        return "exercise today: none"
    return "exercise today: " + "; ".join(f"{e.text} at {e.start.astimezone(tz):%H:%M}" for e in state.exercise_today)


def screen_time_line(state: CurrentState) -> str:
    """``screen time today: 3 h 20 min``."""
    return f"screen time today: {_hours_minutes(state.screen_time_today_min)}"


def meeting_line(state: CurrentState, tz: tzinfo, attendees: int = 0) -> str:
    """``next meeting: 14:00 Design review`` (``tomorrow 09:00 ...`` when not today), with up to
    ``attendees`` attendees named (``with Ana Ruiz, Tom Li +2``); ``next meeting: none today``."""
    meeting = state.next_meeting
    if meeting is None:
        return "next meeting: none today"
    start = meeting.start.astimezone(tz)
    day = "" if start.date() == state.at.astimezone(tz).date() else "tomorrow "
    line = f"next meeting: {day}{start:%H:%M} {meeting.title}"
    if attendees and meeting.attendees:
        names = list(meeting.attendees[:attendees])
        more = len(meeting.attendees) - len(names)
        line += " with " + ", ".join(names) + (f" +{more}" if more else "")
    return line


# --- facts ----------------------------------------------------------------------------------


def _doing(past: list[Observation], at: datetime) -> tuple[str | None, tuple[str, ...]]:
    """The episode in progress at ``at`` (latest start wins), else the one that ended last within 15 min."""
    context = [o for o in past if effective_end(o) >= at - DOING_CONTEXT]
    episodes = [e for e in group_episodes(context) if e.end >= at - RECENT_ACTIVITY]
    if not episodes:
        return None, ()
    in_progress = [e for e in episodes if e.start <= at <= e.end and e.end > e.start]
    if in_progress:
        chosen = max(in_progress, key=lambda e: (e.start, e.source_ids[0]))
    else:
        chosen = max(episodes, key=lambda e: (e.end, e.start, e.source_ids[0]))
    return chosen.label, chosen.source_ids


def _last_sleep(past: list[Observation], at: datetime) -> tuple[SleepSummary | None, tuple[str, ...]]:
    segments = sorted(
        (o for o in past if o.kind == "sleep" and o.end is not None and o.end <= at),
        key=lambda o: (effective_end(o), o.id),
    )
    if not segments:
        return None, ()
    # Walk back from the segment that ended last, collecting segments of the same night.
    night = [segments[-1]]
    night_start = segments[-1].start
    for segment in reversed(segments[:-1]):
        if effective_end(segment) >= night_start - SLEEP_SEGMENT_GAP:
            night.append(segment)
            night_start = min(night_start, segment.start)
        else:
            break
    asleep_s = covered_seconds((o.start, effective_end(o)) for o in night)
    summary = SleepSummary(start=night_start, end=effective_end(segments[-1]), hours=asleep_s / 3600)
    return summary, tuple(o.id for o in sorted(night, key=lambda o: (o.start, o.id)))


def _caffeine_today(past: list[Observation], day_start: datetime) -> tuple[CaffeineSummary, tuple[str, ...]]:
    coffees = [o for o in past if o.kind == "coffee" and o.start >= day_start]
    if not coffees:
        return CaffeineSummary(), ()
    amounts = [as_number(o.data.get("caffeine_mg")) for o in coffees]
    known = [a for a in amounts if a is not None]
    total = round(sum(known), 1) if known else None
    last_at = max(o.start for o in coffees)
    return CaffeineSummary(len(coffees), total, last_at), tuple(o.id for o in coffees)


def _exercise_today(past: list[Observation], day_start: datetime) -> tuple[tuple[ExerciseSummary, ...], tuple[str, ...]]:
    exercises = [o for o in past if o.kind == "exercise" and effective_end(o) >= day_start]
    summaries: list[ExerciseSummary] = []
    ids: list[str] = []
    for item in merge_adjacent(exercises):
        observation = item.observation
        data = observation.data
        activity = str(data.get("activity") or data.get("type") or "exercise")
        minutes = observation.duration_s / 60 if observation.end is not None else as_number(data.get("duration_min"))
        text = describe("exercise", data, observation.duration_s).removeprefix("exercise: ") or activity
        summaries.append(
            ExerciseSummary(
                activity=activity,
                start=observation.start,
                end=effective_end(observation),
                minutes=None if minutes is None else round(minutes, 1),
                distance_km=as_number(data.get("distance_km")),
                text=text,
            )
        )
        ids.extend(item.source_ids)
    return tuple(summaries), tuple(ids)


def _screen_time_min(past: list[Observation], day_start: datetime, at: datetime) -> tuple[float, tuple[str, ...]]:
    intervals: list[tuple[datetime, datetime]] = []
    ids: list[str] = []
    for observation in past:
        if observation.kind != "computer":
            continue
        start, end = max(observation.start, day_start), min(effective_end(observation), at)
        if end > start:
            intervals.append((start, end))
            ids.append(observation.id)
    return covered_seconds(intervals) / 60, tuple(ids)


def _next_meeting(every: list[Observation], at: datetime) -> tuple[MeetingSummary | None, tuple[str, ...]]:
    upcoming = [o for o in every if o.kind == "meeting" and at < o.start <= at + NEXT_MEETING_HORIZON]
    if not upcoming:
        return None, ()
    first = min(upcoming, key=lambda o: (o.start, o.id))
    title = " ".join(str(first.data.get("title") or first.data.get("summary") or "meeting").split())
    attendees = first.data.get("attendees")
    names = tuple(" ".join(str(a).split()) for a in attendees if str(a).strip()) if isinstance(attendees, (list, tuple)) else ()
    return MeetingSummary(title=title, start=first.start, attendees=names), (first.id,)


def _hours_minutes(minutes: float) -> str:
    whole = int(round(minutes))
    hours, rest = divmod(whole, 60)
    return f"{hours} h {rest} min" if hours else f"{rest} min"
