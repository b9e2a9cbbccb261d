"""``tether log``: log a manual observation, and sync it now if the server is reachable."""

from __future__ import annotations

import argparse
import sys

from device.cli.options import at_time
from device.cli.output import EXIT_OK
from shared.settings import DeviceSettings

NAME = "log"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether log``."""
    p = sub.add_parser(NAME, parents=[common], help="log a manual observation, e.g. 'tether log meal food=ramen'")
    p.add_argument("kind", help="what happened: coffee, meal, exercise, ...")
    p.add_argument("fields", nargs="*", metavar="KEY=VALUE", help="details (numbers are stored as numbers)")
    p.add_argument("--at", metavar="TIME", help="when (default now)")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Log a manual observation; sync it now if the server is reachable."""
    from device.client.api import ServerUnreachableError
    from device.context import DeviceContext
    from sensors.manual import manual_observation

    obs = manual_observation(args.kind, args.fields, at=at_time(args, settings))
    ctx = DeviceContext(settings)
    try:
        ctx.pipeline.accept([obs])
        print(f"logged {obs.kind} ({obs.id})")
        try:
            report = ctx.pipeline.sync(ctx.server, settings.sync_batch)
            print(f"synced to {ctx.server.description} ({report.accepted} stored)")
        except ServerUnreachableError as exc:
            print(f"kept on the device for later sync: {exc}", file=sys.stderr)
    finally:
        ctx.close()
    return EXIT_OK
