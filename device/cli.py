"""``tether``: the one command-line entry point (the only module that prints)."""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import Callable, Sequence

from shared.settings import DeviceSettings

logger = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    group = common.add_argument_group("common options")
    group.add_argument("--home", type=Path, help="data directory (env TETHER_HOME; default: the platform's user data dir)")
    group.add_argument("--server", metavar="URL", help="talk to this server (env TETHER_SERVER_URL); unset: embedded mode")
    group.add_argument("--token", help="bearer token for --server (env TETHER_TOKEN)")
    group.add_argument("--tz", metavar="ZONE", help="IANA time zone for 'today' and display (env TETHER_TIMEZONE)")
    group.add_argument("-v", "--verbose", action="count", default=0, help="log more (-v info, -vv debug)")
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

    p = sub.add_parser("agent", parents=[common], help="the background logging agent: sense, digitize, sync")
    p.add_argument("--once", action="store_true", help="run one cycle and exit (for cron and tests)")
    p.add_argument("--interval", type=float, default=60.0, help="seconds between cycles (default 60)")
    p.add_argument("--replay", type=Path, metavar="FILE", help="also follow this JSONL file with the replay sensor")

    sub.add_parser("tui", parents=[common], help="the terminal assistant")

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
        for key, value in (("home", args.home), ("server_url", args.server), ("token", args.token), ("timezone", args.tz))
        if value is not None
    }
    return DeviceSettings(**overrides)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``tether``; returns the exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING if args.verbose == 0 else logging.INFO if args.verbose == 1 else logging.DEBUG
    logging.basicConfig(level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from device import cli_commands as commands  # heavy imports only after --help has had its chance

    handler: Callable[[argparse.Namespace, DeviceSettings], int] = commands.HANDLERS[args.command]
    try:
        return handler(args, settings_from_args(args))
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
