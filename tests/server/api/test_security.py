"""Auth on every route, scopes, per-device tokens, body limits, rate limits and CORS, through a real
uvicorn server (real model, chromadb and httpx) on its own data directory."""

from __future__ import annotations

import json
import re
import socket
from datetime import datetime, timedelta, timezone
from typing import Any, Iterator

import httpx
import pytest
from fastapi.routing import APIRoute, iter_route_contexts
from fastapi.testclient import TestClient

from server.api.auth import PUBLIC_PATHS
from server.api.limits import TokenBucket
from server.api.tokens import Scope, TokenStore

MAX_BODY = 64 * 1024


def _serve(tmp_path_factory: pytest.TempPathFactory, server_settings, server_services, **overrides: Any):
    """(app, services, settings) of a server on its own data directory, sharing the session's models."""
    from server.api.app import create_app
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("security"), **overrides})
    services = build_services(settings, engine=server_services.engine, embedder=server_services.embedder)
    return create_app(settings, services=services), services, settings


@pytest.fixture(scope="module")
def server(tmp_path_factory, server_settings, server_services) -> Iterator[dict[str, Any]]:
    """A live server plus tokens of every kind: ``url``, ``app``, ``services``, ``tokens`` by name."""
    from server.api.background import BackgroundServer

    app, services, settings = _serve(tmp_path_factory, server_settings, server_services, max_body_bytes=MAX_BODY)
    store = TokenStore(settings.server_dir / "tokens.sqlite3")
    tokens = {
        "server": settings.token,
        "read": store.create("reader", [Scope.read]).secret,
        "write": store.create("writer", [Scope.write]).secret,
        "readwrite": store.create("device-less", [Scope.read, Scope.write]).secret,
        "admin": store.create("admin", [Scope.admin]).secret,
        "phone": store.create("phone", [Scope.read, Scope.write], device="phone-1").secret,
    }
    store.close()
    with BackgroundServer(app) as url:
        yield {"url": url, "app": app, "services": services, "tokens": tokens, "home": settings.home}


def _request(server: dict[str, Any], method: str, path: str, token: str | None = None, **kwargs: Any) -> httpx.Response:
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    return httpx.request(method, server["url"] + path, headers=headers, timeout=60, **kwargs)


def _required_scope(route: Any) -> Scope | None:
    """The scope a route's dependencies demand (found through ``required_scope`` markers)."""
    pending, found = list(route.dependant.dependencies), []
    while pending:
        dependant = pending.pop()
        scope = getattr(dependant.call, "required_scope", None)
        if scope is not None:
            found.append(scope)
        pending.extend(dependant.dependencies)
    return max(found, key=[Scope.read, Scope.write, Scope.admin].index) if found else None


LACKING = {Scope.read: "write", Scope.write: "read", Scope.admin: "readwrite"}
"""For each scope, a valid token that does not have it."""


def _error_message(response: httpx.Response) -> str:
    body = response.json()
    return body["error"]["message"] if isinstance(body["error"], dict) else body["detail"]


def test_every_route_but_health_needs_a_token_with_the_right_scope(server) -> None:
    # iter_route_contexts flattens included routers (with their prefixes and router-level dependencies).
    contexts = list(iter_route_contexts(server["app"].routes))
    routes = [route for route in contexts if isinstance(route.original_route, APIRoute)]
    others = {route.path for route in contexts if not isinstance(route.original_route, APIRoute)}
    assert others <= PUBLIC_PATHS, f"routes outside FastAPI's APIRoute escape this check: {others - PUBLIC_PATHS}"
    checked = 0
    for route in routes:
        scope = _required_scope(route)
        if route.path in PUBLIC_PATHS:
            assert scope is None and route.path == "/healthz"
            continue
        assert scope is not None, f"{route.path} declares no scope (use server.api.deps.ReadAccess/WriteAccess/...)"
        path = re.sub(r"\{[^}]+\}", "x", route.path)
        for method in sorted(route.methods):
            where = f"{method} {route.path}"
            for headers in ({}, {"Authorization": "Bearer wrong"}, {"Authorization": "Basic abc"},
                            {"Authorization": "Bearer tether_000000000000_" + "x" * 43}):
                response = httpx.request(method, server["url"] + path, headers=headers, json={}, timeout=60)
                assert response.status_code == 401, where
                assert response.headers["www-authenticate"] == "Bearer", where
                assert "token" in _error_message(response), where
            response = _request(server, method, path, server["tokens"][LACKING[scope]], json={})
            assert response.status_code == 403, where
            assert scope.value in _error_message(response), where
            response = _request(server, method, path, server["tokens"]["admin"], json={})
            assert response.status_code not in (401, 403), where
            checked += 1
    assert checked >= 11  # observations, memory x3, chat, metrics, models x2, completions, jobs x2
    assert _request(server, "GET", "/healthz").status_code == 200


