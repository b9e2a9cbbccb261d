"""HttpServerApi errors: unreachable, wrong token, server errors; fast paths with MockTransport."""

import socket

import httpx
import pytest

from device.client.http import HttpServerApi
from device.client.api import ServerAuthError, ServerRequestError, ServerUnreachableError
from shared.wire import ChatRequest


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_unreachable_server_is_a_clear_error() -> None:
    api = HttpServerApi(f"http://127.0.0.1:{_closed_port()}", "t", timeout_s=2)
    with pytest.raises(ServerUnreachableError, match="cannot reach http://127.0.0.1"):
        api.health()
    with pytest.raises(ServerUnreachableError):
        list(api.chat(ChatRequest(question="hi")))


def test_401_becomes_auth_error() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(401, json={"error": "unauthorized", "detail": "wrong token"}))
    api = HttpServerApi("http://server", "bad", transport=transport)
    with pytest.raises(ServerAuthError, match="wrong token"):
        api.post_observations([])
    with pytest.raises(ServerAuthError):
        list(api.chat(ChatRequest(question="hi")))


def test_server_error_keeps_status_and_detail() -> None:
    transport = httpx.MockTransport(lambda r: httpx.Response(503, json={"error": "x", "detail": "model not loaded"}))
    api = HttpServerApi("http://server", "t", transport=transport)
    with pytest.raises(ServerRequestError, match="503: model not loaded") as info:
        api.search("q", 3)
    assert info.value.status == 503


def test_sse_error_event_is_raised() -> None:
    body = 'event: token\ndata: {"type": "token", "text": "Hi"}\n\nevent: error\ndata: {"error": "prompt_too_long", "detail": "too long"}\n\n'
    transport = httpx.MockTransport(lambda r: httpx.Response(200, text=body, headers={"content-type": "text/event-stream"}))
    api = HttpServerApi("http://server", "t", transport=transport)
    events = api.chat(ChatRequest(question="hi"))
    assert next(events).text == "Hi"
    with pytest.raises(ServerRequestError, match="too long"):
        next(events)


def test_wait_until_ready_says_why_it_gave_up() -> None:
    import subprocess
    import sys

    from device.client.http import wait_until_ready
    from device.client.api import ServerUnreachableError
    from tests.local_servers import free_port

    url = f"http://127.0.0.1:{free_port()}/healthz"  # nothing listens there
    exited = subprocess.Popen([sys.executable, "-c", "raise SystemExit(3)"])
    exited.wait(timeout=30)
    with pytest.raises(ServerUnreachableError, match="exited with 3"):
        wait_until_ready(url, 30, exited)
    with pytest.raises(ServerUnreachableError, match="did not answer within"):
        wait_until_ready(url, 0.3)
