"""``tether condense``: the condensed prompt the device would send, with its token counts."""

from __future__ import annotations

import argparse

from device.cli.options import at_time
from device.cli.output import EXIT_OK, print_json
from shared.settings import DeviceSettings

NAME = "condense"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether condense``."""
    p = sub.add_parser(NAME, parents=[common], help="show the condensed prompt the device would send")
    p.add_argument("--at", metavar="TIME", help="state at TIME (ISO 8601; local time if no offset); default now")
    p.add_argument("--query", default="What is going on right now?", help="the question to condense for")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Show the condensed prompt and its token counts."""
    from device.ask import condense_now
    from device.context import DeviceContext

    ctx = DeviceContext(settings)
    try:
        condensed = condense_now(ctx, args.query, at_time(args, settings))
    finally:
        ctx.close()
    if args.json:
        print_json(condensed.as_dict())
        return EXIT_OK
    print(condensed.text)
    print(f"--\ntokens {condensed.tokens_before} -> {condensed.tokens_after} "
          f"({condensed.tokens_before / max(1, condensed.tokens_after):.1f}x) in {condensed.condense_ms:.0f} ms")
    return EXIT_OK
