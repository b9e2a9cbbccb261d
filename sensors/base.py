"""The sensor interface (the hook every sensor implements)."""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import ClassVar

from shared.observation import Observation
from shared.settings import SensorSettings


class HealthStatus(str, Enum):
    """Whether a sensor can currently produce observations."""

    ok = "ok"
    unavailable = "unavailable"
    error = "error"


@dataclass(frozen=True)
class SensorHealth:
    """A sensor's health, with a reason a person can act on when not ok."""

    status: HealthStatus
    reason: str = ""


class Sensor(ABC):
    """A source of observations.

    A sensor is polled: each ``poll()`` returns the observations that are new since the last poll.
    It never raises for an unavailable platform feature; it reports that through ``health()``.
    """

    name: ClassVar[str]
    """Registry name, also written into ``Observation.sensor``."""

    @abstractmethod
    def poll(self) -> list[Observation]:
        """Observations that are new since the previous poll."""

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "Sensor":
        """Build the sensor from the device's settings; ``state_dir`` is its own folder for cursors.

        Sensors with required options override this and raise ``SensorConfigError`` naming the
        setting when it is missing.
        """
        return cls()

    def health(self) -> SensorHealth:
        """Whether the sensor works here; ok unless a subclass knows better."""
        return SensorHealth(HealthStatus.ok)

    def probe(self) -> SensorHealth:
        """Health as a command that does not run the sensor sees it (``tether sensors``): starts
        nothing, so it reports only what is true without it; default: ``health()``."""
        return self.health()

    def close(self) -> None:
        """Release files, threads or sockets (default: nothing to release)."""


class SensorConfigError(ValueError):
    """A sensor is enabled but a setting it needs is missing or wrong; the message names it."""
