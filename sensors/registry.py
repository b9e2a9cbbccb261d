"""Sensor registry: built-in sensors register through the same path as third-party ones.

A new sensor is one module defining a ``Sensor`` subclass plus one line: its module name in
``DEFAULT_SENSOR_MODULES`` (or a call to ``register`` from a plugin).
"""

from __future__ import annotations

import importlib
from typing import Iterator

from sensors.base import Sensor

DEFAULT_SENSOR_MODULES: tuple[str, ...] = (
    "sensors.replay",
    "sensors.system",
    "sensors.manual",
    "sensors.window",
    "sensors.idle",
    "sensors.apps",
    "sensors.shell",
    "sensors.files",
    "sensors.activitywatch",
    "sensors.webhook",
    "sensors.calendar",
    "sensors.health",
)


class UnknownSensorError(KeyError):
    """No sensor is registered under that name."""

    def __str__(self) -> str:
        return str(self.args[0])


class SensorRegistry:
    """Name -> sensor class."""

    def __init__(self) -> None:
        self._classes: dict[str, type[Sensor]] = {}

    def register(self, cls: type[Sensor]) -> type[Sensor]:
        """Register a sensor class under its ``name`` (usable as a decorator)."""
        if not getattr(cls, "name", None):
            raise ValueError(f"{cls.__name__} has no sensor name")
        self._classes[cls.name] = cls
        return cls

    def unregister(self, name: str) -> None:
        """Remove a sensor (tests register fakes and remove them afterwards)."""
        self._classes.pop(name, None)

    def get(self, name: str) -> type[Sensor]:
        """The sensor class registered as ``name``."""
        try:
            return self._classes[name]
        except KeyError:
            known = ", ".join(sorted(self._classes)) or "none"
            raise UnknownSensorError(f"unknown sensor {name!r}; known sensors: {known}") from None

    def names(self) -> list[str]:
        """Registered sensor names, sorted."""
        return sorted(self._classes)

    def __iter__(self) -> Iterator[type[Sensor]]:
        return iter(self._classes.values())


def load_default_registry(modules: tuple[str, ...] = DEFAULT_SENSOR_MODULES) -> SensorRegistry:
    """A registry holding the built-in sensors: each module exposes ``SENSOR`` (its class)."""
    registry = SensorRegistry()
    for module_name in modules:
        registry.register(importlib.import_module(module_name).SENSOR)
    return registry
