"""Check a text against its evidence: every number, time, date and name must be found there.

A phrasing the model wrote is shown only when ``unsupported_claims`` finds nothing; otherwise the
templated sentence is used. Prompt markup (``<data ...>``, ``</text>``) never reaches the person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_MARKUP = re.compile(r"</?\s*[a-zA-Z_][\w-]*(?:\s+[\w-]+=\"[^\"]*\")*\s*/?>")
_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")
_NUMBER = re.compile(r"(?<![\w.:])\d+(?:\.\d+)?(?![\w:])")
_NAME = re.compile(r"(?<![\w'])[A-Z][a-zà-ÿ]+(?:\s+[A-Z][a-zà-ÿ]+)*")
_COMMON = {"you", "your", "i", "the", "on", "at", "in", "and", "that", "this", "it", "today", "yesterday", "after",
           "before", "first", "last", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
           "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december", "lunch", "dinner", "breakfast", "coffee", "sleep", "from", "to", "for", "with",
           "there", "then", "so", "a", "an", "no", "yes", "my", "he", "she", "they", "we", "of", "is", "was",
           "had", "did", "do", "don't", "know", "not", "about", "more", "less", "same", "by", "what", "who", "when"}


def strip_markup(text: str) -> str:
    """``text`` without prompt markup tags."""
    return re.sub(r"[ \t]{2,}", " ", _MARKUP.sub("", text)).strip()


def _number_variants(value: str) -> set[str]:
    number = float(value)
    variants = {value, f"{number:g}"}
    if number.is_integer():
        variants.add(str(int(number)))
    return variants


def claims(text: str) -> list[str]:
    """The checkable claims of ``text``: times, numbers and capitalised names."""
    found = _TIME.findall(text)
    without_times = _TIME.sub(" ", text)
    found += _NUMBER.findall(without_times)
    found += [name for name in _NAME.findall(without_times)
              if not all(word.lower() in _COMMON for word in name.split())]
    return found


def unsupported_claims(text: str, sources: Iterable[str]) -> list[str]:
    """The claims of ``text`` that appear in none of ``sources`` (numbers compared as numbers)."""
    haystack = "\n".join(sources)
    lower = haystack.lower()
    numbers = {v for n in _NUMBER.findall(_TIME.sub(" ", haystack)) for v in _number_variants(n)}
    times = {t.zfill(5) for t in _TIME.findall(haystack)}
    missing = []
    for claim in claims(text):
        if _TIME.fullmatch(claim):
            ok = claim.zfill(5) in times
        elif _NUMBER.fullmatch(claim):
            ok = bool(_number_variants(claim) & numbers)
        else:
            ok = all(word.lower() in _COMMON or word.lower() in lower for word in claim.split())
        if not ok:
            missing.append(claim)
    return missing
