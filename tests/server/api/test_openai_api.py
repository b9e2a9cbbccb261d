"""The OpenAI-compatible API through the official ``openai`` client against a real uvicorn server,
real SmolLM2 engine and real chromadb memory; plus the pure parts (stop sequences, memory message)."""

from __future__ import annotations

import json
import threading
import time
import uuid
from typing import Any, Iterator

import httpx
import openai
import pytest

from server.engine.base import ChatMessage, TokenPiece
from server.services.openai_chat import MEMORY_HEADER, StopScanner, with_memory
from shared.wire import MemoryHit

SMALL = 8  # tokens: SmolLM2 is fast, but CI has two cores


def _serve(tmp_path_factory: pytest.TempPathFactory, server_settings, engine, embedder, **overrides: Any):
    """A real server on its own data directory (empty memory), sharing the session's loaded models."""
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.api.routes import openai as openai_routes
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("openai-server"), **overrides})
    app = create_app(settings, services=build_services(settings, engine=engine, embedder=embedder))
    if not any(getattr(route, "path", None) == "/v1/models" for route in app.routes):
        app.include_router(openai_routes.router)  # until server.api.app mounts it
        openai_routes.install_openai_error_handlers(app)
    return BackgroundServer(app), settings.token


@pytest.fixture(scope="module")
def server(tmp_path_factory, server_settings, server_services) -> Iterator[tuple[str, str]]:
    """(base URL, token) of a real server for this module."""
    background, token = _serve(tmp_path_factory, server_settings, server_services.engine, server_services.embedder)
    with background as url:
        yield url, token


@pytest.fixture(scope="module")
def client(server) -> openai.OpenAI:
    url, token = server
    return openai.OpenAI(base_url=f"{url}/v1", api_key=token, max_retries=0, timeout=120)


def ask(client: openai.OpenAI, text: str, **kwargs: Any):
    """One non-streaming completion with a short answer and no memory unless asked for."""
    kwargs.setdefault("max_tokens", SMALL)
    extra = {"tether_k": kwargs.pop("tether_k", 0)}
    return client.chat.completions.create(
        model="anything", messages=[{"role": "user", "content": text}], extra_body=extra, **kwargs
    )


# --- pure parts --------------------------------------------------------------------------------------


def test_stop_scanner_holds_back_a_possible_start_and_cuts_at_the_stop() -> None:
    scanner = StopScanner(["END"])
    assert scanner.feed("Hello E") == "Hello "  # "E" could begin "END"
    assert scanner.feed("xtra E") == "Extra "
    assert scanner.feed("NDing") == "" and scanner.stopped
    assert scanner.flush() == ""
    plain = StopScanner([])
    assert plain.feed("abc") == "abc" and not plain.stopped


def test_stop_scanner_gives_back_the_held_tail_at_the_end() -> None:
    scanner = StopScanner(["\n\n", "STOP"])
    assert scanner.feed("one\n") == "one"
    assert scanner.feed("two ST") == "\ntwo "
    assert scanner.flush() == "ST" and not scanner.stopped


def test_memory_goes_after_the_clients_system_messages() -> None:
    hit = MemoryHit(id="m1", text="coffee at 08:15", score=0.9, source_ids=["m1"])
    messages = [ChatMessage("system", "Be brief."), ChatMessage("user", "When was coffee?")]
    out = with_memory(messages, [hit])
    assert [m.role for m in out] == ["system", "system", "user"]
    assert out[1].content.startswith(MEMORY_HEADER)
    assert out[1].content.endswith('<data source="memories">\n- coffee at 08:15\n</data>')
    assert with_memory([ChatMessage("user", "hi")], [hit])[0].role == "system"
    assert with_memory(messages, []) == messages


# --- through the official client ----------------------------------------------------------------------


def test_models_list_names_the_engines_model(client, server_services) -> None:
    models = client.models.list().data
    assert [m.id for m in models] == [server_services.engine.model_name]
    assert models[0].owned_by == "tether" and models[0].created > 0
    assert client.models.retrieve(models[0].id).id == models[0].id
    with pytest.raises(openai.NotFoundError):
        client.models.retrieve("gpt-nonexistent")


