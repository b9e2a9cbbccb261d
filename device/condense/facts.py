"""Context facts for the condenser: the current state and the recent episodes, as ``Fact`` lines."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from device.pipeline.digitize import episode_text, group_episodes
from device.condense.relevance import Fact
from device.condense.state import CurrentState, current_state, state_lines
from device.storage.store import ObservationStore
from shared.timeutil import to_utc

LOOKBACK = timedelta(hours=36)
"""History read for a question: enough for last night's sleep seen from late evening."""
LOOKAHEAD = timedelta(hours=24)
"""Future observations read (planned meetings)."""

# state_lines() prefix -> (observation kind, or '' to read it from the line; CurrentState.source_ids key)
_STATE_LINE_KINDS: tuple[tuple[str, str, str], ...] = (
    ("doing:", "", "doing"),
    ("last sleep", "sleep", "last_sleep"),
    ("coffee today", "coffee", "caffeine_today"),
    ("exercise today", "exercise", "exercise_today"),
    ("screen time", "computer", "screen_time_today"),
    ("next meeting", "meeting", "next_meeting"),
)


def state_facts(state: CurrentState, tz: tzinfo) -> list[Fact]:
    """The state's lines as facts (the ``now:`` line is left to the prompt header)."""
    facts = []
    for line in state_lines(state, tz):
        for prefix, kind, key in _STATE_LINE_KINDS:
            if line.startswith(prefix):
                # "doing: coffee: flat white" -> kind of what is going on, whatever it is
                kind = kind or line.split(":")[1].strip()
                facts.append(Fact(line, kind, state.source_ids.get(key, ()), recency=1.0, summary=True))
                break
    return facts


def gather_facts(store: ObservationStore, at: datetime, tz: tzinfo) -> tuple[CurrentState, list[Fact]]:
    """The state at ``at`` and every fact the condenser may choose from (state first, then episodes)."""
    at = to_utc(at)
    observations = store.between(at - LOOKBACK, at + LOOKAHEAD)
    state = current_state(observations, at, tz)
    past = [o for o in observations if o.start <= at]
    episodes = group_episodes(past)
    span = LOOKBACK.total_seconds()
    facts = state_facts(state, tz)
    for episode in episodes:
        age = (at - episode.end).total_seconds()
        facts.append(Fact(episode_text(episode, tz), episode.kind, tuple(episode.source_ids), max(0.0, 1 - age / span)))
    return state, facts
