"""Days as people in the Nordic countries write them in English, rewritten the way the time phrases read them.

Denmark, Norway, Sweden and Finland number the weeks (ISO 8601: week 1 holds the year's first Thursday) and write an
ordinal day with a full stop: "the Saturday of week 38", "Wednesday night in week 39", "the 25. September", "the night
between the 26. and the 27. September", "7/11-2035" (the year after a hyphen), "10. 3." (Czech: the day and the month each with its full stop), "the 9:th" (Swedish, the ending after a colon). A night is named by the day it runs
into: "the night to Friday the 21/9" is the night of Thursday the 20th; and as in Dutch, "in the night of Sunday on
Monday" is Sunday's night. Pure functions of the text.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"

_ORDINAL_DOT = re.compile(r"(?<![\d.])(\d{1,2})\.(?=\s+(?:(?:and|to|til|till|-|–)\s+(?:the\s+)?\d{1,2}\.?\s+)?" + _MONTH + r"(?!\w))",
                          re.I)
""""the 25. September", "the 26. and the 27. September": the day's full stop is no sentence's end."""
_NIGHT_BETWEEN = re.compile(r"\bthe\s+night\s+(?:between|from)\s+(?:the\s+)?(?P<d>\d{1,2})\.?(?:\s+(?P<m>" + _MONTH + r"))?\s+"
                            r"(?:and|to|til|till|-|–)\s+(?:the\s+)?\d{1,2}\.?\s+(?P<m2>" + _MONTH + r")(?!\w)", re.I)
_NIGHT_OF_TOWARDS = re.compile(r"\bthe\s+night\s+(?:of|from|between)\s+(?:the\s+)?(?P<d>\d{1,2})(?:\.?\s+" + _MONTH + r"|[./]\d{1,2}\.?|\.\d{1,2}\.?|\.)?"
                               r"(?:\s+(?:towards?|to|into|onto|on|and)\s+|\s*[–-]\s*)(?:the\s+)?"
                               r"(?P<d2>\d{1,2})(?:[./](?P<m>\d{1,2})\b\.?(?![./]?\d)|\.?\s+(?P<mn>" + _MONTH + r")\b\.?)", re.I)
""""the night of 15 towards 16.03" (Romanian "noaptea de 15 spre 16"), "the night of the 14. on the 15. April" (German "die
Nacht vom 14. auf den 15."): the first day's night, in the second day's month."""
_NIGHT_OF_ON = re.compile(r"\b(?:in\s+)?the\s+night\s+of\s+(?P<wd>" + _WEEKDAY + r")\s+on\s+" + _WEEKDAY + r"\b(?!,?\s*\d)"
                          r"|\b(?:this|the|last|that)\s+night\s*\(\s*(?P<wd2>" + _WEEKDAY + r")\s+(?:on|to|into|onto)\s+" + _WEEKDAY + r"\s*\)", re.I)
""""in the night of Sunday on Monday" (Dutch "in de nacht van zondag op maandag"): Sunday's night."""
_IN_WEEK = re.compile(r"\b(?:on\s+)?(?:the\s+)?(?P<wd>" + _WEEKDAY + r")(?P<night>\s+night)?\s+(?:of|in)\s+(?:the\s+)?week\s+"
                      r"(?:no\.?\s*)?(?P<n>\d{1,2})\b", re.I)
_NIGHT_TO_DATE = re.compile(r"\bthe\s+night\s+(?:to|into|before|towards?|against)\s+(?P<m>" + _MONTH + r")\s*(?P<d>\d{1,2})\b\.?", re.I)
""""the night dawning on Feb. 28." (the night into it, read from "dawning on"): the night of the day before."""
_NIGHT_TO = re.compile(r"\bthe\s+night\s+(?:to|into|before|towards?|against)\s+(?P<wd>" + _WEEKDAY + r")(?:,?\s+(?:the\s+)?(?P<date>\d{1,2}/\d{1,2}"
                       r"(?:/\d{2,4})?|\d{1,2}\.?\s+" + _MONTH + r")|,?\s*(?P<open>\()?(?P<dotted>\d{1,2}[./]\d{1,2})\.?(?(open)\)))?(?![\w/])", re.I)
_FROM_TO_AGAIN = re.compile(r"\b(?:(?:on\s+)?" + _WEEKDAY + r"\s+night),?\s+from\s+(?P<wd1>" + _WEEKDAY + r")\s+(?:onto|into|to|towards?|on)\s+"
                            r"(?P<wd2>" + _WEEKDAY + r")(?P<date>,?\s+\d{1,2}[./]\d{1,2}\.?)?(?![\w/])", re.I)
""""Tuesday night, from Tuesday onto Wednesday 5/3": the night said again by the days it runs between (the night to
Wednesday 5/3, which the date places)."""
_THE_ONE_TO = re.compile(r"\b(night),?\s+the\s+one\s+(?:to|into|against|towards?|before)\s+" + _WEEKDAY + r"\b(?!,?\s*\d)", re.I)
""""last night, the one against Friday": the night said again by the day it runs into."""
_SHORT_DAY = r"(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?"
_PAIR_NIGHT = re.compile(r"\bthe\s+(?P<wd>" + _SHORT_DAY + r")-(?:to-)?" + _SHORT_DAY + r"\s+night\b", re.I)
""""the Monday-Tuesday night", "the Sat-to-Sun night": the first day's night."""
_CLOSING_DOT = re.compile(r"(?<![\d.])(\d{1,2}\.\d{1,2})\.(?=\s+(?:or|vai|eller|and\s+(?!the\s+\d|\d))\b|\s*[,?!)]|\s*$)")
""""Monday 28.1. or the one ...": Finland closes a date without its year by a dot; no sentence ends there."""
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")
_ROMAN_MONTH = re.compile(r"(?<![\d./])(\d{1,2})(?:\.\s?|\s)(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I(?=\.))\b\.?")
""""20.II.", "17 II": Poland writes a date's month in Roman numerals (January only with its dot: "I" is a word too)."""
_SPACED_DOTS = re.compile(r"(?<![\d./])(\d{1,2})\.[ \t](\d{1,2})\.(?:[ \t]?(\d{4})(?!\d))?")
""""10. 3.", "5. 5. 2036": Czechia and Slovakia write the day and the month each with its full stop, a space between
(Hungary the month first: "02. 24.", read so where the second number is no month)."""
_DAWNING = re.compile(r",?\s+dawning\s+on\s+", re.I)
_YEAR_AFTER_HYPHEN = re.compile(r"\b(\d{1,2}/\d{1,2})-(\d{4})\b")
_COLON_ORDINAL = re.compile(r"\b(\d{1,2}):(st|nd|rd|th|e|a)\b", re.I)
""""the 9:th", "den 9:e": Swedish writes an ordinal's ending after a colon."""
_NIGHT_BETWEEN_DAYS = re.compile(r"\bthe\s+night\s+between\s+(?P<d>(?:" + _WEEKDAY + r")(?:\s+\d{1,2}/\d{1,2})?)"
                                 r"\s+and\s+(?:" + _WEEKDAY + r")(?:\s+\d{1,2}/\d{1,2})?(?![\w/])", re.I)
""""the night between Friday 7/12 and Saturday 8/12": the first day's night."""


def without_ordinal_dots(text: str) -> str:
    """``text`` without the full stops of ordinal days ("the 26. and the 27. September": "the 26 and the 27 September")."""
    return _ORDINAL_DOT.sub(r"\1", text)


def nordic_dates(text: str, today: date | None, month_first: bool = False) -> str:
    """``text`` with week numbers, ordinal full stops and nights named by the day after written as dates."""
    text = _SPACED_DOTS.sub(_spaced, text)
    text = _DAWNING.sub(" into ", text)  # "the night from Thursday, dawning on Friday"
    text = _YEAR_AFTER_HYPHEN.sub(r"\1/\2", _CLOSING_DOT.sub(r"\1", text))
    text = _ROMAN_MONTH.sub(lambda m: f"{int(m[1])} {MONTHS[_ROMAN.index(m[2])]}", text)
    text = _COLON_ORDINAL.sub(lambda m: m[1] + ("th" if m[2].lower() in ("e", "a") else m[2]), text)
    text = without_ordinal_dots(text)
    text = _NIGHT_BETWEEN.sub(lambda m: f"{m['d']} {m['m'] or m['m2']} night", text)
    text = _NIGHT_OF_TOWARDS.sub(_night_of_towards, text)
    text = _NIGHT_OF_ON.sub(lambda m: f"{m['wd'] or m['wd2']} night", text)  # "this night (Saturday on Sunday)"
    text = _PAIR_NIGHT.sub(lambda m: f"{_whole_day(m['wd'])} night", text)
    text = _FROM_TO_AGAIN.sub(lambda m: f"the night to {m['wd2']} {m['date'].strip(' ,')}" if m["date"] else f"{m['wd1']} night",
                              _THE_ONE_TO.sub(r"\1", text))
    text = _NIGHT_BETWEEN_DAYS.sub(lambda m: f"{m['d']} night", text)
    text = _TWO_DAYS.sub(lambda m: _two_day_night(m, month_first), text)  # "(31/07-01/08)": a night written as its two days
    if today is not None:
        text = _IN_WEEK.sub(lambda m: _week_day(m, today), text)
    text = _NIGHT_TO_DATE.sub(lambda m: _night_before_date(m, today), text)
    return _NIGHT_TO.sub(lambda m: _night_before(m, today, month_first), text)


_TWO_DAYS = re.compile(r"(?<![\d/.-])(?<!the )(?P<a>\d{1,2})/(?P<b>\d{1,2})\s*[-–]\s*(?P<c>\d{1,2})/(?P<d>\d{1,2})(?![\d/])"
                       r"(?!\s+night)")  # ("the 20/10-21/10 night" is read as written, further on)


def _two_day_night(match: re.Match[str], month_first: bool) -> str:
    """"31/07-01/08" -> "31 July night": two days in a row written as a range name the night between them (as written where
    they are not two days in a row: a range of days is no night)."""
    day, month, next_day, next_month = (int(match[k]) for k in ("a", "b", "c", "d"))
    if month_first:
        day, month, next_day, next_month = month, day, next_month, next_day
    if not (1 <= month <= 12 and 1 <= next_month <= 12):
        return match.group(0)
    same_month = next_month == month and next_day == day + 1
    next_month_first = next_day == 1 and next_month == month % 12 + 1 and day >= 28
    return f"{day} {MONTHS[month - 1]} night" if same_month or next_month_first else match.group(0)


def _night_of_towards(match: re.Match[str]) -> str:
    """"the night of 31 towards 01.04" -> "31 March night"; as written where the days are no night's."""
    day, next_day = int(match["d"]), int(match["d2"])
    month = int(match["m"]) if match["m"] else _month_number(match["mn"])
    if not 1 <= month <= 12 or not (next_day == day + 1 or (next_day == 1 and day >= 28)):
        return match.group(0)
    return f"{day} {MONTHS[(month - 2) % 12 if next_day < day else month - 1]} night"


def _whole_day(short: str) -> str:
    """"Sat" -> "Saturday" (a weekday written whole as it is)."""
    return next((day.capitalize() for day in WEEKDAYS if day.startswith(short.lower()[:3])), short)


def _night_before_date(match: re.Match[str], today: date | None) -> str:
    """"the night into Feb. 28." -> "27 February night" (in the year of ``today``)."""
    month = _month_number(match["m"])
    try:
        day = date(today.year if today is not None else date.today().year, month, int(match["d"]))
    except ValueError:
        return match.group(0)
    before = day - timedelta(days=1)
    return f"{before.day} {MONTHS[before.month - 1]} night"


def _spaced(match: re.Match[str]) -> str:
    """"10. 3." -> "10 March", "5. 5. 2036" -> "5 May 2036" (left as written where no such day is)."""
    day, month = int(match[1]), int(match[2])
    if month > 12 >= day:
        day, month = month, day  # "02. 24.": Hungary writes the month first
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return match.group(0)
    return f"{day} {MONTHS[month - 1]}" + (f" {match[3]}" if match[3] else "")


def _week_day(match: re.Match[str], today: date) -> str:
    """The day a weekday of an ISO week names: in the week-numbering year that puts it nearest ``today``."""
    week, weekday = int(match["n"]), WEEKDAYS.index(match["wd"].lower()) + 1
    if not 1 <= week <= 53:
        return match.group(0)
    year = today.isocalendar().year
    candidates = []
    for y in (year - 1, year, year + 1):
        try:
            candidates.append(date.fromisocalendar(y, week, weekday))
        except ValueError:
            continue
    if not candidates:
        return match.group(0)
    day = min(candidates, key=lambda d: abs((d - today).days))
    return f"on {day.day} {MONTHS[day.month - 1]}" + (" night" if match["night"] else "")


def _night_before(match: re.Match[str], today: date | None, month_first: bool) -> str:
    """"the night to Friday the 21/9": the night of the day before the day named."""
    if match["date"] is None and match["dotted"] is None:
        return f"{WEEKDAYS[WEEKDAYS.index(match['wd'].lower()) - 1].capitalize()} night"
    day = _read(match["date"] or match["dotted"].replace(".", "/"), today, month_first)
    if day is None:
        return match.group(0)
    before = day - timedelta(days=1)
    return f"{before.day} {MONTHS[before.month - 1]} night"


def _read(text: str, today: date | None, month_first: bool) -> date | None:
    """A short date ("21/9", "21/9/2035", "21. September") in the year of ``today`` unless it says its own."""
    year = today.year if today is not None else date.today().year
    if "/" in text:
        parts = [int(p) for p in text.split("/")]
        d, m = (parts[1], parts[0]) if month_first else (parts[0], parts[1])
        if len(parts) == 3:
            year = parts[2] + (2000 if parts[2] < 100 else 0)
    else:
        number, name = re.match(r"(\d{1,2})\.?\s+(\w+)", text).groups()  # type: ignore[union-attr]
        d, m = int(number), _month_number(name)
    try:
        return date(year, m, d)
    except ValueError:
        return None


def _month_number(name: str) -> int:
    """1-12 for a month's name or its first three letters ("Feb.", "September"); 0 for none."""
    return next((i + 1 for i, month in enumerate(MONTHS) if month.lower().startswith(name.lower()[:3])), 0)
