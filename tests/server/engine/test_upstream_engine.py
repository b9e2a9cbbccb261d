"""The OpenAI-compatible upstream engine: failure handling with ``httpx.MockTransport`` and real
sockets, and the whole Tether server answering through a real ``llama_cpp.server``."""

from __future__ import annotations

import json
import socket
import threading
import time
from typing import Callable, Iterator

import httpx
import pytest

from server.engine.base import ChatMessage, GenerationStats, TokenPiece
from server.engine.openai_upstream import OpenAIUpstreamEngine
from server.errors import EngineError, PromptTooLongError
from shared.settings import ServerSettings

BASE = "http://upstream.test/v1"
QUESTION = [ChatMessage("user", "Say something.")]


def _chunk(content: str | None = None, finish: str | None = None, **extra: object) -> dict:
    delta = {"content": content} if content is not None else {"role": "assistant"}
    return {"object": "chat.completion.chunk", "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}


def _events(*chunks: dict, done: bool = True) -> list[bytes]:
    lines = [f"data: {json.dumps(c)}\n\n".encode() for c in chunks]
    return lines + ([b"data: [DONE]\n\n"] if done else [])


ANSWER = _events(_chunk(), _chunk("Hello"), _chunk(" there"), _chunk(finish="stop"),
                 {"choices": [], "usage": {"prompt_tokens": 42, "completion_tokens": 2}})


class _Stream(httpx.SyncByteStream):
    """A response body that yields ``parts`` (raising any exception among them) and records closing."""

    def __init__(self, parts: list[bytes | Exception]) -> None:
        self.parts = parts
        self.sent = 0
        self.closed = False

    def __iter__(self) -> Iterator[bytes]:
        for part in self.parts:
            if isinstance(part, Exception):
                raise part
            self.sent += 1
            yield part

    def close(self) -> None:
        self.closed = True


def _sse(parts: list[bytes | Exception]) -> httpx.Response:
    return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=_Stream(parts))


def _engine(handler: Callable[[httpx.Request], httpx.Response], **kwargs: object) -> OpenAIUpstreamEngine:
    kwargs.setdefault("model", "mock")
    return OpenAIUpstreamEngine(BASE, transport=httpx.MockTransport(handler), backoff_s=0.01, **kwargs)


def _run(engine: OpenAIUpstreamEngine, cancel: threading.Event | None = None) -> tuple[str, GenerationStats]:
    events = list(engine.generate(QUESTION, 16, cancel))
    assert isinstance(events[-1], GenerationStats)
    return "".join(e.text for e in events if isinstance(e, TokenPiece)), events[-1]


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


# -- requests and stats ---------------------------------------------------------------------------

def test_streams_greedily_and_reads_usage() -> None:
    seen: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(json.loads(request.content))
        assert str(request.url) == f"{BASE}/chat/completions"
        return _sse(ANSWER)

    text, stats = _run(_engine(handler))
    assert text == "Hello there"
    body = seen[0]
    assert body["stream"] is True and body["stream_options"] == {"include_usage": True}
    assert body["temperature"] == 0 and body["max_tokens"] == 16 and body["model"] == "mock"
    assert body["messages"] == [{"role": "user", "content": "Say something."}]
    assert (stats.prompt_tokens, stats.cached_prefix_tokens, stats.decode_tokens) == (42, 0, 2)
    assert stats.finish_reason == "stop" and stats.prefill_ms == stats.ttft_ms > 0


def test_cached_tokens_and_llama_server_timings_are_used() -> None:
    final = {"choices": [], "usage": {"prompt_tokens": 50, "completion_tokens": 2,
                                      "prompt_tokens_details": {"cached_tokens": 32}},
             "timings": {"prompt_n": 18, "prompt_ms": 12.5, "predicted_n": 2, "predicted_ms": 7.25, "cache_n": 32}}
    engine = _engine(lambda r: _sse(_events(_chunk("Hi"), _chunk("!", finish="length"), final)))
    _, stats = _run(engine)
    assert (stats.prompt_tokens, stats.cached_prefix_tokens) == (50, 32)
    assert (stats.prefill_ms, stats.decode_ms, stats.finish_reason) == (12.5, 7.25, "length")


