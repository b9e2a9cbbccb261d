"""SystemSensor with real psutil readings (and psutil failures forced where that is the point)."""

from __future__ import annotations

import subprocess
import time
from collections import namedtuple
from typing import Any

import psutil
import pytest

from sensors.base import HealthStatus
from sensors.system import SENSOR, SystemSensor
from shared.observation import Modality

FakeBattery = namedtuple("FakeBattery", "percent secsleft power_plugged")


def test_poll_returns_one_well_formed_observation() -> None:
    sensor = SystemSensor()
    time.sleep(0.2)

    [observation] = sensor.poll()

    assert observation.sensor == "system"
    assert observation.kind == "computer_load"
    assert observation.modality is Modality.digital
    assert observation.id.startswith(f"system-{sensor.hostname}-")
    assert observation.start.utcoffset() is not None
    assert observation.end is not None and observation.end >= observation.start
    data = observation.data
    assert 0.0 <= data["cpu_percent"] <= 100.0
    assert 0.0 < data["memory_percent"] <= 100.0
    assert isinstance(data["top_processes"], list)
    for entry in data["top_processes"]:
        assert isinstance(entry["name"], str) and entry["name"]
        assert entry["cpu_percent"] > 0
    if "battery_percent" in data:
        assert 0.0 <= data["battery_percent"] <= 100.0
    assert sensor.health().status is HealthStatus.ok


def test_consecutive_polls_have_unique_ids_and_adjoining_spans() -> None:
    sensor = SystemSensor()

    observations = [obs for _ in range(5) for obs in sensor.poll()]

    assert len({obs.id for obs in observations}) == 5
    for earlier, later in zip(observations, observations[1:]):
        assert later.start == earlier.end


def test_busy_process_shows_up_in_top_processes(busy_child: subprocess.Popen[bytes]) -> None:
    sensor = SystemSensor(top_n=3)
    time.sleep(0.6)

    [observation] = sensor.poll()

    top = observation.data["top_processes"]
    assert 1 <= len(top) <= 3
    assert top[0]["cpu_percent"] >= 20.0  # the child spins a whole core
    assert top == sorted(top, key=lambda entry: -entry["cpu_percent"])


def test_access_denied_while_listing_processes_does_not_crash(monkeypatch: pytest.MonkeyPatch) -> None:
    sensor = SystemSensor()

    def denied(*args: Any, **kwargs: Any) -> Any:
        raise psutil.AccessDenied(pid=1)

    monkeypatch.setattr(psutil, "process_iter", denied)

    [observation] = sensor.poll()
    assert observation.data["top_processes"] == []


def test_battery_fields_only_where_there_is_a_battery(monkeypatch: pytest.MonkeyPatch) -> None:
    sensor = SystemSensor()
    monkeypatch.setattr(psutil, "sensors_battery", lambda: FakeBattery(57.34, 3600, True), raising=False)
    [with_battery] = sensor.poll()
    assert with_battery.data["battery_percent"] == 57.3
    assert with_battery.data["plugged"] is True

    monkeypatch.setattr(psutil, "sensors_battery", lambda: None, raising=False)
    [without_battery] = sensor.poll()
    assert "battery_percent" not in without_battery.data
    assert "plugged" not in without_battery.data


def test_failed_reading_is_reported_through_health(monkeypatch: pytest.MonkeyPatch) -> None:
    sensor = SystemSensor()

    def broken() -> Any:
        raise psutil.AccessDenied(msg="no /proc here")

    with monkeypatch.context() as patch:
        patch.setattr(psutil, "virtual_memory", broken)
        assert sensor.poll() == []
        health = sensor.health()
        assert health.status is HealthStatus.error
        assert "no /proc here" in health.reason

    assert len(sensor.poll()) == 1
    assert sensor.health().status is HealthStatus.ok


def test_module_exposes_the_sensor_class() -> None:
    assert SENSOR is SystemSensor
    assert SystemSensor.name == "system"
    with pytest.raises(ValueError, match="top_n"):
        SystemSensor(top_n=-1)


def test_network_traffic_is_measured_between_polls() -> None:
    import socket

    sensor = SystemSensor()
    first = sensor.poll()[0]
    assert first.data["net_sent_bytes"] == 0 and isinstance(first.data["network_up"], bool)
    # Real traffic over loopback counts in the machine's totals.
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen()
        with socket.create_connection(server.getsockname()) as client:
            conn, _ = server.accept()
            client.sendall(b"x" * 200_000)
            received = 0
            while received < 200_000:
                received += len(conn.recv(65536))
            conn.close()
    second = sensor.poll()[0]
    assert second.data["net_sent_bytes"] >= 200_000 and second.data["net_recv_bytes"] >= 200_000
