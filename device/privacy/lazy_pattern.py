"""``LazyPattern``: a regular expression compiled the first time it is used.

The detectors' largest patterns (hundreds of alternatives: every language's word for a password or an
account) cost milliseconds each to compile. A command that redacts one short text (``tether log meal
food=ramen``) should not pay for the patterns its text never reaches: those behind a gate that does
not fire are compiled only when a text first gets that far.
"""

from __future__ import annotations

import re
from collections.abc import Iterator


class LazyPattern:
    """``re.compile(source, flags)``, deferred; the methods the detectors use, delegated."""

    __slots__ = ("_compiled", "_flags", "_source")

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(self._source, self._flags)
        return self._compiled

    def search(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.compiled.search(text, *bounds)

    def match(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.compiled.match(text, *bounds)

    def fullmatch(self, text: str, *bounds: int) -> re.Match[str] | None:
        return self.compiled.fullmatch(text, *bounds)

    def finditer(self, text: str, *bounds: int) -> Iterator[re.Match[str]]:
        return self.compiled.finditer(text, *bounds)
