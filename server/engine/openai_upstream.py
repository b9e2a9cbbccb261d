"""Upstream engine: any OpenAI-compatible server (vLLM, SGLang, llama-server, llama_cpp.server, Ollama).

Answers stream from ``POST {base_url}/chat/completions`` (``stream: true``, greedy). A request that
fails to connect, or is answered 429/5xx, is retried with exponential backoff (``upstream_client``),
but only before the stream began: once a token reached the caller a retry would repeat text, so a
later failure is an ``EngineError``. Blocking reads are bounded by the read timeout; ``cancel`` is checked between
streamed chunks and closes the connection, which tells the upstream to stop decoding.

What an upstream can report differs from the embedded engine:

- prompt and cached-prefix tokens come from the final ``usage`` chunk (``stream_options.include_usage``;
  ``usage.prompt_tokens_details.cached_tokens`` on vLLM/SGLang). Servers that send no usage in a
  stream (llama_cpp.server 0.3) get an estimate: ``count_tokens`` over the messages plus a few
  tokens per message for the chat template, and cached tokens are reported as 0 (unknown).
- an HTTP client cannot see where prefill ends: ``prefill_ms`` equals ``ttft_ms`` (time to the first
  content chunk, network included) unless the server sends llama-server's ``timings`` object, whose
  ``prompt_ms``/``predicted_ms`` (and ``cache_n``) are then used.
"""

from __future__ import annotations

import json
import logging
import re
import threading
import time
from typing import Any, Iterator

import httpx

from server.engine.base import (
    ChatMessage,
    Engine,
    EngineEvent,
    GenerationStats,
    JsonValue,
    TokenPiece,
    parse_json_output,
)
from server.engine.upstream_client import (
    CONTEXT_ERROR,
    RETRY_STATUSES,
    Cancelled,
    UpstreamClient,
    UpstreamStatusError,
    sse_data,
)
from server.errors import EngineError, PromptTooLongError
from shared.tokens import estimate_tokens

logger = logging.getLogger(__name__)

TEMPLATE_TOKENS_PER_MESSAGE = 4
"""Role and separator tokens a chat template adds per message (ChatML: ``<|im_start|>role\\n...<|im_end|>\\n``)."""

_JSON_FORMATS = ("json_schema", "json_object")
"""``response_format`` dialects for schema-constrained answers, tried in order: OpenAI's
``{"type": "json_schema", "json_schema": {...}}`` (vLLM, SGLang, llama-server, Ollama), then
llama_cpp.server's ``{"type": "json_object", "schema": ...}`` (it refuses the first with HTTP 422)."""
# Tokenize endpoints of OpenAI-compatible servers, tried in order (they live at the server root).
_TOKENIZE_VARIANTS: tuple[tuple[str, str], ...] = (
    ("/extras/tokenize", "input"),  # llama_cpp.server
    ("/tokenize", "content"),  # llama-server
    ("/tokenize", "prompt"),  # vLLM (also wants "model")
)


def _refuses_response_format(error: EngineError) -> bool:
    """Whether an error answer refused the request's ``response_format`` (llama_cpp.server answers
    such validation errors with HTTP 500, others with 400 or 422)."""
    status = error.upstream_status if isinstance(error, UpstreamStatusError) else None
    return status in (400, 422) or (status == 500 and "response_format" in str(error))


