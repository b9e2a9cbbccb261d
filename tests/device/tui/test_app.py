"""The TUI driven with the Pilot through the real parts: chat, memory search and forget, logging,
offline. Two synced synthetic days (embedded mode, the session's real models) serve the module;
each test states what it changes."""

from __future__ import annotations

from datetime import timedelta

import pytest
from textual.widgets import Collapsible, OptionList, Static

from device.context import DeviceContext
from device.tui.widgets.answer_card import AnswerCard
from device.tui.app import TetherApp
from device.tui.widgets.chat_pane import ChatPane
from device.tui.screens.confirm import ConfirmScreen
from device.tui.widgets.guidance_pane import GuidancePane
from device.tui.screens.help import KEYS, HelpScreen
from device.tui.screens.hit import HitScreen
from device.tui.screens.log import LogScreen
from device.tui.widgets.memory_pane import MemoryPane
from device.tui.screenshot import screen_text
from device.tui.widgets.status_bar import StatusBar
from device.tui.widgets.today_pane import TodayPane
from sensors.synthetic import generate_day
from shared.settings import DeviceSettings, SensorSettings
from tests.device.tui.tui_world import NOW, TZ_NAME, build_world, drive, settle


@pytest.fixture(scope="module")
def world(tmp_path_factory, server_settings, server_services):
    world = build_world(tmp_path_factory.mktemp("tui-app"), server_settings, server_services, sync=True, days=2)
    yield world
    world.ctx.close()


def _app(world) -> TetherApp:
    return TetherApp(world.settings, context=world.ctx, now=NOW, phrase_guidance=False)


async def _ask(pilot, question: str) -> AnswerCard:
    await pilot.press("2")
    await pilot.press(*question, "enter")
    await settle(pilot)
    return pilot.app.query(AnswerCard).last()


def test_chat_streams_a_server_answer_with_metrics_and_evidence(world) -> None:
    """Embedded mode: the grounded answer fills the card; source, how it was made, metrics and evidence follow."""
    async def steps(pilot) -> None:
        card = await _ask(pilot, "How much coffee did I have today?")
        assert card.pieces >= 1 and "coffee" in card.text
        meta = str(card.query_one(".answer-meta", Static).content)
        assert "● server" in meta and "computed ✓ checked" in meta and "condense" in meta and "TTFT" in meta
        evidence = card.query_one(".evidence", Collapsible)
        assert evidence.collapsed and evidence.title.startswith("evidence (")
        await pilot.click(evidence.query_one("CollapsibleTitle"))
        await settle(pilot)
        assert not evidence.collapsed
        first_hit = evidence.query(".hit").first(Collapsible)
        await pilot.click(first_hit.query_one("CollapsibleTitle"))
        await settle(pilot)
        observations = str(first_hit.query_one(".observations", Static).content)
        assert "syn-7-" in observations  # the memory's own observations, from the device's store
        status = pilot.app.query_one("#engine-status", Static).content
        assert "1 answer, " in str(status) and "(this session)" in str(status)

    drive(_app(world), steps)


def test_memory_search_open_and_forget_after_confirmation(world) -> None:
    """Changes the world: forgets one coffee memory and its observations everywhere."""
    async def steps(pilot) -> None:
        app = pilot.app
        await pilot.press("4", *"espresso", "enter")
        await settle(pilot)
        pane = app.query_one(MemoryPane)
        assert pane.hits and app.query_one("#hits", OptionList).option_count == len(pane.hits)
        hit = pane.hits[0]
        await pilot.press("enter")  # open the highlighted hit
        await settle(pilot)
        assert isinstance(app.screen, HitScreen)
        shown = screen_text(app)
        assert "on this device" in shown and hit.source_ids[0] in shown  # its observations, from the store
        await pilot.press("f")  # forget from the opened hit: asks first
        await settle(pilot)
        assert isinstance(app.screen, ConfirmScreen) and "cannot be undone" in app.screen.question
        await pilot.press("n")
        await settle(pilot)
        assert pane.hits[0] == hit and "nothing forgotten" in str(app.query_one("#memory-note", Static).content)
        await pilot.press("f")  # again, from the list
        await settle(pilot)
        await pilot.press("y")
        await settle(pilot)
        assert hit not in pane.hits
        assert "forgot 1 memory on the server" in str(app.query_one("#memory-note", Static).content)
        ids = set(hit.source_ids)
        assert hit.id not in {h.id for h in world.ctx.server.search("espresso", 50).hits}
        around = hit.start or NOW
        assert not ids & {o.id for o in world.ctx.store.between(around - timedelta(days=2), around + timedelta(days=2))}

    drive(_app(world), steps)


