"""Is a model's sentence grounded in the data it was given? (Numbers and names must appear in it.)

A 135M model writes fluent sentences with invented numbers ("slept 9 hours", "2023-01-01"), names
("a meeting with John") and weekdays. A sentence is kept only when every number in it, every
weekday and month name, and every capitalized word after its first occur in the source text.
"""

from __future__ import annotations

import re

_NUMBER = re.compile(r"\d+(?:[.:]\d+)*")
_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿ][\w'’-]*")
_TOKEN = re.compile(r"\w+(?:[.:'’-]\w+)*")
# Capitalized words that carry no claim (sentence glue a headline may use freely).
_CALENDAR_WORDS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
    "april", "may", "june", "july", "august", "september", "october", "november", "december",
})
"""Checked even as a sentence's first word: small models name the wrong weekday with confidence."""
_FREE_WORDS = frozenset({"a", "an", "the", "i", "in", "on", "at", "and", "with", "after", "before", "of", "to", "for",
                         "busy", "quiet", "day", "short", "long", "morning", "afternoon", "evening", "night"})


def _numbers(text: str) -> set[str]:
    found = set()
    for number in _NUMBER.findall(text):
        found.add(number)
        if "." in number:  # "7.0" in the data grounds "7" in the sentence
            found.add(number.rstrip("0").rstrip("."))
    return found


def ungrounded_terms(sentence: str, source: str) -> list[str]:
    """Numbers and names in ``sentence`` that ``source`` does not contain (empty: grounded)."""
    source_numbers = _numbers(source)
    source_words = {w.lower() for w in _WORD.findall(source)}
    missing = [n for n in _NUMBER.findall(sentence) if n not in source_numbers]
    words = _WORD.findall(sentence)
    for position, word in enumerate(words):
        lower = word.lower()
        claims = lower in _CALENDAR_WORDS or (position > 0 and word[0].isupper() and lower not in _FREE_WORDS)
        if claims and lower not in source_words:
            missing.append(word)
    return missing


def copies_from(sentence: str, source: str, run: int = 5) -> bool:
    """Whether ``sentence`` repeats ``run`` consecutive words of ``source`` (a copy, not a summary)."""
    words = [w.lower() for w in _TOKEN.findall(sentence)]
    source_words = [w.lower() for w in _TOKEN.findall(source)]
    runs = {tuple(source_words[i:i + run]) for i in range(len(source_words) - run + 1)}
    return any(tuple(words[i:i + run]) in runs for i in range(len(words) - run + 1))


def is_grounded(sentence: str, source: str, min_words: int = 3) -> bool:
    """Whether ``sentence`` is a real sentence whose numbers and names all come from ``source``."""
    words = _WORD.findall(sentence)
    if len(words) < min_words or "\n" in sentence.strip():
        return False
    if len({w.lower() for w in words}) < len(words) / 2:  # "run run run run": a decoding loop
        return False
    return not ungrounded_terms(sentence, source)
