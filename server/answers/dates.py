"""A day as people write it, rewritten the one way the time-phrase rules read it.

"on Wednesday, November 4" drops the weekday, "11/4" becomes "November 4" (month first in the
Americas, day first elsewhere), "10.3." and "2027/03/10" become dates, "the night of November 5"
and "overnight Tues to Wed" become "November 5 night", and a day said twice ("yesterday the 17th",
"the 12th (sat)") is said once. Pure functions of the text and the person's zone.
"""

from __future__ import annotations

import re
from datetime import date, tzinfo

from server.answers.week_dates import MONTHS as _MONTH_NAMES
from server.answers.week_dates import WEEKDAYS as _WEEKDAYS
from server.answers.week_dates import nordic_dates

_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_OTHER_WEEKDAY = re.compile(r"(?:(?<=\s)|(?<=[(\[]))(?:e\s+(?:hënë|hene|martë|marte|mërkurë|merkure|enjte|premte|shtunë|shtune|diel)"
                            r"|(?-i:Hë|He|Ma|Më|Me|En|Pr|Sh|Di|Pk|Sv|O|C|S|Pn|Vt|Sr|Cht|Pt|Sb|Nd|Pr|An|Tr|Kt|Št|Sk)|(?:pon|tor|sre|[čc]et|pet|sob|ned)\.|(?:pon|uto|sre|[čc]et|pet|sub|ned)(?=\s))\.?,?\s+(?=\d{1,2}[./-]\d{1,2})", re.I)
"""A weekday of a calendar written short or in its own language (Albanian's names and two-letter forms, Slovenian's "pet.",
Latvian's "Pk", "Sv", "O", "C", "S", Bulgarian's "Pn", "Vt", "Sr", "Cht", "Pt", "Sb", "Nd",
Lithuanian's "Pr", "An", "Tr", "Kt", "Pn", "Št", "Sk", Serbian's "pon", "uto", "pet" without a dot)
right before a date: the date says the day."""
_WEEKDAY_BEFORE_DATE = re.compile(
    r"\b(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|weds|thu|thur|thurs|fri|"
    r"sat|sun)\.?,?\s+(?=(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
    r"(?:\s+of)?[\s-]+" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\.?\s+\d{1,2}\b)", re.I)
_THAT_IS = re.compile(r"(?<!last )(?<!next )(?<!this )\b((?:mon|tues|wednes|thurs|fri|satur|sun)day|today|yesterday),?\s+(?:i\.\s?e\.|ie|that\s+is|namely|viz\.?|on"
                      r"|which\s+(?:is|was))[,:]?\s+(?=(?:the\s+)?\d)", re.I)
""""Tuesday, i.e. 5/2/2036", "yesterday, that is the 9th", "Tuesday, on 5 February 2036": the weekday and the date that says
which one."""
_NIGHT_DAY = r"(?:the\s+)?(?:(?:[a-z]+\s+)?\d{4}-\d{2}-\d{2}|[a-z]+day,?\s+\d{1,2}\s+(?!going|leading|running|over\b)[a-z]{3,9}\b|[a-z]+day,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?|[a-z]+day,?\s+[a-z]{3,9}\s+\d{1,2}\b|\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?(?!going|leading|running|over\b)[a-z]{3,9}\b)?|[a-z]{3,9}\s+\d{1,2}(?:st|nd|rd|th)?|[\w.]+)"
_NIGHT_FIRST_DAY = _NIGHT_DAY.replace(r"|[\w.]+)", r"|(?:mon|tue|wed|thu|fri|sat|sun)[\w.]*|[\w.]*\d[\w.]*)")
"""A night's first day after "over" or "from": a date or a weekday, never any word ("heart rate over the climb on Monday")."""
_NIGHT_FROM = re.compile(r"\b(?:(?:the\s+night\s+(?:from|between)|overnight(?:\s+from)?|over)\s+(?P<day>" + _NIGHT_FIRST_DAY + r")"
                         r"(?:\s+night)?\s+(?:going\s+|leading\s+|running\s+)?(?:to|and|into|onto|on|towards?)|the\s+night\s+of\s+(?P<of>" + _NIGHT_DAY + r")\s+"
                         r"(?:going\s+|leading\s+|running\s+|over\s+)?(?:to|into|onto|till|until|through|towards?))\s+(?:the\s+)?(?:morning\s+(?:of\s+)?)?"
                         + _NIGHT_DAY, re.I)
