"""``tether demo``: a synthetic day end to end, with per-phase metrics."""

from __future__ import annotations

import argparse

from shared.settings import DeviceSettings

NAME = "demo"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether demo``."""
    p = sub.add_parser(NAME, parents=[common], help="run a synthetic day end to end and print per-phase metrics")
    p.add_argument("--days", type=int, default=1, help="days of synthetic life to generate (default 1)")
    p.add_argument("--seed", type=int, default=7, help="seed of the synthetic life generator")
    p.add_argument("--keep", action="store_true", help="keep the demo's data directory instead of a temporary one")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """The whole path on a synthetic day."""
    from device.demo import run_demo

    return run_demo(settings, print, days=args.days, seed=args.seed, keep=args.keep)
