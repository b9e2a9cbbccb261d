"""Context facts for the condenser: the current state and the recent episodes, as ``Fact`` lines.

The state lines are pinned: every condensed prompt carries them (what the person is doing, last
sleep, coffee today, exercise today, the next meeting). The day's screen time is an aggregate the
condenser may choose, like the episodes.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from device.condense.relevance import Fact
from device.condense.state import CurrentState, current_state, screen_time_line
from device.condense.state_text import coffee_text, doing_text, exercise_text, meeting_text, sleep_text
from device.pipeline.digitize import episode_text, group_episodes
from device.storage.store import ObservationStore
from shared.timeutil import to_utc

LOOKBACK = timedelta(hours=36)
"""History read for a question: enough for last night's sleep seen from late evening."""
LOOKAHEAD = timedelta(hours=24)
"""Future observations read (planned meetings)."""
MEETING_ATTENDEES = 3
"""Attendees of the next meeting named in the prompt; the rest are counted (``+2``)."""


def state_facts(state: CurrentState, tz: tzinfo) -> list[Fact]:
    """The state as facts: the pinned lines first (worded by ``device.condense.state_text``), then
    the day's screen time (not pinned).

    The time now is left to the prompt header.
    """
    ids = state.source_ids
    pinned: list[tuple[str, str, tuple[str, ...]]] = []  # (text, kind, source ids)
    sleep = sleep_text(state, tz)
    if sleep is not None:
        pinned.append((sleep, "sleep", ids.get("last_sleep", ())))
    pinned += [
        (coffee_text(state, tz), "coffee", ids.get("caffeine_today", ())),
        (exercise_text(state, tz), "exercise", ids.get("exercise_today", ())),
        (meeting_text(state, tz, attendees=MEETING_ATTENDEES), "meeting", ids.get("next_meeting", ())),
    ]
    if state.doing:
        # "coffee: flat white" -> the kind of what is going on, whatever it is
        kind = state.doing.split(":")[0].strip()
        doing_ids = ids.get("doing", ())
        told = {i for _, _, line_ids in pinned for i in line_ids}
        if told.intersection(doing_ids):
            # The run in progress is already in the exercise line: say only that it is going on.
            pinned.insert(0, (f"doing {kind}", kind, ()))
        else:
            pinned.insert(0, (f"doing {doing_text(state.doing)}", kind, doing_ids))
    facts = [Fact(text, kind, line_ids, recency=1.0, summary=True, pinned=True) for text, kind, line_ids in pinned]
    facts.append(Fact(screen_time_line(state), "computer", ids.get("screen_time_today", ()), recency=1.0, summary=True))
    return facts


def gather_facts(store: ObservationStore, at: datetime, tz: tzinfo) -> tuple[CurrentState, list[Fact]]:
    """The state at ``at`` and every fact of the context (state first, then the episodes by start).

    Episodes the state already tells (last night's sleep, today's coffees) stay in the list: they
    are part of the raw context the compression is measured against; the condenser leaves them out.
    """
    at = to_utc(at)
    observations = store.between(at - LOOKBACK, at + LOOKAHEAD)
    state = current_state(observations, at, tz)
    past = [o for o in observations if o.start <= at]
    span = LOOKBACK.total_seconds()
    facts = state_facts(state, tz)
    for episode in group_episodes(past):
        age = (at - episode.end).total_seconds()
        facts.append(Fact(episode_text(episode, tz), episode.kind, tuple(episode.source_ids), max(0.0, 1 - age / span)))
    return state, facts
