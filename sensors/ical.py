"""iCalendar text -> meeting observations in a time window, with recurrences expanded.

Pure functions, no I/O: the calendar sensor fetches the text, this module reads it. Recurrence is
expanded with python-dateutil in each event's own wall-clock time, so a weekly 10:00 meeting stays
at 10:00 across a daylight-saving change. Handled: RRULE (UNTIL, COUNT, BYDAY, ...), RDATE,
EXDATE, RECURRENCE-ID overrides of single instances, all-day events, TZID, UTC and floating times,
STATUS:CANCELLED. Not handled: RANGE=THISANDFUTURE (read as a single-instance override) and
per-instance RDATE periods (every instance gets the series' duration).
"""

from __future__ import annotations

import hashlib
import logging
from collections import defaultdict
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from dateutil.rrule import rruleset, rrulestr
from icalendar import Calendar, Component, vRecur

from shared.observation import Observation
from shared.timeutil import UTC, to_utc

logger = logging.getLogger(__name__)

SENSOR_NAME = "calendar"
MAX_INSTANCES_PER_EVENT = 2000
"""Occurrences of one series taken from a window; more means a runaway rule, not a calendar."""

# Meetings do not repeat every minute; rules that do would make dateutil walk millions of
# instances from DTSTART before reaching the window.
_UNSUPPORTED_FREQ = frozenset({"SECONDLY", "MINUTELY"})
MAX_PERIODS_BEFORE_WINDOW = 50_000
"""dateutil walks every period from DTSTART: an hourly rule from the year 1 took over a minute.
Series that would need more periods than this to reach the window are skipped (and logged)."""
_PERIOD = {"YEARLY": timedelta(days=365), "MONTHLY": timedelta(days=28), "WEEKLY": timedelta(weeks=1),
           "DAILY": timedelta(days=1), "HOURLY": timedelta(hours=1)}
# Errors icalendar and dateutil raise on malformed values inside one event.
_EVENT_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)

Moment = date | datetime
"""A DTSTART-like value: a date (all-day), an aware datetime, or a naive (floating) one."""


class ICalendarError(ValueError):
    """Text that is not a readable iCalendar file."""


def meetings_from_ics(
    text: str | bytes,
    window_start: datetime,
    window_end: datetime,
    *,
    source_name: str = "calendar",
    default_tz: tzinfo = UTC,
) -> list[Observation]:
    """Observations for the events of an iCalendar text that overlap ``[window_start, window_end)``.

    Timed events become kind ``meeting``, all-day events kind ``calendar_day``. ``source_name``
    goes into ``data["calendar"]`` when the file carries no X-WR-CALNAME; floating times and
    all-day dates are read in ``default_tz``. A broken event is skipped (and logged) so it never
    hides the others; text that is not iCalendar at all raises ``ICalendarError``. Observation ids
    hash the event's UID and instance, so the same calendar read twice gives the same ids.
    """
    lo, hi = to_utc(window_start), to_utc(window_end)
    calendars = _parse_calendars(text)
    observations: list[Observation] = []
    for calendar in calendars:
        name = str(calendar.get("X-WR-CALNAME") or source_name)
        observations.extend(_calendar_observations(calendar, lo, hi, name, default_tz))
    # The same event may be listed twice (two calendars in one file, a duplicated VEVENT).
    unique = {obs.id: obs for obs in observations}
    return sorted(unique.values(), key=lambda obs: (obs.start, obs.id))


def _parse_calendars(text: str | bytes) -> list[Component]:
    """The VCALENDAR components of ``text``; ICalendarError when there are none."""
    if isinstance(text, bytes):
        text = text.decode("utf-8-sig", errors="replace")
    try:
        components = Calendar.from_ical(text, multiple=True)
    # icalendar raises assorted exception types on malformed input; any of them means "unreadable".
    except Exception as exc:  # noqa: BLE001
        raise ICalendarError(f"not valid iCalendar text: {exc}") from None
    calendars = [c for c in components if getattr(c, "name", None) == "VCALENDAR"]
    if not calendars:
        raise ICalendarError("no VCALENDAR found (is this an .ics file?)")
    return calendars


