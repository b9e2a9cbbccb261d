"""The current state as the condensed prompt words it: every fact, in as few tokens as stay readable.

The TUI shows the state in full words (``device.condense.state.state_lines``: ``last sleep
23:55-05:10 (5.2 h)``, ``coffee today: none``); the prompt is prefilled on every question, and the
on-device model's tokenizer spends a token on each digit and on each ``:`` after a label, so the
prompt says the same facts shorter:

    Now: Friday 13 November 10:50        (device.condense.condenser.time_header)
    doing Notion — Q1 planning
    sleep 23:55-5:10 (5.2 h)
    2 coffees (180 mg), last 9:40
    exercise 6:00 climbing 90 min
    next meeting 11:30 Design review with Wren, Kenji, Aroha +1

Hours drop their leading zero (``9:40``: one token less each), days and months are named in
full (one token each, where ``Thu`` is two), labels drop ``today`` and the colon (the whole state
is about today), and attendees go by first name where no other attendee of the meeting shares it.
"""

from __future__ import annotations

import re
from datetime import datetime, tzinfo

from device.condense.state import CurrentState

DOING_CHARS = 40
"""Longest ``doing`` text (app and window title), so a long title does not take the prompt."""

_SESSIONS = re.compile(r" \(\d+ sessions\)$")


def clock(moment: datetime) -> str:
    """``9:40``, ``23:55``: 24-hour time without the hour's leading zero."""
    return f"{moment.hour}:{moment.minute:02d}"


def doing_text(label: str) -> str:
    """The episode in progress, short: ``Notion — Q1 planning`` for ``computer: Notion — Q1 planning —
    Notion; Roadmap (3 sessions)`` (the main window title only, without the app's name repeated at its
    end); other kinds keep theirs (``meal: pho (lunch)``)."""
    short = _SESSIONS.sub("", label).split("; ", 1)[0]
    kind, _, rest = short.partition(": ")
    if kind == "computer" and rest:
        app, _, title = rest.partition(" — ")
        short = rest.removesuffix(f" — {app}") if title else rest
    if len(short) <= DOING_CHARS:
        return short
    cut = short[: DOING_CHARS - 1]
    # at a word's end where there is one: half a word is tokens that say nothing
    return (cut.rsplit(" ", 1)[0] if " " in cut else cut).rstrip(" —·:-") + "…"


def sleep_text(state: CurrentState, tz: tzinfo) -> str | None:
    """``sleep 23:55-5:10 (5.2 h)``; the days are named (``Thursday 23:55-Friday 5:10``) when the
    sleep did not end today."""
    sleep = state.last_sleep
    if sleep is None:
        return None
    start, end = sleep.start.astimezone(tz), sleep.end.astimezone(tz)
    if end.date() == state.at.astimezone(tz).date():
        when = f"{clock(start)}-{clock(end)}"
    else:  # without the days, "23:10-6:55" would read as last night
        when = f"{start:%A} {clock(start)}-{end:%A} {clock(end)}"
    return f"sleep {when} ({sleep.hours:.1f} h)"


def coffee_text(state: CurrentState, tz: tzinfo) -> str:
    """``2 coffees (180 mg), last 9:40`` or ``no coffee`` (today's).

    The count leads: " coffee" after it is one token, "coffee" opening a line three."""
    caffeine = state.caffeine_today
    if caffeine.count == 0:
        return "no coffee"
    text = f"{caffeine.count} coffee{'s' if caffeine.count > 1 else ''}"
    if caffeine.caffeine_mg is not None:
        text += f" ({caffeine.caffeine_mg:g} mg)"
    if caffeine.last_at is not None:
        text += f", last {clock(caffeine.last_at.astimezone(tz))}"
    return text


def exercise_text(state: CurrentState, tz: tzinfo) -> str:
    """``exercise 7:10 run 5.2 km 32 min; 12:00 yoga 20 min`` or ``no exercise`` (today's)."""
    if not state.exercise_today:
        return "no exercise"
    # each exercise's own text without its comma ("run 5.2 km, 32 min"): a token, and "; " parts them
    return "exercise " + "; ".join(f"{clock(e.start.astimezone(tz))} {e.text.replace(', ', ' ')}"
                                   for e in state.exercise_today)


def meeting_text(state: CurrentState, tz: tzinfo, attendees: int = 3) -> str:
    """``next meeting 14:00 Design review with Ana, Tom +2`` (``tomorrow 9:00 ...`` when not today),
    the first ``attendees`` named; ``no meeting today`` when none starts in the next 24 hours."""
    meeting = state.next_meeting
    if meeting is None:
        return "no meeting today"
    start = meeting.start.astimezone(tz)
    day = "" if start.date() == state.at.astimezone(tz).date() else "tomorrow "
    text = f"next meeting {day}{clock(start)} {meeting.title}"
    if attendees and meeting.attendees:
        names = short_names(meeting.attendees)[:attendees]
        more = len(meeting.attendees) - len(names)
        text += " with " + ", ".join(names) + (f" +{more}" if more else "")
    return text


def short_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """Each name by its first word where no other name in ``names`` starts with the same word
    (``Wren Okafor`` -> ``Wren``); a title or an initial (``Dr.``, ``J.``) keeps the whole name."""
    firsts = [name.split()[0] for name in names]
    return tuple(first if firsts.count(first) == 1 and not first.endswith(".") else name
                 for first, name in zip(firsts, names))
