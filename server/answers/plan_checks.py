"""Checks of a plan against the question it was read from, made before anything is computed: a plan that lost part of
what the question names is refused, not answered.

A question in words the rules only half read ("on date 8/12 ar yesterday, on date 9/12, kon din beshi caffeine nisi?",
"Kuychichaw punlla, 16/5/2037-chu Intichaw 17/05/2037-chu, maykan punllapitak ashtawan caffeine?") names two days and
asks which had more; read without its words for "which" and "or", it becomes one day's caffeine, a fluent answer to
another question. Every day the question names (by its date, by its weekday, as today or yesterday: "Monday walla
Tuesday", "yesterday kana today") must lie in a window of the plan (its window or the window it is compared to); a night
named by the two days it spans ("the night of 9/12 till the morning of 10/12") lies in its one window. A follow-up read as
the very question before it ("og natten før that one?", its words for "the night before" not read) is refused too, not
answered again. A plan that left out a clock time or a distance the question names, or that assumed a day for a question
in words that ask nothing the rules read, is refused (``lost_part``). Pure functions of the question and the plans.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, tzinfo

from server.answers.asked import ASKING_WORD
from server.answers.dates import month_first, normalize_dates
from server.answers.focus import asking_sentence
from server.answers.render import local
from server.answers.week_dates import WEEKDAYS
from shared.plan import QuestionPlan, TimeWindow

_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = (r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?"
          r"|Oct|Nov|Dec)(?![\w-])\.?")
_NAMED_DAY = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!:)|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH)
"""A day by its month's name, as ``normalize_dates`` writes a dated day ("May 21", "May 21, 2037") or as the question does
("21 May", "the 3rd of Dec"): month and day."""


_DOTTED_DAY = re.compile(r"(?<![\w.,:])(?<!\bversion\s)(?<!\bat\s)(?<!\baround\s)(?<!\bby\s)(0?[1-9]|[12]\d|3[01])\.(0?[1-9]|1[0-2])(?:\.(?:\d{4}|\d{2}))?"
                         r"(?!\d|[.,]\d|\s*(?:km|kms|mi|miles?|m\b|h\b|hrs?|hours?|min|mins|minutes?|mg|kg|g\b|%|[ap]\.?m\b|o['’]?clock))", re.I)
"""A day written day first with a dot ("13.12", "30.12.2036") that no table put into words: no distance, hour or amount."""


def named_days(question: str, as_of: datetime, tz: tzinfo) -> set[tuple[int, int]]:
    """The (month, day) of every calendar day ``question`` names by its date (one written "13.12" too, where days are
    written day first)."""
    text = normalize_dates(question, month_first(tz), local(as_of, tz).date())
    days = set()
    for match in _NAMED_DAY.finditer(text):
        month, day = (match[1], match[2]) if match[1] else (match[4], match[3])
        if month[:3].lower() in _MONTHS and 1 <= int(day) <= 31:
            days.add((_MONTHS.index(month[:3].lower()) + 1, int(day)))
    if not month_first(tz):
        days |= {(int(match[2]), int(match[1])) for match in _DOTTED_DAY.finditer(text)}
    return days


def _days_in(window: TimeWindow, tz: tzinfo) -> set[date]:
    """Every local day ``window`` touches (at most a year's)."""
    first, last = local(window.start, tz).date(), local(window.end - timedelta(microseconds=1), tz).date()
    days, day = set(), first
    while day <= last and (day - first).days <= 366:
        days.add(day)
        day += timedelta(days=1)
    return days


_WEEKDAY = re.compile(r"\b(" + "|".join(WEEKDAYS) + r")\b(?!s)", re.I)
"""A weekday by its whole name, one day ("on Mondays" is a habit's)."""
_RELATIVE = re.compile(r"(?<!before\s)(?<!after\s)(?<!from\s)\b(today|yesterday)\b", re.I)
"""Today or yesterday ("the day before yesterday", "two days back from today" name neither)."""


def _year_of(month: int, day: int, today: date) -> date | None:
    """The last (month, day) on or before ``today`` (or just after it)."""
    for year in (today.year, today.year - 1):
        try:
            found = date(year, month, day)
        except ValueError:
            continue
        if found <= today + timedelta(days=2):
            return found
    return None


def drops_a_day(question: str, plan: QuestionPlan, as_of: datetime, tz: tzinfo) -> bool:
    """Whether ``question`` names two or more days (by date, by weekday, as today or yesterday) and one of them lies in no
    window of ``plan`` (a habit, over every day, drops none). A weekday that a date named beside it already has is that
    date's ("Monday 27/11"); a weekday counts by its name, whichever week the plan took it from."""
    if plan.operation == "relation":
        return False
    today = local(as_of, tz).date()
    named = named_days(question, as_of, tz)
    dated = {found for month, day in named if (found := _year_of(month, day, today)) is not None}
    asking = asking_sentence(question)  # a remark's day is no day asked ("... on Friday? hope it beat lunch today")
    relative = {today - timedelta(days=1 if m[1].lower() == "yesterday" else 0) for m in _RELATIVE.finditer(asking)}
    weekdays = {WEEKDAYS.index(m[1].lower()) for m in _WEEKDAY.finditer(asking)} - {day.weekday() for day in dated | relative}
    if len(named) + len(weekdays) + len(relative - dated) < 2:
        return False
    covered: set[date] = set()
    for window in (plan.window, plan.compare_to):
        if window is not None:
            covered |= _days_in(window, tz)
    return not (named <= {(day.month, day.day) for day in covered} and weekdays <= {day.weekday() for day in covered}
                and relative <= covered)


def repeats(plan: QuestionPlan, previous: QuestionPlan | None) -> bool:
    """Whether ``plan``, read as a follow-up, asks just what ``previous`` asked: the same kinds, window, attribute,
    operation, filters and comparison. "And the night before?" or "and Tom?" moves what was asked; a follow-up read as
    nothing new is one whose words were not read ("og natten før that one?" read as the question before, answered again)."""
    if previous is None or plan.parsed_by != "follow-up":
        return False
    fields = ("kinds", "window", "attribute", "operation", "filters", "compare_to", "relation")
    return all(getattr(plan, name) == getattr(previous, name) for name in fields)


_CLOCK = re.compile(r"\b\d{1,2}(?::\d\d)?\s*[ap]\.?m\b\.?|\b\d{1,2}:\d\d\b|\b\d{1,2}h\d\d\b", re.I)
_DISTANCE = re.compile(r"(?<![\d/.-])\b\d{1,3}(?:[.,]\d+)?\s*(?:km|kms|kilomet(?:re|er)s?)\b", re.I)
"""A distance: a number of km, not the year or month of a date before a unit ("15-09-2034 km", "03/01 km": how many km)."""
_SAYS_TODAY = re.compile(r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|so\s+far|yet)\b", re.I)
_NIGHT_SAID = re.compile(r"\b(?:night|overnight|tonight|a?wak\w*|a?woke\w*|get\s+up|got\s+up|getting\s+up|up\s+and\s+about|bed|a?rise|a?rose|rising|"
                         r"came\s+off)\b", re.I)
"""Words that say which night, or that the night's end (a waking) or start (a bedtime) is asked."""
_NIGHT_OR_DAY = re.compile(r"night|today|yesterday|last|week", re.I)
"""A window that is a night, or a day the night before it is meant of ("yesterday", "last night")."""
_OF_THE_DAY = ("count", "total", "duration", "first", "last")
"""The operations a plan with no day read takes over today."""
_WHO_ASKED = re.compile(r"(?:^|[.?!,;:]\s*|\band\s+)whom?\s+(?:was|were|attended|came|joined|showed|sat|did|else)\b[^.?!,;]*\?",
                        re.I)
"""A question that asks who ("..., who was at it?"), not a remark's "who" ("a man who tests reeds", "but who knows", "Bea,
who was there, says")."""
_AFTER_WORKOUT = re.compile(r"\b(?:after|following)\s+(?:my|the)\s+(?:[a-z]+\s+)?(?P<what>run|jog|ride|bike\s+ride|cycle|swim|"
                            r"yoga(?:\s+class)?|climb|workout|hike)\b", re.I)
"""What followed a workout ("after my run, the next sibseba ...?"): something after it is asked, not the workout."""
_MEETING = re.compile(r"\bmeeting|\bmtg\b|\bsync\b|\b1:1\b", re.I)


def lost_part(question: str, plan: QuestionPlan) -> str | None:
    """Why ``plan`` cannot answer ``question`` (None: nothing lost). A clock time in a question read as a day's count, total,
    length, first or last is a habit's threshold or a filter no plan holds ("coffee 3 pm ka ndorak, an nuwok nggilak?" read
    as today's coffees); a distance no day is named by is a day the question names by its workout ("dino aku ran 10.3 km,
    bengine mangan opo?" read as today's run); the sleep of a day named by its date, in a question that names no night and no
    waking or bedtime, is of two nights, the one into it or the one after it ("Idja 10/6: sum the hours I lay asleep", its
    "idja" unread); a question with no English word that asks, read as a value with no day
    ("1:1 with Lila er din raate koto ghonta ghumaisi?": the last meeting) or as today's total though it never says today
    ("bu həftə keçən həftədən daha çox qəhvə içmişəm?": today's coffees), was read from its nouns alone. A habit keeps
    its times and a follow-up its day. A workout, a night or a coffee has nobody to ask "who" of ("efter min climb ... havde
    jeg et møde, who was at it?" read as the climb), and a workout is not what follows it ("after my run, the next sibseba
    lay man man neberu?"), nor, in words that ask nothing the rules read, the meeting named beside it ("apre mo run ...,
    kisannla ti dan premie meeting la?")."""
    if plan.operation == "relation":
        return None
    if plan.kinds in (["exercise"], ["sleep"], ["coffee"]) and _WHO_ASKED.search(question):
        return "I don't know whom that question asks about: please ask it again in other words."
    if plan.kinds == ["exercise"] and "after" not in plan.filters:  # the workout itself read, not what came after it
        if (workout := _AFTER_WORKOUT.search(question)) is not None:
            return f"I don't know what that question asks of the time after your {workout['what'].lower()}: please ask it " \
                "again in other words."
        if _MEETING.search(question) and not ASKING_WORD.search(question):
            return "I don't know whether that question asks about the workout or the meeting: please ask it again in other words."
    clock = _CLOCK.search(question)
    if clock is not None and plan.operation in _OF_THE_DAY:
        return f"I don't know how to read \u201c{clock.group(0).strip()}\u201d in that question: please ask it again in other words."
    if plan.kinds == ["sleep"] and plan.attribute in ("duration", "quality") and plan.operation in ("value", "duration") and \
            plan.window is not None and not _NIGHT_OR_DAY.search(plan.window.label) and not _NIGHT_SAID.search(question) and \
            plan.parsed_by != "follow-up":
        return "I don't know which night that asks about: please name it as the night of its date (\u201cthe night of 10/6\u201d)."
    anchored = bool(plan.filters.get("anchor") or plan.filters.get("after"))  # a day named by what happened on it
    distance = _DISTANCE.search(question)
    if distance is not None and not anchored:
        return f"I don't know how to read \u201c{distance.group(0)}\u201d in that question: please ask it again in other words."
    said = f"{question} {plan.topic or ''}"  # a follow-up's topic holds the question before ("... today? mtg length?")
    if ASKING_WORD.search(said) or plan.parsed_by == "follow-up" or set(plan.kinds) & {"conversation", "any"}:
        return None
    no_day = plan.operation == "value" and plan.window is None and not anchored
    assumed_today = plan.operation in _OF_THE_DAY and plan.window is not None and plan.window.label == "today" and \
        not _SAYS_TODAY.search(said)
    return "I don't know which day that question asks about: please name the day by its weekday or date." if \
        no_day or assumed_today else None


def refusal(question: str, plan: QuestionPlan, previous: QuestionPlan | None, as_of: datetime, tz: tzinfo) -> str | None:
    """What to answer instead of computing ``plan`` when it lost part of ``question`` (None: compute it): a day it names
    dropped, a follow-up read as the very question before it, or a part left out (``lost_part``)."""
    if drops_a_day(question, plan, as_of, tz):
        return "I don't know how to read that question for every day it names: please ask it again in other words."
    if repeats(plan, previous):
        return "I don't know what to change in the last question: please ask it again in full."
    return lost_part(question, plan)