def test_without_usage_prompt_tokens_are_estimated() -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        if "tokenize" in request.url.path:
            return httpx.Response(404)
        return _sse(_events(_chunk("Hi"), _chunk(finish="stop")))

    _, stats = _run(_engine(handler))
    assert stats.prompt_tokens > 0 and stats.decode_tokens == 1 and stats.cached_prefix_tokens == 0


def test_model_name_is_discovered_once_from_models() -> None:
    paths: list[str] = []

    def handler(request: httpx.Request) -> httpx.Response:
        paths.append(request.url.path)
        if request.url.path == "/v1/models":
            return httpx.Response(200, json={"object": "list", "data": [{"id": "qwen-7b"}, {"id": "other"}]})
        assert json.loads(request.content)["model"] == "qwen-7b"
        return _sse(ANSWER)

    engine = _engine(handler, model=None)
    assert engine.model_name == "qwen-7b"
    _run(engine)
    assert paths == ["/v1/models", "/v1/chat/completions"]


def test_configured_model_needs_no_discovery() -> None:
    engine = _engine(lambda r: httpx.Response(500), model="served")
    assert engine.model_name == "served"


# -- failures ---------------------------------------------------------------------------------------

def test_connection_refused_names_the_url() -> None:
    url = f"http://127.0.0.1:{_closed_port()}/v1"
    engine = OpenAIUpstreamEngine(url, retries=1, backoff_s=0.01)
    with pytest.raises(EngineError, match=f"cannot reach upstream engine at {url}"):
        engine.model_name
    with pytest.raises(EngineError, match=f"cannot reach upstream engine at {url}"):
        list(OpenAIUpstreamEngine(url, model="m", retries=0).generate(QUESTION, 4))
    assert engine.count_tokens("still counted without the upstream") > 0


@pytest.mark.parametrize("first", [httpx.Response(503), httpx.Response(429), httpx.ConnectError("refused")])
def test_failure_before_streaming_is_retried(first: httpx.Response | Exception) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        if len(calls) == 1:
            if isinstance(first, Exception):
                raise first
            return first
        return _sse(ANSWER)

    text, _ = _run(_engine(handler))
    assert text == "Hello there" and len(calls) == 2


def test_retries_give_up_with_the_status() -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return httpx.Response(503, json={"error": {"message": "model is loading"}})

    with pytest.raises(EngineError, match="HTTP 503: model is loading"):
        _run(_engine(handler, retries=2))
    assert len(calls) == 3


@pytest.mark.parametrize("failure", [
    _events(_chunk("Hel"), _chunk("lo"), {"error": {"code": 503, "message": "upstream overloaded"}}),
    _events(_chunk("Hel"), _chunk("lo"), done=False) + [httpx.ReadError("connection reset")],
    _events(_chunk("Hel"), _chunk("lo"), done=False),
], ids=["error-event", "broken-connection", "ended-early"])
def test_failure_after_tokens_is_not_retried(failure: list[bytes | Exception]) -> None:
    calls: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        calls.append(1)
        return _sse(failure) if len(calls) == 1 else _sse(ANSWER)

    pieces: list[str] = []
    with pytest.raises(EngineError, match="after 2 text pieces"):
        for event in _engine(handler).generate(QUESTION, 16):
            pieces.append(event.text)
    assert pieces == ["Hel", "lo"] and len(calls) == 1


