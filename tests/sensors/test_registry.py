"""The sensor registry: built-ins load through it, and a plugin can register and leave again."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import pytest

from sensors.base import Sensor
from sensors.registry import DEFAULT_SENSOR_MODULES, SensorRegistry, UnknownSensorError, load_default_registry
from shared.observation import Observation


class FakeSensor(Sensor):
    """A plugin sensor that never observes anything."""

    name: ClassVar[str] = "fake"

    def poll(self) -> list[Observation]:
        return []


@pytest.fixture
def registry() -> SensorRegistry:
    return load_default_registry()


@pytest.fixture
def registry_with_fake(registry: SensorRegistry) -> Iterator[SensorRegistry]:
    registry.register(FakeSensor)
    yield registry
    registry.unregister(FakeSensor.name)


def test_default_registry_holds_the_built_in_sensors(registry: SensorRegistry) -> None:
    assert {"replay", "system", "manual"} <= set(registry.names())
    assert len(registry.names()) == len(DEFAULT_SENSOR_MODULES)
    for name in registry.names():
        cls = registry.get(name)
        assert issubclass(cls, Sensor)
        assert cls.name == name


def test_a_plugin_registers_and_unregisters(registry_with_fake: SensorRegistry) -> None:
    assert registry_with_fake.get("fake") is FakeSensor
    assert FakeSensor in list(registry_with_fake)

    registry_with_fake.unregister("fake")

    assert "fake" not in registry_with_fake.names()
    assert {"replay", "system", "manual"} <= set(registry_with_fake.names())


def test_unknown_sensor_lists_the_known_ones(registry: SensorRegistry) -> None:
    with pytest.raises(UnknownSensorError) as raised:
        registry.get("telepathy")
    message = str(raised.value)
    assert "telepathy" in message
    for name in ("manual", "replay", "system"):
        assert name in message
