"""``WordGate``: whether any of a list of words is in a text, for the gates that decide whether a detector runs at all.

A text meets some twenty such gates on its way through the detectors (password cue words, command names, config
directives, login words ...), and each used to scan it again. Every gate's words now go into one Aho-Corasick
automaton (``pyahocorasick``): one pass over a text finds every gate word in it at once, and the answer (one bit per
gate) is kept for the last few texts, so the gates a text meets cost one scan between them, not one each (the held-out
lines: 51 us a text for the gates' regular expressions, 3 us for the scan). A gate asked about part of a text (``pos``,
``endpos``) searches with its own regular expression, the words spelt as a tree of letters.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable

import ahocorasick

_RECENT = 32
"""Texts whose answer is kept: the gates of one text are asked one after another, by several detectors."""


class _Scanner:
    """Every gate's words in one automaton, built on the first text after a gate was added."""

    def __init__(self) -> None:
        self._bits: dict[str, int] = {}
        self._gates = 0
        self._automaton: ahocorasick.Automaton | None = None
        self._recent: dict[str, int] = {}
        self._lock = threading.Lock()

    def add(self, words: Iterable[str]) -> int:
        """A new gate for ``words``: its bit."""
        with self._lock:
            bit = 1 << self._gates
            self._gates += 1
            for word in words:
                if word:
                    self._bits[word] = self._bits.get(word, 0) | bit
            self._automaton, self._recent = None, {}
            return bit

    def hits(self, text: str) -> int:
        """The bits of the gates whose words are in ``text``."""
        recent = self._recent
        found = recent.get(text)
        if found is None:
            found = 0
            for _, bits in (self._automaton or self._build()).iter(text):
                found |= bits
            if len(recent) >= _RECENT:
                recent.clear()
            recent[text] = found
        return found

    def _build(self) -> ahocorasick.Automaton:
        with self._lock:
            if self._automaton is None:
                automaton = ahocorasick.Automaton()
                for word, bits in self._bits.items():
                    automaton.add_word(word, bits)
                automaton.make_automaton()
                self._automaton = automaton
            return self._automaton


_SCANNER = _Scanner()


class WordGate:
    """Whether any of ``words`` is in a text; ``search`` answers like a pattern's (not None when one is)."""

    def __init__(self, words: Iterable[str]) -> None:
        kept: list[str] = []
        for word in sorted(set(words), key=len):
            if not any(shorter in word for shorter in kept):
                kept.append(word)  # a word that holds another ("password" holds "pass") adds nothing
        self._words = tuple(kept)
        self._bit = _SCANNER.add(self._words)
        self._pattern: re.Pattern[str] | None = None

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> bool | re.Match[str] | None:
        """True (or the match, for part of ``text``) when one of the words is in ``text[pos:endpos]``, else None."""
        if pos or endpos is not None:
            return self.pattern.search(text, pos, len(text) if endpos is None else endpos)
        return True if _SCANNER.hits(text) & self._bit else None

    @property
    def pattern(self) -> re.Pattern[str]:
        """The words as one regular expression, spelt as a tree of their letters ("pass", "pin", "psk" ->
        ``p(?:ass|in|sk)``): each position of a text is tested against a few first letters."""
        if self._pattern is None:
            tree: dict[str, dict] = {}
            for word in self._words:
                node = tree
                for letter in word:
                    node = node.setdefault(letter, {})
                node[""] = {}  # a word ends here; no kept word goes on from it
            self._pattern = re.compile(_spelt(tree))
        return self._pattern


def _spelt(node: dict[str, dict]) -> str:
    """The regex for the words below ``node`` of a gate's letter tree."""
    if "" in node:
        return ""
    branches = [re.escape(letter) + _spelt(child) for letter, child in sorted(node.items())]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
