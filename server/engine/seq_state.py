"""``SeqState``: the KV cells of one sequence as llama.cpp serialises them, and the tokens they hold.

What the prefix caches keep, in RAM (``prefix_cache``) and on disk (``prefix_disk``); both import it
from here, so neither imports the other for it.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class SeqState:
    """The KV cells of one sequence as llama.cpp serialises them, and the tokens they hold."""

    tokens: tuple[int, ...]
    data: bytes

    @property
    def nbytes(self) -> int:
        return len(self.data) + 8 * len(self.tokens)
