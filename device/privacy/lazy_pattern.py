"""``LazyPattern``: a regular expression compiled the first time it is used.

The detectors' largest patterns (hundreds of alternatives: every language's word for a password or an
account) cost milliseconds each to compile. A command that redacts one short text (``tether log meal
food=ramen``) should not pay for the patterns its text never reaches: those behind a gate that does
not fire are compiled only when a text first gets that far. Each is compiled with its alternations grouped by first
letter (``alternation.faster``): the same matches, found in about half the time.
"""

from __future__ import annotations

import re
from typing import Any

from device.privacy.alternation import faster

_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "pattern")


class LazyPattern:
    """``re.compile(faster(source), flags)``, deferred. On first use the compiled pattern's methods become this
    object's own attributes, so later calls cost what calls on the compiled pattern cost."""

    def __init__(self, source: str, flags: int = 0) -> None:
        self._source, self._flags = source, flags
        self._compiled: re.Pattern[str] | None = None

    @property
    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now if it was not yet)."""
        if self._compiled is None:
            self._compiled = re.compile(faster(self._source, bool(self._flags & re.I)), self._flags)
            for name in _METHODS:
                setattr(self, name, getattr(self._compiled, name))
        return self._compiled

    def __getattr__(self, name: str) -> Any:  # only for attributes not set yet: the methods, before first use
        if name in _METHODS:
            return getattr(self.compiled, name)
        raise AttributeError(name)
