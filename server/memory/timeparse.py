"""Time phrases in a question ("yesterday", "last Tuesday", "on 12 November") as a UTC window.

Pure: ``parse_time_filter(query, now, tz)`` reads the phrase in the person's local time zone and
returns the window it names as aware UTC datetimes, or ``None`` when the query names no time.
Day boundaries are built from local calendar dates (never by adding hours to an instant), so a day
across a DST change is 23 or 25 hours long, as it was lived.

Understood phrases (case-insensitive; the first one in the query wins, the longest at a position):

* ``today``, ``yesterday``, ``the day before yesterday``, ``N days ago`` (digits or one..ten, "a")
* ``this morning|afternoon|evening``, ``tonight``, ``last night``
* weekdays in full or short (``Mon``, ``Tues``, ``Thu.``) after ``last``, ``on``, ``this``, ``since``
* ``last <weekday>``, ``<weekday> last``, ``this past <weekday>``, ``previous <weekday>`` (the most recent one before
  today), ``on <weekday>`` (the most recent one, today included), ``this <weekday>`` (that day of
  the current Monday-to-Sunday week)
* ``the <weekday> before last``, ``a fortnight ago``
* ``the night before last`` (the night that began the day before yesterday), ``N nights ago``,
  ``N days back``,
  ``a week ago``, ``this day last week``, ``a couple of days ago``, ``Wednesday of last week``,
  ``two Wednesdays ago``, ``since <weekday>`` (from that day to today), ``the last N days``
* a day of the month alone: ``the 12th``, ``on 12th``, ``Friday the 12th`` (the most recent such day, on that
  weekday when one is named)
* dates: ``12 November``, ``12th of Nov``, ``November 12``, ``Nov 12th, 2025``, ``2025-11-12``;
  without a year, the most recent such date not in the future
* ``this week``, ``last week`` (Monday to Monday), ``this weekend``, ``last weekend``, ``over the
  weekend`` (this one once it has begun, else the last), ``this month``, ``last month``, ``the past week``
  (the last 7 days)
* a day phrase followed by a part of the day: ``yesterday morning``, ``Tuesday night``,
  ``on 12 November in the afternoon`` (a bare weekday counts only with such a part of the day,
  so "Sunday roast" alone filters nothing)
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from shared.timeutil import UTC, to_utc

logger = logging.getLogger(__name__)

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10,
}
# Local hours of the parts of a day: (start hour, end hour on the same day, or 24 + h on the next).
PARTS_OF_DAY = {"morning": (4, 12), "afternoon": (12, 18), "evening": (18, 24), "night": (18, 30)}
MAX_DAYS_AGO = 3660
MAX_YEARS_BACK = 8  # for "29 February" without a year: back to the most recent leap year

WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "weds": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                         "sat": 5, "sun": 6}
_WEEKDAY = "(?P<weekday>" + "|".join(WEEKDAYS) + "|" + "|".join(sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True)) \
    + r")\.?"
_MONTH = "(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20|21)\d\d))?"
_PART = r"(?:\s+(?:in\s+the\s+)?(?P<part>morning|afternoon|evening|night))?"
_COUNT = "(?P<count>\\d{1,5}|" + "|".join(NUMBER_WORDS) + ")"


@dataclass(frozen=True)
class TimeFilter:
    """A window of time named in a query: ``[start, end)`` as aware UTC, and the words that named it."""

    start: datetime
    end: datetime
    phrase: str
    span: tuple[int, int]
    """Where ``phrase`` sits in the query (character offsets)."""

    def remove_from(self, query: str) -> str:
        """``query`` without the time phrase (and the spaces it leaves), e.g. for keyword search."""
        before, after = query[: self.span[0]], query[self.span[1]:]
        return re.sub(r"\s+", " ", f"{before} {after}").strip()

    def overlaps(self, start: datetime, end: datetime | None = None) -> bool:
        """Whether something from ``start`` to ``end`` (an instant when None) falls in the window."""
        return start < self.end and (end or start) >= self.start


@dataclass(frozen=True)
class _Context:
    """What every rule needs: today's local date and the zone to turn local times into UTC."""

    today: date
    tz: tzinfo

    def at(self, day: date, hour: int = 0) -> datetime:
        """Local ``hour`` o'clock of ``day`` (hours past 24 run into the next days) as UTC."""
        day = day + timedelta(days=hour // 24)
        # fold=0: in a repeated hour the earlier instant, in a skipped one the instant of the jump.
        return datetime.combine(day, time(hour % 24), tzinfo=self.tz).astimezone(UTC)

    def days(self, first: date, count: int = 1, part: str | None = None) -> tuple[datetime, datetime]:
        """``count`` whole local days from ``first``, or one part of the day ``first``."""
        if part:
            begin, stop = PARTS_OF_DAY[part]
            return self.at(first, begin), self.at(first, stop)
        return self.at(first), self.at(first + timedelta(days=count))


Window = tuple[datetime, datetime]
Rule = Callable[[re.Match[str], _Context], "Window | None"]


def _part(match: re.Match[str]) -> str | None:
    part = match.groupdict().get("part")
    return part.lower() if part else None


def _weekday_index(match: re.Match[str]) -> int:
    name = match.group("weekday").lower()
    return WEEKDAYS.index(name) if name in WEEKDAYS else WEEKDAY_ABBREVIATIONS[name]


def _relative_day(offset: int) -> Rule:
    def rule(match: re.Match[str], ctx: _Context) -> Window:
        return ctx.days(ctx.today - timedelta(days=offset), part=_part(match))

    return rule


def _part_of_today(part: str, offset: int = 0) -> Rule:
    def rule(match: re.Match[str], ctx: _Context) -> Window:
        return ctx.days(ctx.today - timedelta(days=offset), part=part)

    return rule


def _days_ago(match: re.Match[str], ctx: _Context) -> Window | None:
    raw = match.group("count").lower()
    count = NUMBER_WORDS[raw] if raw in NUMBER_WORDS else int(raw)
    if count > MAX_DAYS_AGO:
        return None
    return ctx.days(ctx.today - timedelta(days=count), part=_part(match))


def _nights_ago(match: re.Match[str], ctx: _Context) -> Window | None:
    """"2 nights ago": the night that began two evenings ago."""
    raw = match.group("count").lower()
    count = NUMBER_WORDS[raw] if raw in NUMBER_WORDS else int(raw)
    return None if count > MAX_DAYS_AGO else ctx.days(ctx.today - timedelta(days=count), part="night")


def _last_weekday(match: re.Match[str], ctx: _Context) -> Window:
    back = (ctx.today.weekday() - _weekday_index(match)) % 7 or 7
    return ctx.days(ctx.today - timedelta(days=back), part=_part(match))


def _recent_weekday(match: re.Match[str], ctx: _Context) -> Window:
    back = (ctx.today.weekday() - _weekday_index(match)) % 7
    return ctx.days(ctx.today - timedelta(days=back), part=_part(match))


def _day_of_month(match: re.Match[str], ctx: _Context) -> Window | None:
    """"the 12th" / "Friday the 12th": the most recent 12th on or before today (on a Friday when named)."""
    day, weekday = int(match.group("day")), match.groupdict().get("weekday")
    year, month = ctx.today.year, ctx.today.month
    for _ in range(14):
        try:
            candidate = date(year, month, day)
        except ValueError:
            candidate = None
        if candidate is not None and candidate <= ctx.today and (
                weekday is None or candidate.weekday() == _weekday_index(match)):
            return ctx.days(candidate, part=_part(match))
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _weekday_before_last(match: re.Match[str], ctx: _Context) -> Window:
    """"the Monday before last": the Monday a week before the last one."""
    back = ((ctx.today.weekday() - _weekday_index(match)) % 7 or 7) + 7
    return ctx.days(ctx.today - timedelta(days=back), part=_part(match))


def _weekday_of_last_week(match: re.Match[str], ctx: _Context) -> Window:
    """"Wednesday of last week", "last week's Wednesday": that day of the calendar week before this one."""
    monday = ctx.today - timedelta(days=ctx.today.weekday() + 7)
    return ctx.days(monday + timedelta(days=_weekday_index(match)), part=_part(match))


def _weekdays_ago(match: re.Match[str], ctx: _Context) -> Window | None:
    """"two Wednesdays ago": the Wednesday a week before the last one (one Wednesday ago is the last)."""
    raw = match.group("count").lower()
    count = NUMBER_WORDS[raw] if raw in NUMBER_WORDS else int(raw)
    back = ((ctx.today.weekday() - _weekday_index(match)) % 7 or 7) + 7 * (count - 1)
    return None if not 1 <= count or back > MAX_DAYS_AGO else ctx.days(ctx.today - timedelta(days=back), part=_part(match))


def _since_weekday(match: re.Match[str], ctx: _Context) -> Window:
    back = (ctx.today.weekday() - _weekday_index(match)) % 7
    return ctx.days(ctx.today - timedelta(days=back), count=back + 1)


def _last_days(match: re.Match[str], ctx: _Context) -> Window | None:
    raw = match.group("count").lower()
    count = NUMBER_WORDS[raw] if raw in NUMBER_WORDS else int(raw)
    if not 1 <= count <= MAX_DAYS_AGO:
        return None
    return ctx.days(ctx.today - timedelta(days=count - 1), count=count)


def _recent_weekend(match: re.Match[str], ctx: _Context) -> Window:
    """"over the weekend": this one when it has begun (Saturday or Sunday), else the last one."""
    return _week(0 if ctx.today.weekday() >= 5 else 1, weekend=True)(match, ctx)


def _month(months_back: int) -> Rule:
    def rule(match: re.Match[str], ctx: _Context) -> Window:
        first = ctx.today.replace(day=1)
        for _ in range(months_back):
            first = (first - timedelta(days=1)).replace(day=1)
        following = (first + timedelta(days=32)).replace(day=1)
        return ctx.days(first, count=(following - first).days)

    return rule


def _last_days_n(count: int, ctx: _Context) -> Window:
    return ctx.days(ctx.today - timedelta(days=count - 1), count=count)


def _this_weekday(match: re.Match[str], ctx: _Context) -> Window:
    monday = ctx.today - timedelta(days=ctx.today.weekday())
    return ctx.days(monday + timedelta(days=_weekday_index(match)), part=_part(match))


def _week(weeks_back: int, weekend: bool = False) -> Rule:
    def rule(match: re.Match[str], ctx: _Context) -> Window:
        monday = ctx.today - timedelta(days=ctx.today.weekday() + 7 * weeks_back)
        if weekend:
            return ctx.days(monday + timedelta(days=5), count=2)
        return ctx.days(monday, count=7)

    return rule


def _calendar_date(match: re.Match[str], ctx: _Context) -> Window | None:
    groups = match.groupdict()
    month = int(groups["month"]) if groups["month"].isdigit() else MONTHS[groups["month"].lower()]
    day = int(groups["day"])
    if groups.get("year"):
        try:
            chosen = date(int(groups["year"]), month, day)
        except ValueError:
            return None
    else:
        chosen = _most_recent_date(month, day, ctx.today)
        if chosen is None:
            return None
    return ctx.days(chosen, part=_part(match))


def _most_recent_date(month: int, day: int, today: date) -> date | None:
    """The latest ``month``/``day`` on or before ``today`` (None when no year has such a date)."""
    for year in range(today.year, today.year - MAX_YEARS_BACK - 1, -1):
        try:
            candidate = date(year, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    return None


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])" + pattern + r"(?![\w-])", re.IGNORECASE)


