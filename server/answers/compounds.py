"""Words run together, split and read: "dinnerfood", "attendeelist", "firstmeetingstarttime", "sleepaverage workoutdays
vs restdays", "samequestion nightbefore".

Some people type what they ask as one compound word, as Dutch, German and the Nordic languages build their nouns. A
lower-case word that is none of the words below, and can be read as two to five of them in a row, is written as those
words; then the compounds' own phrasings become the plain question ("attendee list X" -> "who attended X", "run
distance" -> "how far did I run"). Pure functions of the text.
"""

from __future__ import annotations

import re
from functools import lru_cache

_PARTS = frozenset("""
book title film movie tip tips podcast restaurant offsite location place venue dinner lunch breakfast supper food meal
run running runs distance swim swimming ride riding cycle cycling walk workout workouts exercise attendee attendees list
count number total kilometres kilometers km meters metres meeting meetings first last coffee coffees caffeine time times
start end wake up bed sleep hours minutes average difference late early days day rest this next week month length same
question night nights before after today yesterday quality heart rate pulse duration mg cups cup who where when
""".split())
"""The words a compound may be made of (a compound of other words is left as it is: "breakfast" is a word here, and
"something" splits into none of these)."""
_WORD = re.compile(r"(?<![\w'’-])[a-z]{6,40}(?![\w'’-])")
_PHRASES: tuple[tuple[str, str], ...] = (
    (r"\battendee\s+list\b", "who attended"), (r"\bmeeting\s+count\b", "how many meetings"),
    (r"\bworkout\s+count\b", "how many workouts"), (r"\bcoffee\s+count\b", "how many coffees"),
    (r"\b(run|running|swim|ride|cycle|cycling|walk)\s+(?:distance|kilometres|kilometers|km)\b",
     lambda m: "how far did I " + {"running": "run", "cycling": "cycle", "ride": "cycle"}.get(m[1], m[1])),
    (r"\bsleep\s+hours\b", "how many hours did I sleep"), (r"\bsleep\s+quality\b", "how well did I sleep"),
    (r"\bwake\s+up\s+time\b", "what time did I wake up"), (r"\bbed\s+time\b", "what time did I go to bed"),
    (r"\b(first|last)\s+(coffee|meeting)\s+(?:start\s+)?time\b", r"what time was my \1 \2"),
    (r"\b(dinner|lunch|breakfast)\s+food\b", r"what did I eat for \1"), (r"\b(dinner|lunch|breakfast)\s+place\b", r"where did I have \1"),
    (r"\b(dinner|lunch|breakfast)\s+day\s+(?=I\b|i\b|(?-i:[A-Z]))", r"\1 on the day "),
    (r"\bmeeting\s+length(?:\s+that\s+one)?\b", "how long was that meeting"),
    (r"\b(book|film|movie|podcast|restaurant)\s+(?:tip|title)\s+(?:from|of|by|per)\s+((?-i:[A-Z])\w+)", r"which \1 did \2 recommend"),
    (r"\b(book|film|movie|podcast|restaurant)\s+(?:tip|title)\b", r"which \1"),
    (r"\boffsite\s+location\s+(?:per|from|according\s+to)\s+((?-i:[A-Z])\w+)", r"where is the offsite according to \1"),
    (r"\boffsite\s+location\b", "where is the offsite"), (r"\bsame\s+question\s+night\s+before\b", "and the night before"),
    (r"\bsame\s+question\s+day\s+before\b", "and the day before"), (r"\bsame\s+question\b", "and"),
    (r"\b(sleep|coffee)\s+(?:average|difference)\b", r"average \1"), (r"\bworkout\s+days\s+vs\s+rest\s+days\b", "on workout days vs rest days"),
)
_COMPILED = tuple((re.compile(pattern, re.I), repl) for pattern, repl in _PHRASES)


@lru_cache(maxsize=4096)
def _split(word: str) -> tuple[str, ...] | None:
    """``word`` as two to five of ``_PARTS`` in a row (the fewest parts), or None."""
    best: dict[int, tuple[str, ...]] = {0: ()}
    for end in range(1, len(word) + 1):
        options = [best[start] + (word[start:end],) for start in range(max(0, end - 12), end)
                   if start in best and word[start:end] in _PARTS]
        if options:
            best[end] = min(options, key=len)
    parts = best.get(len(word))
    return parts if parts is not None and 2 <= len(parts) <= 5 else None


def split_compounds(text: str) -> str:
    """``text`` with its compound words split into the words they are made of, and the compounds' phrasings read."""
    changed = False

    def split(match: re.Match[str]) -> str:
        nonlocal changed
        word = match.group(0)
        parts = None if word in _PARTS else _split(word)
        if parts is None:
            return word
        changed = True
        return " ".join(parts)

    text = _WORD.sub(split, text)
    if not changed:
        return text
    for pattern, repl in _COMPILED:
        text = pattern.sub(repl, text)
    return text
