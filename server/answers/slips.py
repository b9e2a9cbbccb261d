"""Slips of the tongue and of the keyboard, taken out of a question before any rule reads it.

People say a day and correct it ("on Tuesday, no, sorry, Wednesday", "the 3rd - I mean the 4th"),
do the same with a meal, a sport or a name ("lunch, sorry, dinner", "what did Tom, I mean Ana,
say"), think aloud ("what did I, uh, run"), and misspell the days and months ("wendesday",
"yesturday", "febuary"). What they mean is the corrected, plainly spelled question. Pure functions.
"""

from __future__ import annotations

import difflib
import re

_MONTH_NAME = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|"
               r"apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
_DAY = (r"(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?"
        r"(?:\s+(?:of\s+)?" + _MONTH_NAME + r")?)?|today|yesterday|tomorrow|the\s+\d{1,2}(?:st|nd|rd|th)|"
        r"\d{1,2}/\d{1,2}(?:/\d{2,4})?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?" + _MONTH_NAME + "|" + _MONTH_NAME
        + r"\s+\d{1,2}(?:st|nd|rd|th)?)")
_MEAL = r"(?:breakfast|brunch|lunch|dinner|supper|tea)"
_SPORT = r"(?:run|ride|bike ride|cycle|swim|yoga|climb|climbing session|workout|hike|walk)"
_NAME = r"(?-i:[A-Z][a-z]+)"
_MARK = (r"\s*[,;\-–—]?\s*(?:(?:no|nah|oops|er+m?|uh+|um+)\s*[,.!]?\s*)?(?:sorry|wait|i\s+mean|actually|"
         r"make\s+(?:that|it)|(?:or\s+)?rather|correction|scratch\s+that|no)\s*[,:;.!\-–—]?\s+")
_LEAD = r"(?:on\s+|last\s+|the\s+|my\s+|for\s+)?"
_CORRECTED = tuple(re.compile(r"(?<![\w/])" + slot + _MARK + r"(?P<meant>" + _LEAD + slot + r")(?![\w/])" + aside, re.I)
                   for slot, aside in ((_DAY, ""), (_MEAL, ""), (_SPORT, ""), (_NAME, r"(?:,(?=\s+[a-z]))?")))
"""A day, meal, sport or name said and then corrected: the second is meant."""
_FILLER = re.compile(r"\s*,?\s*(?<![\w'-])(?:uh+|um+|erm*|hmm+|lah|leh|lor|ah(?=\s*[?.!]|$))(?![\w'-])\s*[,.]?\s*", re.I)
""""What did I, uh, run", "or, um, on the 15th": words people say while they think."""
_LIKE = re.compile(r"(?<!\bwould )(?<!'d )(?<!\bI )(?<!\bi )(?<!\byou )(?<!\bwe )(?<!\bthey )(?<!\bdid )(?<!\bdo )\blike"
                   r"(?:\s*,\s*|\s+(?=(?:\d|an?\s+(?:day|week|hour)|one|two|three|four|five|six|seven|yesterday|today|last|"
                   r"this)\b))", re.I)
""""like 3 days ago", "like, what did I eat": a hedge, not a comparison."""
_DOUBLED = re.compile(r"\b(the|a|an|my|on|at|in|for|of)\s+\1\b", re.I)
""""at the, um, the first meeting": a word said again after a pause."""

_CALENDAR_WORDS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday", "today",
                   "tomorrow", "january", "february", "march", "april", "june", "july", "august", "september",
                   "october", "november", "december")
_NOT_SLIPS = {"sundae", "sundaes", "marcher", "marches", "marched", "augusta", "mayday", "junior", "julie", "julia",
              "aprils", "todays", "monde", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
              "mondays", "sunday's", "octave", "novel", "novels", "decent", "decimal", "janitor", "marchers",
              "toddy", "toddies", "toady", "sundry", "augustine", "morrow", "juneau"}  # English words of their own
_WORD = re.compile(r"(?<![\w'-])[A-Za-z]{5,10}(?![\w'-])")


_DATE_AFTER = re.compile(r"\s+\(?(?:\d{1,2}\s+[A-Za-z]{3,}|\d{1,2}[/.]\d{1,2})")
"""A date right after a word ("Jelune 1 December", "Jelune 01/12", "Marci 30.12"): the word stands where a weekday does."""