def test_read_timeout_is_not_retried() -> None:
    # A real socket that accepts connections (the kernel's backlog) but never answers.
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(8)
        url = f"http://127.0.0.1:{listener.getsockname()[1]}/v1"
        engine = OpenAIUpstreamEngine(url, model="m", timeout_s=0.3, retries=2, backoff_s=0.01)
        started = time.monotonic()
        with pytest.raises(EngineError, match="did not answer within 0.3 s"):
            list(engine.generate(QUESTION, 4))
        assert time.monotonic() - started < 2.0
        engine.close()


def test_stalled_stream_times_out() -> None:
    engine = _engine(lambda r: _sse(_events(_chunk("Hi"), done=False) + [httpx.ReadTimeout("stalled")]))
    with pytest.raises(EngineError, match="sent nothing for 120 s"):
        list(engine.generate(QUESTION, 4))


@pytest.mark.parametrize("status", [401, 403])
def test_refused_api_key(status: int) -> None:
    def handler(request: httpx.Request) -> httpx.Response:
        assert request.headers["authorization"] == "Bearer sk-wrong"
        return httpx.Response(status, json={"error": {"message": "invalid api key"}})

    with pytest.raises(EngineError, match="upstream refused the API key"):
        _run(_engine(handler, api_key="sk-wrong"))


def test_context_length_error_is_prompt_too_long() -> None:
    message = "This model's maximum context length is 2048 tokens. However, you requested 4000 tokens."
    engine = _engine(lambda r: httpx.Response(400, json={"error": {"message": message, "code": "context_length_exceeded"}}))
    with pytest.raises(PromptTooLongError, match="context window: This model's maximum context length is 2048"):
        _run(engine)


def test_other_client_errors_are_engine_errors() -> None:
    with pytest.raises(EngineError, match="TETHER_UPSTREAM_MODEL"):
        _run(_engine(lambda r: httpx.Response(404, json={"detail": "model 'mock' not found"})))


def test_cancel_closes_the_stream() -> None:
    stream = _Stream(_events(_chunk(), *[_chunk(f" {i}") for i in range(100)], _chunk(finish="length")))

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/chat/completions"):
            return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=stream)
        return httpx.Response(404)  # no tokenize endpoint: the prompt estimate stays local

    engine = _engine(handler)
    cancel = threading.Event()
    events = []
    for event in engine.generate(QUESTION, 200, cancel):
        events.append(event)
        if isinstance(event, TokenPiece):
            cancel.set()
    stats = events[-1]
    assert isinstance(stats, GenerationStats)
    assert stats.finish_reason == "cancelled" and stats.decode_tokens == 1
    assert stream.closed and stream.sent < 10


def test_abandoned_generation_closes_the_stream() -> None:
    stream = _Stream(_events(*[_chunk(f" {i}") for i in range(100)]))
    engine = _engine(lambda r: httpx.Response(200, stream=stream))
    generation = engine.generate(QUESTION, 200)
    next(generation)
    generation.close()
    assert stream.closed and stream.sent < 10


# -- configuration and the real upstream --------------------------------------------------------------

def test_build_engine_needs_the_upstream_url(tmp_path) -> None:
    from server.services.container import build_engine

    with pytest.raises(EngineError, match="TETHER_UPSTREAM_URL"):
        build_engine(ServerSettings(home=tmp_path, engine="openai"))
    engine = build_engine(ServerSettings(home=tmp_path, engine="openai", upstream_url="http://h:1/v1/",
                                         upstream_model="m", upstream_timeout_s=5, upstream_retries=0))
    assert isinstance(engine, OpenAIUpstreamEngine)
    assert (engine.base_url, engine.model_name, engine.timeout_s, engine.retries) == ("http://h:1/v1", "m", 5, 0)
    engine.close()


def test_real_upstream_tokenizer_matches_the_model(llama_server_url, server_services) -> None:
    engine = OpenAIUpstreamEngine(llama_server_url + "/v1")
    text = "Pistachio cortado at 08:15, then a 5.2 km run."
    assert engine.count_tokens(text) == server_services.engine.count_tokens(text)
    engine.close()


