"""Prometheus metrics of the server (``GET /metrics``), on a registry per app (no globals)."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any, Iterator

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from server.engine.base import ChatMessage, Engine, EngineEvent, GenerationStats, JsonValue

_MS_BUCKETS = (5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000, 30000, 60000)
_TOKEN_BUCKETS = (16, 64, 128, 256, 512, 1024, 2048, 4096, 8192, 16384)


class ServerMetrics:
    """Per-phase histograms of every generation plus request counters."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        r = self.registry
        self.prefill_ms = Histogram("tether_prefill_ms", "Prefill time per request (ms).", buckets=_MS_BUCKETS, registry=r)
        self.ttft_ms = Histogram("tether_ttft_ms", "Time to first token in the engine (ms).", buckets=_MS_BUCKETS, registry=r)
        self.ms_per_output_token = Histogram(
            "tether_ms_per_output_token", "Decode time per output token (ms).",
            buckets=(1, 2, 5, 10, 20, 50, 100, 200, 500), registry=r,
        )
        self.prompt_tokens = Histogram("tether_prompt_tokens", "Prompt tokens per request.", buckets=_TOKEN_BUCKETS, registry=r)
        self.cached_prefix_tokens = Histogram(
            "tether_cached_prefix_tokens", "Prompt tokens served from the prefix cache.", buckets=_TOKEN_BUCKETS, registry=r
        )
        self.decode_tokens = Counter("tether_decode_tokens", "Generated tokens.", registry=r)
        self.generations = Counter("tether_generations", "Generations by finish reason.", ["finish_reason"], registry=r)
        self.observations = Counter("tether_observations_ingested", "Observations by outcome.", ["outcome"], registry=r)
        self.queue_waiting = Gauge("tether_engine_waiting", "Requests waiting for the engine.", registry=r)

    def observe(self, stats: GenerationStats) -> None:
        """Record one finished generation."""
        self.prefill_ms.observe(stats.prefill_ms)
        self.ttft_ms.observe(stats.ttft_ms)
        self.prompt_tokens.observe(stats.prompt_tokens)
        self.cached_prefix_tokens.observe(stats.cached_prefix_tokens)
        self.decode_tokens.inc(stats.decode_tokens)
        if stats.ms_per_output_token is not None:
            self.ms_per_output_token.observe(stats.ms_per_output_token)
        self.generations.labels(stats.finish_reason).inc()

    def render(self) -> bytes:
        """The text exposition format."""
        return generate_latest(self.registry)


class MeteredEngine(Engine):
    """An ``Engine`` that records the stats of every generation passing through it."""

    def __init__(self, engine: Engine, metrics: ServerMetrics) -> None:
        self._engine = engine
        self._metrics = metrics
        self.name = engine.name

    @property
    def model_name(self) -> str:
        """Asked of the inner engine each time: an upstream may only be reachable later."""
        return self._engine.model_name

    @property
    def inner(self) -> Engine:
        """The engine being measured."""
        return self._engine

    @property
    def model_path(self) -> Path | None:
        """The inner engine's model file."""
        return self._engine.model_path

    @property
    def max_concurrent(self) -> int | None:
        """The inner engine's."""
        return self._engine.max_concurrent

    def generate(self, messages: list[ChatMessage], max_tokens: int, cancel: threading.Event | None = None,
                 **kwargs: object) -> Iterator[EngineEvent]:
        for event in self._engine.generate(messages, max_tokens, cancel, **kwargs):
            if isinstance(event, GenerationStats):
                self._metrics.observe(event)
            yield event

    def complete_json(self, messages: list[ChatMessage], schema: dict[str, Any], max_tokens: int = 256,
                      **kwargs: object) -> JsonValue:
        """Passed through (``priority``/``cancel`` reach a scheduler below); no token stats to record."""
        return self._engine.complete_json(messages, schema, max_tokens, **kwargs)  # type: ignore[call-arg]

    def count_tokens(self, text: str) -> int:
        return self._engine.count_tokens(text)

    def close(self) -> None:
        self._engine.close()
