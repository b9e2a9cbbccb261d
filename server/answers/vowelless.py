"""Words typed without their vowels, spelled out: "hw mny cffs ths wk?", "wht ws dnnr the dy i swam 1.7 km?".

People who type on a keypad or in a hurry drop the vowels of the words they know the reader can rebuild. A question
with at least two such words (so that one "fr" or "rt" in an English question is left alone) has each of them
spelled out; "fr" is "far" after "how" and "so", else "for", and "lnch" is a launch after a capitalised name, else
lunch. Pure functions of the text.
"""

from __future__ import annotations

import re

_WORDS = {
    "wht": "what", "whr": "where", "whch": "which", "whn": "when", "hw": "how", "ws": "was", "mny": "many", "mch": "much",
    "lng": "long", "lngr": "longer", "brkfst": "breakfast", "bkfst": "breakfast", "dnnr": "dinner", "dnr": "dinner",
    "cffn": "caffeine", "cffs": "coffees", "cff": "coffee", "wrkts": "workouts", "wrkt": "workout", "ths": "this",
    "mtng": "meeting", "mtngs": "meetings", "bke": "bike", "swm": "swim", "hrt": "heart", "rt": "rate", "avrg": "average",
    "sd": "said", "offst": "offsite", "nw": "now", "nm": "name", "gv": "give", "thr": "their", "dg": "dog", "flm": "film",
    "shd": "should", "wtch": "watch", "rstrnt": "restaurant", "sggst": "suggest", "sggstd": "suggested", "hv": "have",
    "slp": "sleep", "slpt": "slept", "tdy": "today", "ystrdy": "yesterday", "dy": "day", "dys": "days", "bfr": "before",
    "aftr": "after", "wth": "with", "mr": "more", "fwr": "fewer", "lss": "less", "thn": "than", "lst": "last",
    "ltr": "later", "frst": "first", "strt": "start", "tht": "that", "tm": "time", "wke": "wake", "dghtr": "daughter",
    "trnng": "turning", "bk": "book", "rcmmnd": "recommend", "rcmmndd": "recommended", "pdcst": "podcast",
    "mntnd": "mentioned", "hrs": "hours", "mtrs": "metres", "wk": "week", "lnch": "lunch", "fr": "for", "cld": "could",
    "wld": "would", "mtg": "meeting", "brd": "bed", "bd": "bed", "qlty": "quality", "hm": "home", "rn": "run",
}
_WORD = re.compile(r"(?<![\w'’-])(" + "|".join(sorted(_WORDS, key=len, reverse=True)) + r")(?![\w'’-])", re.I)
_LEAST = 2


def _spelled(match: re.Match[str]) -> str:
    word = match.group(1).lower()
    if word == "mr" and match.group(1)[0].isupper():
        return match.group(1)  # "Mr Tan"
    before = match.string[max(0, match.start() - 12):match.start()]
    if word == "fr" and re.search(r"\b(?:hw|how|so)\s+$", before, re.I):
        return "far"
    if word == "lnch" and re.search(r"(?-i:[A-Z])\w*\s+$", before):
        return "launch"  # "whn is Meridian lnch nw": the Meridian launch
    return _WORDS[word]


def spelled_out(text: str) -> str:
    """``text`` with its vowelless words spelled out, when it has at least two of them."""
    if len([word for word in _WORD.findall(text) if word != "Mr"]) < _LEAST:
        return text
    return _WORD.sub(_spelled, text)
