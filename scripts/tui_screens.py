#!/usr/bin/env python3
"""Text screenshots of the TUI's main screens at 80x24, for release notes and reviews.

A seeded synthetic week goes through the device pipeline into embedded memory (no network, no
server URL); then the app is driven with Textual's Pilot at a fixed time and each screen is
printed as plain text. Chat and memory hits come from the real models, so their wording and
timings differ between machines; the other screens are the same every run.

    .venv/bin/python scripts/tui_screens.py [--seed 7] [--at 2026-11-20T16:30] [--screens today,chat]
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from device.context import DeviceContext  # noqa: E402
from device.tui.app import TetherApp  # noqa: E402
from device.tui.screenshot import screen_text  # noqa: E402
from sensors.synthetic import generate_life  # noqa: E402
from shared.settings import DeviceSettings, SensorSettings  # noqa: E402
from shared.timeutil import parse_user_time, resolve_timezone  # noqa: E402

SCREENS = ("today", "week", "chat", "evidence", "guidance", "memory", "hit", "status", "log", "help")


async def _settle(pilot) -> None:
    for _ in range(3):  # a finished worker may start another
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


async def tour(app: TetherApp, wanted: list[str], question: str, query: str) -> list[tuple[str, str]]:
    """Drive the app through its screens; (name, text) for each wanted one."""
    shots: list[tuple[str, str]] = []

    async def shot(name: str, *keys: str) -> None:
        await pilot.press(*keys)
        await _settle(pilot)
        if name in wanted:
            shots.append((name, screen_text(app)))

    async with app.run_test(size=(80, 24)) as pilot:
        await shot("today")
        await shot("week", "v")
        await pilot.press("v")
        if "chat" in wanted or "evidence" in wanted:
            await shot("chat", "2", *question, "enter")
            evidence = app.query(".evidence")
            if evidence:
                await pilot.click(evidence.first().query_one("CollapsibleTitle"))
                await shot("evidence")
            await pilot.press("escape")
        await shot("guidance", "3")
        if "memory" in wanted or "hit" in wanted:
            await shot("memory", "4", *query, "enter")
            await shot("hit", "enter")
            await pilot.press("escape")
        await shot("status", "escape", "5")
        await shot("log", "c")
        await shot("help", "escape", "f1")
    return shots


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=7, help="synthetic life seed (default 7)")
    parser.add_argument("--days", type=int, default=7, help="days of synthetic life up to --at (default 7)")
    parser.add_argument("--at", default="2026-11-20T16:30", help="the app's fixed 'now', local time (ISO 8601)")
    parser.add_argument("--tz", default="Europe/Berlin", help="time zone of the synthetic person")
    parser.add_argument("--question", default="How much coffee did I have today?", help="asked in the chat")
    parser.add_argument("--query", default="espresso", help="searched in memory")
    parser.add_argument("--screens", default=",".join(SCREENS), help=f"comma-separated subset of {','.join(SCREENS)}")
    args = parser.parse_args()
    wanted = [name.strip() for name in args.screens.split(",") if name.strip()]
    unknown = sorted(set(wanted) - set(SCREENS))
    if unknown:
        parser.error(f"unknown screens {unknown}; choose from {', '.join(SCREENS)}")
    logging.basicConfig(level=logging.WARNING)

    now = parse_user_time(args.at, resolve_timezone(args.tz))
    last_day = now.astimezone(resolve_timezone(args.tz)).date()
    first_day: date = last_day - timedelta(days=args.days - 1)
    with tempfile.TemporaryDirectory(prefix="tether-tui-screens-") as home:
        settings = DeviceSettings(home=Path(home), timezone=args.tz, sensors=SensorSettings(enabled=["manual", "system"]))
        ctx = DeviceContext(settings)
        try:
            ctx.pipeline.accept(generate_life(first_day, args.days, seed=args.seed, tz=args.tz))
            if {"chat", "evidence", "memory", "hit"} & set(wanted):
                ctx.pipeline.sync(ctx.server, settings.sync_batch)  # into embedded memory
            app = TetherApp(settings, context=ctx, now=now, phrase_guidance=False)
            shots = asyncio.run(tour(app, wanted, args.question, args.query))
        finally:
            ctx.close()
    for name, text in shots:
        print(f"── {name} " + "─" * (76 - len(name)))
        print(text, end="")
    return 0


if __name__ == "__main__":
    sys.exit(main())
