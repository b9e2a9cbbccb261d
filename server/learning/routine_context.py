"""Routine statistics in the chat context: a question about habits gets the learned statistics.

"How do I sleep after late coffee?", "how often do I exercise?", "my average sleep": single
memories cannot answer these, the routine statistics (``routines``, computed by the hourly
``routine-stats`` job) can. ``RoutineBook`` holds the newest statistics (the job hands them over;
a server whose jobs have not run yet computes them on first need, at most once per ``MAX_AGE``),
and ``routine_hits`` turns the statistics a question is about into evidence entries: the line of
text for the prompt and the observation ids it rests on, like any memory hit.
"""

from __future__ import annotations

import logging
import re
import threading
from datetime import datetime, timedelta, tzinfo
from typing import Callable

from server.learning.failures import describe_failure
from server.learning.routines import Routines, RoutineStat, learn_routines
from server.memory.store import MemoryStore
from shared.timeutil import utc_now
from shared.wire import MemoryHit

logger = logging.getLogger(__name__)

WINDOW = timedelta(days=28)
"""Observations the statistics are learned from (the same four weeks as the ``routine-stats`` job)."""
MAX_AGE = timedelta(hours=1)
"""Statistics older than this are computed again when a question needs them."""
ROUTINE_KIND = "routine_stat"
"""The ``kind`` of the evidence entries routine statistics become."""

HABIT = re.compile(
    r"\b(?:usually|typically|normally|generally|in\s+general|on\s+average|average|avg|how\s+often|how\s+regularly|"
    r"habits?|routines?|tend\s+to|every\s+(?:day|week|night|morning)|(?:per|a|each)\s+(?:day|week|night)|"
    r"late\s+coffee|after\s+(?:a\s+)?coffee|do\s+i\s+sleep|do\s+i\s+exercise|most\s+often|"
    r"on\s+days\s+(?:with|when|i))\b",
    re.IGNORECASE,
)
"""Words that ask about what the person usually does rather than about one event."""
TOPICS: dict[str, tuple[str, ...]] = {
    "sleep": ("sleep", "slept", "sleeping", "night", "nights", "bed", "bedtime", "tired", "rest"),
    "coffee": ("coffee", "coffees", "caffeine", "espresso", "cappuccino", "latte", "flat white"),
    "exercise": ("exercise", "exercising", "workout", "workouts", "sport", "training", "run", "runs", "running",
                 "ride", "rides", "cycling", "bike", "swim", "swims", "swimming", "active"),
}


def is_habit_question(question: str) -> bool:
    """Whether ``question`` asks about a habit (usually, on average, how often, after late coffee, ...)."""
    return HABIT.search(question) is not None


def question_topics(question: str) -> set[str]:
    """The routine topics (``sleep``, ``coffee``, ``exercise``) the question mentions."""
    words = question.lower()
    return {topic for topic, names in TOPICS.items()
            if any(re.search(rf"\b{re.escape(name)}\b", words) for name in names)}


def select_stats(routines: Routines, question: str) -> list[RoutineStat]:
    """The statistics a habit question is about: those on its topics (relations need all of their
    topics when the question names two or more), or all of them when it names none."""
    stats = routines.stats()
    topics = question_topics(question)
    if not topics:
        return stats
    if len(topics) >= 2:
        both = [stat for stat in stats if set(stat.topics) <= topics and len(stat.topics) >= 2]
        single = [stat for stat in stats if len(stat.topics) == 1 and stat.topics[0] in topics]
        return [*both, *single]
    return [stat for stat in stats if topics & set(stat.topics)]


def routine_hits(routines: Routines | None, question: str) -> list[MemoryHit]:
    """Evidence entries for the statistics ``question`` asks about (none for a non-habit question)."""
    if routines is None or not routines.days or not is_habit_question(question):
        return []
    span = f"routine over {routines.days} days ({routines.first_day} to {routines.last_day})"
    return [
        MemoryHit(id=f"routine:{'+'.join(stat.topics)}:{number}", text=f"{span}: {stat.text}", score=1.0,
                  kind=ROUTINE_KIND, start=None, source_ids=list(stat.source_ids))
        for number, stat in enumerate(select_stats(routines, question), start=1)
    ]


class RoutineBook:
    """The newest routine statistics of one memory store."""

    def __init__(self, store: MemoryStore, tz: tzinfo, clock: Callable[[], datetime] = utc_now) -> None:
        self._store = store
        self._tz = tz
        self._clock = clock
        self._lock = threading.Lock()
        self._routines: Routines | None = None
        self._at: datetime | None = None

    def update(self, routines: Routines, at: datetime | None = None) -> None:
        """Keep ``routines`` (the ``routine-stats`` job calls this after each run)."""
        with self._lock:
            self._routines, self._at = routines, at or self._clock()

    def latest(self) -> Routines | None:
        """The kept statistics, computed from memory when there are none or they are over ``MAX_AGE``
        old; None when memory cannot be read for them."""
        now = self._clock()
        with self._lock:
            if self._routines is not None and self._at is not None and now - self._at <= MAX_AGE:
                return self._routines
        try:
            routines = learn_routines(self._store.stored_observations(start=now - WINDOW, end=now), self._tz)
        except Exception as exc:  # statistics are extra context: a chat never fails on them
            logger.warning("no routine statistics for chat: %s", describe_failure(exc))
            return None
        self.update(routines, now)
        return routines

    def hits_for(self, question: str) -> list[MemoryHit]:
        """``routine_hits`` for ``question`` from the newest statistics (nothing to compute for other questions)."""
        if not is_habit_question(question):
            return []
        return routine_hits(self.latest(), question)
