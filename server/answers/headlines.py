"""A question typed as a headline, every word capitalised ("Who Sat In On Design Review Meeting Friday?", "New Dog For
Dev: Called What?"), put in lower case, so that its words read as words, not as names or titles ("Out", "Mystery",
"Revealed"); the log's people and titles get their case back afterwards (``tidy.restore_case``). Pure functions."""

from __future__ import annotations

import re

from server.answers.cues import CALENDAR

_WORD = re.compile(r"(?<![\w'’-])[^\W\d_][\w'’-]*")
_FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "and", "or", "my", "me", "did", "do",
                             "does", "was", "were", "is", "are", "how", "what", "when", "where", "who", "which", "from", "vs", "than",
                             "that", "this", "it", "i", "had", "have", "much", "many", "long", "far"})
"""Words a sentence writes in lower case; a headline capitalises them too."""


def unheadlined(text: str) -> str:
    """``text`` in lower case when it is written as a headline: its first word capitalised and most of the others (half
    or more in all, not counting "I", weekdays and months, nor words in capitals, which shout or abbreviate), at least
    two after the first, and no English function word left in lower case. A headline's "V" between two things compared
    is "vs"."""
    words = [w for w in _WORD.findall(text) if w != "I" and w.lower().rstrip(".") not in CALENDAR]
    titled = [i for i, w in enumerate(words) if w[0].isupper() and not w.isupper()]
    if not titled or titled[0] != 0 or len(titled) < 3 or len(titled) < 0.5 * len(words) or any(w in _FUNCTION_WORDS for w in words):
        return text
    text = re.sub(r"(?<=\S)\s+V\.?\s+(?=\S)", " vs ", text)  # "Caffeine Clash, Monday V Tuesday"
    return _WORD.sub(lambda m: m.group(0) if m.group(0) == "I" else m.group(0).lower(), text)