class OpenAIUpstreamEngine(Engine):
    """An ``Engine`` backed by an OpenAI-compatible HTTP server at ``base_url`` (usually ending in ``/v1``)."""

    name = "openai"

    def __init__(
        self,
        base_url: str,
        model: str | None = None,
        api_key: str | None = None,
        timeout_s: float = 120.0,
        retries: int = 2,
        transport: httpx.BaseTransport | None = None,
        backoff_s: float = 0.5,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.root_url = re.sub(r"/v1$", "", self.base_url)
        self.timeout_s = timeout_s
        self._model = model
        self._model_lock = threading.Lock()
        self._tokenizer: int | None = None  # index into _TOKENIZE_VARIANTS; -1: none works
        self._json_format: str | None = None  # the _JSON_FORMATS dialect the upstream accepted
        self._http = UpstreamClient(self.base_url, api_key, timeout_s, retries, transport, backoff_s)

    @property
    def retries(self) -> int:
        """Retries of a request that fails to connect or is answered 429/5xx (before any token)."""
        return self._http.retries

    # -- model -------------------------------------------------------------------------------

    @property
    def model_name(self) -> str:
        """The configured model, else the first one the upstream lists (asked once, on first use)."""
        with self._model_lock:
            if self._model is None:
                self._model = self._discover_model()
            return self._model

    def _discover_model(self) -> str:
        url = f"{self.base_url}/models"
        response = self._http.send("GET", url)
        try:
            models = [m["id"] for m in response.json()["data"]]
        except (ValueError, KeyError, TypeError) as exc:
            raise EngineError(f"upstream engine at {url} did not answer with a model list: {exc}") from exc
        if not models:
            raise EngineError(f"upstream engine at {url} lists no models; set TETHER_UPSTREAM_MODEL")
        logger.info("upstream engine at %s serves %s", self.base_url, models[0])
        return str(models[0])

    # -- generation --------------------------------------------------------------------------

    def _chat_body(self, messages: list[ChatMessage], max_tokens: int, stream: bool) -> dict[str, Any]:
        """The greedy chat-completions request both generation paths send."""
        return {
            "model": self.model_name,
            "messages": [{"role": m.role, "content": m.content} for m in messages],
            "max_tokens": max_tokens,
            "temperature": 0,
            "stream": stream,
        }

    def generate(
        self, messages: list[ChatMessage], max_tokens: int, cancel: threading.Event | None = None
    ) -> Iterator[EngineEvent]:
        """Stream a greedy answer; yields text pieces, then one ``GenerationStats``."""
        url = f"{self.base_url}/chat/completions"
        body = self._chat_body(messages, max_tokens, stream=True) | {"stream_options": {"include_usage": True}}
        started = time.perf_counter()
        try:
            if cancel is not None and cancel.is_set():  # the caller left before anything was sent
                raise Cancelled
            response = self._http.send("POST", url, body, stream=True, cancel=cancel)
        except Cancelled:
            yield GenerationStats(self._estimate_prompt_tokens(messages), 0, 0.0, 0.0, 0, 0.0, "cancelled")
            return
        first_at: float | None = None
        pieces = 0
        finish: str | None = None
        usage: dict[str, Any] = {}
        timings: dict[str, Any] = {}
        done = received = False
        try:
            for data in sse_data(response.iter_lines()):
                if data.strip() == "[DONE]":
                    done = True
                    break
                try:
                    chunk = json.loads(data)
                except ValueError as exc:
                    raise EngineError(f"upstream engine at {self.base_url} sent a malformed chunk: {data[:120]!r}") from exc
                received = True
                if chunk.get("error"):
                    raise self._stream_error(chunk["error"], pieces)
                usage = chunk.get("usage") or usage
                timings = chunk.get("timings") or timings
                for choice in chunk.get("choices") or ():
                    if choice.get("index", 0) != 0:
                        continue
                    text = (choice.get("delta") or {}).get("content")
                    if text:
                        first_at = first_at or time.perf_counter()
                        pieces += 1
                        yield TokenPiece(text)
                    finish = choice.get("finish_reason") or finish
                if cancel is not None and cancel.is_set():
                    finish = "cancelled"
                    break
        except httpx.TimeoutException as exc:
            raise EngineError(f"upstream engine at {self.base_url} sent nothing for {self.timeout_s:g} s "
                              f"(after {pieces} text pieces)") from exc
        except httpx.HTTPError as exc:
            raise EngineError(f"the stream from upstream engine at {self.base_url} broke after "
                              f"{pieces} text pieces: {exc or type(exc).__name__}") from exc
        finally:
            response.close()  # on cancel or an abandoned generator this drops the connection
        ended = time.perf_counter()
        if not done and finish is None:
            if not received:
                self._diagnose_empty_stream(url, body)
            raise EngineError(f"the stream from upstream engine at {self.base_url} ended before the answer "
                              f"was finished (after {pieces} text pieces)")
        yield self._stats(messages, started, first_at, ended, pieces, finish or "stop", usage, timings)

    def _stats(
        self, messages: list[ChatMessage], started: float, first_at: float | None, ended: float, pieces: int,
        finish: str, usage: dict[str, Any], timings: dict[str, Any],
    ) -> GenerationStats:
        ttft_ms = ((first_at or ended) - started) * 1000.0
        if usage.get("prompt_tokens"):
            prompt_tokens = int(usage["prompt_tokens"])
        elif "prompt_n" in timings:
            prompt_tokens = int(timings["prompt_n"]) + int(timings.get("cache_n") or 0)
        else:
            prompt_tokens = self._estimate_prompt_tokens(messages)
        cached = (usage.get("prompt_tokens_details") or {}).get("cached_tokens")
        if cached is None:
            cached = timings.get("cache_n") or 0
        decode_tokens = int(usage["completion_tokens"]) if usage.get("completion_tokens") and finish != "cancelled" else pieces
        return GenerationStats(
            prompt_tokens=prompt_tokens,
            cached_prefix_tokens=int(cached),
            prefill_ms=float(timings.get("prompt_ms") or ttft_ms),
            ttft_ms=ttft_ms,
            decode_tokens=decode_tokens,
            decode_ms=float(timings.get("predicted_ms") or (ended - (first_at or ended)) * 1000.0),
            finish_reason=finish,
        )

    def _stream_error(self, error: Any, pieces: int) -> EngineError | PromptTooLongError:
        """The typed error for an ``{"error": ...}`` chunk inside a stream (vLLM, SGLang send these)."""
        message = str(error.get("message", error) if isinstance(error, dict) else error)[:300]
        if pieces == 0 and CONTEXT_ERROR.search(message):
            return PromptTooLongError(f"the prompt does not fit the upstream model's context window: {message}")
        return EngineError(f"upstream engine at {self.base_url} failed after {pieces} text pieces: {message}")

    def _diagnose_empty_stream(self, url: str, body: dict[str, Any]) -> None:
        """Raise the real error behind a stream that closed without a single chunk.

        llama_cpp.server answers 200 and then closes the stream when the prompt is refused (e.g. too
        long for its context); asking once without streaming gets the error as a proper HTTP answer.
        """
        probe = {k: v for k, v in body.items() if k != "stream_options"} | {"stream": False, "max_tokens": 1}
        response = self._http.send("POST", url, probe)
        response.close()
        raise EngineError(f"upstream engine at {self.base_url} closed the stream without an answer")

    # -- structured output -------------------------------------------------------------------

    def complete_json(self, messages: list[ChatMessage], schema: dict[str, Any], max_tokens: int = 256) -> JsonValue:
        """A non-streamed greedy answer constrained to ``schema`` by the upstream, parsed.

        The ``response_format`` dialect the upstream accepts is found on first use (see
        ``_JSON_FORMATS``) and remembered. ``ModelOutputError`` when the answer is not JSON.
        """
        url = f"{self.base_url}/chat/completions"
        base = self._chat_body(messages, max_tokens, stream=False)
        if self._json_format is not None:
            body = base | {"response_format": self._response_format(self._json_format, schema)}
            return self._json_answer(self._http.send("POST", url, body))
        for dialect in _JSON_FORMATS:
            body = base | {"response_format": self._response_format(dialect, schema)}
            try:
                # A probe: no retries, a refusal of the dialect must not be retried like an outage.
                response = self._http.send("POST", url, body, retries=0)
            except PromptTooLongError:
                raise
            except EngineError as exc:
                if _refuses_response_format(exc) and dialect != _JSON_FORMATS[-1]:
                    logger.info("upstream at %s refused response_format %s; trying the next dialect", self.base_url, dialect)
                    continue
                if isinstance(exc, UpstreamStatusError) and exc.upstream_status in RETRY_STATUSES:
                    response = self._http.send("POST", url, body)  # busy or failing, not refusing: the usual retries
                else:
                    raise
            self._json_format = dialect
            return self._json_answer(response)
        raise EngineError(f"upstream engine at {self.base_url} accepts no JSON response_format")

    @staticmethod
    def _response_format(dialect: str, schema: dict[str, Any]) -> dict[str, Any]:
        if dialect == "json_schema":
            return {"type": "json_schema", "json_schema": {"name": "out", "schema": schema}}
        return {"type": "json_object", "schema": schema}

    def _json_answer(self, response: httpx.Response) -> JsonValue:
        """The parsed JSON of a non-streamed chat completion answer."""
        try:
            choice = response.json()["choices"][0]
            text = (choice.get("message") or {}).get("content") or ""
        except (ValueError, KeyError, IndexError, TypeError, AttributeError) as exc:
            raise EngineError(f"upstream engine at {self.base_url} sent no chat completion: {response.text[:200]!r}") from exc
        finally:
            response.close()
        return parse_json_output(text, f"upstream engine at {self.base_url}", choice.get("finish_reason"))

    # -- tokens ------------------------------------------------------------------------------

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` by the upstream's tokenize endpoint when it has one, else an estimate."""
        if not text:
            return 0
        if self._tokenizer == -1:
            return estimate_tokens(text)
        candidates = range(len(_TOKENIZE_VARIANTS)) if self._tokenizer is None else (self._tokenizer,)
        for index in candidates:
            path, field = _TOKENIZE_VARIANTS[index]
            try:
                body: dict[str, Any] = {field: text} | ({"model": self.model_name} if field == "prompt" else {})
                response = self._http.post(f"{self.root_url}{path}", body)
            except (httpx.HTTPError, EngineError) as exc:
                logger.warning("cannot tokenize at %s (%s); estimating", self.root_url, exc or type(exc).__name__)
                return estimate_tokens(text)
            if response.status_code >= 400:
                if response.status_code >= 500 and self._tokenizer is not None:
                    break  # the known endpoint failed this once: estimate, but keep using it
                continue
            try:
                answer = response.json()
                tokens = answer.get("tokens")
                count = len(tokens) if isinstance(tokens, list) else int(answer["count"])
            except (ValueError, KeyError, TypeError, AttributeError):
                continue
            self._tokenizer = index
            return count
        if self._tokenizer is None:
            logger.info("upstream engine at %s has no tokenize endpoint; token counts are estimates", self.root_url)
            self._tokenizer = -1
        return estimate_tokens(text)

    def _estimate_prompt_tokens(self, messages: list[ChatMessage]) -> int:
        """Prompt tokens when the upstream reports none: contents plus the chat template's overhead."""
        content = "\n".join(m.content for m in messages)
        return self.count_tokens(content) + TEMPLATE_TOKENS_PER_MESSAGE * (len(messages) + 1)

    def close(self) -> None:
        """Close the HTTP client and its connections."""
        self._http.close()
