"""``tether agent``: sense on an interval, digitize, queue, sync; survives server outages.

Runs the sensors enabled in settings (``TETHER_SENSORS__ENABLED``) through the registry, writes a
status file the TUI and scripts read, and stops cleanly on SIGTERM/SIGINT after the current cycle
(the outbox is durable, so nothing accepted is lost either way).
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from pathlib import Path

from device.agent_status import AgentStatus, write_agent_status
from device.context import DeviceContext
from device.server_api import ServerError
from sensors.base import HealthStatus, Sensor, SensorConfigError
from sensors.registry import SensorRegistry, UnknownSensorError, load_default_registry
from sensors.replay import ReplaySensor
from shared.settings import DeviceSettings
from shared.timeutil import format_iso, utc_now

logger = logging.getLogger(__name__)


def build_sensors(settings: DeviceSettings, registry: SensorRegistry, status: AgentStatus) -> list[Sensor]:
    """The enabled sensors; a misconfigured one is reported in ``status`` and left out."""
    sensors: list[Sensor] = []
    for name in settings.sensors.enabled:
        try:
            cls = registry.get(name)
            state_dir = settings.device_dir / "sensors" / name
            state_dir.mkdir(parents=True, exist_ok=True)
            sensors.append(cls.from_settings(settings.sensors, state_dir))
        except (UnknownSensorError, SensorConfigError) as exc:
            status.sensors[name] = f"error: {exc}"
            logger.warning("sensor %s not started: %s", name, exc)
    return sensors


def run_cycle(ctx: DeviceContext, sensors: list[Sensor], status: AgentStatus) -> AgentStatus:
    """Poll every healthy sensor once, digitize into the outbox, try to sync."""
    for sensor in sensors:
        health = sensor.health()
        status.sensors[sensor.name] = health.status.value + (f": {health.reason}" if health.reason else "")
        if health.status is HealthStatus.unavailable:
            continue
        try:
            observations = sensor.poll()
        except Exception as exc:  # a broken sensor must not stop the others
            logger.exception("sensor %s failed", sensor.name)
            status.sensors[sensor.name] = f"error: {exc}"
            continue
        report = ctx.pipeline.accept(observations)
        status.observations += report.stored
        status.excluded += report.excluded
        status.redactions += report.redactions
    try:
        ctx.pipeline.sync(ctx.server, ctx.settings.sync_batch)
        status.last_sync = format_iso(utc_now())
        status.last_error = None
    except ServerError as exc:
        status.last_error = f"sync: {exc}"
        logger.warning("sync failed, will retry next cycle: %s", exc)
    status.cycles += 1
    status.last_cycle = format_iso(utc_now())
    status.outbox_depth = ctx.outbox.depth()
    return status


def run_agent(settings: DeviceSettings, once: bool = False, interval_s: float = 60.0, replay: Path | None = None,
              echo: Callable[[str], None] = logger.info) -> int:
    """Run cycles until stopped (or one with ``once``); ``echo`` reports each cycle (the CLI passes print)."""
    status = AgentStatus()
    ctx = DeviceContext(settings)
    sensors = build_sensors(settings, load_default_registry(), status)
    if replay is not None:
        sensors.append(ReplaySensor(replay))
    stop = threading.Event()
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
    try:
        while True:
            run_cycle(ctx, sensors, status)
            write_agent_status(settings, status)
            echo(f"cycle {status.cycles}: {status.observations} observations so far, outbox {status.outbox_depth}"
                 + (f", {status.last_error}" if status.last_error else ""))
            if once or stop.wait(interval_s):
                break
    finally:
        for sensor in sensors:
            sensor.close()
        ctx.close()
    return 0