def test_tether_server_answers_through_an_upstream_engine(llama_server_url, server_services, tmp_path) -> None:
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.services.container import build_services

    settings = ServerSettings(engine="openai", upstream_url=llama_server_url + "/v1", home=tmp_path,
                              token="upstream-test", timezone="Europe/Berlin")
    services = build_services(settings, embedder=server_services.embedder)
    assert services.engine.name == "openai"
    observation = {"id": "up-coffee-1", "sensor": "manual", "kind": "coffee", "start": "2026-11-20T08:15:00+01:00",
                   "data": {"drink": "pistachio cortado"}}
    try:
        with BackgroundServer(create_app(settings, services=services)) as url, httpx.Client(
            base_url=url, headers={"Authorization": "Bearer upstream-test"}, timeout=60
        ) as client:
            assert client.post("/v1/observations", json={"observations": [observation]}).json()["accepted"] == 1
            events = []
            with client.stream("POST", "/v1/chat", json={"question": "When did I drink coffee?", "max_tokens": 16,
                                                      "answer_path": "model"}) as r:
                assert r.status_code == 200
                name = None
                for line in r.iter_lines():
                    if line.startswith("event:"):
                        name = line.split(":", 1)[1].strip()
                    elif line.startswith("data:"):
                        events.append((name, json.loads(line[5:])))
    finally:
        services.close()
    assert events[-1][0] == "final" and any(name == "token" for name, _ in events)
    final = events[-1][1]
    assert any(hit["id"] == "up-coffee-1" for hit in final["evidence"])
    assert final["answer"]
    metrics = final["metrics"]
    assert metrics["prompt_tokens"] > 0 and metrics["ttft_ms"] > 0 and metrics["decode_tokens"] >= 1


def _completion(content: str, finish: str = "stop") -> dict:
    return {"choices": [{"index": 0, "message": {"role": "assistant", "content": content}, "finish_reason": finish}]}


def test_complete_json_finds_the_response_format_dialect_once() -> None:
    """OpenAI's json_schema first; an upstream that refuses it gets llama_cpp.server's json_object+schema."""
    from server.errors import ModelOutputError

    sent: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        body = json.loads(request.content)
        sent.append(body)
        if body["response_format"]["type"] == "json_schema":
            return httpx.Response(422, json={"detail": "response_format.type: Input should be 'text' or 'json_object'"})
        return httpx.Response(200, json=_completion('{"op": "NOOP"}' if len(sent) < 4 else '{"op": "NO'))

    engine = OpenAIUpstreamEngine(BASE, model="m", transport=httpx.MockTransport(handler), backoff_s=0.0)
    schema = {"type": "object", "properties": {"op": {"enum": ["ADD", "NOOP"]}}}
    assert engine.complete_json(QUESTION, schema, max_tokens=16) == {"op": "NOOP"}
    assert engine.complete_json(QUESTION, schema) == {"op": "NOOP"}
    assert [b["response_format"]["type"] for b in sent] == ["json_schema", "json_object", "json_object"]
    assert sent[1]["response_format"]["schema"] == schema and sent[1]["stream"] is False
    assert sent[1]["temperature"] == 0 and sent[1]["max_tokens"] == 16
    with pytest.raises(ModelOutputError, match="not JSON"):
        engine.complete_json(QUESTION, schema)


def test_complete_json_uses_json_schema_where_accepted() -> None:
    sent: list[dict] = []

    def handler(request: httpx.Request) -> httpx.Response:
        sent.append(json.loads(request.content))
        return httpx.Response(200, json=_completion('{"headline": "ok"}'))

    engine = OpenAIUpstreamEngine(BASE, model="m", transport=httpx.MockTransport(handler))
    assert engine.complete_json(QUESTION, {"type": "object"}) == {"headline": "ok"}
    assert sent[0]["response_format"] == {"type": "json_schema", "json_schema": {"name": "out", "schema": {"type": "object"}}}
