"""Names in what was said, and questions whose answer is one.

"Which books has Ana suggested?", "Where does Tom live now?" and "What is the dog's name of ..."
are answered by a turn that names something ("Just finished Piranesi", "Rent in Malmo keeps
going up", "she's called Biscuit"), while the small talk around it names nothing. A question of
that shape gives the speaker's turns that name something a lead (``ranking.prefer_named``). A name
here is a capitalised word inside a sentence: not its first word, not "I", not a day or a month.
"""

from __future__ import annotations

import re

_NAMES_ANSWER = re.compile(
    r"\b(?:where|which|every|list)\b|\b(?:name|names|named|called|call)\b|^\W*what\s+[a-z]+s\s+(?:has|have|had|did|do)\b",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"[^.!?]+")
_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
_NOT_NAMES = frozenset((
    "i", "i'm", "i've", "i'll", "i'd", "ok", "okay", "tv",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "mondays", "tuesdays", "wednesdays", "thursdays", "fridays", "saturdays", "sundays",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
))


def names_answer(question: str) -> bool:
    """Whether ``question`` is answered by a name: a place ("where"), one of several ("which"), a name
    or what something is called ("what's her dog called", "the name of"), or things of a sort someone
    named ("what books has ...", "every restaurant", "list the films")."""
    return _NAMES_ANSWER.search(question) is not None


def names_something(text: str) -> bool:
    """Whether ``text`` has a capitalised word that is not the first of its sentence, "I", a day or a month."""
    for sentence in _SENTENCE.finditer(text):
        words = _WORD.findall(sentence.group(0))
        if any(word[0].isupper() and word.lower() not in _NOT_NAMES for word in words[1:]):
            return True
    return False
