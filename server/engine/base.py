"""The engine interface every LLM backend implements, and the per-phase numbers it reports."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from typing import Iterator, Protocol, Union


@dataclass(frozen=True)
class ChatMessage:
    """One message of a chat prompt."""

    role: str
    content: str


@dataclass(frozen=True)
class TokenPiece:
    """Decoded text of one or more generated tokens."""

    text: str


@dataclass(frozen=True)
class GenerationStats:
    """Per-phase numbers of one generation (DESIGN.md 'Metrics every answer reports')."""

    prompt_tokens: int
    cached_prefix_tokens: int
    prefill_ms: float
    ttft_ms: float
    decode_tokens: int
    decode_ms: float
    finish_reason: str

    @property
    def ms_per_output_token(self) -> float | None:
        """Decode time per generated token after the first (None when fewer than two)."""
        return self.decode_ms / (self.decode_tokens - 1) if self.decode_tokens > 1 else None


EngineEvent = Union[TokenPiece, GenerationStats]


class Engine(Protocol):
    """An LLM that turns chat messages into a stream of text pieces ending with its stats."""

    name: str
    model_name: str

    def generate(
        self, messages: list[ChatMessage], max_tokens: int, cancel: threading.Event | None = None
    ) -> Iterator[EngineEvent]:
        """Yield ``TokenPiece``s, then exactly one ``GenerationStats``; stop early when ``cancel`` is set."""
        ...

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` under this engine's tokenizer."""
        ...

    def close(self) -> None:
        """Release the model."""
        ...