def _calendar_observations(
    calendar: Component, lo: datetime, hi: datetime, name: str, default_tz: tzinfo
) -> list[Observation]:
    masters: dict[str, list[Component]] = defaultdict(list)
    overrides: dict[str, dict[str, Component]] = defaultdict(dict)
    for event in calendar.walk("VEVENT"):
        try:
            uid = _uid(event)
            recurrence_id = _single(event.decoded("RECURRENCE-ID")) if "RECURRENCE-ID" in event else None
            if recurrence_id is None:
                masters[uid].append(event)
                continue
            key = _instance_key(recurrence_id, default_tz)
            previous = overrides[uid].get(key)
            if previous is None or _sequence(event) >= _sequence(previous):
                overrides[uid][key] = event
        except _EVENT_ERRORS as exc:
            logger.warning("skipping unreadable event %r in %s: %s", event.get("UID"), name, exc)

    observations: list[Observation] = []
    for uid in masters.keys() | overrides.keys():
        series = masters.get(uid, [])
        master = series[0] if series else None
        if master is not None and _cancelled(master):
            continue  # a cancelled series takes its moved instances with it
        for event in series:
            observations.extend(_series_observations(event, uid, overrides.get(uid, {}), lo, hi, name, default_tz))
        for key, event in overrides.get(uid, {}).items():
            try:
                if _cancelled(event):
                    continue
                obs = _observation(event, master, _start(event), uid, key, name, default_tz)
            except _EVENT_ERRORS as exc:
                logger.warning("skipping unreadable instance %s of event %r in %s: %s", key, uid, name, exc)
                continue
            if _overlaps(obs, lo, hi):
                observations.append(obs)
    return observations


def _series_observations(
    event: Component,
    uid: str,
    overridden: dict[str, Component],
    lo: datetime,
    hi: datetime,
    name: str,
    default_tz: tzinfo,
) -> list[Observation]:
    """The instances of one master event inside the window, minus those overridden elsewhere."""
    out: list[Observation] = []
    try:
        if _cancelled(event):
            return out
        start = _start(event)
        for instance in _occurrences(event, start, lo - _span(event, start, default_tz), hi, default_tz):
            key = _instance_key(instance, default_tz)
            if key in overridden:
                continue
            obs = _observation(event, event, instance, uid, key, name, default_tz)
            if _overlaps(obs, lo, hi):
                out.append(obs)
    except _EVENT_ERRORS as exc:
        logger.warning("skipping unreadable event %r in %s: %s", uid, name, exc)
    return out


def _occurrences(event: Component, start: Moment, lo: datetime, hi: datetime, default_tz: tzinfo) -> list[Moment]:
    """Instance starts of ``event`` near ``[lo, hi)``, of the same type as DTSTART."""
    rules = event.rrules
    extra = event.rdates
    if not rules and not extra:
        return [start]
    all_day = not isinstance(start, datetime)
    tz = default_tz if all_day or start.tzinfo is None else start.tzinfo
    wall_start = _wall(start, tz)

    # A day of slack on each side covers any offset between UTC and the event's zone.
    wall_lo = lo.astimezone(tz).replace(tzinfo=None) - timedelta(days=1)
    wall_hi = hi.astimezone(tz).replace(tzinfo=None) + timedelta(days=1)

    recurrence = rruleset()
    recurrence.rdate(wall_start)  # DTSTART is always an instance, as most calendar apps treat it
    for rule in rules:
        recurrence.rrule(_rule(rule, wall_start, tz, wall_hi))
    for rdate, _period_end in extra:
        recurrence.rdate(_wall(rdate, tz, wall_start.time()))
    for exdate in event.exdates:
        recurrence.exdate(_wall(exdate, tz, wall_start.time()))
    starts: list[Moment] = []
    for wall in recurrence.xafter(wall_lo, count=MAX_INSTANCES_PER_EVENT + 1, inc=True):
        if wall >= wall_hi:
            break
        if len(starts) == MAX_INSTANCES_PER_EVENT:
            logger.warning(
                "event %r repeats more than %d times in the window; rest ignored", _uid(event), MAX_INSTANCES_PER_EVENT
            )
            break
        if all_day:
            starts.append(wall.date())
        elif start.tzinfo is None:
            starts.append(wall)
        else:
            starts.append(wall.replace(tzinfo=tz))
    return starts


