"""How often the agent polls each sensor, and which sensors it builds."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from device.agent.sensors import DEFAULT_POLL_INTERVALS_S, FALLBACK_POLL_INTERVAL_S, build_sensors, poll_interval
from sensors.base import Sensor
from sensors.registry import load_default_registry
from shared.settings import DeviceSettings, SensorSettings


class _Declares(Sensor):
    name: ClassVar[str] = "declares"
    poll_interval_s: ClassVar[float] = 7.5

    def poll(self):
        return []


class _Silent(Sensor):
    name: ClassVar[str] = "silent"

    def poll(self):
        return []


def test_interval_precedence_flag_then_settings_then_class_then_defaults(tmp_path: Path) -> None:
    settings = DeviceSettings(home=tmp_path, sensors=SensorSettings(poll_intervals={"declares": 3.0}))
    plain = DeviceSettings(home=tmp_path)
    assert poll_interval(_Declares(), settings, override_s=1.0) == 1.0
    assert poll_interval(_Declares(), settings) == 3.0
    assert poll_interval(_Declares(), plain) == 7.5
    assert poll_interval(_Silent(), plain) == FALLBACK_POLL_INTERVAL_S
    system = load_default_registry().get("system")()
    assert poll_interval(system, plain) == DEFAULT_POLL_INTERVALS_S["system"]


def test_every_registered_sensor_has_a_default_interval() -> None:
    assert set(load_default_registry().names()) <= set(DEFAULT_POLL_INTERVALS_S)


def test_build_sensors_reports_the_ones_it_cannot_build(tmp_path: Path) -> None:
    settings = DeviceSettings(home=tmp_path, sensors=SensorSettings(enabled=["manual", "replay", "nope"]))
    sensors, problems = build_sensors(settings, load_default_registry())
    assert [s.name for s in sensors] == ["manual"]
    assert problems["nope"].startswith("error: unknown sensor 'nope'")
    assert problems["replay"] == "error: the replay sensor needs a file: use `tether agent --replay FILE`"
    for sensor in sensors:
        sensor.close()
