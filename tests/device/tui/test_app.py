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
from device.tui.widgets.chat_pane import ChatPane, QuestionBox
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
from tests.device.tui.tui_world import NOW, TZ_NAME, assert_snapshot, build_world, drive, settle


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


def test_evidence_opens_from_the_keyboard(world) -> None:
    """Tab from the question box reaches the newest answer's evidence; Enter and Space open it and a memory."""
    async def steps(pilot) -> None:
        app = pilot.app
        card = await _ask(pilot, "How much coffee did I have today?")
        evidence = card.query_one(".evidence", Collapsible)
        assert isinstance(app.focused, QuestionBox) and evidence.collapsed
        await pilot.press("tab")
        assert app.focused is evidence.query_one("CollapsibleTitle")
        await pilot.press("enter")
        await settle(pilot)
        assert not evidence.collapsed
        first_hit = evidence.query(".hit").first(Collapsible)
        await pilot.press("tab")  # on to the first memory's title
        assert app.focused is first_hit.query_one("CollapsibleTitle")
        await pilot.press("space")
        await settle(pilot)
        assert not first_hit.collapsed and "syn-7-" in str(first_hit.query_one(".observations", Static).content)
        await pilot.press("space")
        await settle(pilot)
        assert first_hit.collapsed

    drive(_app(world), steps)


def test_memory_keys_search_then_down_to_the_first_hit(world) -> None:
    """Enter searches and leaves the cursor in the box; one ↓ highlights the first hit; / starts a new
    search wherever the cursor is (in the box too: it is not typed), from any tab."""
    async def steps(pilot) -> None:
        app = pilot.app
        await pilot.press("4", *"espresso", "enter")
        await settle(pilot)
        box, hits = app.query_one("#search"), app.query_one("#hits", OptionList)
        assert app.focused is box and app.query_one(MemoryPane).hits
        await pilot.press("down")
        assert app.focused is hits and hits.highlighted == 0
        await pilot.press("slash")
        assert app.focused is box
        await pilot.press("slash", *"lunch")
        assert box.value == "lunch"  # the old query was selected and replaced; no "/" typed
        await pilot.press("escape", "1", "slash")
        assert app.query_one("#tabs").active == "memory" and app.focused is box

    drive(_app(world), steps)


def test_memory_hits_use_the_whole_width_and_snapshot_at_120_columns(world) -> None:
    """On a 120-column terminal a hit is shown whole across the row (it was cut at 75 columns); a longer
    one wraps."""
    shots: list[str] = []

    async def steps(pilot) -> None:
        await pilot.press("4", *"lunch", "enter")
        await settle(pilot)
        shots.append(screen_text(pilot.app))

    drive(_app(world), steps, size=(120, 30))
    (text,) = shots
    rows = [line for line in text.splitlines() if "meal (" in line]
    assert rows and all(len(line) <= 120 for line in text.splitlines())
    assert "meal (food: shakshuka; meal: lunch; where: Café Fleur)" in text  # whole, past column 80
    assert_snapshot("memory-120", text)


def test_memory_search_open_and_forget_after_confirmation(world) -> None:
    """Changes the world: forgets one coffee memory and its observations everywhere."""
    async def steps(pilot) -> None:
        app = pilot.app
        await pilot.press("4", *"espresso", "enter")
        await settle(pilot)
        pane = app.query_one(MemoryPane)
        assert pane.hits and app.query_one("#hits", OptionList).option_count == len(pane.hits)
        hit = pane.hits[0]
        await pilot.press("down", "enter")  # to the first hit, and open it
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
        # The clock is stopped (--at): the dialog says the entry is logged at that time, not now.
        stopped = str(app.screen.query_one("#log-stopped", Static).content)
        assert "clock is stopped" in stopped and "logged at Fri 20 Nov 16:30" in stopped
        await pilot.press("enter")  # the preset: coffee drink=espresso caffeine_mg=63
        await settle(pilot)
        assert any("logged coffee at Fri 20 Nov 16:30 (stopped clock)" in n.message for n in app._notifications)
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
    names = {"question_mark": "?", "slash": "/", "left_square_bracket": "[", "right_square_bracket": "]", "down": "↓"}
    listed = {token for _, keys in KEYS for key, _ in keys for token in key.split()}
    listed |= {str(n) for n in range(1, 6)} if "1-5" in listed else set()
    for owner in (TetherApp, ChatPane, QuestionBox, AnswerCard, TodayPane, GuidancePane, MemoryPane, HitScreen,
                  ConfirmScreen, LogScreen, HelpScreen):
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


