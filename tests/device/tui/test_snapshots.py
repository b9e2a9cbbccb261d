"""Text snapshots of the main screens at 80x24 (fixed clock, seeded synthetic week, nothing timed).

The world is never synced or changed here, so memory stays empty and the outbox holds the week.
``TETHER_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/device/tui/test_snapshots.py``
rewrites the files in ``snapshots/`` after a deliberate change; review the diff before committing.
"""

from __future__ import annotations

import pytest

from device.tui.app import TetherApp
from device.tui.screenshot import screen_text
from tests.device.tui.tui_world import NOW, assert_snapshot, build_world, drive, settle


@pytest.fixture(scope="module")
def world(tmp_path_factory, server_settings, server_services):
    world = build_world(tmp_path_factory.mktemp("tui-snapshots"), server_settings, server_services, sync=False)
    yield world
    world.ctx.close()


def test_main_screens(world) -> None:
    """Today (day and week), chat, guidance, memory, status, the log dialog and help."""
    shots: dict[str, str] = {}

    async def tour(pilot) -> None:
        shots["today"] = screen_text(pilot.app)
        for name, keys in (("week", ["v"]), ("chat", ["v", "2"]), ("guidance", ["escape", "3"]),
                           ("memory", ["4"]), ("status", ["escape", "5"]), ("log", ["c"]),
                           ("help", ["escape", "f1"])):
            await pilot.press(*keys)
            await settle(pilot)
            shots[name] = screen_text(pilot.app)

    drive(TetherApp(world.settings, context=world.ctx, now=NOW, phrase_guidance=False), tour)
    for name, text in shots.items():
        assert all(len(line) <= 80 for line in text.splitlines()), name
        assert_snapshot(name, text)
