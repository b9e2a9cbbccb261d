"""``LabelGate``: whether a text can hold any of a detector's labels, answered fast.

A detector's labels ("account", "konto", "número de cuenta", "口座番号" ...) are one alternation of
hundreds of branches, searched case-insensitively with lookarounds at every position of a text: some
7-25 us a text, though nine texts in ten hold no label at all. The gate answers "none here" first, in
one scan that skips most positions in C: the text is lower-cased, the labels that start with a plain
letter are grouped under it ("s(?:sn|ocial...)") behind a class of the characters a label may follow,
which the regular expression engine scans for before it tries a branch; the labels in other scripts are
one more alternation, tried only on a text that is not ASCII. It may say yes where the detector finds
nothing (it is a superset: a label's optional start is left out, a class at its start spelled out), never
no where the detector finds one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from device.privacy.lazy_pattern import LazyPattern

_OPTIONAL_START = re.compile(r"^(?:\(\?:[^()]*\)\?|\(\?<?[=!][^()]*\))")
"""An optional group or an assertion at a label's start ("(?:individual\\s+)?taxpayer", "(?<!\\w)番号"):
the label may start after it (the gate looks for the rest) or, for a group, with it."""
_CLASS_START = re.compile(r"^\[([^\]\\^-]+)\](?![?*+{])")
"""A class of plain characters at a label's start ("[čc]íslo"): one label for each."""


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """Each character of ``pattern`` outside escapes and classes, with its index and the depth of groups
    after it: what the splitting below needs to see of a regular expression."""
    depth, i = 0, 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if char == "[":
            i = pattern.index("]", i + 2) + 1  # a class: "[]...]" and "[^]...]" aside, none here
            continue
        depth += {"(": 1, ")": -1}.get(char, 0)
        yield i, char, depth
        i += 1


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of ``pattern`` (its ``|`` outside groups and classes)."""
    found, start = [], 0
    for i, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            found.append(pattern[start:i])
            start = i + 1
    return found + [pattern[start:]]


def by_first_letter(patterns: Iterable[str]) -> str:
    """One alternation of ``patterns`` with the alternatives that start with a plain ASCII letter grouped
    under it ("ssn|social" -> "s(?:sn|ocial)"); the others follow as they are. Matches what the plain
    alternation matches, at the same starts."""
    groups: dict[str, list[str]] = {}
    others: list[str] = []
    for alternative in (alt for pattern in patterns for alt in alternatives(pattern)):
        head = alternative[:1]
        if head.isascii() and head.isalpha() and alternative[1:2] not in ("?", "*", "+", "{"):
            groups.setdefault(head, []).append(alternative[1:])
        else:
            others.append(alternative)
    grouped = [f"{head}(?:{'|'.join(rests)})" for head, rests in sorted(groups.items())]
    return "|".join(grouped + others)


def _group_end(pattern: str) -> int:
    """The index just past the group that opens ``pattern`` (its closing parenthesis)."""
    return next((i + 1 for i, _, depth in _structure(pattern) if depth == 0), len(pattern))


def _starts(alternative: str) -> list[str] | None:
    """Where ``alternative`` may start, as alternatives that start with a literal character; None if it
    cannot be said (the gate then lets every text through)."""
    if (optional := _OPTIONAL_START.match(alternative)) and len(optional.group(0)) < len(alternative):
        rest = _starts(alternative[optional.end():])
        if optional.group(0).startswith("(?:"):  # "(?:bank|giro)?konto": "konto" alone, or "bank..." ("bankkonto")
            glued = _starts(optional.group(0)[:-1])
            return None if rest is None or glued is None else rest + glued
        return rest  # an assertion: the label starts where it stood
    if alternative.startswith("(?:") and alternative[_group_end(alternative):][:1] not in ("?", "*", "{"):
        found: list[str] = []  # "(?:account|acct)...": each of the group's own alternatives
        for inner in alternatives(alternative[3:_group_end(alternative) - 1]):
            starts = _starts(inner)
            if starts is None:
                return None
            found += starts
        return found
    if klass := _CLASS_START.match(alternative):
        return [char + alternative[klass.end():] for char in klass.group(1)]
    head = alternative[:1]
    if not head or head in "\\[(.?*+{|)^$" or alternative[1:2] in ("?", "*", "+", "{"):
        return None
    return [alternative]


class LabelGate:
    """Whether a text may hold one of the labels of ``pattern`` (lower-case labels, as the detector
    reads them case-insensitively)."""

    def __init__(self, pattern: str) -> None:
        latin: list[str] = []
        other: list[str] = []
        self._always = False
        for alternative in alternatives(pattern):
            starts = _starts(alternative)
            if starts is None:
                self._always = True
                continue
            for start in starts:
                (latin if start[0].isascii() and start[0].isalpha() else other).append(start)
        # A label follows anything but a Latin letter, a digit or "_" (a CJK or Thai character too).
        # (Compiled on first use, as the detectors' own patterns are.)
        self._latin = LazyPattern(rf"[^a-z0-9_](?:{by_first_letter(latin)})") if latin else None
        self._other = LazyPattern("|".join(other)) if other else None

    def search(self, text: str) -> bool:
        """False only if ``text`` holds none of the labels."""
        if self._always:
            return True
        lowered = text.lower() if text.isascii() else text.replace("İ", "i").lower()  # "KİMLİK": re's (?i) reads İ as i
        if self._latin is not None and self._latin.search(" " + lowered):
            return True
        return self._other is not None and not lowered.isascii() and self._other.search(lowered) is not None
