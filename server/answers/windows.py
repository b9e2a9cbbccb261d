"""The windows of time a question names: the first, another besides it, a day, a window moved by days.

A bare weekday counts as its most recent day; one day named twice ("last Thursday i.e. 05/02") is one
window, not two to compare.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo

from server.answers.focus import asking_sentence
from server.memory.timeparse import WEEKDAYS, TimeFilter, parse_time_filter
from shared.plan import TimeWindow
from shared.timeutil import to_utc

_BARE_WEEKDAY = re.compile(r"(?<![\w-])(?P<weekday>" + "|".join(WEEKDAYS) + r"|mon|tues?|weds|thu|thur|thurs|fri)"
                           r"\.?(?:'s)?(?![\w-])", re.I)
"""A weekday alone, full or in a short form no other word has ("sat", "sun" and "wed" are words)."""
YEAR = r"(?<![\w.,:/-])(?:19|20)\d{2}(?![\w,:/-]|\.\d|\s*(?:m|mg|km|kcal|ml|g|steps|cal|min)\b)"
"""A year on its own ("5th May of 2036"), not an amount ("2000 m") or part of a date or a time."""
_YEAR = re.compile(YEAR, re.I)
_SHORT_AFTER_OR = re.compile(r"(?:(?<=\bor )|(?<=\bvs )|(?<=\bvs\. )|(?<=versus )|(?<=\bthan ))(?P<weekday>sat|sun|wed)"
                             r"\.?(?:'s)?(?![\w-])", re.I)


_BEDTIME = re.compile(r"\b(?:go|goes|went|going|gone|get|got)\s+to\s+(?:my\s+)?(?:bed|sleep)\b|\bbed\s*(?:time|[-_:]?\s*at)\b|"
                      r"\bretir(?:ed|e|es|ing)\b(?!\s+(?:from|as|in)\b)|\bturn(?:ed|ing)?\s+in\b|\blights?\s+(?:out|off)\b|"
                      r"\bput\s+out\s+the\s+light|\bcrawl\w*\s+under\b|\breach\w*\s+the\s+bed\b|\bhit\s+the\s+(?:sack|hay)\b|"
                      r"\bfell\s+asleep\b|\bwithdr[ae]w\s+to\s+bed\b|\bslept_at\b", re.I)
"""Words that ask when a night began: going to bed, turning in, lights out."""
_WAKING = re.compile(r"\b(?:out\s+of|from|off|leave|left)\s+(?:my\s+|the\s+)?bed|\bwoke|\bwak\w*|\bup\b|\bros[ea]\b|\brising\b|"
                     r"\balarm\b|\bawake", re.I)
_NIGHT_NAMED = re.compile(r"night|today|tonight|yesterday|last|week|morning|evening", re.I)


def bedtime_night(found: TimeFilter, text: str, as_of: datetime, tz: tzinfo) -> TimeFilter:
    """The night ``found`` names when ``text`` asks when a night began of a day ("what time did I go to bed on Fri 13 Aug?",
    "the hour I retired to bed ale 1 September", its word for night unread): the night that began that evening, not the
    one that ended that morning. A waking asked, or a window that already names a night, stays as it is."""
    ask = asking_sentence(text)
    if not _BEDTIME.search(ask) or _WAKING.search(ask) or _NIGHT_NAMED.search(found.phrase) or \
            found.end - found.start > timedelta(hours=30):
        return found
    return parse_time_filter(f"{found.phrase} night", as_of, tz) or found


def find_window(text: str, as_of: datetime, tz: tzinfo) -> TimeFilter | None:
    """The window ``text`` names; a bare weekday ("coffee count Tuesday?") counts as its most recent day,
    and so does "sat", "sun" or "wed" right after "or", "vs" or "than" ("mon or wed")."""
    found = parse_time_filter(text, as_of, tz)
    bare = _BARE_WEEKDAY.search(text) or _SHORT_AFTER_OR.search(text)
    if bare is None or (found is not None and found.span[0] <= bare.start()):
        return found
    if found is not None and found.span[0] < bare.end():
        return found  # the weekday is inside the phrase found ("Friday the 12th")
    day = parse_time_filter(f"on {bare['weekday']}", as_of, tz)
    return found if day is None else TimeFilter(day.start, day.end, bare.group(0), bare.span())


def other_window(text: str, found: TimeFilter, as_of: datetime, tz: tzinfo) -> TimeFilter | None:
    """The window ``text`` names besides ``found``, skipping restatements of the same one ("last
    Thursday i.e. 05/02", "Thursday night, Apr. 8 with Friday night, Apr. 9": one day named twice)."""
    rest = found.remove_from(text)
    for _ in range(3):
        other = find_window(rest, as_of, tz)
        if other is None or not _same_day(found, other, tz):
            return other
        rest = other.remove_from(rest)
    return None


def words_between(text: str, one: TimeFilter, other: TimeFilter) -> str | None:
    """The words of ``text`` between two windows it names, each found as written or as the day its night was read of
    ("December 16" of "December 16 night"); None when either is not found."""
    places = []
    for phrase in (one.phrase, other.phrase):
        for written in (phrase.strip(" ?.,"), re.sub(r"\s+night$", "", phrase.strip(" ?.,"), flags=re.I)):
            if written and (at := text.lower().find(written.lower())) >= 0:
                places.append((at, at + len(written)))
                break
        else:
            return None
    (_, end), (start, _) = sorted(places)
    return text[end:start] if start >= end else None


def _same_day(one: TimeFilter, other: TimeFilter, tz: tzinfo) -> bool:
    """Whether two windows name one day: the same window, or a day and its night ("Thursday night, Apr. 8")."""
    if (one.start, one.end) == (other.start, other.end):
        return True
    day = timedelta(hours=30)
    return one.end - one.start <= day and other.end - other.start <= day \
        and one.start.astimezone(tz).date() == other.start.astimezone(tz).date()


def as_window(found: TimeFilter) -> TimeWindow:
    """The plan's window for a window found, labelled with the words that named it."""
    return TimeWindow(start=found.start, end=found.end, label=found.phrase.strip(" ?.,"))


def day_window(at: datetime, tz: tzinfo, label: str) -> TimeWindow:
    """The local calendar day of ``at`` in ``tz``."""
    local = to_utc(at).astimezone(tz)
    start = local.replace(hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=1, hours=3)).replace(hour=0)
    return TimeWindow(start=to_utc(start), end=to_utc(end), label=label)


