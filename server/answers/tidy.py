"""A question as typed, tidied before any rule reads it: the same question however it is dressed.

People pad what they ask ("pls", "hey,", "thanks"), type double spaces, shorten weekdays ("Wed just
gone") and write ordinals after a month ("November 10th"). None of that changes what is asked, so
``tidy`` takes it away once, and every rule after it sees one spelling. Pure and idempotent.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from server.answers.cues import NOT_NAMES, WORD_NAMES

_SPACES = re.compile(r"\s+")
_LEADING = re.compile(r"^(?:(?:hey|hi|hello|yo|ok(?:ay)?|so|um+|uh+|hmm+|pls|plz|please|kindly|quick\s+q(?:uestion)?|"
                      r"q|question|tether)\b\s*[,:;!.\-–—]*\s+)+", re.I)
_TRAILING = re.compile(r"(?:[\s,;:.!\-–—]*\b(?:thanks|thank\s+you|thx|ty|tia|cheers|pls|plz|please)\b[\s.!]*)+$", re.I)
_MONTHS = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_ORDINAL = re.compile(r"\b(" + _MONTHS + r")\s+(\d{1,2})(?:st|nd|rd|th)\b", re.I)
_SHORT_WEEKDAYS = {"mon": "Monday", "tue": "Tuesday", "tues": "Tuesday", "wed": "Wednesday", "weds": "Wednesday",
                   "thu": "Thursday", "thur": "Thursday", "thurs": "Thursday", "fri": "Friday", "sat": "Saturday",
                   "sun": "Sunday"}
_UNAMBIGUOUS = re.compile(r"(?<![\w'-])(mon|tues?|weds|thu|thur|thurs|fri)\.?(?![\w'-])", re.I)
"""Short weekdays that are no other English word."""
_CAPITALISED = re.compile(r"(?<![\w'-])(Wed|Sat|Sun)\.?(?![\w'-])")
_AFTER_LEAD = re.compile(r"\b(on|last|this|past|since|until|till|from|by|next|or|vs|than|and|to)\s+(wed|sat|sun)\.?(?![\w'-])",
                         re.I)
_BEFORE_FOLLOW = re.compile(r"(?<![\w'-])(wed|sat|sun)\.?(?=\s+(?:just|gone|past|night|morning|evening|afternoon|or|vs|"
                            r"and|\d)\b|\s*[?,]|\s*$)", re.I)
""""Wed", "Sat" and "Sun" are also words ("I sat", "in the sun"): read as days when capitalised, after a
word that leads to a day ("on sat", "or wed") or before one that follows a day ("sat just gone", "sun?")."""


def _weekday(match: re.Match[str]) -> str:
    return _SHORT_WEEKDAYS[match.group(1).lower()]


def tidy(question: str) -> str:
    """``question`` with its padding, doubled spaces, short weekdays and month ordinals made plain."""
    text = _SPACES.sub(" ", question).strip()
    text = _LEADING.sub("", text) or text
    text = _TRAILING.sub("", text).strip() or text
    text = _MONTH_ORDINAL.sub(r"\1 \2", text)
    text = _UNAMBIGUOUS.sub(_weekday, text)
    text = _CAPITALISED.sub(_weekday, text)
    text = _AFTER_LEAD.sub(lambda m: f"{m.group(1)} {_SHORT_WEEKDAYS[m.group(2).lower()]}", text)
    return _BEFORE_FOLLOW.sub(_weekday, text)


_NAME_NEXT = (r"(?=['’]s\b|\s+(?:\w+ed|\w+ing|said|says|told|tells|say|tell|thinks|thought|wants|put|brought|sent|gave|made|"
              r"is|was|has|had|reckons|reckoned)\b)")
_LEADS_TO_NAME = ("did", "does", "from", "with", "by", "and", "per", "about", "for", "to")
_NAME_BEFORE = "(?:" + "|".join(rf"(?<=\b{word} )" for word in _LEADS_TO_NAME) + ")"


def restore_case(text: str, people: Collection[str] = (), titles: Collection[str] = ()) -> str:
    """``text`` with the people and meeting titles the log knows written as the log writes them, so
    "what did tom say" and "who was at sprint planning" read as "Tom" and "Sprint planning". A name
    that is also a word ("grace", "june", "will") is restored only where it stands as a name: before
    "'s" or a verb ("grace told me"), or after "did", "from", "with" ("did june say")."""
    names = {part for person in people for part in (person, person.split()[0])} | set(titles)
    for name in sorted(names, key=len, reverse=True):
        if len(name) < 2 or name.lower() in NOT_NAMES or name in text:
            continue
        core = rf"(?<![\w-]){re.escape(name)}(?![\w-])"
        if name.lower() in WORD_NAMES:
            core = rf"(?:{_NAME_BEFORE}{core}|{core}{_NAME_NEXT})"
        text = re.sub(core, lambda _, name=name: name, text, flags=re.I)
    return text
