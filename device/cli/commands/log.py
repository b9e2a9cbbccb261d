"""``tether log``: log a manual observation on the device; the agent syncs it.

No model and no server are loaded: the observation goes to the device's store and its outbox, and
the background agent (``tether agent``) delivers the outbox, as it does for every sensor.
"""

from __future__ import annotations

import argparse
import sys

from device.cli.options import at_time
from device.cli.output import EXIT_FAILED, EXIT_OK
from shared.settings import DeviceSettings

NAME = "log"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether log``."""
    p = sub.add_parser(NAME, parents=[common], help="log a manual observation, e.g. 'tether log meal food=ramen'",
                       description="Stores the observation on this device and queues it; the agent (`tether agent`) "
                                   "syncs it to the server.")
    p.add_argument("kind", help="what happened: coffee, meal, exercise, ...")
    p.add_argument("fields", nargs="*", metavar="KEY=VALUE", help="details (numbers are stored as numbers)")
    p.add_argument("--at", metavar="TIME", help="when (default now)")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Store and queue a manual observation (exit 1 if it is too large and was set aside)."""
    from device.context import DeviceContext
    from sensors.manual import manual_observation

    obs = manual_observation(args.kind, args.fields, at=at_time(args, settings))
    ctx = DeviceContext(settings)
    try:
        report = ctx.pipeline.accept([obs])
        depth = ctx.outbox.depth()
    finally:
        ctx.close()
    if report.set_aside:
        for message in report.set_aside:
            print(f"tether: not logged: {message}; `tether audit` lists it", file=sys.stderr)
        return EXIT_FAILED
    print(f"logged {obs.kind} ({obs.id}); {depth} queued for {settings.server_url or 'the embedded server'}, "
          "synced by the agent (`tether agent`)")
    return EXIT_OK
