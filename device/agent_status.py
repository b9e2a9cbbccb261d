"""The agent's status file: written after each cycle, read by ``tether agent status`` and the TUI."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from shared.settings import DeviceSettings

logger = logging.getLogger(__name__)


@dataclass
class AgentStatus:
    """What ``agent-status.json`` holds after each cycle."""

    cycles: int = 0
    last_cycle: str | None = None
    last_sync: str | None = None
    outbox_depth: int = 0
    observations: int = 0
    excluded: int = 0
    redactions: int = 0
    sensors: dict[str, str] = field(default_factory=dict)
    last_error: str | None = None


def status_path(settings: DeviceSettings) -> Path:
    """Where the agent writes its status."""
    return settings.device_dir / "agent-status.json"


def write_agent_status(settings: DeviceSettings, status: AgentStatus) -> None:
    """Replace the status file atomically, so a reader never sees half of it."""
    path = status_path(settings)
    tmp = path.with_suffix(".json.tmp")
    tmp.write_text(json.dumps(asdict(status), indent=2))
    os.replace(tmp, path)


def read_agent_status(settings: DeviceSettings) -> AgentStatus | None:
    """The last status the agent wrote, or None when it never ran (or the file is unreadable)."""
    try:
        raw = json.loads(status_path(settings).read_text())
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as exc:
        logger.warning("agent status unreadable: %s", exc)
        return None
    known = {f.name for f in fields(AgentStatus)}
    return AgentStatus(**{k: v for k, v in raw.items() if k in known})
