"""ActivityWatchSensor: unit tests on aw-server's JSON shapes, then against a real aw-server."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Iterator

import httpx
import pytest

from sensors.activitywatch import CURSOR_FILE, SENSOR, ActivityWatchSensor, observation_id, parse_event
from sensors.base import HealthStatus
from shared.settings import SensorSettings
from tests.local_servers import free_port, running_server

ROOT = Path(__file__).resolve().parents[2]
T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)
URL = "http://aw.test:5600"


def _iso(value: datetime) -> str:
    return value.isoformat()  # aw-server writes "+00:00"; aw-server-rust writes "Z" (both accepted)


class FakeActivityWatch:
    """Answers like aw-server 0.12 (shapes recorded from it): newest first, clipped to start/end."""

    def __init__(self) -> None:
        self.buckets: dict[str, dict[str, Any]] = {}
        self.events: dict[str, list[dict[str, Any]]] = {}
        self.paths: list[str] = []
        self.failing: set[str] = set()

    def add_bucket(self, bucket_id: str, bucket_type: str) -> None:
        self.buckets[bucket_id] = {
            "id": bucket_id, "created": "2026-11-20T08:00:00.000000+00:00", "name": None, "type": bucket_type,
            "client": "aw-watcher", "hostname": "laptop", "data": {}, "last_updated": None,
        }
        self.events[bucket_id] = []

    def add(self, bucket_id: str, event_id: int | None, start: datetime, seconds: float, **data: Any) -> dict[str, Any]:
        event = {"timestamp": _iso(start), "duration": seconds, "data": data}
        if event_id is not None:
            event["id"] = event_id
        self.events[bucket_id].append(event)
        return event

    def handler(self, request: httpx.Request) -> httpx.Response:
        path = request.url.path
        self.paths.append(path)
        parts = path.removeprefix("/api/0/").rstrip("/").split("/")
        if parts == ["info"]:
            return httpx.Response(200, json={"hostname": "laptop", "version": "v0.12.0", "testing": True})
        if parts == ["buckets"]:
            return httpx.Response(200, json=self.buckets)
        bucket_id = parts[1]
        if bucket_id in self.failing:
            return httpx.Response(500, text="Internal Server Error")
        if bucket_id not in self.events:
            return httpx.Response(404, json={"message": f"There's no bucket named {bucket_id}"})
        if len(parts) == 4:
            found = [e for e in self.events[bucket_id] if str(e.get("id")) == parts[3]]
            return httpx.Response(200, json=found[0]) if found else httpx.Response(404, json=None)
        return httpx.Response(200, json=self._query(bucket_id, request.url.params))

    def _query(self, bucket_id: str, params: httpx.QueryParams) -> list[dict[str, Any]]:
        start = datetime.fromisoformat(params["start"]) if "start" in params else None
        end = datetime.fromisoformat(params["end"]) if "end" in params else None
        limit = int(params.get("limit", -1))
        chosen = []
        for event in self.events[bucket_id]:
            if "timestamp" not in event:  # a malformed record: passed through for the sensor to skip
                chosen.append(event)
                continue
            ts = datetime.fromisoformat(event["timestamp"])
            stop = ts + timedelta(seconds=event["duration"])
            if (start and stop < start) or (end and ts > end):
                continue
            clipped = dict(event)
            if start and ts < start:
                ts = start
            if end and stop > end:
                stop = end
            clipped.update(timestamp=_iso(ts), duration=(stop - ts).total_seconds())
            chosen.append(clipped)
        chosen.sort(key=lambda e: e.get("timestamp", ""), reverse=True)
        return chosen if limit < 0 else chosen[:limit]


@pytest.fixture
def fake() -> FakeActivityWatch:
    return FakeActivityWatch()


def _sensor(fake: FakeActivityWatch, state_dir: Path, **kwargs: Any) -> ActivityWatchSensor:
    return ActivityWatchSensor(URL, state_dir, transport=httpx.MockTransport(fake.handler), **kwargs)


def test_bucket_types_map_to_kinds_with_deterministic_ids(fake: FakeActivityWatch, tmp_path: Path) -> None:
    fake.add_bucket("aw-watcher-window_laptop", "currentwindow")
    fake.add_bucket("aw-watcher-afk_laptop", "afkstatus")
    fake.add_bucket("aw-watcher-web-firefox", "web.tab.current")
    fake.add_bucket("aw-watcher-vim_laptop", "app.editor.activity")
    fake.add("aw-watcher-window_laptop", 7, T0, 95.5, app="Firefox", title="Tether docs")
    fake.add("aw-watcher-afk_laptop", 1, T0, 600.0, status="not-afk")
    fake.add("aw-watcher-afk_laptop", 2, T0 + timedelta(minutes=10), 300.0, status="afk")
    fake.add("aw-watcher-web-firefox", 3, T0, 40.0, url="https://example.org/", title="Example", audible=False)
    fake.add("aw-watcher-vim_laptop", 4, T0 + timedelta(seconds=1), 0.0, file="notes.md", language="markdown")

    observations = {obs.id: obs for obs in _sensor(fake, tmp_path).poll()}

    window = observations["aw-aw-watcher-window_laptop-7"]
    assert (window.sensor, window.kind, window.modality.value) == ("activitywatch", "computer", "digital")
    assert window.data == {"app": "Firefox", "title": "Tether docs"}
    assert (window.start, window.end) == (T0, T0 + timedelta(seconds=95.5))
    assert observations["aw-aw-watcher-afk_laptop-1"].data == {"afk": False}
    assert observations["aw-aw-watcher-afk_laptop-2"].data == {"afk": True}
    assert observations["aw-aw-watcher-afk_laptop-2"].kind == "afk"
    web = observations["aw-aw-watcher-web-firefox-3"]
    assert web.kind == "browsing" and web.data == {"url": "https://example.org/", "title": "Example", "audible": False}
    editor = observations["aw-aw-watcher-vim_laptop-4"]
    assert editor.kind == "aw_event" and editor.end is None  # zero duration: an instant
    assert editor.data == {"bucket_type": "app.editor.activity", "file": "notes.md", "language": "markdown"}
    assert len(observations) == 5


def test_second_poll_is_empty_and_an_extended_event_comes_again(fake: FakeActivityWatch, tmp_path: Path) -> None:
    fake.add_bucket("win", "currentwindow")
    fake.add("win", 1, T0, 60.0, app="vim", title="a")
    last = fake.add("win", 2, T0 + timedelta(minutes=1), 30.0, app="bash", title="b")
    sensor = _sensor(fake, tmp_path)
    assert [obs.id for obs in sensor.poll()] == ["aw-win-1", "aw-win-2"]
    assert sensor.poll() == []

    last["duration"] = 900.0  # heartbeats merged into the last event: same id, longer
    (extended,) = sensor.poll()
    assert extended.id == "aw-win-2"
    assert (extended.start, extended.end) == (T0 + timedelta(minutes=1), T0 + timedelta(minutes=16))

    # The next query starts 5 minutes before the cursor, inside event 2, so the server clips it;
    # the sensor restores its true start from what it remembered, even after a restart.
    last["duration"] = 960.0
    restarted = _sensor(fake, tmp_path)
    (again,) = restarted.poll()
    assert (again.start, again.end) == (T0 + timedelta(minutes=1), T0 + timedelta(minutes=17))
    assert restarted.poll() == []
    assert not any("/events/" in path for path in fake.paths)  # no single-event fetch was needed
    saved = json.loads((tmp_path / CURSOR_FILE).read_text())
    assert saved["buckets"]["win"]["cursor"] == "2026-11-20T09:17:00+00:00"


def test_a_clipped_event_it_does_not_remember_is_fetched_whole(fake: FakeActivityWatch, tmp_path: Path) -> None:
    fake.add_bucket("win", "currentwindow")
    fake.add("win", 5, T0, 3600.0, app="zoom", title="standup")
    cursor = {"version": 1, "buckets": {"win": {"cursor": _iso(T0 + timedelta(minutes=50)), "recent": {}}}}
    (tmp_path / CURSOR_FILE).write_text(json.dumps(cursor))

    (obs,) = _sensor(fake, tmp_path).poll()

    assert (obs.start, obs.end) == (T0, T0 + timedelta(hours=1))
    assert "/api/0/buckets/win/events/5" in fake.paths


def test_pages_through_more_events_than_one_request_returns(fake: FakeActivityWatch, tmp_path: Path) -> None:
    fake.add_bucket("win", "currentwindow")
    for n in range(7):
        fake.add("win", n, T0 + timedelta(minutes=n), 50.0, app=f"app{n}", title="")
    fake.add("win", 99, T0 + timedelta(minutes=1, seconds=30), 600.0, app="overlapping", title="")

    observations = _sensor(fake, tmp_path, page_size=3).poll()

    assert sorted(obs.id for obs in observations) == sorted([f"aw-win-{n}" for n in range(7)] + ["aw-win-99"])
    overlapping = next(obs for obs in observations if obs.id == "aw-win-99")
    assert overlapping.end == T0 + timedelta(minutes=11, seconds=30)  # clipped at a page bound, restored
    assert all(obs.duration_s == 50.0 for obs in observations if obs.id != "aw-win-99")


def test_event_without_id_gets_a_stable_hash_id(fake: FakeActivityWatch, tmp_path: Path) -> None:
    fake.add_bucket("imported", "currentwindow")
    fake.add("imported", None, T0, 10.0, app="a", title="t")
    (first,) = _sensor(fake, tmp_path).poll()
    assert first.id == observation_id("imported", None, _iso(T0)) != observation_id("other", None, _iso(T0))
    assert first.id.startswith("aw-imported-") and len(first.id) == len("aw-imported-") + 16
    (tmp_path / CURSOR_FILE).unlink()
    assert [obs.id for obs in _sensor(fake, tmp_path).poll()] == [first.id]


def test_a_failing_bucket_skips_only_itself_and_is_retried(fake: FakeActivityWatch, tmp_path: Path, caplog) -> None:
    fake.add_bucket("good", "currentwindow")
    fake.add_bucket("bad", "afkstatus")
    fake.add("good", 1, T0, 5.0, app="a", title="t")
    fake.add("bad", 1, T0, 5.0, status="afk")
    fake.events["good"].append({"id": 2, "duration": 1.0, "data": {}})  # no timestamp: skipped
    fake.failing.add("bad")
    sensor = _sensor(fake, tmp_path)

    assert [obs.id for obs in sensor.poll()] == ["aw-good-1"]
    assert "skipped ActivityWatch bucket bad" in caplog.text and "malformed event" in caplog.text

    fake.failing.clear()
    assert [obs.id for obs in sensor.poll()] == ["aw-bad-1"]


@pytest.mark.parametrize(
    "raw",
    [
        {"id": 1, "timestamp": "0001-01-01T00:00:00+05:00", "duration": 1.0, "data": {}},
        {"id": 1, "timestamp": "2026-11-20T09:00:00+00:00", "duration": 1e300, "data": {}},
        {"id": 1, "timestamp": "2026-11-20T09:00:00+00:00", "duration": "long", "data": {}},
        {"id": 1, "timestamp": "yesterday", "duration": 1.0, "data": {}},
        ["not", "an", "event"],
    ],
)
def test_malformed_events_raise_value_error(raw: Any) -> None:
    with pytest.raises(ValueError):
        parse_event("b", raw)


def test_unreadable_cursor_file_means_importing_again(fake: FakeActivityWatch, tmp_path: Path) -> None:
    fake.add_bucket("win", "currentwindow")
    fake.add("win", 1, T0, 5.0, app="a", title="t")
    (tmp_path / CURSOR_FILE).write_text("{not json")
    assert [obs.id for obs in _sensor(fake, tmp_path).poll()] == ["aw-win-1"]


def test_health_and_poll_without_url_or_server(fake: FakeActivityWatch, tmp_path: Path) -> None:
    unset = ActivityWatchSensor.from_settings(SensorSettings(), tmp_path)
    assert unset.health().status is HealthStatus.unavailable
    assert "TETHER_SENSORS__ACTIVITYWATCH_URL" in unset.health().reason
    assert unset.poll() == []

    assert _sensor(fake, tmp_path).health().status is HealthStatus.ok

    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError("Connection refused", request=request)

    down = ActivityWatchSensor(URL, tmp_path, transport=httpx.MockTransport(refuse))
    health = down.health()
    assert health.status is HealthStatus.error
    assert health.reason.startswith(f"cannot reach ActivityWatch at {URL}: ")
    assert down.poll() == []
    down.close()
    assert SENSOR is ActivityWatchSensor and SENSOR.name == "activitywatch"


# -- against a real aw-server ----------------------------------------------------------------


@pytest.fixture(scope="session")
def aw_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real aw-server (own virtualenv, made by scripts/aw-server-venv) on a free port; yields its URL."""
    made = subprocess.run([str(ROOT / "scripts" / "aw-server-venv")], capture_output=True, text=True, timeout=600)
    if made.returncode != 0:
        pytest.fail(f"scripts/aw-server-venv failed:\n{made.stderr}")
    home = tmp_path_factory.mktemp("aw-home")
    env = {**os.environ, "HOME": str(home)}  # it writes its database, config and logs nowhere else
    env.update({f"XDG_{part}_HOME": str(home / part.lower()) for part in ("DATA", "CONFIG", "CACHE", "STATE")})
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    argv = [made.stdout.strip(), "--testing", "--host", "127.0.0.1", "--port", str(port)]
    with running_server(argv, f"{url}/api/0/info", home / "aw-server.log", 60, "aw-server", env=env, cwd=home):
        yield url


