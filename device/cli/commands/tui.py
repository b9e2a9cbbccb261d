"""``tether tui``: the terminal assistant."""

from __future__ import annotations

import argparse

from device.cli.options import at_time
from device.cli.output import EXIT_OK
from shared.settings import DeviceSettings

NAME = "tui"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether tui``."""
    p = sub.add_parser(NAME, parents=[common], help="the terminal assistant")
    p.add_argument("--at", metavar="TIME", help="show everything as if it were TIME, with the clock stopped (ISO 8601)")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """The terminal assistant."""
    from device.tui.app import TetherApp

    TetherApp(settings, now=at_time(args, settings)).run()
    return EXIT_OK
