"""A seeded synthetic week on a device in embedded mode, for driving the TUI with the Pilot.

Not a conftest: the test modules import what they use.

The server parts are real (the session's SmolLM2 engine and MiniLM embedder, a chromadb of the
world's own); the clock is fixed so pictures and guidance do not depend on when tests run.
"""

from __future__ import annotations

import asyncio
import difflib
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from device.context import DeviceContext
from device.client.embedded import EmbeddedServerApi
from sensors.synthetic import generate_life
from shared.settings import DeviceSettings, SensorSettings, ServerSettings
from shared.timeutil import resolve_timezone

TZ_NAME = "Europe/Berlin"
TZ = resolve_timezone(TZ_NAME)
SEED = 7
NOW = datetime(2026, 11, 20, 16, 30, tzinfo=TZ)
DAYS = 7
"""Days of synthetic life up to NOW's day (Sat 14 to Fri 20 November 2026)."""
SIZE = (80, 24)
SNAPSHOTS = Path(__file__).with_name("snapshots")
UPDATE_SNAPSHOTS = os.environ.get("TETHER_UPDATE_SNAPSHOTS") == "1"
"""Read at import: the root conftest removes TETHER_* variables before each test runs."""


class SharedEngineServer(EmbeddedServerApi):
    """The embedded server on the session's loaded models: closing it keeps the models for others."""

    def close(self) -> None:
        self._services.store.close()


@dataclass
class World:
    """A device with synthetic days, its context and the server settings behind it."""

    settings: DeviceSettings
    server_settings: ServerSettings
    ctx: DeviceContext
    services: object


def build_world(home: Path, server_settings: ServerSettings, server_services, sync: bool, days: int = DAYS) -> World:
    """The ``days`` synthetic days up to NOW through the device pipeline; synced into memory when
    ``sync`` (embedding is the slow part, so tests that search keep ``days`` small)."""
    from server.services.container import build_services

    own = server_settings.model_copy(update={"home": home, "timezone": TZ_NAME})
    services = build_services(own, engine=server_services.scheduler.inner, embedder=server_services.embedder)
    settings = DeviceSettings(home=home, timezone=TZ_NAME, sensors=SensorSettings(enabled=["manual", "system"]))
    ctx = DeviceContext(settings, server=SharedEngineServer(own, services))
    ctx.pipeline.accept(generate_life(NOW.date() - timedelta(days=days - 1), days, seed=SEED, tz=TZ_NAME))
    if sync:
        ctx.pipeline.sync(ctx.server, settings.sync_batch)
    return World(settings, own, ctx, services)


def drive(app, steps: Callable[[object], Awaitable[None]], size: tuple[int, int] = SIZE) -> None:
    """Run ``app`` headless (80x24 unless ``size`` says) and let ``steps(pilot)`` drive it (tests are
    sync functions)."""

    async def run() -> None:
        async with app.run_test(size=size) as pilot:
            await settle(pilot)
            await steps(pilot)

    asyncio.run(run())


async def settle(pilot) -> None:
    """Wait until every worker is done and the screen has caught up."""
    for _ in range(3):  # a finished worker may start another (a probe after a log)
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()


def assert_snapshot(name: str, text: str) -> None:
    """Compare with ``snapshots/NAME.txt``; ``TETHER_UPDATE_SNAPSHOTS=1`` rewrites it."""
    path = SNAPSHOTS / f"{name}.txt"
    if UPDATE_SNAPSHOTS or not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        if not UPDATE_SNAPSHOTS:
            pytest.fail(f"new snapshot {path} written; check it and run again")
    expected = path.read_text(encoding="utf-8")
    if text != expected:
        diff = "\n".join(difflib.unified_diff(expected.splitlines(), text.splitlines(), "expected", "got", lineterm=""))
        pytest.fail(f"screen differs from {path.name} (TETHER_UPDATE_SNAPSHOTS=1 rewrites it):\n{diff}")