def test_non_streaming_completion(client, server_services) -> None:
    completion = ask(client, "Say hello to Ada.", max_tokens=6)
    assert completion.id.startswith("chatcmpl-") and completion.object == "chat.completion"
    assert completion.model == server_services.engine.model_name
    choice = completion.choices[0]
    assert choice.message.role == "assistant" and choice.message.content.strip()
    assert choice.finish_reason in ("stop", "length")
    usage = completion.usage
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens
    assert 1 <= usage.completion_tokens <= 6 and usage.prompt_tokens > 5


def test_streaming_completion_with_usage(client) -> None:
    stream = client.chat.completions.create(
        model="anything",
        messages=[{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Name a fruit."}],
        max_tokens=SMALL, stream=True, stream_options={"include_usage": True}, extra_body={"tether_k": 0},
    )
    chunks = list(stream)
    assert all(c.object == "chat.completion.chunk" for c in chunks) and len({c.id for c in chunks}) == 1
    assert chunks[0].choices[0].delta.role == "assistant"
    text = "".join(c.choices[0].delta.content or "" for c in chunks if c.choices)
    assert text.strip()
    finishes = [c.choices[0].finish_reason for c in chunks if c.choices and c.choices[0].finish_reason]
    assert len(finishes) == 1 and finishes[0] in ("stop", "length")
    assert chunks[-1].choices == [] and chunks[-1].usage is not None
    usage = chunks[-1].usage
    assert usage.total_tokens == usage.prompt_tokens + usage.completion_tokens and usage.completion_tokens <= SMALL


def test_stream_is_sse_ending_with_done(server) -> None:
    url, token = server
    body = {"model": "x", "messages": [{"role": "user", "content": "Hi"}], "max_tokens": 4, "stream": True,
            "tether_k": 0}
    with httpx.stream("POST", f"{url}/v1/chat/completions", json=body, timeout=120,
                      headers={"Authorization": f"Bearer {token}"}) as response:
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/event-stream")
        frames = [line for line in response.iter_lines() if line]
    assert frames[-1] == "data: [DONE]" and all(f.startswith("data: ") for f in frames)
    last = json.loads(frames[-2][6:])
    assert last["choices"][0]["finish_reason"] in ("stop", "length") and "tether" in last


def test_memory_is_added_to_the_context(client, server) -> None:
    url, token = server
    fact_id = f"oa-fact-{uuid.uuid4().hex[:8]}"
    observation = {"id": fact_id, "sensor": "manual", "kind": "meal", "start": "2026-11-20T12:30:00+01:00",
                   "data": {"food": "saffron quince dumplings"}}
    stored = httpx.post(f"{url}/v1/observations", json={"observations": [observation]},
                        headers={"Authorization": f"Bearer {token}"}, timeout=60).json()
    assert stored["accepted"] == 1
    question = "When did I eat saffron quince dumplings?"
    raw = client.chat.completions.with_raw_response.create(
        model="anything", messages=[{"role": "user", "content": question}], max_tokens=SMALL, extra_body={"tether_k": 3}
    )
    body = raw.http_response.json()
    evidence = body["tether"]["evidence"]
    assert any(fact_id in hit["source_ids"] for hit in evidence)
    assert body["tether"]["metrics"]["hits"] == len(evidence) and body["tether"]["metrics"]["retrieval_ms"] > 0
    with_memory_tokens = raw.parse().usage.prompt_tokens
    without = ask(client, question, max_tokens=SMALL, tether_k=0)
    assert with_memory_tokens > without.usage.prompt_tokens + 10


def test_the_answer_computed_from_the_log_goes_to_the_engine(client, server) -> None:
    """The OpenAI route gives the engine the grounded answer (as of tether_as_of, in tether_timezone)
    and cites its records: the coffees of that day, not memories picked by similarity."""
    url, token = server
    day = f"oa-day-{uuid.uuid4().hex[:6]}"
    coffees = [{"id": f"{day}-{n}", "sensor": "manual", "kind": "coffee", "start": f"2031-03-0{n}T0{n + 6}:15:00+01:00",
                "data": {"drink": "flat white", "caffeine_mg": 130}} for n in (1, 2)]
    coffees.append({**coffees[1], "id": f"{day}-3", "start": "2031-03-02T15:40:00+01:00"})
    httpx.post(f"{url}/v1/observations", json={"observations": coffees},
               headers={"Authorization": f"Bearer {token}"}, timeout=60)
    body = client.chat.completions.with_raw_response.create(
        model="x", messages=[{"role": "user", "content": "How many coffees did I have today?"}], max_tokens=SMALL,
        extra_body={"tether_k": 2, "tether_as_of": "2031-03-02T20:00:00+01:00", "tether_timezone": "Europe/Berlin"},
    ).http_response.json()
    cited = {i for hit in body["tether"]["evidence"] for i in hit["source_ids"]}
    assert {f"{day}-2", f"{day}-3"} <= cited and f"{day}-1" not in cited


def test_second_identical_request_reuses_the_prefix(client) -> None:
    messages = [{"role": "system", "content": "You answer in five words."},
                {"role": "user", "content": "What is rain?"}]
    for _ in range(2):
        completion = client.chat.completions.create(
            model="x", messages=messages, max_tokens=4, extra_body={"tether_k": 0}
        )
    details = completion.usage.prompt_tokens_details
    assert details is not None and 0 < details.cached_tokens <= completion.usage.prompt_tokens


def test_stop_sequence_cuts_the_answer(client) -> None:
    question = "List three colours, separated by commas."
    ask(client, question, max_tokens=16)  # the run below sees the same prefix cache state as the one after it
    full = ask(client, question, max_tokens=16).choices[0].message.content
    words = [w for w in full.split() if len(w) > 3]
    if len(words) < 2:
        pytest.skip(f"the model answered too briefly to cut: {full!r}")
    stop = words[1]
    cut = ask(client, question, max_tokens=16, stop=[stop]).choices[0]
    assert cut.message.content == full[: full.index(stop)] and cut.finish_reason == "stop"


# --- errors in OpenAI's shape -------------------------------------------------------------------------


def test_wrong_api_key_is_an_authentication_error(server) -> None:
    url, _ = server
    bad = openai.OpenAI(base_url=f"{url}/v1", api_key="not-the-token", max_retries=0)
    with pytest.raises(openai.AuthenticationError) as caught:
        bad.models.list()
    assert caught.value.code == "invalid_api_key"
    with pytest.raises(openai.AuthenticationError):
        bad.chat.completions.create(model="x", messages=[{"role": "user", "content": "hi"}])
    missing = httpx.post(f"{url}/v1/chat/completions", json={})
    assert missing.status_code == 401 and missing.json()["error"]["code"] == "invalid_api_key"
    # The rest of the server keeps its own error body.
    other = httpx.post(f"{url}/v1/chat", json={})
    assert other.status_code == 401 and other.json()["error"] == "unauthorized"


@pytest.mark.parametrize(
    ("change", "param"),
    [
        ({"n": 2}, "n"),
        ({"messages": []}, "messages"),
        ({"messages": [{"role": "wizard", "content": "hi"}]}, "messages[0].role"),
        ({"messages": [{"role": "user", "content": [{"type": "image_url", "image_url": {"url": "x"}}]}]},
         "messages[0].content"),
        ({"max_tokens": 0}, "max_tokens"),
        ({"temperature": 7}, "temperature"),
    ],
)
def test_bad_bodies_are_bad_request_errors_naming_the_param(client, change, param) -> None:
    request = {"model": "x", "messages": [{"role": "user", "content": "hi"}], "max_tokens": 2, **change}
    with pytest.raises(openai.BadRequestError) as caught:
        client.chat.completions.create(**request)
    assert caught.value.param == param and caught.value.type == "invalid_request_error"
    assert param.split("[")[0] in caught.value.message


def test_unparseable_json_is_a_400_in_openai_shape(server) -> None:
    url, token = server
    response = httpx.post(f"{url}/v1/chat/completions", content=b"{nope", timeout=30,
                          headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"})
    assert response.status_code == 400
    assert set(response.json()["error"]) == {"message", "type", "param", "code"}


@pytest.mark.parametrize("stream", [False, True])
def test_too_long_prompt_is_context_length_exceeded(client, stream) -> None:
    with pytest.raises(openai.APIStatusError) as caught:
        client.chat.completions.create(
            model="x", messages=[{"role": "user", "content": "hello " * 3000}], max_tokens=2, stream=stream,
            extra_body={"tether_k": 0},
        )
    assert caught.value.status_code == 413 and caught.value.code == "context_length_exceeded"


def test_full_engine_queue_is_503_with_retry_after(tmp_path_factory, server_settings, server_services) -> None:
    background, token = _serve(tmp_path_factory, server_settings, server_services.engine, server_services.embedder,
                               max_waiting=0)
    with background as url:
        busy = openai.OpenAI(base_url=f"{url}/v1", api_key=token, max_retries=0)
        with pytest.raises(openai.InternalServerError) as caught:
            busy.chat.completions.create(model="x", messages=[{"role": "user", "content": "hi"}], max_tokens=2)
    assert caught.value.status_code == 503 and caught.value.code == "engine_busy"
    assert caught.value.response.headers["Retry-After"].isdigit()


# --- a client that leaves stops the decoding ------------------------------------------------------


class RecordingEngine:
    """Passes generations through to the real engine and records how far each one got."""

    def __init__(self, engine: Any) -> None:
        self._engine = engine
        self.name = engine.name
        self.model_name = engine.model_name
        self.runs: list[dict[str, Any]] = []

    def generate(self, messages: list[ChatMessage], max_tokens: int, cancel: threading.Event | None = None,
                 **kwargs: Any) -> Iterator[Any]:
        run: dict[str, Any] = {"cancel": cancel, "pieces": 0, "stats": None, "ended": False}
        self.runs.append(run)
        try:
            for event in self._engine.generate(messages, max_tokens, cancel, **kwargs):
                if isinstance(event, TokenPiece):
                    run["pieces"] += 1
                else:
                    run["stats"] = event
                yield event
        finally:
            run["ended"] = True

    def close(self) -> None:
        """The wrapped engine belongs to the session: leave it open."""

    def __getattr__(self, name: str) -> Any:  # count_tokens, complete_json, ...: the real engine's
        return getattr(self._engine, name)


def _ended_run(engine: RecordingEngine, timeout_s: float = 30.0) -> dict[str, Any]:
    """The latest generation, once it has ended (or the timeout passed)."""
    deadline = time.monotonic() + timeout_s
    while not (engine.runs and engine.runs[-1]["ended"]) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert engine.runs, "the request never reached the engine"
    return engine.runs[-1]


@pytest.fixture
def recorded_server(tmp_path_factory, server_settings, server_services) -> Iterator[tuple[str, str, RecordingEngine]]:
    engine = RecordingEngine(server_services.engine)
    background, token = _serve(tmp_path_factory, server_settings, engine, server_services.embedder)
    with background as url:
        yield url, token, engine


LONG = {"model": "x", "messages": [{"role": "user", "content": "Write a long story about a dragon and a knight."}],
        "max_tokens": 1500, "tether_k": 0}  # minutes of decoding on two cores, seconds on a fast machine


def test_leaving_a_stream_stops_decoding(recorded_server) -> None:
    url, token, engine = recorded_server
    with httpx.stream("POST", f"{url}/v1/chat/completions", json={**LONG, "stream": True}, timeout=120,
                      headers={"Authorization": f"Bearer {token}"}) as response:
        contents = 0
        for line in response.iter_lines():
            if '"content"' in line:
                contents += 1
            if contents >= 4:
                break  # leave mid-answer: the response is closed here
    run = _ended_run(engine)
    assert run["ended"] and run["stats"].finish_reason == "cancelled"
    assert run["pieces"] < LONG["max_tokens"] // 2


def test_leaving_a_non_streaming_request_stops_decoding(recorded_server) -> None:
    url, token, engine = recorded_server
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(f"{url}/v1/chat/completions", json=LONG, headers={"Authorization": f"Bearer {token}"},
                   timeout=httpx.Timeout(30, read=2))
    run = _ended_run(engine)
    assert run["ended"] and run["stats"].finish_reason == "cancelled"
    assert run["pieces"] < LONG["max_tokens"] // 2
