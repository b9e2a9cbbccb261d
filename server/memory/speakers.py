"""Who a question is about, read from its words: the speakers of conversation turns it names.

A person's memory is largely what other people said. "What did Tom say about the offsite" and
"which restaurants has Ana recommended" are about one speaker's turns; an embedding of the whole
question weighs "Tom" like any other word and ranks every turn about offsites or restaurants
alike, so the hybrid search ranks the named speaker's own turns first (``named_speakers``). A
question that names a person only by something they said ("the friend who works at Helix")
is answered in two hops (``person_clause``): the turn that says it names the speaker, then the
question is asked among that speaker's turns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"\b([^\W\d_][\w-]*)(?:['\u2019]s)?\b")
_NOT_NAMES = frozenset({"me", "i", "you", "we", "someone", "somebody"})
_PERSON_CLAUSE = re.compile(
    r"\b(?:the|a|my)\s+(?:friend|person|one|colleague|guy|woman|man|neighbou?r|someone|somebody)\s+"
    r"(?:who|that)\s+(?P<clause>[^?.!;]+)",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NamedSpeakers:
    """The known speakers a question names, and the question without those names."""

    names: tuple[str, ...]
    rest: str


def named_speakers(query: str, known: set[str]) -> NamedSpeakers | None:
    """The speakers in ``known`` that ``query`` names (a capitalised word, possessive allowed), or
    None. "me" is never a name here: the person's own turns are not "about" anyone."""
    by_lower = {name.lower(): name for name in known if name and name.lower() not in _NOT_NAMES}
    if not by_lower:
        return None
    names: list[str] = []
    spans: list[tuple[int, int]] = []
    for match in _WORD.finditer(query):
        word = match.group(1)
        if word[0].isupper() and word.lower() in by_lower:
            names.append(by_lower[word.lower()])
            spans.append(match.span())
    if not names:
        return None
    rest = query
    for start, end in reversed(spans):
        rest = rest[:start] + rest[end:]
    return NamedSpeakers(tuple(dict.fromkeys(names)), re.sub(r"\s+", " ", rest).strip())


def person_clause(query: str) -> str | None:
    """What a question says about a person it does not name ("the friend who works at Helix" ->
    "works at Helix"), or None."""
    match = _PERSON_CLAUSE.search(query)
    return match.group("clause").strip() if match else None