""""the night from Tues to Wed", "the night of 9/12 till the morning of 10/12", "the night from Friday on Saturday" (Czech
"z pátku na sobotu"): the night of the first day."""
_DAY_WORD = (r"(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|"
             r"sunday|today|now|so far|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*|"
             r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{2,4})?|\d{4}-\d{2}-\d{2}|\d{1,2}-\d{1,2}-\d{4})\.?")
_PAREN_DAY = re.compile(r"\s*\((?:an?\s+|on\s+)?" + _DAY_WORD + r"(?:\s*(?:to|into|-|–|through|till|until|,|;)\s*" + _DAY_WORD + r"|\s+"
                        + _DAY_WORD + r")?\)", re.I)
_JUST_PAST_NIGHT = re.compile(r"\bthe\s+(?:night\s+just\s+(?:past|gone)|past\s+night|night\s+that\s+just\s+(?:passed|ended))\b", re.I)
_ON_DATE = re.compile(r"\b(on\s+)?(?:the\s+)?dated?\s+(?=\d{1,2}[/.-]\d|\d{4}-)", re.I)
""""on date 4/12", as forms and registers write it: "on 4/12"."""
_RESTATED_DAY = re.compile(r"\b(yesterday|today)\s*,?\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?"
                           r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)?|(?:jan|feb|mar|apr|may|jun|jul|"
                           r"aug|sep|sept|oct|nov|dec)[a-z]*\s+\d{1,2}(?:st|nd|rd|th)?)\b", re.I)
_WD = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\.?"
_RESTATED_WEEKDAY = re.compile(r"\b((?:yesterday|today)|(?:the\s+)?\d{1,2}(?:st|nd|rd|th)(?:\s+of\s+" + _MONTH_WORD + r")?)"
                               r"\s*,?\s*(?:an?\s+|on\s+|this\s+past\s+|last\s+)?" + _WD + r"(?:,?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:[\s-]+(?:of\s+)?"
                               + _MONTH_WORD + r")?|\s+" + _MONTH_WORD + r"\s+\d{1,2}(?:,\s*\d{4})?|\s+\d{1,2}/\d{1,2}(?:/\d{2,4})?)?(?![\w-])(?!\s+(?:night|morning|evening|afternoon))", re.I)
_WEEKDAY_THEN_DATE = re.compile(r"\b(?:(?:this|last|on)\s+)?" + _WD + r"(?:\s+(?:just\s+)?gone|\s+(?:just\s+)?past)?\s*,\s*"
                                r"((?:the\s+)?\d{1,2}(?:st|nd|rd|th))\b", re.I)
_WITHIN_WEEK = re.compile(r"\b(?:earlier|later)\s+this\s+week\b", re.I)
_NIGHT_OF = re.compile(r"\b(?:the\s+)?night\s+(?:of|commencing|beginning|starting(?:\s+on)?)\s+(?P<day>"
                       r"(?:[a-z]+day|mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun),?\s+" + _MONTH_WORD + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?"
                       r"(?:,\s*(?:19|20)\d\d)?|"
                       r"(?:(?:[a-z]+day|mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)"
                       r",?\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?" + _MONTH_WORD + r"(?:,?\s+(?:19|20)\d\d)?)?|"
                       r"(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?(?:\s+(?:of\s+)?[a-z]+(?:,?\s+(?:19|20)\d\d)?)?|"
                       r"[a-z]+day|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,\s*(?:19|20)\d\d)?|today|yesterday|\d{1,2}/\d{1,2}|[a-z]+\s+\d{1,2}"
                       r"|(?:[a-z]+\s+)?\d{4}-\d{2}-\d{2}))"
                       r"(?=\s*(?:[?,;\-–—)\[]|[.:](?!\d)|$|\bor\b|\band\b|\bvs\b|\bversus\b|\bcompared\b|\bwhat\b|\bhow\b|\bwhen\b|"
                       r"\bdid\b|\bwas\b|\bslept\b|\bsleep\b|\blonger\b|\bshorter\b|\bmore\b|\bless\b|\bi\b|\bhrs?\b|\bhours?\b|\bmins?\b|"
                       r"\bminutes?\b|\bquality\b|(?<=\d)\s+time\b|\bwhich\b|\bin\s+(?:hours?|hrs?|minutes?|mins?)\b))", re.I)
