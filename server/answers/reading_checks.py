"""Whether a question typed as code was read into words that keep what the code asks.

A reader that knows part of a text's syntax may read a language it was not written for, and drop what it does not know:
``nights.assign(late=nights.dinner_at >= "8 pm").groupby("late").hours.mean()`` read as "how many hours did I sleep?", a
join on ``km === 1.7`` read as "what did I eat for dinner?", two nights in ``isin("A 2037-04-06", "B 2037-04-07")`` read as
no night at all. Its answer would be fluent and wrong. So a reading is kept only when every number or time the code
compares is still in the words, the words name as many days as the code's quoted values hold dates (two at most), and two
aggregates the code sets against each other (or the groups it counts or splits by) are still a comparison. Pure functions of the
two texts.
"""

from __future__ import annotations

import re

from server.answers.code_tests import looks_like_code

_TOKEN = re.compile(r"(?<![\w.])\d+(?:[.:/-]\d+)*(?![\w])")
"""A number, a time or a date as one token: ``300``, ``1.7``, ``7:30``, ``2037-04-06``, ``9/4``."""
_COMPARED = re.compile(r"(?<![\d:<])(?:>=|<=|===|==|=|>|:|\.>=|\bge\b|\beq\b|\bgte\()\s*[\"'`]?\s*(?P<n>\d+(?:[.:]\d+)?)(?![\d./-])"
                       r"(?!\s*[\u3000-\u9fff])")
"""A number or time the code compares a column with (``km === 1.7``, ``>= "8 pm"``, ``dinner_at >= '7:30 pm'``); not one
compared as less than (``age_months < 12`` is read as "new"), nor a CJK date's day."""
_QUOTED = re.compile(r"\"([^\"]*)\"|'((?:[^']|'(?=\w))*)'")
_DATE = re.compile(r"(?<![\w.])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2})(?![\w])")
_DAY_WORDS = re.compile(r"\b(?:today|tonight|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day|january|february|march|april|"
                        r"may|june|july|august|september|october|november|december|week|\d+ days ago)\b", re.I)
_AGGREGATE = r"(?:avg|mean|average|averageifs?|sum|sumifs?|count|countifs?|length|len|median)"
_SET_AGAINST = re.compile(rf"\b{_AGGREGATE}\s*[\[(].*[\])]\s*(?:-|/|<=>|<|>)\s*\$*{_AGGREGATE}\s*[\[(^]", re.I)
"""Two aggregates set against each other: ``mean [...] - mean [...]``, ``=AVERAGEIFS(...)-AVERAGEIFS(...)``."""
_COMPARISON_WORDS = re.compile(r"\b(?:compared?|than|versus|vs|or|more|less|longer|shorter|fewer|each|differ\w*|other)\b", re.I)


def _days(text: str) -> int:
    """How many days ``text`` names: dates and day words."""
    return len(_DATE.findall(text)) + len(_DAY_WORDS.findall(text))


def misread(code: str, reading: str) -> bool:
    """Whether ``reading`` (``code`` once read into words) lost a compared number or time, a day its quoted values date,
    or the comparison of two aggregates: then it answers another question than the one asked."""
    if reading == code or not (looks_like_code(code) or re.match(r"\s*=\s*[A-Za-z]+\(", code)):
        return False  # prose, or code no reader changed (``unread_code`` judges that)
    kept = set(_TOKEN.findall(reading))
    if any(match["n"] not in kept and match["n"] not in ("0", "1") for match in _COMPARED.finditer(code)):
        return True  # ``trained=1``, ``week==0``: a flag, not a measure
    dated = {a or b for a, b in _QUOTED.findall(code) if _DATE.search(a or b)}
    if _days(reading) < min(len(dated), 2):
        return True
    against = _SET_AGAINST.search(code) or re.search(r"\bgroup_?by\b|\bpartition\b", code, re.I)
    return against is not None and _COMPARISON_WORDS.search(reading) is None