def _heartbeat(client: httpx.Client, bucket: str, at: datetime, **data: Any) -> None:
    event = {"timestamp": _iso(at), "duration": 0, "data": data}
    client.post(f"/api/0/buckets/{bucket}/heartbeat", params={"pulsetime": 60}, json=event).raise_for_status()


def test_imports_from_a_real_aw_server_incrementally(aw_server: str, tmp_path: Path) -> None:
    client = httpx.Client(base_url=aw_server, timeout=10)
    for bucket, bucket_type in (("aw-watcher-window_t", "currentwindow"), ("aw-watcher-afk_t", "afkstatus"), ("notes_t", "notes")):
        body = {"client": "tether-test", "type": bucket_type, "hostname": "t"}
        client.post(f"/api/0/buckets/{bucket}", json=body).raise_for_status()
    for seconds in (0, 20, 40):  # three heartbeats within pulsetime: one event of 40 s
        _heartbeat(client, "aw-watcher-window_t", T0 + timedelta(seconds=seconds), app="vim", title="notes.md")
    _heartbeat(client, "aw-watcher-window_t", T0 + timedelta(seconds=50), app="firefox", title="Docs")
    afk = [{"timestamp": _iso(T0), "duration": 600.0, "data": {"status": "not-afk"}}]
    client.post("/api/0/buckets/aw-watcher-afk_t/events", json=afk).raise_for_status()
    client.post("/api/0/buckets/notes_t/events", json=[{"timestamp": _iso(T0), "duration": 0, "data": {"text": "hi"}}]).raise_for_status()

    sensor = ActivityWatchSensor(aw_server, tmp_path)
    assert sensor.health().status is HealthStatus.ok
    first = sensor.poll()
    by_kind = {(obs.kind, obs.data.get("app")): obs for obs in first}
    assert len(first) == 4
    vim = by_kind[("computer", "vim")]
    assert (vim.start, vim.end, vim.data) == (T0, T0 + timedelta(seconds=40), {"app": "vim", "title": "notes.md"})
    assert vim.id.startswith("aw-aw-watcher-window_t-")
    assert by_kind[("afk", None)].data == {"afk": False} and by_kind[("afk", None)].duration_s == 600
    assert by_kind[("aw_event", None)].data == {"bucket_type": "notes", "text": "hi"}
    firefox = by_kind[("computer", "firefox")]
    assert firefox.end is None  # a single heartbeat has no duration yet
    assert sensor.poll() == []

    # The person keeps reading the docs: heartbeats extend the last event past the 5-minute overlap.
    for seconds in (100, 150, 200, 250, 300, 350, 400, 450):
        _heartbeat(client, "aw-watcher-window_t", T0 + timedelta(seconds=seconds), app="firefox", title="Docs")
    (extended,) = sensor.poll()
    assert (extended.id, extended.start, extended.end) == (firefox.id, T0 + timedelta(seconds=50), T0 + timedelta(seconds=450))
    sensor.close()

    # A new process resumes from the saved cursors; the server clips the long event, the true start stays.
    _heartbeat(client, "aw-watcher-window_t", T0 + timedelta(seconds=500), app="firefox", title="Docs")
    resumed = ActivityWatchSensor(aw_server, tmp_path)
    (again,) = resumed.poll()
    assert (again.id, again.start, again.end) == (firefox.id, T0 + timedelta(seconds=50), T0 + timedelta(seconds=500))
    assert resumed.poll() == []
    resumed.close()
    client.close()
