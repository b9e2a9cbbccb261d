"""The options every command takes, and the ``--at TIME`` value several commands read."""

from __future__ import annotations

import argparse
from datetime import datetime
from pathlib import Path

from shared.settings import DeviceSettings


def common_options(inherit: bool = False) -> argparse.ArgumentParser:
    """The common options; with ``inherit``, an option not given keeps the parent command's value
    (argparse would otherwise reset ``tether agent --home X status``'s home to the default)."""
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS if inherit else None)
    group = common.add_argument_group("common options")
    group.add_argument("--home", type=Path, help="data directory (env TETHER_HOME; default: the platform's user data dir)")
    group.add_argument("--server", metavar="URL", help="talk to this server (env TETHER_SERVER_URL); unset: embedded mode")
    group.add_argument("--token", help="bearer token for --server (env TETHER_TOKEN)")
    group.add_argument("--tz", metavar="ZONE", help="IANA time zone for 'today' and display (env TETHER_TIMEZONE)")
    group.add_argument("--config", type=Path, metavar="FILE",
                       help="TOML config file (env TETHER_CONFIG; default: config.toml in the user config dir)")
    group.add_argument("--log-format", choices=["text", "json"], help="log lines as text or JSON objects (env TETHER_LOG_FORMAT)")
    group.add_argument("-v", "--verbose", action="count", default=argparse.SUPPRESS if inherit else 0,
                       help="log more (-v info, -vv debug)")
    return common


def at_time(args: argparse.Namespace, settings: DeviceSettings) -> datetime | None:
    """The command's ``--at TIME`` in the configured time zone; None when not given."""
    from shared.timeutil import parse_user_time, resolve_timezone

    if not getattr(args, "at", None):
        return None
    try:
        return parse_user_time(args.at, resolve_timezone(settings.timezone))
    except ValueError as exc:
        raise ValueError(f"--at {args.at!r} is not an ISO 8601 time (e.g. 2026-11-20T14:30): {exc}") from None