def test_server_token_is_an_admin_token(server) -> None:
    response = _request(server, "POST", "/v1/jobs/no-such-job/run", server["tokens"]["server"])
    assert response.status_code not in (401, 403)  # 503 here: this server runs no learning jobs
    assert _request(server, "GET", "/metrics", server["tokens"]["server"]).status_code == 200


def _obs(obs_id: str, **extra: Any) -> dict[str, Any]:
    return {"id": obs_id, "sensor": "manual", "kind": "coffee", "start": "2026-11-20T08:15:00+01:00",
            "data": {"drink": "flat white"}, **extra}


def test_device_token_writes_only_its_own_device(server) -> None:
    store = server["services"].store
    phone = server["tokens"]["phone"]
    before = store.count()
    response = _request(server, "POST", "/v1/observations", phone,
                        json={"observations": [_obs("sec-phone-1"), _obs("sec-phone-2", device="phone-1")]})
    assert response.status_code == 200 and response.json()["accepted"] == 2
    assert store.count() == before + 2
    hits = _request(server, "GET", "/v1/memory/search", phone, params={"q": "flat white coffee", "k": 5}).json()["hits"]
    assert {"sec-phone-1", "sec-phone-2"} <= {h["id"] for h in hits}

    # Another device's record, at top level or in data, refuses the whole batch.
    for foreign in (_obs("sec-laptop-1", device="laptop-1"),
                    {**_obs("sec-laptop-2"), "data": {"device": "laptop-1"}},
                    {**_obs("sec-laptop-3", device="phone-1"), "data": {"device": "laptop-1"}}):
        response = _request(server, "POST", "/v1/observations", phone, json={"observations": [_obs("sec-ok"), foreign]})
        assert response.status_code == 403 and "phone-1" in response.json()["detail"]
        assert response.json()["detail"].startswith("observations[1]")
    assert store.count() == before + 2

    # An unbound writer may send any device's observations; a bound token may not forget.
    response = _request(server, "POST", "/v1/observations", server["tokens"]["write"],
                        json={"observations": [_obs("sec-laptop-4", device="laptop-1")]})
    assert response.status_code == 200 and response.json()["accepted"] == 1
    response = _request(server, "DELETE", "/v1/memory/sec-phone-1", phone)
    assert response.status_code == 403 and "bound to device" in response.json()["detail"]
    assert _request(server, "DELETE", "/v1/memory/sec-phone-1", server["tokens"]["write"]).json()["forgotten"] == 1


def test_records_without_a_device_are_stored_with_the_tokens_device(server) -> None:
    response = _request(server, "POST", "/v1/observations", server["tokens"]["phone"],
                        json={"observations": [_obs("sec-stamp-1"), {**_obs("sec-stamp-2"), "data": None}]})
    assert response.json()["accepted"] == 2
    stored = server["services"].store.stored_observations(ids=["sec-stamp-1", "sec-stamp-2"])
    assert [(o.id, o.data["device"]) for o in stored] == [("sec-stamp-1", "phone-1"), ("sec-stamp-2", "phone-1")]