def _offline_app(tmp_path, enabled: list[str], phrase_guidance: bool = False) -> tuple[TetherApp, DeviceContext]:
    """An app whose server does not answer (nothing listens on port 9), on a home of its own."""
    settings = DeviceSettings(home=tmp_path / "offline-home", server_url="http://127.0.0.1:9", token="t",
                              timezone=TZ_NAME, sensors=SensorSettings(enabled=enabled))
    ctx = DeviceContext(settings)
    return TetherApp(settings, context=ctx, now=NOW, phrase_guidance=phrase_guidance), ctx


def test_status_shows_whole_sensor_reasons(tmp_path) -> None:
    """A sensor's reason says how to fix it: shown whole (wrapped in its column), never cut."""
    from sensors.health import HealthSensor

    app, ctx = _offline_app(tmp_path, ["manual", "health", "webhook"])
    reason = HealthSensor.from_settings(ctx.settings.sensors, tmp_path / "h").health().reason
    assert len(reason) > 100
    shots: list[str] = []

    async def steps(pilot) -> None:
        await pilot.press("5")
        await settle(pilot)
        shots.append(screen_text(pilot.app))

    try:
        drive(app, steps, size=(120, 30))
    finally:
        ctx.close()
    flat = " ".join(shots[0].split())
    assert reason in flat
    assert "not listening: nothing serves http://127.0.0.1:8766" in flat  # the webhook: only what is true


def test_engine_status_counts_an_answer_made_on_the_device(tmp_path) -> None:
    """After an answer from the device (server unreachable) the status does not say "no answers yet"."""
    app, ctx = _offline_app(tmp_path, ["manual"])
    ctx.pipeline.accept(generate_day(NOW.date(), seed=7, tz=TZ_NAME))

    async def steps(pilot) -> None:
        card = await _ask(pilot, "How much coffee did I have today?")
        assert "device (offline answer)" in str(card.query_one(".answer-meta", Static).content)
        await pilot.press("escape", "5")
        await settle(pilot)
        engine = str(pilot.app.query_one("#engine-status", Static).content)
        assert "no answers yet" not in engine and "1 answer made on this device" in engine

    try:
        drive(app, steps)
    finally:
        ctx.close()


def test_guidance_shows_no_model_markup(tmp_path) -> None:
    """The local model may echo its prompt's tags around a reworded item; the pane shows the words only."""
    from device.cli.main import main

    home = ["--home", str(tmp_path / "offline-home"), "--tz", TZ_NAME, "--server", "http://127.0.0.1:9"]
    assert main(["log", "meeting", "title=Standup", "--at", "2026-11-20T16:35", *home]) == 0
    app, ctx = _offline_app(tmp_path, ["manual"], phrase_guidance=True)

    class TaggingModel:
        def rewrite(self, text: str) -> str:
            return f"<text>{text}</text>"

    ctx.__dict__["condenser"] = TaggingModel()  # what the real model did: the note, inside the prompt's tags

    async def steps(pilot) -> None:
        await pilot.press("3")
        await settle(pilot)
        shown = str(pilot.app.query_one("#guidance-list", Static).content)
        assert "Standup starts at 16:35" in shown and "<text>" not in shown and "</text>" not in shown

    try:
        drive(app, steps)
    finally:
        ctx.__dict__.pop("condenser")
        ctx.close()