_HAN_DATE = re.compile(r"(?:(?P<y>\d{4})\s*年\s*)?(?P<m>1[0-2]|0?[1-9])\s*月\s*(?P<d>3[01]|[12]\d|0?[1-9])\s*[日号]")
"""A date in Chinese or Japanese characters: "2月9日", "2037年2月9日" (9 February 2037)."""
_YEAR_FIRST = re.compile(r"\b(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})\b")
_SENTENCE_NEXT = re.compile(r"\s+(?-i:[A-Z])[a-z]")
""""on 12.03. How long did it ...": the date's closing dot ends the sentence too."""
_DOTTED = re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?:(?P<y>\d{4}|\d{2}(?![\d.]))\b)?")
"""A dotted date is day first wherever it is written ("10.3.", "10.03.2027", "14.04.33"); a trailing dot or a year says it is one."""


def _year(written: str) -> str:
    """A year written with two digits is of this century ("33": 2033)."""
    return written if len(written) == 4 else str(2000 + int(written))
_DOTTED_AFTER_ON = re.compile(r"(?:(?<=\bon\s)|(?<=\bof\s)|(?<=\())(?P<d>\d{1,2})\.(?P<m>\d{2})(?=\.?\))|(?:(?<=\bon\s)|(?<=\bof\s))(?P<d2>\d{1,2})\.(?P<m2>\d{1,2})(?![\d.])(?!\s*(?:km|k|mi|miles?|h|hrs?|"
                              r"hours?|mins?|minutes?|mg|g|kg|%|bpm|x|am|pm|a\.m|p\.m|o['’]clock|lbs?)\b)(?P<y>)", re.I)
"""Without its dot, "on 20.12" and "the night of 20.12" are dates too (day first): a number "on" or "of" would
carry its unit ("on 20.5 km"); so is a day and a two-digit month alone in brackets ("zorpdag (15.05)": a word the rules
cannot read, then the date that says which day)."""
_FRENCH_MONTHS = {"janvier": "January", "fevrier": "February", "mars": "March", "avril": "April", "mai": "May", "juin": "June",
                  "juillet": "July", "aout": "August", "septembre": "September", "octobre": "October", "novembre": "November",
                  "decembre": "December"}
_FRENCH_MONTH = re.compile(r"\b(?P<d>\d{1,2})(?:er)?\s+(?P<m>janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|"
                           r"novembre|d[ée]cembre)\b", re.I)
_SLASH_DATE = re.compile(r"\b(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?\b")
_RANGE_DAY = (r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun|"
              r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}\.\d{1,2}\.?)")
_NIGHT_RANGE = re.compile(r"\b(?:(?:over)?night\s+(?:of\s+|from\s+)?)?(?P<a>" + _RANGE_DAY + r")(?:\s*[-–—]\s*|-to-|\s+(?:to|into|till|until)\s+)"
                          + _RANGE_DAY + r"(?P<night>\s+night)?\b"
                          # the same two days again as dates: "the night from Tuesday to Wednesday, 26-27.04"
                          + r"(?:,?\s*\(?\d{1,2}(?:[./]\d{1,2})?\s*[-–]\s*\d{1,2}[./]\d{1,2}\.?(?:[./]\d{2,4})?\)?)?", re.I)
"""A night as the two days it spans: "Friday-Saturday night", "overnight 19/1-20/1" (the night that began on the first)."""
_NIGHT_DAYS_DAY_FIRST = re.compile(r"\b(?:(?:over)?night\s+(?:of\s+)?)(?P<a>\d{1,2})\s*[-–]\s*\d{1,2}/(?P<m>\d{1,2})\b", re.I)
_NIGHT_DAYS_MONTH_FIRST = re.compile(r"\b(?:(?:over)?night\s+(?:of\s+)?)(?P<m>\d{1,2})/(?P<a>\d{1,2})\s*[-–]\s*\d{1,2}\b", re.I)
""""night of 27-28/3" (or "3/27-28" in the Americas): the night that began on the 27th."""
_ORD = r"(?:st|nd|rd|th)?"
_NIGHT_DAYS_NAMED = re.compile(
    r"\b(?:(?:over)?night\s+(?:of\s+|from\s+|between\s+)?)(?:(?P<a>\d{1,2})" + _ORD + r"\s*(?:[-–]|to|till|until|into|and)\s*\d{1,2}"
    + _ORD + r"\s+(?P<m>" + _MONTH_WORD + r")"
    r"|(?P<a2>\d{1,2})" + _ORD + r"\s+(?P<m2>" + _MONTH_WORD + r")\.?\s*(?:[-–]|to|till|until|into|and)\s*\d{1,2}" + _ORD
    + r"\s+" + _MONTH_WORD
    + r"|(?P<m3>" + _MONTH_WORD + r")\.?\s+(?P<a3>\d{1,2})" + _ORD + r"\s*[-–]\s*(?:" + _MONTH_WORD + r"\.?\s+)?\d{1,2}" + _ORD
    + r")(?![\w/])", re.I)
