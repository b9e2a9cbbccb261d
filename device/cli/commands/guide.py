"""``tether guide``: guidance from the current state (rules, worded by the local model)."""

from __future__ import annotations

import argparse

from device.cli.options import at_time
from device.cli.output import EXIT_OK, print_json
from shared.settings import DeviceSettings

NAME = "guide"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether guide``."""
    p = sub.add_parser(NAME, parents=[common], help="guidance from your current state (rules + the local model)")
    p.add_argument("--at", metavar="TIME", help="as if it were TIME (ISO 8601; local time if no offset)")
    p.add_argument("--no-model", action="store_true", help="rule wording only, no local model")
    p.add_argument("--all", action="store_true", help="ignore the rate limit (show items shown recently too)")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Guidance items, each citing its observations."""
    from device.ask import guide_now
    from device.context import DeviceContext

    ctx = DeviceContext(settings)
    try:
        items = guide_now(ctx, at_time(args, settings), use_model=not args.no_model, rate_limit=not args.all)
    finally:
        ctx.close()
    if args.json:
        print_json({"items": [item.as_dict() for item in items]})
        return EXIT_OK
    for item in items:
        print(f"- {item.text}\n  ({item.rule}; sources: {', '.join(item.source_ids) or 'none'})")
    if not items:
        print("nothing to point out right now")
    return EXIT_OK
