"""Token counting.

The exact count depends on the model's tokenizer; callers that hold a model pass its tokenizer.
Without one, ``estimate_tokens`` gives a stable approximation (word pieces and punctuation), good
enough for budgets and for comparing before/after on the same counter.
"""

from __future__ import annotations

import re
from typing import Callable, Protocol

_PIECE = re.compile(r"\w{1,4}|[^\w\s]")


class Tokenizer(Protocol):
    """Anything that turns text into token ids (llama_cpp.Llama.tokenize fits after a wrap)."""

    def __call__(self, text: str) -> list[int]: ...


def estimate_tokens(text: str) -> int:
    """Approximate token count: words split in pieces of up to 4 characters, plus punctuation."""
    return len(_PIECE.findall(text))


def count_tokens(text: str, tokenizer: Callable[[str], list[int]] | None = None) -> int:
    """Exact count with ``tokenizer`` when given, else the estimate."""
    return len(tokenizer(text)) if tokenizer is not None else estimate_tokens(text)