""""the night of 24-25 Feb", "night of 28 Feb-1 Mar", "the night of Feb 24-25", "the night between 3 and 4 May": the night
that began on the first day."""
_NIGHT_SLASH = re.compile(r"\bnight\s+(\d{1,2}/\d{1,2}(?:/\d{2,4})?)\b", re.I)
_NIGHT_INTO = re.compile(r"\bthe\s+night\s+(?:going\s+|leading\s+|running\s+)?into\s+(?P<day>" + "|".join(_WEEKDAYS)
                         + r")\b", re.I)
""""the night going into Tuesday": Monday night."""
_NTH_DAY_OF = re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(" + _MONTH_WORD + r")\b", re.I)
_NTH_THEN_DATE = re.compile(r"\b(?:on\s+)?(?:" + _WD + r",?\s+)?the\s+(\d{1,2})(?:st|nd|rd|th)\s*,\s*(?=\1\s+" + _MONTH_WORD + r")",
                            re.I)
_SHORT = r"\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\.?"
_NIGHT_AFTER_DAY = re.compile(r"\bthe\s+night\s+after\s+(?:(?:on|last|this\s+past)\s+)?(?:" + _WD + r",?\s+)?(?P<d>\d{1,2}(?:st|nd|rd|th)?\s+"
                              r"(?:of\s+)?" + _MONTH_WORD + r"(?:\s+\d{4})?|" + _MONTH_WORD + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|"
                              + _SHORT + r")(?![\w/])|\bthe\s+night\s+after\s+(?:last\s+|this\s+past\s+)?(?P<w>" + "|".join(_WEEKDAYS)
                              + r")\b(?!['’]|\s*\d|\s+" + _MONTH_WORD + r")", re.I)
""""the night after Thursday 3 November", "the night after 31/10", "the night after Monday": that day's night
(a day, not an event: "the night after the Budget review" is read elsewhere)."""
_NIGHT_WITH_DATES = re.compile(r"(?:\bthe\s+night\s+from\s+" + _WD + r"\s+(?:to|into|till|until)\s+" + _WD + r"|\b" + _WD
                               + r"\s+night)(?:\s*\(\s*(?P<d>" + _SHORT + r")(?:\s*(?:to|into|-|–)\s*" + _SHORT + r")?\s*\)"
                               + r"|\s*,\s*(?P<d2>" + _SHORT + r")\s*[-–]\s*" + _SHORT + r"(?![\d/]))", re.I)
""""Sunday night (30/10 to 31/10)", "the night from Thursday to Friday (03.11)": the dates in brackets say which."""
_DASHED = re.compile(r"\b(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4})\b")
_AGO_DATE = (r"(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?"
             r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?|the\s+\d{1,2}(?:st|nd|rd|th))(?![\w/])")
_RESTATED_AGO = re.compile(r"\b((?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine)\s+days?\s+(?:ago|back))\s*,\s*(?:on\s+)?"
                           r"(?:" + _WD + r"(?![\w-]),?(?:\s+" + _AGO_DATE + r")?|" + _AGO_DATE + r")", re.I)
""""three days ago, on Monday", "4 days ago, Sun 13/10", "two days back, the 12th": the same day twice."""


_DAY_BEFORE_BRACKET = re.compile(r"(?:yesterday|today|tonight|night|day|ago|back|before|gone|past|\d(?:st|nd|rd|th)?|" + _DAY_WORD + r")\s*$", re.I)


def _dotted_day_first(written: str) -> str:
    """"03.11" (a dotted date is day first) as "3 November"; a slashed one as it was written."""
    parts = written.rstrip(".").split(".")
    if len(parts) < 2 or not (1 <= int(parts[1]) <= 12 and 1 <= int(parts[0]) <= 31):
        return written.rstrip(".")
    return f"{int(parts[0])} {_MONTH_NAMES[int(parts[1]) - 1]}" + (f" {_year(parts[2])}" if len(parts) > 2 and parts[2] else "")