def _spelled(match: re.Match[str]) -> str:
    word = match.group(0)
    low = word.lower()
    if low in _CALENDAR_WORDS or low in _NOT_SLIPS:
        return word
    close = difflib.get_close_matches(low, _CALENDAR_WORDS, n=1, cutoff=0.8)
    if not close:
        return word
    if close[0].endswith(("ary", "ch", "il", "ne", "ly", "st", "ber")) and _DATE_AFTER.match(match.string, match.end()):
        return word  # a weekday of another language before its date ("Jelune 1 December"), no month misspelt
    return close[0].capitalize() if word[0].isupper() or close[0] not in ("yesterday", "today", "tomorrow") else close[0]


_KEY_TERMS = ("dinner", "lunch", "breakfast", "coffee", "coffees", "caffeine", "meeting", "meetings", "workout", "workouts",
              "running", "cycling", "cycle", "swim", "swimming", "sleep", "slept", "night", "long", "long", "what", "when",
              "where", "which", "many", "much", "dog", "film", "book", "yesterday", "today", "week", "minutes", "hours",
              "distance", "attended", "average", "yoga", "run")
_TYPO_OF = {}
for _term in _KEY_TERMS:
    for _i in range(len(_term) - 1):  # two letters swapped: "dinenr", "meetigns", "lnog", "dgo"
        _swapped = _term[:_i] + _term[_i + 1] + _term[_i] + _term[_i + 2:]
        if _swapped != _term:
            _TYPO_OF.setdefault(_swapped, _term)
    if len(_term) >= 5:
        for _i in range(len(_term)):  # a letter left out: "cofees", "runing", "caffine"
            _TYPO_OF.setdefault(_term[:_i] + _term[_i + 1:], _term)
for _word in ("dine", "dinner", "dinners", "long", "lung", "hat", "dog", "god", "meet", "week", "weak", "many", "man", "much",
              "when", "hen", "what", "wat", "sleep", "seep", "night", "nigh", "book", "boo", "film", "fim", "run", "urn",
              "yoga", "swim", "sim", "cycle", "hours", "hour", "ours", "minutes", "minute", "slept", "swept", "lunch", "diner",
              "inner", "sept", "were", "here", "toady", "horus", "meting", *_KEY_TERMS):
    _TYPO_OF.pop(_word, None)  # real words: never "corrected"
_TYPO = re.compile(r"(?<![\w'-])(" + "|".join(sorted(map(re.escape, _TYPO_OF), key=len, reverse=True)) + r")(?![\w'-])")


def unslip(text: str) -> str:
    """``text`` without fillers or a word said twice, with days and months spelled right, and the words
    that carry a question typed with two letters swapped or one left out ("dinenr", "cofees")."""
    text = _FILLER.sub(" ", text).strip()
    text = _LIKE.sub("", text)
    text = _DOUBLED.sub(r"\1", text)
    text = _TYPO.sub(lambda m: _TYPO_OF[m.group(1)], text)
    return _WORD.sub(_spelled, text)


def unslip_corrections(text: str) -> str:
    """``text`` with each corrected day, meal, sport or name replaced by its correction, and a word
    put plainly after "I mean" ("comms sessions, I mean meetings,") in place of the words before it."""
    for pattern in _CORRECTED:
        text = pattern.sub(lambda m: m["meant"], text)  # "what did Tom, I mean Ana, say": "what did Ana say"
    text = _I_MEAN.sub(_meant_instead, text)
    return _DOUBLED.sub(r"\1", text)


_I_MEAN = re.compile(r"(?P<said>(?:[\w'-]+\s+){0,1}[\w'-]+)\s*,\s*(?:i\s+mean|that\s+is|i\.e\.)\s*,?\s+"
                     r"(?P<meant>[\w'-]+(?:\s+[\w'-]+)?)\s*,\s*", re.I)
_KEEP_BEFORE = frozenset("how many much what which who when where the my a an did do was were is are of for on in at".split())


def _meant_instead(match: re.Match[str]) -> str:
    """The words said before "I mean" that it corrects (at most two, not the question's own words), replaced."""
    said = match["said"].split()
    while said and said[0].lower() in _KEEP_BEFORE:
        said = said[1:]
    kept = match["said"].split()[: len(match["said"].split()) - len(said)]
    return " ".join(kept + [match["meant"]]) + " "
