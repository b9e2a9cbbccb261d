"""The agent's status file: written while it runs and when it stops, read by ``tether agent status``
and the TUI.

The file says ``running`` while the agent lives; the reader checks that its process still exists
(pid plus start time, so a recycled pid does not count), so a killed or crashed agent reads as
stopped, with ``stale`` set.
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import psutil

from shared.settings import DeviceSettings

logger = logging.getLogger(__name__)

MAX_ERRORS = 20
"""How many recent errors the status keeps."""


@dataclass
class AgentStatus:
    """What ``agent-status.json`` holds.

    ``sensors`` maps each sensor to ``ok``, ``unavailable: reason`` or ``error: reason``;
    ``sensor_stats`` adds, per sensor, ``interval_s``, ``last_poll``, ``polls``, ``observations``
    and ``errors``. ``errors`` lists the most recent problems as ``{at, where, message}``.
    """

    cycles: int = 0
    """Sync rounds so far (one per ``--once`` run)."""
    last_cycle: str | None = None
    last_sync: str | None = None
    """When the outbox was last delivered to the server (ISO 8601, UTC)."""
    outbox_depth: int = 0
    set_aside: int = 0
    """Records kept in the outbox's damaged table instead of being sent (too large, refused by the
    server, unreadable); ``tether audit`` lists them."""
    observations: int = 0
    excluded: int = 0
    redactions: int = 0
    sensors: dict[str, str] = field(default_factory=dict)
    last_error: str | None = None
    running: bool = False
    pid: int | None = None
    pid_started: float | None = None
    """The process's start time (epoch seconds), to tell a recycled pid apart."""
    started: str | None = None
    stopped: str | None = None
    paused_reason: str | None = None
    """Why sensing is paused (``disk full``), or None while it runs."""
    pending: int = 0
    """Observations read from sensors but not yet written (kept in memory while storage fails)."""
    polls: int = 0
    synced: int = 0
    """Observations the server accepted during this run."""
    sync_failures: int = 0
    """Failed sync attempts in a row (the backoff grows with them)."""
    next_sync: str | None = None
    server: str | None = None
    log_file: str | None = None
    sensor_stats: dict[str, dict[str, Any]] = field(default_factory=dict)
    errors: list[dict[str, str]] = field(default_factory=list)
    stale: bool = False
    """Set by the reader: the file said running, but that process is gone (killed or crashed)."""

    def add_error(self, at: str, where: str, message: str) -> None:
        """Remember a problem (the newest ``MAX_ERRORS`` are kept)."""
        self.errors.append({"at": at, "where": where, "message": message})
        del self.errors[:-MAX_ERRORS]


def status_path(settings: DeviceSettings) -> Path:
    """Where the agent writes its status."""
    return settings.device_dir / "agent-status.json"


def write_agent_status(settings: DeviceSettings, status: AgentStatus) -> None:
    """Replace the status file atomically, so a reader never sees half of it."""
    path = status_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".json.{os.getpid()}.tmp")
    tmp.write_text(json.dumps(asdict(status), indent=2))
    os.replace(tmp, path)


def process_alive(pid: int | None, started: float | None) -> bool:
    """Whether ``pid`` runs and is the process that started at ``started`` (when given)."""
    if not pid:
        return False
    try:
        process = psutil.Process(pid)
        if process.status() == psutil.STATUS_ZOMBIE:
            return False
        # Start times are rounded differently by platforms; a second of slack still tells reuse apart.
        return started is None or abs(process.create_time() - started) < 1.0
    except psutil.NoSuchProcess:
        return False
    except psutil.Error:
        return True  # it exists but we may not look at it


def read_agent_status(settings: DeviceSettings) -> AgentStatus | None:
    """The last status the agent wrote, or None when it never ran (or the file is unreadable).

    ``running`` is true only while the agent's process is alive.
    """
    try:
        raw = json.loads(status_path(settings).read_text())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        logger.warning("agent status unreadable: %s", exc)
        return None
    known = {f.name for f in fields(AgentStatus)}
    status = AgentStatus(**{k: v for k, v in raw.items() if k in known})
    if status.running and not process_alive(status.pid, status.pid_started):
        status.running, status.stale = False, True
    return status