def _restated_in_brackets(match: re.Match[str]) -> str:
    """A day in brackets right after a day says it again ("yesterday (19/8)"); alone ("dinner venue (thu 5/10)") it is the day."""
    return "" if _DAY_BEFORE_BRACKET.search(match.string[:match.start()]) else " " + match.group(0).strip()[1:-1]


def _date_for_weekday(match: re.Match[str]) -> str:
    """"Tuesday past, the 22nd" -> "on the 22nd" ("the 22nd" after "night of" or "on")."""
    before = match.string[:match.start()].rstrip().lower()
    said_on = match.group(0).lower().startswith("on ")
    lead = "" if not said_on and re.search(r"\b(?:of|on|from|since|until|till|and|or|vs|versus|than)$", before) else "on "
    return lead + ("" if match[1].lower().startswith("the") else "the ") + match[1]


_SHORT_DATE_WEEKDAY = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})\.?\s*\(\s*(?P<wd>" + _WD + r")\s*\)", re.I)
_WEEKDAY_SHORT_DATE = re.compile(r"\b(?P<wd>" + _WD + r"),?\s+(?P<a>\d{1,2})(?P<sep>[./])(?P<b>\d{1,2})\b(?![./-]?\d)", re.I)
""""4.12 (Mon)", "4/6 (Tue)", "Mon 4.12": a short date whose weekday says which of its two readings is meant."""
_ABBREVIATION_DOT = re.compile(r"\b(jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|mon|tue|tues|wed|weds|thu|thur|thurs"
                               r"|fri|sat|sun)\.(?=\s*\d|\s+(?:the\s+)?\d)", re.I)
_BUDDHIST_YEAR = re.compile(r"(?P<lead>\b\d{1,2}[/.-]\d{1,2}[/.-]|\b(?:B\.E\.|BE)\s|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
                            r"(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s)?(?P<y>(?<!\d)2[4-9]\d\d)\b(?P<trail>(?=[/.-]\d{1,2}[/.-]\d))?", re.I)
""""2575": a year of the Buddhist era, as Thailand writes it (543 years ahead of the common era)."""


def _common_era(match: re.Match[str]) -> str:
    if not (match["lead"] or match["trail"] is not None):
        return match.group(0)  # a number, not a year of a date
    return f"{match['lead'] or ''}{int(match['y']) - 543}"


_THIS_WEEKS = re.compile(r"\bthis\s+week['’]s\s+(?=" + _WD + r"(?![\w-]))", re.I)


def _weekday_read(match: re.Match[str], today: date, month_first_dates: bool) -> str:
    """The short date in ``match`` as "Month D" when its weekday fits a reading (the latest such day not
    after ``today``; of two that fit, the nearer); else as written (the zone's order decides later)."""
    a, b = int(match["a"]), int(match["b"])
    weekday = _WEEKDAYS.index(next(w for w in _WEEKDAYS if w.startswith(match["wd"].lower().rstrip(".")[:3])))
    fits = []
    for month, day in {(a, b), (b, a)}:
        for year in (today.year, today.year - 1):
            try:
                candidate = date(year, month, day)
            except ValueError:
                continue
            if candidate <= today:
                if candidate.weekday() == weekday:
                    fits.append(candidate)
                break
    if not fits:
        return match.group(0)
    latest = max(fits)  # both readings fit ("4.10 (Sat)": 10 April and 4 October): the nearer day
    return f"{_MONTH_NAMES[latest.month - 1]} {latest.day}"


def month_first(tz: tzinfo) -> bool:
    """Whether people in ``tz`` write 11/4 for November 4 (the Americas) rather than 4 April."""
    return str(getattr(tz, "key", "")).startswith("America/")


