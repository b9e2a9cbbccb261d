"""The engine interface every LLM backend implements, and the per-phase numbers it reports."""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Protocol, Union

from server.errors import EngineError, ModelOutputError


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
    """Per-phase numbers of one generation (docs/architecture.md, 'Metrics every answer reports')."""

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

JsonValue = Union[dict[str, Any], list[Any]]
"""What a structured (JSON) completion returns: an object or an array."""


def parse_json_output(text: str, engine_name: str, finish_reason: str | None = None) -> JsonValue:
    """The JSON object or array in a model's answer, or ``ModelOutputError`` naming what is wrong.

    Constrained decoding makes valid JSON likely, not certain: an answer cut off by ``max_tokens``
    (``finish_reason == "length"``) or an upstream that ignores the schema still gets here.
    """
    cut = " (cut off by max_tokens)" if finish_reason == "length" else ""
    try:
        value = json.loads(text)
    except ValueError as exc:
        raise ModelOutputError(f"{engine_name} answered with text that is not JSON{cut}: {text[:160]!r}") from exc
    if not isinstance(value, (dict, list)):
        raise ModelOutputError(f"{engine_name} answered with a JSON {type(value).__name__}, not an object or array")
    return value


class Engine(Protocol):
    """An LLM that turns chat messages into a stream of text pieces ending with its stats.

    The server's engines subclass it and get the defaults below; any object with these members
    serves as well (tests wrap and fake engines that way).
    """

    name: str
    model_name: str
    model_path: Path | None = None
    """The model file it runs, whose time ``GET /v1/models`` reports; None when there is none here
    (an upstream engine)."""
    max_concurrent: int | None = None
    """How many generations may run at once; None when it takes any number and queues or batches
    them itself (an upstream, the fair queue)."""

    def generate(
        self, messages: list[ChatMessage], max_tokens: int, cancel: threading.Event | None = None
    ) -> Iterator[EngineEvent]:
        """Yield ``TokenPiece``s, then exactly one ``GenerationStats``; stop early when ``cancel`` is set."""
        ...

    def complete_json(self, messages: list[ChatMessage], schema: dict[str, Any], max_tokens: int = 256) -> JsonValue:
        """A greedy answer constrained to the JSON ``schema`` (where the backend supports it), parsed.

        Raises ``ModelOutputError`` when the answer is not JSON. Callers still check the fields: an
        upstream may ignore the schema, and a constrained string can still say something silly.
        An engine without structured output raises ``EngineError`` (the default).
        """
        raise EngineError(f"engine {self.name!r} cannot produce structured (JSON) output")

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` under this engine's tokenizer."""
        ...

    def close(self) -> None:
        """Release the model."""
        ...