def _rule(rule: vRecur, wall_start: datetime, tz: tzinfo, wall_hi: datetime) -> Any:
    """A dateutil rule in wall-clock time; UNTIL is moved into the event's zone first.

    dateutil refuses to mix a naive DTSTART with an aware UNTIL, and RFC 5545 writes UNTIL in
    UTC for zoned events, so the rule is expanded on naive wall-clock times throughout. A rule
    that would walk more than ``MAX_PERIODS_BEFORE_WINDOW`` periods to reach ``wall_hi`` is refused.
    """
    params = rule.copy()
    freq = str(_single(params.get("FREQ", [""]))).upper()
    if freq in _UNSUPPORTED_FREQ:
        raise ValueError(f"FREQ={freq} is not supported for meetings")
    until = params.pop("UNTIL", None)
    parsed = rrulestr(vRecur(params).to_ical().decode("ascii"), dtstart=wall_start)
    if until:
        parsed = parsed.replace(until=_wall(_single(until), tz, time.max))
    end = min(wall_hi, parsed._until) if parsed._until else wall_hi  # dateutil keeps these private
    periods = max(0.0, (end - wall_start) / (_PERIOD.get(freq, timedelta(days=1)) * max(1, parsed._interval)))
    expansion = _expansion(params, freq)
    steps = periods * expansion
    if parsed._count and expansion == 1 and not any(str(key).upper().startswith("BY") for key in params):
        steps = min(steps, parsed._count)  # no filter can skip periods: COUNT bounds the walk
    if steps > MAX_PERIODS_BEFORE_WINDOW:
        raise ValueError(f"FREQ={freq} from {wall_start:%Y-%m-%d} needs {steps:.0f} steps to reach the window")
    return parsed


# BYxxx parts that add instances within one period of the given FREQ (the others only filter).
_EXPANDING = {"BYSECOND": "*", "BYMINUTE": "*", "BYHOUR": "*", "BYDAY": ("WEEKLY", "MONTHLY", "YEARLY"),
              "BYMONTHDAY": ("MONTHLY", "YEARLY"), "BYMONTH": ("YEARLY",), "BYYEARDAY": ("YEARLY",),
              "BYWEEKNO": ("YEARLY",)}


def _expansion(params: Any, freq: str) -> int:
    """How many candidate instances one period of the rule can hold (1 without BYxxx parts)."""
    factor = 1
    for key, value in params.items():
        applies = _EXPANDING.get(str(key).upper())
        if applies == "*" or (applies and freq in applies):
            factor *= max(1, len(value) if isinstance(value, (list, tuple)) else 1)
    return factor


def _observation(
    event: Component,
    master: Component | None,
    instance: Moment,
    uid: str,
    key: str,
    name: str,
    default_tz: tzinfo,
) -> Observation:
    """One instance of an event as an observation (``master`` supplies fields the instance lacks)."""
    start = _start(event)
    data: dict[str, Any] = {"title": str(_field(event, master, "SUMMARY") or "(no title)"), "calendar": name}
    location = _field(event, master, "LOCATION")
    if location:
        data["location"] = str(location)

    if not isinstance(instance, datetime):
        days = max(1, _span(event, start, default_tz).days)
        begin = datetime.combine(instance, time(), default_tz)
        end: datetime | None = datetime.combine(instance + timedelta(days=days), time(), default_tz)
        kind = "calendar_day"
    else:
        begin = _aware(instance, default_tz)
        end = _instance_end(event, begin, start, default_tz)
        kind = "meeting"
        attendees = _field(event, master, "ATTENDEE")
        data["attendees"] = [_person(a) for a in (attendees if isinstance(attendees, list) else [attendees] if attendees else [])]
        organizer = _field(event, master, "ORGANIZER")
        if organizer:
            data["organizer"] = _person(organizer)

    digest = hashlib.sha256(f"{uid}\x1f{key}\x1f{to_utc(begin).isoformat()}".encode()).hexdigest()[:24]
    return Observation(id=f"cal-{digest}", sensor=SENSOR_NAME, kind=kind, start=begin, end=end, data=data)


