"""WebhookSensor through real HTTP posts on loopback: auth, batches, limits, spool, fuzzing."""

from __future__ import annotations

import json
import socket
import stat
import time
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sensors.base import HealthStatus
from sensors.webhook import SENSOR, SPOOL_FILE, TOKEN_FILE, WebhookSensor
from shared.settings import SensorSettings

TOKEN = "test-token-0123456789"


def _record(**fields: Any) -> dict[str, Any]:
    record: dict[str, Any] = {"kind": "smell", "start": "2026-11-20T08:15:00+01:00", "modality": "olfactory", "data": {"what": "coffee"}}
    record.update(fields)
    return record


@pytest.fixture
def sensor(tmp_path: Path) -> Iterator[WebhookSensor]:
    webhook = WebhookSensor(tmp_path, port=0, token=TOKEN)
    webhook.start()
    yield webhook
    webhook.close()


def _post(
    sensor: WebhookSensor,
    body: Any = None,
    *,
    token: str | None = TOKEN,
    content: bytes | None = None,
    client: httpx.Client | None = None,
) -> httpx.Response:
    # Bytes, so a test can send a header that is not ASCII.
    headers = {"Authorization": f"Bearer {token}".encode()} if token is not None else {}
    if content is None:
        content = json.dumps(body).encode()
    headers["Content-Type"] = b"application/json"
    if client is None:
        return httpx.post(f"{sensor.url}/observations", content=content, headers=headers, timeout=10)
    return client.post(f"{sensor.url}/observations", content=content, headers=headers)


def test_token_is_required_and_healthz_is_open(sensor: WebhookSensor) -> None:
    assert httpx.get(f"{sensor.url}/healthz").json() == {"status": "ok"}
    missing = _post(sensor, _record(), token=None)
    assert missing.status_code == 401 and missing.headers["www-authenticate"] == "Bearer"
    assert _post(sensor, _record(), token="wrong").status_code == 401
    assert _post(sensor, _record(), token="tést").status_code == 401  # non-ASCII: still a plain 401
    assert sensor.poll() == []


def test_single_post_gets_defaults_and_poll_drains(sensor: WebhookSensor) -> None:
    response = _post(sensor, _record())
    assert response.status_code == 200
    body = response.json()
    assert body["accepted"] == 1 and body["rejected"] == []

    (obs,) = sensor.poll()
    assert obs.id == body["ids"][0] and obs.id.startswith("webhook-")
    assert (obs.sensor, obs.kind, obs.modality.value) == ("webhook", "smell", "olfactory")
    assert obs.start == datetime(2026, 11, 20, 7, 15, tzinfo=timezone.utc)
    assert sensor.poll() == []
    assert (sensor.state_dir / SPOOL_FILE).read_text() == ""

    # The same record posted again gets the same id, so ingest stores it once.
    assert _post(sensor, _record()).json()["ids"] == body["ids"]


def test_batch_accepts_good_records_and_names_the_bad_field(sensor: WebhookSensor) -> None:
    records = [
        _record(id="taste-1", kind="taste", modality="gustatory", sensor="watch"),
        _record(start="yesterday-ish"),
        _record(kind="sound", modality="auditory", volume_db=62),
        "not an object",
        _record(modality="telepathic"),
    ]
    body = _post(sensor, {"observations": records}).json()

    assert body["accepted"] == 2
    assert [(item["index"], item["error"].split(":")[0]) for item in body["rejected"]] == [(1, "start"), (3, "record"), (4, "modality")]
    polled = sensor.poll()
    assert [obs.kind for obs in polled] == ["taste", "sound"]
    assert polled[0].id == "taste-1" and polled[0].sensor == "watch"
    assert polled[1].data == {"volume_db": 62, "what": "coffee"}  # unknown field kept in data
    assert _post(sensor, [_record(kind="touch", modality="tactile")]).json()["accepted"] == 1  # a bare list works too


def test_bad_bodies_are_400_and_large_ones_413(sensor: WebhookSensor) -> None:
    assert _post(sensor, content=b"{not json").status_code == 400
    assert _post(sensor, content=b"").status_code == 400
    assert _post(sensor, 42).status_code == 400
    assert _post(sensor, {"observations": {"kind": "smell"}}).status_code == 400
    big = _post(sensor, content=b"[" + b" " * (1 << 20) + b"]")
    assert big.status_code == 413
    many = _post(sensor, {"observations": [_record()] * 1001})
    assert many.status_code == 413 and "at most 1000" in many.json()["error"]
    assert _post(sensor, {"observations": [_record(id=f"r{n}") for n in range(1000)]}).json()["accepted"] == 1000
    assert len(sensor.poll()) == 1000


