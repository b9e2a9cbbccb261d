"""``tether agent``, ``tether agent status`` and ``tether agent install``."""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, replace
from pathlib import Path
from typing import TYPE_CHECKING

from device.cli.options import common_options
from device.cli.output import EXIT_OK, print_json
from shared.settings import DeviceSettings

if TYPE_CHECKING:
    from device.agent.install import Carried
    from device.agent.status import AgentStatus

NAME = "agent"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether agent`` and its actions."""
    p = sub.add_parser(NAME, parents=[common], help="the background logging agent: sense, digitize, sync",
                       description="Without an ACTION: run the agent until SIGTERM/SIGINT.")
    p.add_argument("--once", action="store_true", help="run one cycle and exit (for cron and tests)")
    p.add_argument("--interval", type=float, metavar="S",
                   help="poll every sensor and sync every S seconds (default: each sensor's own interval, TETHER_SYNC_INTERVAL_S)")
    p.add_argument("--replay", type=Path, metavar="FILE", help="also follow this JSONL file with the replay sensor")
    p.add_argument("--token-file", type=Path, metavar="FILE",
                   help="read the bearer token from FILE (env TETHER_TOKEN_FILE); `agent install` writes one")
    asub = p.add_subparsers(dest="agent_command", metavar="ACTION")
    inherited = common_options(inherit=True)
    a = asub.add_parser("status", parents=[inherited], help="is the agent running; sensors, queue, last sync, errors")
    a.add_argument("--json", action="store_true", help="print one JSON object")
    a = asub.add_parser("install", parents=[inherited], help="install the agent as a systemd user service or launchd agent")
    a.add_argument("--platform", choices=["linux", "macos"], help="write the file for this platform (default: this one)")
    a.add_argument("--print", action="store_true", help="only print the file, write nothing")
    a.add_argument("--force", action="store_true", help="replace an existing file")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Run the agent, or one of its actions."""
    action = getattr(args, "agent_command", None)
    if action == "status":
        return run_status(args, settings)
    if action == "install":
        return run_install(args, settings)
    from device.agent.loop import run_agent

    if args.interval is not None and args.interval <= 0:
        raise ValueError(f"--interval must be more than 0 seconds, got {args.interval:g}")
    return run_agent(settings, once=args.once, interval_s=args.interval, replay=args.replay,
                     echo=lambda line: print(line, flush=True))


def run_status(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """What the agent's status file says, with ``running`` checked against its process."""
    from device.agent.status import read_agent_status, status_path

    status = read_agent_status(settings)
    if args.json:
        print_json(None if status is None else asdict(status))
        return EXIT_OK
    if status is None:
        print(f"the agent has not run on this data directory ({status_path(settings)} does not exist)")
        return EXIT_OK
    print("\n".join(status_lines(status)))
    return EXIT_OK


def status_lines(status: AgentStatus) -> list[str]:
    """The status as lines for a person."""
    if status.running:
        state = f"running (pid {status.pid}, since {status.started})"
    elif status.stale:
        state = f"not running: process {status.pid} is gone without stopping cleanly (last seen {status.last_cycle or status.started})"
    else:
        state = f"stopped at {status.stopped}" if status.stopped else "not running"
    lines = [f"agent: {state}"]
    if status.paused_reason:
        lines.append(f"sensing paused: {status.paused_reason} ({status.pending} observations held in memory)")
    lines.append(f"server: {status.server or '?'}; last sync {status.last_sync or 'never'}"
                 + (f"; {status.sync_failures} failed in a row" if status.sync_failures else "")
                 + (f"; next try {status.next_sync}" if status.running and status.next_sync else ""))
    lines.append(f"queue: {status.outbox_depth} observations waiting; {status.observations} stored, "
                 f"{status.synced} synced this run; {status.excluded} excluded, {status.redactions} redactions")
    if status.set_aside:
        lines.append(f"set aside: {status.set_aside} records kept on the device and never sent (too large, or refused "
                     "by the server); `tether audit` lists them")
    lines.append("sensors:")
    for name in sorted(set(status.sensors) | set(status.sensor_stats)):
        stats = status.sensor_stats.get(name, {})
        detail = (f" (every {stats['interval_s']:g} s, {stats['polls']} polls, {stats['observations']} observations, "
                  f"last {stats['last_poll'] or 'never'})") if stats.get("interval_s") else ""
        lines.append(f"  {name:<14} {status.sensors.get(name, 'not polled yet')}{detail}")
    if status.errors:
        lines.append("recent errors:")
        lines += [f"  {e['at']}  {e['where']}: {e['message']}" for e in status.errors[-5:]]
    if status.log_file:
        lines.append(f"log: {status.log_file}")
    return lines


def carried_settings(settings: DeviceSettings) -> tuple[Carried, str | None]:
    """What the installed service must be told because it would not read it itself: the server URL
    and time zone unless the config file it reads says the same, and the token (returned apart, for
    a file) unless that file holds one."""
    from device.agent.install import Carried
    from shared.config_file import load_config, resolve_config_path

    path = settings.config_path or resolve_config_path()
    in_file = load_config(path) if path.is_file() else {}
    server_url = settings.server_url if settings.server_url and settings.server_url != in_file.get("server_url") else None
    timezone = settings.timezone if settings.timezone and settings.timezone != in_file.get("timezone") else None
    from_file = "token" in in_file or "token_file" in in_file
    token = settings.token if settings.token and not from_file else None
    return Carried(server_url, timezone), token


def run_install(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Write (or print) the systemd unit or launchd plist for the agent."""
    from device.agent.install import TOKEN_FILE, install_service_file, service_file, this_platform, write_token_file

    # The service reads the same config file as this shell, when there is one (flag or TETHER_CONFIG).
    config = settings.config_path if settings.config_path and settings.config_path.is_file() else None
    carried, token = carried_settings(settings)
    if token is not None:
        carried = replace(carried, token_file=settings.device_dir / TOKEN_FILE)
    service = service_file(args.platform or this_platform(), settings.home, config=config, carried=carried)
    if args.print:
        print(service.content, end="")
        if carried.token_file is not None:
            print(f"note: nothing written; installing writes the token to {carried.token_file} (mode 600)",
                  file=sys.stderr)
        return EXIT_OK
    if service.path.exists() and not args.force:
        install_service_file(service, force=False)  # InstallError is a ValueError: one line, exit 1
    if token is not None and carried.token_file is not None:
        write_token_file(carried.token_file, token)
    install_service_file(service, force=args.force)
    (settings.home / "logs").mkdir(parents=True, exist_ok=True)  # launchd opens its log files there
    print(f"wrote {service.path}\nto start the agent now and at every login:\n{service.enable_hint}")
    if carried.token_file is not None:
        print(f"the token is in {carried.token_file}, readable by you alone")
    if not settings.server_url:
        print("note: no server URL is configured, so the agent runs the server parts in-process (embedded mode); "
              "set server_url and token in the config file (`tether config path`) to sync to your server")
    return EXIT_OK
