"""Checks of a plan against the question it was read from, made before anything is computed: a plan that lost part of
what the question names is refused, not answered.

A question in words the rules only half read ("on date 8/12 ar yesterday, on date 9/12, kon din beshi caffeine nisi?",
"Kuychichaw punlla, 16/5/2037-chu Intichaw 17/05/2037-chu, maykan punllapitak ashtawan caffeine?") names two days and
asks which had more; read without its words for "which" and "or", it becomes one day's caffeine, a fluent answer to
another question. Every day the question names must lie in a window of the plan (its window or the window it is
compared to); a night named by the two days it spans ("the night of 9/12 till the morning of 10/12") lies in its one
window. A follow-up read as the very question before it ("og natten før that one?", its words for "the night before" not
read) is refused too, not answered again. Pure functions of the question and the plans.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, tzinfo

from server.answers.dates import month_first, normalize_dates
from server.answers.render import local
from shared.plan import QuestionPlan, TimeWindow

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?"
          r"|Oct|Nov|Dec)(?![\w-])\.?")
_NAMED_DAY = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:)|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH)
"""A day by its month's name, as ``normalize_dates`` writes a dated day ("May 21", "May 21, 2037") or as the question does
("21 May", "the 3rd of Dec"): month and day."""


def named_days(question: str, as_of: datetime, tz: tzinfo) -> set[tuple[int, int]]:
    """The (month, day) of every calendar day ``question`` names by its date."""
    text = normalize_dates(question, month_first(tz), local(as_of, tz).date())
    days = set()
    for match in _NAMED_DAY.finditer(text):
        month, day = (match[1], match[2]) if match[1] else (match[4], match[3])
        if month[:3].lower() in _MONTHS and 1 <= int(day) <= 31:
            days.add((_MONTHS.index(month[:3].lower()) + 1, int(day)))
    return days


def _days_in(window: TimeWindow, tz: tzinfo) -> set[tuple[int, int]]:
    """The (month, day) of every local day ``window`` touches (at most a year's)."""
    first, last = local(window.start, tz).date(), local(window.end - timedelta(microseconds=1), tz).date()
    days, day = set(), first
    while day <= last and (day - first).days <= 366:
        days.add((day.month, day.day))
        day += timedelta(days=1)
    return days


def drops_a_day(question: str, plan: QuestionPlan, as_of: datetime, tz: tzinfo) -> bool:
    """Whether ``question`` names two or more days and one of them lies in no window of ``plan`` (a habit, over every
    day, drops none)."""
    named = named_days(question, as_of, tz)
    if len(named) < 2 or plan.operation == "relation":
        return False
    covered: set[tuple[int, int]] = set()
    for window in (plan.window, plan.compare_to):
        if window is not None:
            covered |= _days_in(window, tz)
    return not named <= covered


def repeats(plan: QuestionPlan, previous: QuestionPlan | None) -> bool:
    """Whether ``plan``, read as a follow-up, asks just what ``previous`` asked: the same kinds, window, attribute,
    operation, filters and comparison. "And the night before?" or "and Tom?" moves what was asked; a follow-up read as
    nothing new is one whose words were not read ("og natten før that one?" read as the question before, answered again)."""
    if previous is None or plan.parsed_by != "follow-up":
        return False
    fields = ("kinds", "window", "attribute", "operation", "filters", "compare_to", "relation")
    return all(getattr(plan, name) == getattr(previous, name) for name in fields)