def _instance_end(event: Component, begin: datetime, start: Moment, default_tz: tzinfo) -> datetime | None:
    """End of one timed instance; None when the event has no length (an instant)."""
    if "DURATION" in event:
        duration = _single(event.decoded("DURATION"))
        # RFC 5545: days and weeks are nominal (wall-clock), hours and less are exact.
        end = to_utc(begin + timedelta(days=duration.days)) + timedelta(seconds=duration.seconds)
    elif "DTEND" in event:
        end = to_utc(begin) + _span(event, start, default_tz)
    else:
        return None
    return end if end > begin else None


def _span(event: Component, start: Moment, default_tz: tzinfo) -> timedelta:
    """Exact length of the event as written (DTEND - DTSTART, or DURATION); zero if neither."""
    if "DURATION" in event:
        return max(timedelta(0), _single(event.decoded("DURATION")))
    if "DTEND" not in event:
        return timedelta(days=1) if not isinstance(start, datetime) else timedelta(0)
    end = _single(event.decoded("DTEND"))
    if not isinstance(start, datetime):
        return timedelta(days=max(1, ((end.date() if isinstance(end, datetime) else end) - start).days))
    if not isinstance(end, datetime):
        end = datetime.combine(end, time(), start.tzinfo)
    # Exact duration (RFC 5545 3.8.5.3): compared in UTC, not as wall-clock times.
    return max(timedelta(0), to_utc(_aware(end, default_tz)) - to_utc(_aware(start, default_tz)))


def _overlaps(obs: Observation, lo: datetime, hi: datetime) -> bool:
    end = obs.end or obs.start
    return obs.start < hi and (end > lo or obs.start >= lo)


def _start(event: Component) -> Moment:
    if "DTSTART" not in event:
        raise ValueError("event has no DTSTART")
    value = _single(event.decoded("DTSTART"))
    if not isinstance(value, date):
        raise ValueError(f"DTSTART is not a date or time: {value!r}")
    return value


def _uid(event: Component) -> str:
    uid = event.get("UID")
    if uid:
        return str(uid)
    # No UID breaks RFC 5545 but happens in hand-written files; the title and start stand in.
    return f"no-uid:{event.get('SUMMARY', '')}:{event.get('DTSTART').to_ical().decode() if event.get('DTSTART') else ''}"


def _sequence(event: Component) -> int:
    try:
        return int(_single(event.get("SEQUENCE", 0)))
    except (TypeError, ValueError):
        return 0


def _cancelled(event: Component) -> bool:
    return str(_single(event.get("STATUS", ""))).upper() == "CANCELLED"


def _field(event: Component, master: Component | None, name: str) -> Any:
    value = event.get(name)
    if value is None and master is not None:
        value = master.get(name)
    return value if name == "ATTENDEE" else _single(value)


def _person(address: Any) -> str:
    """Display name of an ATTENDEE/ORGANIZER: its CN, else the mail address's local part."""
    params = getattr(address, "params", {}) or {}
    common_name = params.get("CN")
    if common_name:
        return str(common_name).strip()
    text = str(address).strip()
    if text.lower().startswith("mailto:"):
        text = text[len("mailto:") :]
    return text.split("@", 1)[0]


def _instance_key(value: Moment, default_tz: tzinfo) -> str:
    """How an instance is matched to its RECURRENCE-ID: the date, or the instant in UTC."""
    if isinstance(value, datetime):
        return to_utc(_aware(value, default_tz)).isoformat()
    return value.isoformat()


def _wall(value: Moment, tz: tzinfo, at: time = time()) -> datetime:
    """Naive wall-clock time of ``value`` in ``tz`` (dates get the time ``at``)."""
    if isinstance(value, datetime):
        return value.astimezone(tz).replace(tzinfo=None) if value.tzinfo is not None else value
    return datetime.combine(value, at)


def _aware(value: datetime, default_tz: tzinfo) -> datetime:
    """Floating (naive) times are read in ``default_tz``."""
    return value if value.tzinfo is not None else value.replace(tzinfo=default_tz)


def _single(value: Any) -> Any:
    """The first value of a property given more than once (icalendar then returns a list)."""
    if isinstance(value, list):
        return value[0] if value else None
    return value