def shift_days(window: TimeWindow, days: int, tz: tzinfo) -> TimeWindow:
    """The same local window ``days`` later (negative: earlier), kept on local calendar days."""
    start = to_utc(window.start).astimezone(tz)
    end = to_utc(window.end).astimezone(tz)
    moved_start = (start.replace(tzinfo=None) + timedelta(days=days)).replace(tzinfo=tz)
    moved_end = (end.replace(tzinfo=None) + timedelta(days=days)).replace(tzinfo=tz)
    label = ("last week" if days == -7 and window.label.lower() == "this week" else "the day before" if days == -1
             else "the day after" if days == 1 else f"{days:+d} days")
    return TimeWindow(start=to_utc(moved_start), end=to_utc(moved_end), label=label)


def asked_window(text: str, as_of: datetime, tz: tzinfo) -> TimeFilter | None:
    """The window the asking sentence names, else the first the text names: "Trying to be good this
    month. How many workouts this week?" asks about this week; "Long day yesterday. Coffees?" about yesterday."""
    asking = asking_sentence(text)
    at = text.rfind(asking) if asking != text else -1
    # A sentence of its own: a capital after the story's full stop (not "last Saturday i.e. 07/02 or ...").
    own = find_window(asking, as_of, tz) if at > 0 and asking[:1].isupper() \
        and re.search(r"[^\W\d_]{2}[.!?]\s*$", text[:at]) else None
    found = find_window(text, as_of, tz) if own is None else \
        replace(own, span=(own.span[0] + at, own.span[1] + at))  # where it stands in the whole text
    return None if found is None or _other_year(text, found, tz) else found


def _other_year(text: str, found: TimeFilter, tz: tzinfo) -> bool:
    """Whether ``text`` names, outside the phrase found, a year none of the window's days is in: "the 5th
    May of 2036" read as the last 5 May, in another year. Such a window is a guess, not what was asked."""
    years = {to_utc(found.start).astimezone(tz).year, (to_utc(found.end).astimezone(tz) - timedelta(seconds=1)).year}
    return any(int(match.group(0)) not in years for match in _YEAR.finditer(text)
               if not found.span[0] <= match.start() < found.span[1])
