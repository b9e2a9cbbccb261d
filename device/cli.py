"""``tether``: the one command-line entry point (the only module that prints)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Callable, Sequence

from device.agent.logs import configure_logging
from shared.settings import DeviceSettings

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _common(inherit: bool = False) -> argparse.ArgumentParser:
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


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (also used to render --help in the README)."""
    common = _common()
    parser = argparse.ArgumentParser(
        prog="tether",
        description="Tether: your self-hosted personal agent. Sensors log your day on this device, a small "
        "local model condenses it, and your own server remembers and answers.",
        epilog="Embedded mode (no --server) runs the server parts in-process on the same data directory.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)

    p = sub.add_parser("demo", parents=[common], help="run a synthetic day end to end and print per-phase metrics")
    p.add_argument("--days", type=int, default=1, help="days of synthetic life to generate (default 1)")
    p.add_argument("--seed", type=int, default=7, help="seed of the synthetic life generator")
    p.add_argument("--keep", action="store_true", help="keep the demo's data directory instead of a temporary one")

    p = sub.add_parser("server", parents=[common], help="run the self-hosted server")
    p.add_argument("--host", help="address to bind (default 127.0.0.1; env TETHER_HOST)")
    p.add_argument("--port", type=int, help="port (default 8765; env TETHER_PORT)")

    p = sub.add_parser("agent", parents=[common], help="the background logging agent: sense, digitize, sync",
                       description="Without an ACTION: run the agent until SIGTERM/SIGINT.")
    p.add_argument("--once", action="store_true", help="run one cycle and exit (for cron and tests)")
    p.add_argument("--interval", type=float, metavar="S",
                   help="poll every sensor and sync every S seconds (default: each sensor's own interval, TETHER_SYNC_INTERVAL_S)")
    p.add_argument("--replay", type=Path, metavar="FILE", help="also follow this JSONL file with the replay sensor")
    asub = p.add_subparsers(dest="agent_command", metavar="ACTION")
    inherited = _common(inherit=True)
    a = asub.add_parser("status", parents=[inherited], help="is the agent running; sensors, queue, last sync, errors")
    a.add_argument("--json", action="store_true", help="print one JSON object")
    a = asub.add_parser("install", parents=[inherited], help="install the agent as a systemd user service or launchd agent")
    a.add_argument("--platform", choices=["linux", "macos"], help="write the file for this platform (default: this one)")
    a.add_argument("--print", action="store_true", help="only print the file, write nothing")
    a.add_argument("--force", action="store_true", help="replace an existing file")

    p = sub.add_parser("config", help="the settings: effective values and the config file")
    csub = p.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    c = csub.add_parser("show", parents=[common], help="effective settings (flags > env > config file > defaults), secrets hidden")
    c.add_argument("--json", action="store_true", help="print one JSON object")
    csub.add_parser("path", parents=[common], help="the config file this command reads")

    p = sub.add_parser("tui", parents=[common], help="the terminal assistant")
    p.add_argument("--at", metavar="TIME", help="show everything as if it were TIME, with the clock stopped (ISO 8601)")

    p = sub.add_parser("ingest", parents=[common], help="feed a JSONL file of observations through the device into memory")
    p.add_argument("file", type=Path, help="JSON Lines file, one observation per line ('-' for stdin)")
    p.add_argument("--no-sync", action="store_true", help="only queue on the device; sync later")

    p = sub.add_parser("ask", parents=[common], help="ask a question about your life")
    p.add_argument("question", help="the question, in quotes")
    p.add_argument("--at", metavar="TIME", help="answer as if it were TIME (ISO 8601; local time if no offset)")
    p.add_argument("--max-tokens", type=int, default=128, help="answer length limit (default 128)")
    p.add_argument("--json", action="store_true", help="print one JSON object (stable, documented)")

    p = sub.add_parser("memory", help="look into memory")
    msub = p.add_subparsers(dest="memory_command", metavar="ACTION", required=True)
    s = msub.add_parser("search", parents=[common], help="memories closest in meaning to a query")
    s.add_argument("query", help="what to look for, in words")
    s.add_argument("--k", type=int, default=10, help="number of hits (default 10)")
    s.add_argument("--at", metavar="TIME", help="read time phrases as of TIME (ISO 8601; local time if no offset)")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    f = msub.add_parser("forget", parents=[common], help="forget memories everywhere they are stored (server and device)",
                        description="Conditions combine with AND; at least one is required.")
    f.add_argument("ids", nargs="*", metavar="ID", help="memory ids or observation ids")
    f.add_argument("--kind", help="only this kind (coffee, meal, ...)")
    f.add_argument("--sensor", help="only this sensor")
    f.add_argument("--since", metavar="TIME", help="from TIME (ISO 8601; local time if no offset)")
    f.add_argument("--until", metavar="TIME", help="until TIME, exclusive")
    f.add_argument("--when", metavar="PHRASE", help='a time phrase instead: "yesterday", "last Tuesday", "on 12 November"')
    f.add_argument("--dry-run", action="store_true", help="only count what would be forgotten")
    f.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    f.add_argument("--json", action="store_true", help="print one JSON object")
    for action, verb in (("pin", "keep memories whatever the storage budget"), ("unpin", "let the storage budget fold them again")):
        pin = msub.add_parser(action, parents=[common], help=f"{action} memories: {verb}")
        pin.add_argument("ids", nargs="+", metavar="ID", help="memory ids or observation ids (from `tether memory search`)")
        pin.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("condense", parents=[common], help="show the condensed prompt the device would send")
    p.add_argument("--at", metavar="TIME", help="state at TIME (ISO 8601; local time if no offset); default now")
    p.add_argument("--query", default="What is going on right now?", help="the question to condense for")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("guide", parents=[common], help="guidance from your current state (rules + the local model)")
    p.add_argument("--at", metavar="TIME", help="as if it were TIME (ISO 8601; local time if no offset)")
    p.add_argument("--no-model", action="store_true", help="rule wording only, no local model")
    p.add_argument("--all", action="store_true", help="ignore the rate limit (show items shown recently too)")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("sensors", parents=[common], help="list sensors, whether enabled, and their health")
    p.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("jobs", parents=[common], help="the server's learning jobs: schedule, last run, result, errors")
    p.add_argument("action", nargs="?", choices=["list", "run"], default="list", help="list (default) or run one now")
    p.add_argument("job_id", nargs="?", help="with run: consolidate-days, learn-facts or routine-stats")
    p.add_argument("--json", action="store_true", help="print JSON")

    p = sub.add_parser("token", help="create, list and revoke the server's API tokens (on the server's --home)")
    tsub = p.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    t = tsub.add_parser("create", parents=[common], help="a new API token; its secret is printed once")
    t.add_argument("--name", help="a name to recognise it by (e.g. the device's)")
    t.add_argument("--device", metavar="DEVICE_ID", help="bind it to one device: it may only send that device's observations")
    t.add_argument("--scope", action="append", metavar="SCOPE",
                   help="read, write or admin (repeatable or comma-separated; default read,write)")
    t.add_argument("--json", action="store_true", help="print one JSON object")
    t = tsub.add_parser("list", parents=[common], help="every token (never the secrets)")
    t.add_argument("--json", action="store_true", help="print JSON")
    t = tsub.add_parser("revoke", parents=[common], help="revoke a token; a running server refuses it at once")
    t.add_argument("id", help="the token's id (from `tether token list`)")
    t.add_argument("--json", action="store_true", help="print one JSON object")

    p = sub.add_parser("audit", parents=[common], help="show exactly what this device sent to a server")
    p.add_argument("--limit", type=int, default=20, help="newest N entries (default 20; 0 for none)")
    p.add_argument("--json", action="store_true", help="print the entries as JSON")

    p = sub.add_parser("log", parents=[common], help="log a manual observation, e.g. 'tether log meal food=ramen'")
    p.add_argument("kind", help="what happened: coffee, meal, exercise, ...")
    p.add_argument("fields", nargs="*", metavar="KEY=VALUE", help="details (numbers are stored as numbers)")
    p.add_argument("--at", metavar="TIME", help="when (default now)")
    return parser


def settings_from_args(args: argparse.Namespace) -> DeviceSettings:
    """Env and config first, then the flags given on the command line."""
    overrides = {
        key: value
        for key, value in (("home", args.home), ("server_url", args.server), ("token", args.token), ("timezone", args.tz),
                           ("config_path", getattr(args, "config", None)), ("log_format", getattr(args, "log_format", None)))
        if value is not None
    }
    return DeviceSettings(**overrides)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``tether``; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING if args.verbose == 0 else logging.INFO if args.verbose == 1 else logging.DEBUG
    configure_logging(level, getattr(args, "log_format", None) or "text")
    from device import cli_commands as commands  # heavy imports only after --help has had its chance

    handler: Callable[[argparse.Namespace, DeviceSettings], int] = commands.HANDLERS[args.command]
    try:
        settings = settings_from_args(args)
        configure_logging(level, settings.log_format)  # TETHER_LOG_FORMAT or the config file may set it
        return handler(args, settings)
    except KeyboardInterrupt:
        print("tether: interrupted", file=sys.stderr)
        return 130
    except commands.USER_ERRORS as exc:
        print(f"tether: error: {exc}", file=sys.stderr)
        return EXIT_FAILED


def print_json(obj: object) -> None:
    """Stable JSON output for scripts."""
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


if __name__ == "__main__":
    sys.exit(main())
