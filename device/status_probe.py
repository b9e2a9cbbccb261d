"""What the status panel shows: server health, engine metrics, outbox, agent and sensors.

Plain data and blocking probes (network, SQLite, sensor health); the TUI calls them from thread
workers only.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field

import httpx

from device.agent.status import AgentStatus
from device.client.api import ServerApi, ServerError
from shared.settings import DeviceSettings
from shared.wire import PhaseMetrics

logger = logging.getLogger(__name__)

METRICS_TIMEOUT_S = 3.0


@dataclass(frozen=True)
class ServerStatus:
    """Whether the server answers its health check, and what it says."""

    description: str
    reachable: bool
    version: str | None = None
    memories: int | None = None
    error: str | None = None


@dataclass(frozen=True)
class EngineStats:
    """Averages over answers: from the server's ``/metrics`` or from this session's answers."""

    source: str
    """``/metrics`` or ``this session``."""
    answers: int = 0
    decode_tokens: int | None = None
    ttft_ms: float | None = None
    prefill_ms: float | None = None
    ms_per_output_token: float | None = None
    waiting: int | None = None
    device_answers: int = 0
    """Answers this session made on the device (the server was unreachable): not in the server's numbers."""

    @property
    def tokens_per_s(self) -> float | None:
        """Decode speed, from the mean time per output token."""
        return None if not self.ms_per_output_token else 1000.0 / self.ms_per_output_token


@dataclass(frozen=True)
class SensorRow:
    """One enabled sensor and its health (as the agent last saw it, or probed here)."""

    name: str
    status: str
    reason: str = ""


@dataclass(frozen=True)
class DeviceStatus:
    """The device side: outbox, local store, the agent's last status, sensors."""

    outbox_depth: int
    observations: int
    agent: AgentStatus | None
    sensors: list[SensorRow] = field(default_factory=list)
    sensors_source: str = "probed here"
    disabled: list[str] = field(default_factory=list)


def probe_server(server: ServerApi) -> ServerStatus:
    """The server's health, or why it cannot be reached."""
    try:
        health = server.health()
    except ServerError as exc:
        return ServerStatus(server.description, False, error=str(exc))
    return ServerStatus(server.description, True, health.version, health.memories)


def parse_prometheus(text: str) -> EngineStats:
    """Means of the engine histograms in a ``/metrics`` exposition."""
    from prometheus_client.parser import text_string_to_metric_families

    values: dict[str, float] = {}
    for family in text_string_to_metric_families(text):
        for sample in family.samples:
            if not sample.labels or sample.name.endswith("_total"):
                values[sample.name] = values.get(sample.name, 0.0) + sample.value

    def mean(name: str) -> float | None:
        count = values.get(f"{name}_count", 0.0)
        return round(values.get(f"{name}_sum", 0.0) / count, 1) if count else None

    waiting = values.get("tether_engine_waiting")
    return EngineStats(
        source="/metrics",
        answers=int(values.get("tether_ttft_ms_count", 0)),
        decode_tokens=int(values.get("tether_decode_tokens_total", 0)),
        ttft_ms=mean("tether_ttft_ms"),
        prefill_ms=mean("tether_prefill_ms"),
        ms_per_output_token=mean("tether_ms_per_output_token"),
        waiting=None if waiting is None else int(waiting),
    )


def fetch_engine_stats(settings: DeviceSettings, transport: httpx.BaseTransport | None = None) -> EngineStats | None:
    """The remote server's ``/metrics``; None in embedded mode or when it cannot be read."""
    if not settings.server_url:
        return None
    headers = {"Authorization": f"Bearer {settings.token}"} if settings.token else {}
    try:
        with httpx.Client(base_url=settings.server_url.rstrip("/"), headers=headers, timeout=METRICS_TIMEOUT_S,
                          transport=transport) as client:
            response = client.get("/metrics")
            response.raise_for_status()
    except httpx.HTTPError as exc:
        logger.info("server metrics unavailable: %s", exc)
        return None
    return parse_prometheus(response.text)


def session_engine_stats(metrics: Iterable[PhaseMetrics], device_answers: int = 0) -> EngineStats:
    """Means over the server answers of this session (embedded mode has no ``/metrics`` to read);
    ``device_answers`` counts the answers made on the device instead."""
    answers = [m for m in metrics if m.ttft_ms is not None]

    def mean(values: list[float | None]) -> float | None:
        known = [v for v in values if v is not None]
        return round(sum(known) / len(known), 1) if known else None

    return EngineStats(
        source="this session",
        answers=len(answers),
        decode_tokens=sum(m.decode_tokens or 0 for m in answers) if answers else None,
        ttft_ms=mean([m.ttft_ms for m in answers]),
        prefill_ms=mean([m.prefill_ms for m in answers]),
        ms_per_output_token=mean([m.ms_per_output_token for m in answers]),
        device_answers=device_answers,
    )


def agent_is_running(agent: AgentStatus | None) -> bool:
    """Whether the agent says it runs (older status files do not say: then trust their presence)."""
    return agent is not None and getattr(agent, "running", True) is not False


def sensor_rows(settings: DeviceSettings, agent: AgentStatus | None) -> tuple[list[SensorRow], str]:
    """Each enabled sensor's health: the running agent's view, else probed here like ``tether sensors``.

    The agent's view wins because it holds the sensors; probing here would, for the webhook,
    compete with it for the port.
    """
    if agent_is_running(agent) and agent is not None and agent.sensors:
        rows = []
        for name, text in sorted(agent.sensors.items()):
            status, _, reason = str(text).partition(": ")
            rows.append(SensorRow(name, status, reason))
        return rows, "as the agent saw them"
    from sensors.base import SensorConfigError
    from sensors.registry import UnknownSensorError, load_default_registry

    registry = load_default_registry()
    rows = []
    for name in settings.sensors.enabled:
        try:
            sensor = registry.get(name).from_settings(settings.sensors, settings.device_dir / "sensors" / name)
            try:
                health = sensor.probe()
            finally:
                sensor.close()
            rows.append(SensorRow(name, health.status.value, health.reason))
        except (SensorConfigError, UnknownSensorError) as exc:
            rows.append(SensorRow(name, "unconfigured" if isinstance(exc, SensorConfigError) else "error", str(exc)))
        except Exception as exc:  # one broken sensor must not hide the others' health
            logger.exception("sensor %s: health probe failed", name)
            rows.append(SensorRow(name, "error", str(exc)))
    return rows, "probed here"


def disabled_sensors(settings: DeviceSettings) -> list[str]:
    """Registered sensors that are switched off."""
    from sensors.registry import load_default_registry

    return [name for name in load_default_registry().names() if name not in settings.sensors.enabled]