def test_log_coffee_from_the_keyboard(world) -> None:
    """Changes the world: a coffee at NOW, stored, synced, and drawn in today's state and picture."""
    async def steps(pilot) -> None:
        app = pilot.app
        before = str(app.query_one("#state", Static).content)
        assert "coffee today: 2 (221 mg), last 10:20" in before
        await pilot.press("c")
        await settle(pilot)
        assert isinstance(app.screen, LogScreen)
        await pilot.press("enter")  # the preset: coffee drink=espresso caffeine_mg=63
        await settle(pilot)
        assert "coffee today: 3 (284 mg), last 16:30" in str(app.query_one("#state", Static).content)
        drinks = next(line for line in str(app.query_one("#picture", Static).content).splitlines()
                      if line.startswith("drinks"))
        assert drinks[8 + (16 * 60 + 30) // 20] == "c"  # 16:30 is in the 16:20-16:40 column
        logged = [o for o in world.ctx.store.recent(NOW - timedelta(minutes=1)) if o.id.startswith("manual-")]
        assert [(o.kind, o.data) for o in logged] == [("coffee", {"drink": "espresso", "caffeine_mg": 63})]
        assert world.ctx.outbox.depth() == 0  # synced straight away
        await pilot.press("l", *"=oops", "enter")  # a malformed entry is refused, nothing stored
        await settle(pilot)
        assert len([o for o in world.ctx.store.recent(NOW - timedelta(minutes=1)) if o.id.startswith("manual-")]) == 1

    drive(_app(world), steps)


def test_offline_when_the_server_stops(world, tmp_path) -> None:
    """A real server answers, then stops: the status line says OFFLINE, the device answers, the
    outbox keeps what is logged."""
    from server.api.app import create_app
    from server.api.background import BackgroundServer

    server = BackgroundServer(create_app(world.server_settings, services=world.services))
    url = server.start()
    settings = DeviceSettings(home=tmp_path / "home", server_url=url, token=world.server_settings.token,
                              timezone=TZ_NAME, sensors=SensorSettings(enabled=["manual"]))
    ctx = DeviceContext(settings)
    ctx.pipeline.accept(generate_day(NOW.date(), seed=7, tz=TZ_NAME))

    async def steps(pilot) -> None:
        app = pilot.app
        bar = app.query_one(StatusBar)
        assert bar.online is True and "● online" in screen_text(app)
        server.stop()
        await pilot.press("r")
        await settle(pilot)
        assert bar.online is False and bar.has_class("offline") and "OFFLINE" in screen_text(app)
        queued = ctx.outbox.depth()
        card = await _ask(pilot, "Did I sleep well?")
        meta = str(card.query_one(".answer-meta", Static).content)
        assert "device (offline answer)" in meta and "cannot reach" in meta and card.text.strip()
        await pilot.press("escape", "c", "enter")
        await settle(pilot)
        assert ctx.outbox.depth() == queued + 1  # kept for later
        await pilot.press("5")
        assert "OFFLINE" in str(app.query_one("#server-status", Static).content)

    try:
        drive(TetherApp(settings, context=ctx, now=NOW, phrase_guidance=False), steps)
    finally:
        server.stop()
        ctx.close()


def test_help_lists_every_binding() -> None:
    """Each key bound anywhere in the app appears in the help screen."""
    names = {"question_mark": "?", "slash": "/", "left_square_bracket": "[", "right_square_bracket": "]"}
    listed = {token for _, keys in KEYS for key, _ in keys for token in key.split()}
    listed |= {str(n) for n in range(1, 6)} if "1-5" in listed else set()
    for owner in (TetherApp, ChatPane, TodayPane, GuidancePane, MemoryPane, HitScreen, ConfirmScreen, LogScreen,
                  HelpScreen):
        for binding in owner.BINDINGS:
            for key in binding.key.split(","):
                assert names.get(key, key) in listed, f"{owner.__name__}: {key} is not in the help"


def test_tui_command_passes_at_as_the_fixed_clock(monkeypatch, tmp_path) -> None:
    """``tether tui --at`` builds the app with its clock stopped at that local time."""
    from device.cli.main import main

    seen = []
    monkeypatch.setattr(TetherApp, "run", lambda self: seen.append((self.session.now(), self.session.now())))
    assert main(["tui", "--home", str(tmp_path), "--tz", TZ_NAME, "--at", "2026-11-20T16:30"]) == 0
    assert seen == [(NOW, NOW)]
