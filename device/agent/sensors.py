"""Which sensors the agent runs, and how often it polls each one.

A sensor class may declare ``poll_interval_s`` (a class attribute); the built-in ones get theirs
from ``DEFAULT_POLL_INTERVALS_S``. ``sensors.poll_intervals`` in the settings and ``--interval``
override both.
"""

from __future__ import annotations

import logging

from sensors.base import Sensor, SensorConfigError
from sensors.registry import SensorRegistry, UnknownSensorError
from shared.settings import DeviceSettings

logger = logging.getLogger(__name__)

DEFAULT_POLL_INTERVALS_S: dict[str, float] = {
    # Focus and input change by the second; a 5-10 s poll catches switches without busy-looping.
    "window": 5.0,
    "idle": 10.0,
    # Queues filled from outside (files, a phone, `tether log`) are cheap to drain often.
    "replay": 5.0,
    "webhook": 5.0,
    "manual": 5.0,
    "apps": 30.0,
    "shell": 30.0,
    "files": 30.0,
    # Load figures are averages over the span between polls; a minute is fine-grained enough.
    "system": 60.0,
    "activitywatch": 60.0,
    # Calendars and health exports change rarely and are expensive to read.
    "calendar": 900.0,
    "health": 3600.0,
}
FALLBACK_POLL_INTERVAL_S = 60.0


def poll_interval(sensor: Sensor, settings: DeviceSettings, override_s: float | None = None) -> float:
    """Seconds between polls of ``sensor``: ``override_s``, else settings, else the sensor's own."""
    if override_s is not None:
        return override_s
    configured = settings.sensors.poll_intervals.get(sensor.name)
    if configured is not None:
        return configured
    declared = getattr(type(sensor), "poll_interval_s", None)
    if isinstance(declared, (int, float)) and declared > 0:
        return float(declared)
    return DEFAULT_POLL_INTERVALS_S.get(sensor.name, FALLBACK_POLL_INTERVAL_S)


def build_sensors(settings: DeviceSettings, registry: SensorRegistry) -> tuple[list[Sensor], dict[str, str]]:
    """The enabled sensors, and the ones that could not be built with the reason for each."""
    sensors: list[Sensor] = []
    problems: dict[str, str] = {}
    for name in settings.sensors.enabled:
        try:
            cls = registry.get(name)
            state_dir = settings.device_dir / "sensors" / name
            state_dir.mkdir(parents=True, exist_ok=True)
            sensors.append(cls.from_settings(settings.sensors, state_dir))
        except (UnknownSensorError, SensorConfigError) as exc:
            problems[name] = f"error: {exc}"
            logger.warning("sensor %s not started: %s", name, exc)
    return sensors, problems