def test_revoked_token_is_refused_at_once(server) -> None:
    store = TokenStore(server["home"] / "server" / "tokens.sqlite3")
    created = store.create("short-lived", [Scope.read])
    assert _request(server, "GET", "/v1/models", created.secret).status_code == 200
    store.revoke(created.record.id)
    response = _request(server, "GET", "/v1/models", created.secret)
    assert response.status_code == 401 and response.json()["error"]["code"] == "invalid_api_key"
    # A token whose id is right but whose secret is not is refused too.
    forged = created.secret[:-4] + ("AAAA" if not created.secret.endswith("AAAA") else "BBBB")
    assert _request(server, "GET", "/v1/models", forged).status_code == 401
    store.close()


def test_bodies_over_the_limit_are_413_with_a_json_error(server) -> None:
    token = server["tokens"]["admin"]
    big = {"observations": [_obs(f"sec-big-{i}", data={"note": "x" * 1000}) for i in range(80)]}
    response = _request(server, "POST", "/v1/observations", token, json=big)
    assert response.status_code == 413
    assert response.json()["error"] == "body_too_large" and str(MAX_BODY) in response.json()["detail"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: sent chunked, counted as it arrives
        yield b'{"observations": ['
        for _ in range(100):
            yield b'{"id": "c", "sensor": "s", "kind": "k", "start": "2026-11-20T08:15:00+01:00"},' * 10
        yield b"{}]}"

    response = _request(server, "POST", "/v1/observations", token, content=chunks())
    assert "content-length" not in response.request.headers
    assert response.status_code == 413 and response.json()["error"] == "body_too_large"
    # The OpenAI-compatible routes answer in OpenAI's shape.
    body = {"model": "x", "messages": [{"role": "user", "content": "y" * (MAX_BODY + 1)}]}
    response = _request(server, "POST", "/v1/chat/completions", token, json=body)
    assert response.status_code == 413 and response.json()["error"]["code"] == "body_too_large"
    # Under the limit, the same route works.
    small = {"observations": [_obs("sec-small-1", data={"note": "x" * 1000})]}
    assert _request(server, "POST", "/v1/observations", token, json=small).status_code == 200


def _send_headers(url: str, token: str, content_length: int) -> socket.socket:
    """A POST /v1/observations whose headers are sent and whose body is not (yet)."""
    host, port = url.removeprefix("http://").split(":")
    sock = socket.create_connection((host, int(port)), timeout=10)
    sock.sendall((f"POST /v1/observations HTTP/1.1\r\nHost: {host}\r\nAuthorization: Bearer {token}\r\n"
                  f"Content-Type: application/json\r\nContent-Length: {content_length}\r\n\r\n").encode())
    return sock


def _read_response(sock: socket.socket) -> tuple[str, dict[str, Any]]:
    """(status line and headers in lower case, JSON body) of one HTTP/1.1 response with a Content-Length."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = sock.recv(65536)
        assert chunk, "the server closed the connection without an answer"
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = int(re.search(rb"content-length: *(\d+)", head.lower()).group(1))  # type: ignore[union-attr]
    while len(body) < length:
        body += sock.recv(65536)
    return head.decode().lower(), json.loads(body)


def test_a_request_without_a_valid_token_is_refused_before_its_body_is_read(server) -> None:
    body = json.dumps({"observations": [_obs("sec-gate-1")]}).encode()
    with _send_headers(server["url"], "tether_000000000000_" + "x" * 43, 60_000) as sock:
        head, answer = _read_response(sock)  # no body was sent: only the headers can have been read
    assert head.startswith("http/1.1 401") and "www-authenticate: bearer" in head
    assert answer["error"] == "unauthorized"
    # With a valid token the server waits for the body, then answers.
    with _send_headers(server["url"], server["tokens"]["write"], len(body)) as sock:
        sock.settimeout(0.5)
        with pytest.raises(socket.timeout):
            sock.recv(65536)
        sock.settimeout(60)
        sock.sendall(body)
        head, answer = _read_response(sock)
    assert head.startswith("http/1.1 200") and answer["accepted"] == 1


def test_device_sync_splits_batches_over_the_limit_and_sets_aside_what_never_fits(server, tmp_path) -> None:
    from device.client.http import HttpServerApi
    from device.storage.outbox import Outbox
    from device.pipeline.flow import DevicePipeline
    from device.storage.store import ObservationStore
    from shared.observation import Observation

    start = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
    notes = [Observation(id=f"sec-split-{i}", sensor="manual", kind="note", start=start + timedelta(minutes=i),
                         data={"text": f"note {i} " + "x" * 1500}) for i in range(100)]
    huge = Observation(id="sec-split-huge", sensor="manual", kind="note", start=start + timedelta(hours=3),
                       data={"text": "y" * (MAX_BODY + 10)})
    pipeline = DevicePipeline(ObservationStore(tmp_path / "s.db"), Outbox(tmp_path / "o.db"))
    api = HttpServerApi(server["url"], server["tokens"]["admin"])
    try:
        pipeline.accept([*notes[:50], huge, *notes[50:]])
        report = pipeline.sync(api, batch_size=500)  # 150 KB in one batch: over the 64 KB limit
        assert report.remaining == 0 and report.accepted == 100
        assert report.set_aside == ["sec-split-huge: larger than the server's body limit (set aside)"]
        assert report.rejected == []
        assert pipeline.outbox.damaged_count() == 1  # kept on the device, not sent again
        found = api.search("note 99", k=50)
        assert any("sec-split-99" in hit.source_ids for hit in found.hits)
    finally:
        api.close()
        pipeline.store.close()
        pipeline.outbox.close()


def test_token_bucket_refills_at_its_rate() -> None:
    now = [0.0]
    bucket = TokenBucket(rate_per_s=2.0, burst=3, clock=lambda: now[0])
    assert [bucket.take("a") for _ in range(3)] == [0.0, 0.0, 0.0]
    assert bucket.take("a") == pytest.approx(0.5)
    assert bucket.take("b") == 0.0  # per key
    now[0] += 0.5
    assert bucket.take("a") == 0.0 and bucket.take("a") > 0
    assert TokenBucket(rate_per_s=0, burst=1).take("a") == 0.0  # 0 turns it off


def test_token_bucket_forgets_refilled_keys_when_it_holds_too_many(monkeypatch) -> None:
    import server.api.limits

    monkeypatch.setattr(server.api.limits, "MAX_KEYS", 5)
    now = [0.0]
    bucket = TokenBucket(rate_per_s=1.0, burst=2, clock=lambda: now[0])
    for i in range(6):
        bucket.take(f"old-{i}")
    now[0] += 10.0  # all of them refilled
    bucket.take("new")
    assert len(bucket._buckets) <= 2


def test_rate_limit_is_per_token_and_says_when_to_retry(tmp_path_factory, server_settings, server_services) -> None:
    from server.api.background import BackgroundServer

    app, _, settings = _serve(tmp_path_factory, server_settings, server_services, rate_limit_per_s=0.2, rate_limit_burst=3)
    other = TokenStore(settings.server_dir / "tokens.sqlite3").create("other", [Scope.read]).secret
    with BackgroundServer(app) as url:
        with httpx.Client(base_url=url, headers={"Authorization": f"Bearer {settings.token}"}, timeout=60) as client:
            assert [client.get("/metrics").status_code for _ in range(3)] == [200, 200, 200]
            limited = client.get("/metrics")
            assert limited.status_code == 429 and int(limited.headers["retry-after"]) >= 1
            assert limited.json()["error"] == "rate_limited"
            openai_shape = client.get("/v1/models")
            assert openai_shape.status_code == 429 and openai_shape.json()["error"]["code"] == "rate_limit_exceeded"
            assert client.get("/healthz").status_code == 200  # no token, no limit
        assert httpx.get(f"{url}/v1/models", headers={"Authorization": f"Bearer {other}"}).status_code == 200
        # Guessing tokens: failed logins from one address share that budget, then get 429 too.
        wrong = {"Authorization": "Bearer not-a-token"}
        assert [httpx.get(f"{url}/metrics", headers=wrong).status_code for _ in range(3)] == [401, 401, 401]
        guessed = httpx.get(f"{url}/metrics", headers=wrong)
        assert guessed.status_code == 429 and "failed logins" in guessed.json()["detail"]
        # a right token still works from there: only failures are charged to the address
        assert httpx.get(f"{url}/v1/models", headers={"Authorization": f"Bearer {other}"}).status_code == 200


def test_cors_is_closed_unless_origins_are_allowed(tmp_path_factory, server_settings, server_services) -> None:
    preflight = {"Origin": "http://evil.example", "Access-Control-Request-Method": "POST",
                 "Access-Control-Request-Headers": "authorization"}
    app, _, _ = _serve(tmp_path_factory, server_settings, server_services)
    with TestClient(app) as client:
        assert "access-control-allow-origin" not in client.options("/v1/chat", headers=preflight).headers
        plain = client.get("/healthz", headers={"Origin": "http://evil.example"})
        assert plain.status_code == 200 and not any(h.startswith("access-control") for h in plain.headers)
    app, _, _ = _serve(tmp_path_factory, server_settings, server_services, cors_origins=["http://localhost:3000"])
    with TestClient(app) as client:
        allowed = client.options("/v1/chat", headers={**preflight, "Origin": "http://localhost:3000"})
        assert allowed.status_code == 200
        assert allowed.headers["access-control-allow-origin"] == "http://localhost:3000"
        assert "access-control-allow-origin" not in client.options("/v1/chat", headers=preflight).headers


_OBS = '{"id": "%s", "sensor": "manual", "kind": "note", "start": "2026-11-20T08:00:00+01:00"%s}'
HOSTILE = [
    # (method, path, raw body or query, expected status): each of these was a 500 before.
    ("POST", "/v1/observations", '{"observations": [%s]}' % (_OBS % ("sur-1", ', "data": {"t": "\\ud800"}')), 200),
    ("POST", "/v1/observations", '{"observations": [%s]}' % (_OBS % ("\\udfff", "")), 200),
    ("POST", "/v1/observations", '{"observations": [{"id": "\\udfff", "sensor": "manual"}]}', 200),
    ("POST", "/v1/observations", '{"observations": [%s]}' % (_OBS % ("edge-1", ', "end": "9999-12-31T23:59:59+00:00"')), 200),
    ("POST", "/v1/chat/completions", '{"messages": [{"role": "user", "content": "hi \\ud800"}], "max_tokens": 2}', 400),
    ("POST", "/v1/chat/completions", '{"messages": ' + "[" * 20_000 + "]" * 20_000 + "}", 400),
    ("POST", "/v1/observations", '{"observations": ' + "[" * 20_000 + "]" * 20_000 + "}", 400),
    ("POST", "/v1/observations", b'\xfa[\x19V\xd9', 400),
    ("DELETE", "/v1/memory", {"start": "0001-01-01T00:00:00+14:00"}, 422),
    ("DELETE", "/v1/memory", {"end": "9999-12-31T23:59:59-14:00"}, 422),
    ("GET", "/v1/memory/search", {"q": "yesterday", "at": "9999-12-31T23:59:59-14:00"}, 422),
]


@pytest.mark.parametrize(("method", "path", "payload", "status"), HOSTILE)
def test_hostile_inputs_are_answered_with_a_4xx_or_rejected_records(server, method, path, payload, status) -> None:
    kwargs: dict[str, Any] = {"params": payload} if isinstance(payload, dict) else {
        "content": payload if isinstance(payload, bytes) else payload.encode("utf-8"),
        "headers": {"Content-Type": "application/json"}}
    headers = {"Authorization": f"Bearer {server['tokens']['admin']}", **kwargs.pop("headers", {})}
    response = httpx.request(method, server["url"] + path, headers=headers, timeout=60, **kwargs)
    assert response.status_code == status, response.text
    assert _error_message(response) if status >= 400 else response.json()["rejected"], response.text