HOLIDAYS = {"christmas eve": (12, 24), "christmas day": (12, 25), "christmas": (12, 25), "boxing day": (12, 26),
            "new year's eve": (12, 31), "new years eve": (12, 31), "new year's day": (1, 1), "new years day": (1, 1),
            "halloween": (10, 31), "valentine's day": (2, 14), "valentines day": (2, 14)}
"""Days named by their fixed date."""


_NOT_AN_EVENT = (r"(?!\s+(?:fair|market|party|tree|card|gift|present|shopping|light|decoration|order|rush|sale|song|concert|jumper"
                 r"|sweater|bonus|season|costume|candy|pumpkin|movie|film|special|stall|play)s?\b)")
"""A holiday's name before the thing it names ("a rush order for the Christmas fair", "the Halloween party") is no day."""


def _holiday(match: re.Match[str], ctx: _Context) -> Window | None:
    month, day = HOLIDAYS[re.sub(r"\s+", " ", match.group("holiday").lower()).replace("’", "'")]
    chosen = _most_recent_date(month, day, ctx.today)
    return None if chosen is None else ctx.days(chosen, part=_part(match))


_RULES: tuple[tuple[re.Pattern[str], Rule], ...] = (
    (_compile(r"(?:on\s+)?(?P<holiday>" + "|".join(sorted((k.replace(" ", r"\s+").replace("'", "['’]?")
                                                          for k in HOLIDAYS), key=len, reverse=True)) + ")" + _PART
               + _NOT_AN_EVENT), _holiday),
    (_compile(r"(?:the\s+)?day\s+before\s+yesterday" + _PART), _relative_day(2)),
    (_compile(r"yesterday" + _PART), _relative_day(1)),
    (_compile(r"today" + _PART), _relative_day(0)),
    (_compile(r"this\s+(?P<p>morning|afternoon|evening)"), lambda m, c: c.days(c.today, part=m.group("p").lower())),
    (_compile(r"tonight"), _part_of_today("night")),
    (_compile(r"last\s+night"), _part_of_today("night", offset=1)),
    (_compile(r"the\s+night\s+before\s+last"), _part_of_today("night", offset=2)),
    (_compile(_COUNT + r"\s+days?\s+(?:ago|back|before\s+today|prior)" + _PART), _days_ago),
    (_compile(r"(?:a|one)\s+week\s+ago" + _PART), _relative_day(7)),
    (_compile(r"(?:a\s+)?couple\s+(?:of\s+)?days\s+(?:ago|back)" + _PART), _relative_day(2)),
    (_compile(r"(?:on\s+)?" + _WEEKDAY + r"\s+(?:of\s+|in\s+)?last\s+week" + _PART), _weekday_of_last_week),
    (_compile(r"last\s+week['’]?s?\s+" + _WEEKDAY + _PART), _weekday_of_last_week),
    (_compile(_COUNT + r"\s+" + _WEEKDAY + r"s\s+ago" + _PART), _weekdays_ago),
    (_compile(r"(?:this|(?:the\s+)?same)\s+day\s+last\s+week" + _PART), _relative_day(7)),
    (_compile(r"(?:a|one)\s+fortnight\s+ago" + _PART), _relative_day(14)),
    (_compile(r"(?:the\s+)?" + _WEEKDAY + r"\s+before\s+last" + _PART), _weekday_before_last),
    (_compile(_COUNT + r"\s+nights\s+(?:ago|back)"), _nights_ago),
    (_compile(r"(?:last|this\s+past|past|previous)\s+" + _WEEKDAY + _PART), _last_weekday),
    (_compile(_WEEKDAY + r"\s+(?:last|past|gone|previous)(?!\s+(?:week|month|night))" + _PART), _last_weekday),
    (_compile(r"since\s+(?:last\s+)?" + _WEEKDAY), _since_weekday),
    (_compile(r"(?:in\s+|over\s+|during\s+)?the\s+(?:last|past)\s+" + _COUNT + r"\s+days"), _last_days),
    (_compile(r"(?:on\s+)?(?:" + _WEEKDAY + r",?\s+(?:the\s+)?|the\s+)" + _DAY + r"(?!\s+(?:of\s+)?" + _MONTH
              + r")" + _PART + r"(?!\s*(?:coffee|cup|espresso|latte|drink|time|one|meeting|mtg|brief|event|entry|thing|call|run|workout|session|lap|"
              r"round|floor|place|attempt|item|question|glass|beer|day|night|week|month|year)s?\b)(?![\w/])(?![.:]\d)"), _day_of_month),
    (_compile(r"on\s+(?P<day>\d{1,2})(?:st|nd|rd|th)" + _PART + r"(?=\s*(?:[?,!;()\-–—]|[.:](?!\d)|$|(?:or|and|vs|versus|"
              r"compared|than|in|at|for|\w+)\b))"), _day_of_month),
    (_compile(r"this\s+" + _WEEKDAY + r"\s+(?:just\s+)?(?:gone|past)" + _PART), _last_weekday),
    (_compile(r"this\s+" + _WEEKDAY + _PART), _this_weekday),
    (_compile(r"on\s+" + _WEEKDAY + _PART), _recent_weekday),
    (_compile(_WEEKDAY + r"\s+(?:in\s+the\s+)?(?P<part>morning|afternoon|evening|night)"), _recent_weekday),
    (_compile(r"this\s+(?:week|wk)"), _week(0)),
    (_compile(r"(?:since|from)\s+the\s+(?:start|beginning)\s+of\s+(?:the|this)\s+week|week\s+to\s+date|"
              r"since\s+the\s+week\s+(?:began|started)"), _week(0)),
    (_compile(r"last\s+(?:week|wk)"), _week(1)),
    (_compile(r"this\s+weekend"), _week(0, weekend=True)),
    (_compile(r"(?:over|on|at|during)\s+the\s+weekend"), _recent_weekend),
    (_compile(r"this\s+month"), _month(0)),
    (_compile(r"last\s+month"), _month(1)),
    (_compile(r"(?:in\s+|over\s+|during\s+)?the\s+(?:last|past)\s+week"), lambda m, c: _last_days_n(7, c)),
    (_compile(r"last\s+weekend"), _week(1, weekend=True)),
    (_compile(r"(?:on\s+)?(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)" + _PART), _calendar_date),
    (_compile(r"(?:on\s+)?" + _DAY + r"-" + _MONTH + r"(?:-(?P<year>(?:19|20|21)\d\d))?" + _PART), _calendar_date),
    (_compile(r"(?:on\s+)?(?:the\s+)?" + _DAY + r"(?:\s+of)?\s+" + _MONTH + _YEAR + _PART), _calendar_date),
    (_compile(r"(?:on\s+)?" + _MONTH + r"\s+(?:the\s+)?" + _DAY + _YEAR + _PART), _calendar_date),
)


def parse_time_filter(query: str, now: datetime, tz: tzinfo) -> TimeFilter | None:
    """The time window ``query`` names, read in ``tz`` relative to ``now`` (aware); None if none.

    The earliest phrase in the query wins; at the same position the longest. A phrase that names
    an impossible date ("31 February") is skipped, and later phrases are still tried.
    """
    ctx = _Context(today=to_utc(now).astimezone(tz).date(), tz=tz)
    candidates: list[tuple[int, int, re.Match[str], Rule]] = []
    for pattern, rule in _RULES:
        for match in pattern.finditer(query):
            candidates.append((match.start(), -(match.end() - match.start()), match, rule))
    candidates.sort(key=lambda c: (c[0], c[1]))
    for _, _, match, rule in candidates:
        try:
            window = rule(match, ctx)
        except (OverflowError, ValueError):  # dates past year 1 or 9999
            window = None
        if window is not None:
            start, end = window
            logger.debug("time phrase %r -> %s .. %s", match.group(0), start, end)
            return TimeFilter(start=start, end=end, phrase=match.group(0), span=match.span())
    return None
