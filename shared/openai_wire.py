"""Wire models of the OpenAI Chat Completions subset the server speaks (``/v1/chat/completions``, ``/v1/models``).

Existing clients (the ``openai`` package, the ``llm`` CLI, Open WebUI) talk to the person's server as if
it were OpenAI. What differs from OpenAI is written on the fields below; the service behind them is
``server.services.openai_chat`` and the HTTP side (routes, error responses) ``server.api.routes.openai``.
"""

from __future__ import annotations

from datetime import datetime

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_serializer

from shared.timeutil import known_zone
from shared.wire import MemoryHit, PhaseMetrics

DEFAULT_MAX_TOKENS = 256
FinishReason = Literal["stop", "length"]


# --- request ---------------------------------------------------------------------------------------


class RequestMessage(BaseModel):
    """One input message. ``developer`` is OpenAI's newer name for ``system`` and is treated as one."""

    model_config = ConfigDict(extra="ignore")

    role: Literal["system", "developer", "user", "assistant"]
    content: str = Field(default="", description="A string, or a list of `{type: text, text}` parts (joined).")

    @field_validator("content", mode="before")
    @classmethod
    def _text_of(cls, value: Any) -> Any:
        if value is None:  # assistant turns may carry no content
            return ""
        if isinstance(value, list):
            texts = []
            for part in value:
                if not isinstance(part, dict) or part.get("type") != "text" or not isinstance(part.get("text"), str):
                    kind = part.get("type") if isinstance(part, dict) else type(part).__name__
                    raise ValueError(f"only text content parts are supported, got {kind!r}")
                texts.append(part["text"])
            return "\n".join(texts)
        return value


class StreamOptions(BaseModel):
    """``stream_options``: only ``include_usage`` has an effect."""

    model_config = ConfigDict(extra="ignore")

    include_usage: bool = False


class ChatCompletionRequest(BaseModel):
    """``POST /v1/chat/completions`` body: the subset this server honours; other fields are ignored.

    ``model`` is accepted but any value maps to the one engine the server runs (the response names it).
    ``temperature`` and ``top_p`` are validated and then ignored: the embedded engine decodes greedily,
    so the same prompt gives the same answer. ``stop`` is honoured by cutting the text at the first stop
    sequence. Tools, logprobs and images are not supported.
    """

    model_config = ConfigDict(extra="ignore")

    model: str | None = Field(default=None, description="Accepted; any value selects the server's one engine.")
    messages: list[RequestMessage] = Field(min_length=1)
    max_tokens: int | None = Field(default=None, ge=1, description=f"Default {DEFAULT_MAX_TOKENS}; capped at n_ctx.")
    max_completion_tokens: int | None = Field(default=None, ge=1, description="Preferred over max_tokens.")
    temperature: float | None = Field(default=None, ge=0, le=2, description="Ignored (greedy decoding).")
    top_p: float | None = Field(default=None, ge=0, le=1, description="Ignored (greedy decoding).")
    n: int | None = Field(default=None, description="Only 1 is supported.")
    stop: list[str] = Field(default_factory=list, description="Up to 4 stop sequences (a string is one).")
    stream: bool = False
    stream_options: StreamOptions | None = None
    tether_k: int | None = Field(
        default=None, ge=0, le=50, description="Tether extension: memories to retrieve (default: server's; 0: none)."
    )
    tether_as_of: datetime | None = Field(
        default=None, description="Tether extension: when the question is asked (ISO 8601 with offset); the facts "
        "computed for it are read as of then. Default: the server's clock.")
    tether_timezone: str | None = Field(
        default=None, max_length=64, description="Tether extension: the person's IANA zone; default: the server's.")

    @field_validator("tether_timezone")
    @classmethod
    def _known_zone(cls, value: str | None) -> str | None:
        return known_zone(value)

    @field_validator("n")
    @classmethod
    def _one_choice(cls, value: int | None) -> int | None:
        if value not in (None, 1):
            raise ValueError("only n=1 is supported: this server returns one choice")
        return value

    @field_validator("stop", mode="before")
    @classmethod
    def _stop_list(cls, value: Any) -> Any:
        if value is None:
            return []
        if isinstance(value, str):
            value = [value]
        if isinstance(value, list) and len(value) > 4:
            raise ValueError("at most 4 stop sequences")
        return [s for s in value if s] if isinstance(value, list) else value

    def completion_limit(self, cap: int) -> int:
        """The answer length limit in tokens: ``max_completion_tokens``, else ``max_tokens``, capped."""
        return min(self.max_completion_tokens or self.max_tokens or DEFAULT_MAX_TOKENS, cap)


# --- responses -------------------------------------------------------------------------------------


class PromptTokensDetails(BaseModel):
    """How much of the prompt was served from the engine's prefix cache."""

    cached_tokens: int = 0


class Usage(BaseModel):
    """Token counts of one completion."""

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_tokens_details: PromptTokensDetails = Field(default_factory=PromptTokensDetails)


class TetherExtension(BaseModel):
    """Extension field ``tether``: the memories put in the context and the per-phase metrics."""

    evidence: list[MemoryHit]
    metrics: PhaseMetrics


class ResponseMessage(BaseModel):
    """The assistant's message."""

    role: Literal["assistant"] = "assistant"
    content: str


class Choice(BaseModel):
    """The one choice of a completion."""

    index: int = 0
    message: ResponseMessage
    finish_reason: FinishReason
    logprobs: None = None


class ChatCompletion(BaseModel):
    """Non-streaming response (``object: chat.completion``)."""

    id: str
    object: Literal["chat.completion"] = "chat.completion"
    created: int
    model: str
    choices: list[Choice]
    usage: Usage
    tether: TetherExtension


class ChunkDelta(BaseModel):
    """What a stream chunk adds to the message; absent parts are left out of the JSON."""

    role: Literal["assistant"] | None = None
    content: str | None = None

    @model_serializer(mode="wrap")
    def _without_nulls(self, handler: Any) -> dict[str, Any]:
        return {key: value for key, value in handler(self).items() if value is not None}


class ChunkChoice(BaseModel):
    """The one choice of a stream chunk."""

    index: int = 0
    delta: ChunkDelta = Field(default_factory=ChunkDelta)
    finish_reason: FinishReason | None = None
    logprobs: None = None


class ChatCompletionChunk(BaseModel):
    """One streamed chunk (``object: chat.completion.chunk``); ``usage``/``tether`` only where set."""

    id: str
    object: Literal["chat.completion.chunk"] = "chat.completion.chunk"
    created: int
    model: str
    choices: list[ChunkChoice]
    usage: Usage | None = None
    tether: TetherExtension | None = None

    @model_serializer(mode="wrap")
    def _without_absent_extras(self, handler: Any) -> dict[str, Any]:
        data = handler(self)
        for key in ("usage", "tether"):
            if data.get(key) is None:
                data.pop(key, None)
        return data


class ModelCard(BaseModel):
    """One entry of ``GET /v1/models``; ``created`` is the model file's time where the engine has one."""

    id: str
    object: Literal["model"] = "model"
    created: int
    owned_by: str = "tether"


class ModelList(BaseModel):
    """``GET /v1/models``: the one model the server runs."""

    object: Literal["list"] = "list"
    data: list[ModelCard]