def normalize_dates(question: str, month_first_dates: bool = True, today: date | None = None) -> str:
    """Dates as the time-phrase rules read them: "on Wednesday, November 4" drops the weekday, "11/4"
    becomes "November 4" (month first, or day first where the zone writes dates so; with ``today``, the
    reading a weekday beside it fits: "4.12 (Mon)"), and "the night of November 5" becomes "November 5
    night"."""
    def slash(match: re.Match[str]) -> str:
        month, day = (match["a"], match["b"]) if month_first_dates else (match["b"], match["a"])
        if not 1 <= int(month) <= 12 or not 1 <= int(day) <= 31:
            return match.group(0)
        year = f", {2000 + int(match['y']) if len(match['y']) == 2 else match['y']}" if match["y"] else ""
        return f"{_MONTH_NAMES[int(month) - 1]} {int(day)}{year}"

    def night_range(match: re.Match[str]) -> str:
        if not match["night"] and not re.match(r"(?:over)?night", match.group(0), re.I):
            return match.group(0)  # "Monday-Friday": a span of days, not a night
        return f"{match['a']} night"

    text = _FRENCH_MONTH.sub(lambda m: f"{m['d']} {_FRENCH_MONTHS[m['m'].lower().replace('é', 'e').replace('û', 'u')]}",
                             question)  # "on 26 juin", "1er juillet": French months as Kinshasa and Dakar write them in English
    text = re.sub(r"\b(\d{1,2})er(?=\s+" + _MONTH_WORD + r"\b)", r"\1", text, flags=re.I)  # "1er October": the first
    text = _HAN_DATE.sub(lambda m: f"{int(m['d'])} {_MONTH_NAMES[int(m['m']) - 1]}" + (f" {m['y']}" if m["y"] else ""), text)  # "2月9日"
    text = _ABBREVIATION_DOT.sub(r"\1", text)  # "Apr. 14", "Tue. the 6th": no sentence ends there
    text = re.sub(r"(?<=\s)(?-i:[ETKNRLP])\.?,?\s+(?=\d{1,2}[./]\d{1,2})|(?<=\()(?-i:[ETKNRLP])\.?,?\s+(?=\d{1,2}[./]\d{1,2})", "",
                  text)  # Estonian weekday letters before a date ("on K 23.04", "(T, 22.4.)"): the date says which day
    text = re.sub(r"(?<=\d)\s*\((?-i:[ETKNRLP])\)", "", text)  # ... or after it: "on 01/05/2036 (T)"
    text = _OTHER_WEEKDAY.sub("", text)  # Albanian ones too: "on e enjte 24.04", "Sh 26.4", "(En, 1/5)"
    text = _THAT_IS.sub(r"\1, ", text)  # "Tuesday, i.e. 5/2/2036": the date says which Tuesday
    text = nordic_dates(text, today, month_first_dates)  # "the Saturday of week 38", "the 25. September"
    text = re.sub(r"\bthe\s+night\s+spanning\s+(\d{1,2}/\d{1,2})\s*[-–]\s*\d{1,2}/\d{1,2}\b", r"the night of \1", text, flags=re.I)
    text = _NTH_DAY_OF.sub(r"\1 \2", text)  # "the 4th day of August 2033": 4 August 2033
    text = re.sub(r"\b(the\s+\d{1,2}(?:st|nd|rd|th))\s+of\s+(?:this|the\s+current)\s+month\b", r"\1", text, flags=re.I)
    text = re.sub(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th),\s+(" + _MONTH_WORD + r"(?:\s+\d{4})?)\b", r"\1 \2", text, flags=re.I)  # "the 3rd, November"
    text = re.sub(r"\b(\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\s+\d{1,2}(?:st|nd|rd|th)?),?\s+(?:of|in)\s+"
                  r"(\d{4})\b", r"\1 \2", text, flags=re.I)  # "the 5th May of 2036", "the 2nd of July in 2035"
    text = _NTH_THEN_DATE.sub("on ", text)  # "on Monday the 17th, 17 Oct 2033": the date, said twice
    text = _BUDDHIST_YEAR.sub(_common_era, text)  # Thailand's "13/6/2575" is 13/6/2032
    text = _JUST_PAST_NIGHT.sub("last night", _ON_DATE.sub(lambda m: m[1] or "", text))
    if today is not None:
        text = _SHORT_DATE_WEEKDAY.sub(lambda m: _weekday_read(m, today, month_first_dates), text)
        text = _WEEKDAY_SHORT_DATE.sub(lambda m: _weekday_read(m, today, month_first_dates), text)
    text = _THIS_WEEKS.sub("this ", text)  # "this week's Tuesday": this Tuesday
    text = _NIGHT_WITH_DATES.sub(lambda m: f"{_dotted_day_first(m['d'] or m['d2'])} night", text)
    text = _NIGHT_AFTER_DAY.sub(lambda m: f"{m['d'] or m['w']} night", text)
    text = re.sub(r"\bthe\s+(\d{1,2}/\d{1,2})\s*[-–]\s*\d{1,2}/\d{1,2}\s+night\b", r"the night of \1", text)  # "the 04/06-05/06 night"
    text = re.sub(r"\b(?:on\s+)?(?:(?:last|this|next)\s+(?:week['’]s\s+)?)?" + _WD + r"\s*\(\s*(\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+"
                  + _MONTH_WORD + r"\s+\d{4})\s*\)", r"on \1", text,
                  flags=re.I)  # "on Tuesday (08.07.2036)": the date with its year says which Tuesday
    text = _PAREN_DAY.sub(_restated_in_brackets, text)  # "on the 12th (sat)", "yesterday (19/8)": the day again
    text = _NIGHT_RANGE.sub(night_range, text)
    text = _NIGHT_DAYS_NAMED.sub(lambda m: f"{m['a'] or m['a2'] or m['a3']} {m['m'] or m['m2'] or m['m3']} night", text)
    text = _NIGHT_SLASH.sub(r"\1 night", text)  # "sleep volume night 12/6"
    text = _NIGHT_INTO.sub(lambda m: f"{_WEEKDAYS[_WEEKDAYS.index(m['day'].lower()) - 1].capitalize()} night", text)
    pair = _NIGHT_DAYS_MONTH_FIRST if month_first_dates else _NIGHT_DAYS_DAY_FIRST
    text = pair.sub(lambda m: f"{m['m']}/{m['a']} night" if month_first_dates else f"{m['a']}/{m['m']} night", text)
    text = _DASHED.sub(lambda m: f"{m['a']}/{m['b']}/{m['y']}", text)  # "11-08-2030": as the zone writes slashes
    text = _RESTATED_AGO.sub(r"\1", text)
    text = _YEAR_FIRST.sub(lambda m: f"{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}", text)
    text = re.sub(r"\b" + _WD + r",?\s+(?=\d{4}-\d{2}-\d{2}\b)", "", text, flags=re.I)  # "Thu 2032-04-08": the date
    text = _DOTTED.sub(lambda m: (f"{int(m['d'])} {_MONTH_NAMES[int(m['m']) - 1]}{' ' + _year(m['y']) if m['y'] else ''}"
                                  + ("." if not m["y"] and _SENTENCE_NEXT.match(m.string, m.end()) else "")
                                  if 1 <= int(m["m"]) <= 12 and 1 <= int(m["d"]) <= 31 else m.group(0)), text)
    text = _DOTTED_AFTER_ON.sub(lambda m: (f"{int(m['d'] or m['d2'])} {_MONTH_NAMES[int(m['m'] or m['m2']) - 1]}"
                                           if 1 <= int(m["m"] or m["m2"]) <= 12 and 1 <= int(m["d"] or m["d2"]) <= 31 else m.group(0)), text)
    text = _SLASH_DATE.sub(slash, text)
    text = re.sub(r"\bthe\s+(?=" + _MONTH_WORD + r"\s+\d{1,2},\s*\d{4}\b)", "", text, flags=re.I)  # "the 07/04/2034": a date
    text = re.sub(r"\b(\w+)-wise\b", r"\1", text)  # "sleep-wise"
    text = re.sub(r"\barvo\b", "afternoon", text, flags=re.I)
    text = re.sub(r"\b(?:yday|yest|y'day|ystd)\b", "yesterday", text, flags=re.I)
    text = re.sub(r"\bwks?\b", "week", text, flags=re.I)
    text = re.sub(r"\b(\w+day|mon|tues?|wed|weds|thu|thur|thurs|fri|sat|sun)\s+overnight\b", r"\1 night", text, flags=re.I)
    text = re.sub(r"\b(the\s+\d{1,2}(?:st|nd|rd|th)?)\s*\((" + _MONTH_WORD + r")\)", r"\1 of \2", text, flags=re.I)
    text = _RESTATED_DAY.sub(r"\1", text)  # "yesterday the 17th", "today 18 November": the same day twice
    text = _RESTATED_WEEKDAY.sub(r"\1", text)  # "today, Wed 28-Nov", "on the 24th, a Saturday": the same day twice
    text = _WEEKDAY_THEN_DATE.sub(_date_for_weekday, text)
    text = re.sub(r"\b(\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r"(?:\s+\d{4})?|" + _MONTH_WORD + r"\s+\d{1,2}(?:,\s*\d{4})?)\s*,\s*"
                  r"(?:the\s+|a\s+)?" + _WD + r"(?![\w-])(?!\s+(?:night|morning|evening))", r"\1", text, flags=re.I)  # "16 August 2030, the Friday"
    text = re.sub(r"\b(" + _WD + r")['’]s\s+night\b", r"\1 night", text, flags=re.I)  # "Friday's night"
    text = re.sub(r"\b(" + _WD + r")\s+(?:at|in\s+the|during\s+the)\s+night\b", r"\1 night", text, flags=re.I)  # "Thursday at night"
    text = re.sub(r"\b(" + _WD + r"(?:,?\s+the\s+\d{1,2}(?:st|nd|rd|th)?)?)\s*,\s*(?:last|this)\s+week\b", r"\1", text,
                  flags=re.I)  # "Sun the 12th, last week": the day, its week said again
    text = re.sub(r"\b(" + _WD + r"\s+night)\s*,\s*(?:" + _MONTH_WORD + r"\s+\d{1,2}|\d{1,2}/\d{1,2})\s+into\s+(?:" + _MONTH_WORD
                  + r"\s+\d{1,2}|\d{1,2}/\d{1,2})", r"\1", text, flags=re.I)  # "Friday night, 10/10 into 11/10"
    text = re.sub(r"\b" + _WD + r"\s+night\s*,\s*(\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r"|" + _MONTH_WORD
                  + r"\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?![\w/])", r"\1 night", text, flags=re.I)  # "Thursday night, Apr. 8": its date's
    text = re.sub(r"\b(" + _WD + r"\s+night)\s*,\s*(?:\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?(?:\s+" + _MONTH_WORD
                  + r")?|" + _MONTH_WORD + r"\s+\d{1,2})(?![\w/])", r"\1", text, flags=re.I)  # "Saturday night, 2/3": the night
    text = re.sub(r"\b(" + _WD + r")\s+(?:night|evening)\s+(?:in)?to\s+" + _WD + r"(?:\s+morning)?", r"\1 night", text, flags=re.I)
    text = re.sub(r"\b(" + _WD + r")\s+(?:evening|night)\s+(?:till|until|til|through(?:\s+to)?|to|into)\s+" + _WD + r"\s+morning", r"\1 night", text,
                  flags=re.I)  # "Monday evening till Tuesday morning": Monday night
    text = re.sub(r"\b(last night)\s*,\s*" + _WD + r"\s+(?:in)?to\s+" + _WD, r"\1", text, flags=re.I)  # "last night, Mon into Tues"
    date = r"(?:\d{1,2}/\d{1,2}|\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_WORD + r"|" + _MONTH_WORD + r"\s+\d{1,2})"
    text = re.sub(r"(?<!\bof\s)\b(?:on\s+)?(" + _WD + r"(?:,?\s+" + date + r")?|" + date + r")\s+(?:going|leading|running)\s+into\s+"
                  + _WD + r"(?:\s+morning)?(?![\w/])", r"\1 night", text, flags=re.I)  # "Sunday 26/8 going into Monday"
    text = re.sub(r"\b(" + _WD + r"\s+night)\s+(?:just\s+)?gone\b", r"\1", text, flags=re.I)  # "Tuesday night gone"
    text = re.sub(r"\ball told\b", "in total", text, flags=re.I)
    if re.search(r"\b(?:on|last)\s+\w+day\b", text, re.I):
        text = _WITHIN_WEEK.sub("", text)  # "Thursday earlier this week": the day, not the week
    text = re.sub(r"\b(the\s+night)\s+(?=" + _WD + r"\b)", r"\1 of ", text, flags=re.I)  # "the night Friday the 24th"
    text = re.sub(r"\b(the\s+night)\s+(?:(?:that|which)\s+(?:began|begins|started|starts)(?:\s+on)?|spanning)\s+", r"\1 of ", text, flags=re.I)
    text = _NIGHT_FROM.sub(lambda m: f"{(m['day'] or m['of']).strip()} night", text)  # "the night from Tues to Wed"
    text = _NIGHT_OF.sub(lambda m: f"{m['day'].strip()} night", text)
    text = _WEEKDAY_BEFORE_DATE.sub("on ", text)
    return text
