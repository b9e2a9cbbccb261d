"""CalendarSensor with real files and a real HTTP server on loopback."""

from __future__ import annotations

import shutil
import socket
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sensors.base import HealthStatus, SensorConfigError
from sensors.calendar import SENSOR, CalendarSensor, CalendarSource
from shared.settings import SensorSettings

FIXTURES = Path(__file__).parent / "fixtures" / "calendar"
BERLIN = ZoneInfo("Europe/Berlin")


class Clock:
    """A settable clock for the sensor's notion of now."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
        pass


@pytest.fixture
def ics_server() -> Iterator[str]:
    """Base URL of a real HTTP server on 127.0.0.1 serving the calendar fixtures."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(FIXTURES)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _sensor(sources: list[str], clock: Clock) -> CalendarSensor:
    return CalendarSensor(sources, default_tz=BERLIN, clock=clock)


def test_poll_returns_the_window_once_and_then_only_new_instances() -> None:
    clock = Clock(datetime(2026, 10, 20, 12, 0, tzinfo=timezone.utc))
    sensor = _sensor([str(FIXTURES / "work.ics"), str(FIXTURES / "personal.ics")], clock)

    first = sensor.poll()
    # Window: 19 Oct 12:00 to 27 Oct 12:00 UTC.
    assert [(obs.data["calendar"], obs.data["title"]) for obs in first] == [
        ("Personal", "Yoga (online, New York studio)"),
        ("Work", "Team standup"),
        ("Work", "Call with the Tokyo office"),
        ("Work", "Dentist"),
        ("Work", "Database migration (night of the clock change)"),
        ("Work", "Team standup"),
        ("Personal", "Mila's birthday"),
    ]
    assert all(obs.sensor == "calendar" for obs in first)
    assert sensor.health().status is HealthStatus.ok
    assert sensor.poll() == []

    clock.now += timedelta(days=2)
    assert [(obs.start, obs.data["title"]) for obs in sensor.poll()] == [
        (datetime(2026, 10, 27, 22, 30, tzinfo=timezone.utc), "Yoga (online, New York studio)"),
        (datetime(2026, 10, 28, 23, 0, tzinfo=timezone.utc), "Autumn holiday"),
    ]


def test_a_new_sensor_returns_the_same_ids() -> None:
    clock = Clock(datetime(2026, 10, 20, 12, 0, tzinfo=timezone.utc))
    path = str(FIXTURES / "work.ics")
    assert [obs.id for obs in _sensor([path], clock).poll()] == [obs.id for obs in _sensor([path], clock).poll()]


def test_url_source_over_real_http(ics_server: str) -> None:
    clock = Clock(datetime(2026, 10, 20, 12, 0, tzinfo=timezone.utc))
    from_url = _sensor([f"{ics_server}/work.ics"], clock)
    from_file = _sensor([str(FIXTURES / "work.ics")], clock)
    try:
        via_http = from_url.poll()
        assert via_http and [obs.to_json() for obs in via_http] == [obs.to_json() for obs in from_file.poll()]
        assert from_url.health().status is HealthStatus.ok
    finally:
        from_url.close()


def test_failing_url_is_an_error_naming_it_without_its_secret(ics_server: str) -> None:
    clock = Clock(datetime(2026, 10, 20, 12, 0, tzinfo=timezone.utc))
    sensor = _sensor([f"{ics_server}/private-s3cr3t/missing.ics?token=hunter2", str(FIXTURES / "work.ics")], clock)
    try:
        observations = sensor.poll()
        health = sensor.health()
    finally:
        sensor.close()

    assert observations, "the good source is still read"
    assert health.status is HealthStatus.error
    assert f"{ics_server}/private-s3cr3t/missing.ics" in health.reason
    assert "404" in health.reason
    assert "hunter2" not in health.reason


def test_unreachable_url_is_an_error() -> None:
    with socket.socket() as probe:  # a port that was free a moment ago: nothing listens there
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    sensor = CalendarSensor([f"http://127.0.0.1:{port}/cal.ics"], timeout_s=2.0)
    try:
        assert sensor.poll() == []
        health = sensor.health()
    finally:
        sensor.close()
    assert health.status is HealthStatus.error
    assert f"http://127.0.0.1:{port}/cal.ics could not be fetched" in health.reason


def test_missing_then_appearing_file(tmp_path: Path) -> None:
    path = tmp_path / "team.ics"
    clock = Clock(datetime(2026, 10, 20, 12, 0, tzinfo=timezone.utc))
    sensor = _sensor([str(path)], clock)

    health = sensor.health()
    assert health.status is HealthStatus.error
    assert str(path) in health.reason
    assert sensor.poll() == []

    shutil.copy(FIXTURES / "work.ics", path)
    assert sensor.poll()
    assert sensor.health().status is HealthStatus.ok


def test_unparsable_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "login.ics"
    path.write_text("<html><body>Please sign in</body></html>", encoding="utf-8")
    sensor = CalendarSensor([str(path)])

    assert sensor.poll() == []
    health = sensor.health()
    assert health.status is HealthStatus.error
    assert str(path) in health.reason and "unreadable" in health.reason


def test_unconfigured_sensor_says_what_to_set(tmp_path: Path) -> None:
    sensor = CalendarSensor.from_settings(SensorSettings(), tmp_path)

    health = sensor.health()
    assert health.status is HealthStatus.unavailable
    assert "TETHER_SENSORS__CALENDAR_ICS" in health.reason
    assert sensor.poll() == []


def test_from_settings_reads_calendar_ics(tmp_path: Path) -> None:
    settings = SensorSettings(calendar_ics=[str(FIXTURES / "work.ics"), "https://cal.example.lan/team.ics"])
    sensor = CalendarSensor.from_settings(settings, tmp_path)

    assert [source.location for source in sensor.sources] == settings.calendar_ics
    assert sensor.sources[0].path == FIXTURES / "work.ics"
    assert sensor.sources[1].url == "https://cal.example.lan/team.ics"


@pytest.mark.parametrize("value", ["ftp://example.com/cal.ics", "webcal://example.com/cal.ics", "  "])
def test_unsupported_source_is_a_config_error(value: str) -> None:
    with pytest.raises(SensorConfigError, match="calendar_ics"):
        CalendarSource.parse(value)


def test_source_names_and_labels() -> None:
    url = CalendarSource.parse("https://me:pw@cal.example.lan:8443/dav/team.ics?export&token=x")
    assert url.label == "https://cal.example.lan:8443/dav/team.ics"
    assert url.fallback_name == "team"
    assert CalendarSource.parse("file:///srv/cal/home.ics").path == Path("/srv/cal/home.ics")
    assert CalendarSource.parse("~/cal.ics").path == Path.home() / "cal.ics"


def test_module_exposes_the_sensor_class() -> None:
    assert SENSOR is CalendarSensor
    assert SENSOR.name == "calendar"
