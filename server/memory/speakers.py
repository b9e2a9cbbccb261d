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
    r"\b(?:the|a|my|that)\s+(?:friend|person|one|colleague|co-?worker|guy|girl|woman|man|neighbou?r|someone|somebody|"
    r"mate|pal|buddy)\s+(?:(?:who|that)\s+(?P<clause>[^?.!;]+)|(?P<participle>[a-z]+ing\b[^?.!;]*))",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class NamedSpeakers:
    """The known speakers a question names, and the question without those names."""

    names: tuple[str, ...]
    rest: str


def named_speakers(query: str, known: set[str]) -> NamedSpeakers | None:
    """The speakers in ``known`` that ``query`` names, or None. A speaker is named by a capitalised
    word of their name ("Priya" or "Nair" for "Priya Nair", possessive allowed), and the words of
    their name that follow it belong to the mention; a word that is part of several names names
    them all. "me" is never a name here: the person's own turns are not "about" anyone."""
    by_part: dict[str, set[str]] = {}
    for name in known:
        if not name or name.lower() in _NOT_NAMES:
            continue
        for part in name.split():
            by_part.setdefault(part.lower(), set()).add(name)
    if not by_part:
        return None
    words = list(_WORD.finditer(query))
    names: list[str] = []
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        word = words[index].group(1)
        found = by_part.get(word.lower()) if word[0].isupper() else None
        if not found:
            index += 1
            continue
        start, end = words[index].span()
        index += 1
        # "Priya Nair": the following words of the same name are part of this mention.
        while index < len(words) and words[index].group(1)[0].isupper() and (
                narrowed := found & by_part.get(words[index].group(1).lower(), set())):
            found, end = narrowed, words[index].end()
            index += 1
        names.extend(sorted(found))
        spans.append((start, end))
    if not names:
        return None
    rest = query
    for start, end in reversed(spans):
        rest = rest[:start] + rest[end:]
    return NamedSpeakers(tuple(dict.fromkeys(names)), re.sub(r"\s+", " ", rest).strip())


def person_clause(query: str) -> str | None:
    """What a question says about a person it does not name ("the friend who works at Helix" ->
    "works at Helix", "the guy living in Porto" -> "living in Porto"), or None."""
    match = _PERSON_CLAUSE.search(query)
    return (match.group("clause") or match.group("participle")).strip() if match else None