def test_edge_values_are_rejected_not_errors(sensor: WebhookSensor) -> None:
    content = b'[{"kind": "smell", "start": "2026-11-20T08:00:00Z", "data": {"note": "\\ud800"}}, ' \
              b'{"kind": "smell", "start": "0001-01-01T00:00:00+05:00"}]'
    body = _post(sensor, content=content).json()
    assert body["accepted"] == 0 and [item["index"] for item in body["rejected"]] == [0, 1]
    assert "Unicode" in body["rejected"][0]["error"]


def test_polling_while_posts_arrive_loses_nothing(sensor: WebhookSensor) -> None:
    def post_many(worker: int) -> int:
        with httpx.Client(timeout=10) as client:
            return sum(
                _post(sensor, [_record(id=f"w{worker}-{n}-{m}") for m in range(5)], client=client).json()["accepted"]
                for n in range(20)
            )

    polled: list[str] = []
    with ThreadPoolExecutor(max_workers=3) as pool:
        futures = [pool.submit(post_many, worker) for worker in range(3)]
        while not all(future.done() for future in futures):
            polled.extend(obs.id for obs in sensor.poll())
            time.sleep(0.005)
        accepted = sum(future.result() for future in futures)
    polled.extend(obs.id for obs in sensor.poll())

    assert accepted == 300 and len(polled) == 300 and len(set(polled)) == 300
    assert (sensor.state_dir / SPOOL_FILE).read_text() == ""


def test_spool_survives_a_restart(tmp_path: Path) -> None:
    first = WebhookSensor(tmp_path, port=0)  # no token set: one is generated into the state folder
    token_file = tmp_path / TOKEN_FILE
    assert stat.S_IMODE(token_file.stat().st_mode) == 0o600
    assert first.token == token_file.read_text().strip()
    first.start()
    assert _post(first, {"observations": [_record(id="a"), _record(id="b")]}, token=first.token).json()["accepted"] == 2
    first.close()  # e.g. the agent crashed before polling

    second = WebhookSensor(tmp_path, port=0)
    try:
        assert second.token == first.token
        assert [obs.id for obs in second.poll()] == ["a", "b"]
        assert second.poll() == []
        assert second.url is not None  # the first poll started the endpoint
    finally:
        second.close()
    assert WebhookSensor(tmp_path, port=0).poll() == []


def test_health_reports_the_url_or_a_taken_port(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        blocked = WebhookSensor(tmp_path, port=port, token=TOKEN)
        health = blocked.health()
        assert health.status is HealthStatus.error and f"127.0.0.1:{port}" in health.reason
        assert blocked.poll() == []  # logs, does not raise
        blocked.close()

    settings_ = SensorSettings(webhook_port=0, webhook_token=TOKEN)
    working = SENSOR.from_settings(settings_, tmp_path)
    try:
        health = working.health()
        assert health.status is HealthStatus.ok and working.url and working.url in health.reason
        assert working.url.startswith("http://127.0.0.1:") and not working.url.endswith(":0")
    finally:
        working.close()
    assert working.health().status is HealthStatus.error
    assert SENSOR.name == "webhook"


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[WebhookSensor, httpx.Client]]:
    """One endpoint and one keep-alive client for all examples (a client per post costs ~40 ms)."""
    webhook = WebhookSensor(tmp_path_factory.mktemp("webhook-fuzz"), port=0, token=TOKEN)
    webhook.start()
    with httpx.Client(timeout=10) as client:
        yield webhook, client
    webhook.close()


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: st.lists(children, max_size=5) | st.dictionaries(st.text(max_size=10), children, max_size=5),
    max_leaves=30,
)
_iso_times = st.datetimes(timezones=st.timezones()).map(lambda d: d.isoformat())
_observation_like = st.fixed_dictionaries(
    {
        "kind": st.one_of(st.sampled_from(["smell", "taste", "sound", "touch"]), st.text(max_size=70)),
        "start": st.one_of(_iso_times, _iso_times, st.text(max_size=30), st.integers()),
    },
    optional={
        "id": st.one_of(st.none(), st.text(max_size=5), st.integers()),
        "end": st.one_of(_iso_times, st.integers()),
        "modality": st.sampled_from(["olfactory", "gustatory", "auditory", "tactile", "smell", ""]),
        "data": _json_values,
        "extra": _json_values,
    },
)
_bodies = st.one_of(
    _json_values,
    _observation_like,
    st.lists(_observation_like, max_size=5),
    st.dictionaries(st.just("observations"), st.one_of(_json_values, st.lists(_observation_like, max_size=5))),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(body=st.one_of(_bodies.map(lambda value: json.dumps(value).encode()), st.binary(max_size=200)))
def test_random_bodies_never_cause_a_server_error(fuzz_target: tuple[WebhookSensor, httpx.Client], body: bytes) -> None:
    response = _post(fuzz_target[0], content=body, client=fuzz_target[1])
    assert response.status_code < 500, response.text
    assert response.status_code in (200, 400)
    if response.status_code == 200:
        assert set(response.json()) == {"accepted", "ids", "rejected"}
