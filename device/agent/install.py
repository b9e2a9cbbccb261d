"""``tether agent install``: the agent as a systemd user service (Linux) or a launchd agent (macOS).

The unit or plist runs the current ``tether`` executable by absolute path with the data directory
(and the config file, when one was named), so the service sees the same settings as the shell that
installed it: a server URL or time zone given as a flag or in the environment, which the service
would not see, is written into its command line. Secrets never are: a token given that way goes into
``HOME/device/agent-token``, readable by its owner alone, and the command names that file.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

Platform = Literal["linux", "macos"]

SYSTEMD_UNIT_NAME = "tether-agent.service"
LAUNCHD_LABEL = "org.tether.agent"


class InstallError(ValueError):
    """The service file cannot be written (it exists without --force, or the platform is unknown)."""


@dataclass(frozen=True)
class ServiceFile:
    """A service definition ready to write: where, what, and how to turn it on."""

    path: Path
    content: str
    enable_hint: str


def this_platform() -> Platform:
    """``macos`` on Darwin, ``linux`` elsewhere (systemd is the only other service manager we write for)."""
    return "macos" if sys.platform == "darwin" else "linux"


def tether_command() -> list[str]:
    """The absolute command that runs this ``tether``: the console script if there is one, else
    this Python with ``-m device.cli``."""
    argv0 = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if argv0 is not None and argv0.name == "tether" and argv0.is_file():
        return [str(argv0.absolute())]
    # Beside the interpreter: the virtual environment's (or prefix's) bin directory.
    beside = Path(sys.executable).parent / "tether"
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("tether")
    if found:
        return [str(Path(found).absolute())]
    return [str(Path(sys.executable).absolute()), "-m", "device.cli"]


TOKEN_FILE = "agent-token"
"""The token file ``install`` writes under ``HOME/device`` (mode 600)."""


@dataclass(frozen=True)
class Carried:
    """Settings the service would not find by itself (flags and environment of the installing
    shell), to be written into its command line; the token only as the path of a file."""

    server_url: str | None = None
    timezone: str | None = None
    token_file: Path | None = None


def agent_arguments(home: Path, config: Path | None, extra: list[str] | None = None,
                    carried: Carried | None = None) -> list[str]:
    """``agent --home HOME [--config FILE] [--server URL] [--tz ZONE] [--token-file FILE] ...`` with
    absolute paths."""
    args = ["agent", "--home", str(home.expanduser().absolute())]
    if config is not None:
        args += ["--config", str(config.expanduser().absolute())]
    if carried is not None:
        if carried.server_url:
            args += ["--server", carried.server_url]
        if carried.timezone:
            args += ["--tz", carried.timezone]
        if carried.token_file is not None:
            args += ["--token-file", str(carried.token_file.expanduser().absolute())]
    return args + list(extra or [])


def write_token_file(path: Path, token: str) -> None:
    """Write ``token`` to ``path``, readable and writable by its owner alone (mode 600), atomically."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token + "\n")
    os.chmod(tmp, 0o600)  # O_CREAT's mode does not apply to a file that already existed
    os.replace(tmp, path)


def _systemd_quote(arg: str) -> str:
    # systemd splits ExecStart like a shell but without one; quote what has spaces, quotes or
    # backslashes, and double '%' because systemd expands %-specifiers.
    arg = arg.replace("%", "%%")
    if arg and not any(c in arg for c in ' \t"\'\\;$'):
        return arg
    return '"' + arg.replace("\\", "\\\\").replace('"', '\\"').replace("$", "$$") + '"'


def systemd_unit(command: list[str], home: Path) -> str:
    """A systemd user unit running ``command`` and restarting it after a failure."""
    exec_start = " ".join(_systemd_quote(arg) for arg in command)
    return f"""[Unit]
Description=Tether logging agent (sensors -> outbox -> your server)

[Service]
Type=simple
ExecStart={exec_start}
Restart=on-failure
RestartSec=10
# SIGTERM: the agent finishes its write, tries a last short sync and records that it stopped.
KillSignal=SIGTERM
TimeoutStopSec=30
Environment=PYTHONUNBUFFERED=1

[Install]
WantedBy=default.target
"""


def launchd_plist(command: list[str], home: Path) -> str:
    """A launchd agent plist running ``command`` at login and again after a failure."""
    logs = home.expanduser().absolute() / "logs"
    body = {
        "Label": LAUNCHD_LABEL,
        "ProgramArguments": command,
        "RunAtLoad": True,
        "KeepAlive": {"SuccessfulExit": False},  # restart after a crash, not after a clean stop
        "ProcessType": "Background",
        "StandardOutPath": str(logs / "launchd.out.log"),
        "StandardErrorPath": str(logs / "launchd.err.log"),
        "EnvironmentVariables": {"PYTHONUNBUFFERED": "1"},
    }
    return plistlib.dumps(body, sort_keys=False).decode("utf-8")


def service_file(platform: Platform, home: Path, config: Path | None = None,
                 command: list[str] | None = None, carried: Carried | None = None) -> ServiceFile:
    """The service definition for ``platform`` (paths follow ``XDG_CONFIG_HOME`` and ``HOME``)."""
    full = (command or tether_command()) + agent_arguments(home, config, carried=carried)
    if platform == "linux":
        config_home = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
        path = config_home / "systemd" / "user" / SYSTEMD_UNIT_NAME
        hint = ("systemctl --user daemon-reload\n"
                f"systemctl --user enable --now {SYSTEMD_UNIT_NAME.removesuffix('.service')}\n"
                "# logs: journalctl --user -u tether-agent, and " + str(home.expanduser().absolute() / "logs" / "agent.log"))
        return ServiceFile(path, systemd_unit(full, home), hint)
    if platform == "macos":
        path = Path.home() / "Library" / "LaunchAgents" / f"{LAUNCHD_LABEL}.plist"
        hint = (f"launchctl load -w {path}\n"
                f"# or, on recent macOS: launchctl bootstrap gui/$(id -u) {path}\n"
                "# logs: " + str(home.expanduser().absolute() / "logs" / "agent.log"))
        return ServiceFile(path, launchd_plist(full, home), hint)
    raise InstallError(f"unknown platform {platform!r}; use linux or macos")


def install_service_file(service: ServiceFile, force: bool = False) -> None:
    """Write the file (creating its folder); refuses to replace one unless ``force``."""
    if service.path.exists() and not force:
        raise InstallError(f"{service.path} already exists; add --force to replace it")
    service.path.parent.mkdir(parents=True, exist_ok=True)
    tmp = service.path.with_name(service.path.name + ".tmp")
    tmp.write_text(service.content, encoding="utf-8")
    os.replace(tmp, service.path)
