"""``TetherApp``: the terminal assistant.

Tabs for today at a glance, chat, guidance, memory and status, a status line that shows when
the server is unreachable, and keys to log things by hand. Every blocking call (model, server,
SQLite, sensors) runs in a thread worker through ``TuiSession``; results come back to the UI
with ``call_from_thread``.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from rich.markup import escape
from textual import on, work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Input, TabbedContent, TabPane

from device.context import DeviceContext
from device.tui.widgets.chat_pane import ChatPane
from device.tui.widgets.guidance_pane import GuidancePane
from device.tui.screens.help import HelpScreen
from device.tui.screens.log import PRESETS, LogScreen
from device.tui.widgets.memory_pane import MemoryPane
from device.session import TuiSession
from device.tui.widgets.status_bar import StatusBar
from device.tui.widgets.status_pane import StatusPane
from device.status_probe import DeviceStatus, EngineStats, ServerStatus
from device.tui.widgets.today_pane import TodayPane
from shared.settings import DeviceSettings
from shared.timeutil import to_utc

logger = logging.getLogger(__name__)

TABS: tuple[tuple[str, str], ...] = (
    ("today", "1 Today"), ("chat", "2 Chat"), ("guidance", "3 Guidance"), ("memory", "4 Memory"), ("status", "5 Status"),
)
PROBE_INTERVAL_S = 15.0
"""How often the server's health, the outbox and the agent's status are read."""
TICK_INTERVAL_S = 60.0
"""How often the clock and today's picture are redrawn."""
GUIDANCE_INTERVAL_S = 300.0
"""How often the guidance rules are checked again (the local model may phrase each item)."""


class TetherApp(App):
    """Ask about your day, see it at a glance, follow guidance, look into memory and status."""

    TITLE = "Tether"
    ENABLE_COMMAND_PALETTE = False  # its key would compete with ours, and the footer needs the room
    CSS_PATH = Path(__file__).with_name("tether.tcss")
    BINDINGS = [
        Binding("ctrl+q", "quit", "Quit", priority=True),
        Binding("question_mark,f1", "help", "Help", key_display="?"),
        *(Binding(str(n), f"show_tab('{tab}')", title.split()[1], show=False) for n, (tab, title) in enumerate(TABS, 1)),
        Binding("a", "ask", "Ask"),
        Binding("slash", "search_memory", "Search memory", show=False, key_display="/"),
        Binding("c", "log('coffee')", "Coffee"),
        Binding("m", "log('meal')", "Meal", show=False),
        Binding("w", "log('water')", "Water", show=False),
        Binding("e", "log('exercise')", "Exercise", show=False),
        Binding("l", "log('other')", "Log"),
        Binding("r", "refresh", "Refresh", show=False),
        Binding("s", "sync", "Sync", show=False),
        Binding("escape", "leave_input", "Leave box", show=False),
    ]

    def __init__(self, settings: DeviceSettings, context: DeviceContext | None = None, now: datetime | None = None,
                 phrase_guidance: bool = True, probe_interval_s: float = PROBE_INTERVAL_S) -> None:
        """``now`` fixes the clock (``tether tui --at``, snapshots); ``context`` is shared, not closed."""
        super().__init__()
        self._settings = settings
        self._owns_device = context is None
        self._device = context or DeviceContext(settings)
        fixed = None if now is None else to_utc(now)
        self.session = TuiSession(self._device, clock=(lambda: fixed) if fixed else None,
                                  phrase_guidance=phrase_guidance)
        self._probe_interval_s = probe_interval_s
        self._probe_sensors = True
        self._last_device: DeviceStatus | None = None

    def compose(self) -> ComposeResult:
        yield StatusBar(self.session.mode, id="status-bar")
        with TabbedContent(initial="today", id="tabs"):
            with TabPane(TABS[0][1], id="today"):
                yield TodayPane(self.session, id="today-pane")
            with TabPane(TABS[1][1], id="chat"):
                yield ChatPane(self.session, id="chat-pane")
            with TabPane(TABS[2][1], id="guidance"):
                yield GuidancePane(self.session, id="guidance-pane")
            with TabPane(TABS[3][1], id="memory"):
                yield MemoryPane(self.session, id="memory-pane")
            with TabPane(TABS[4][1], id="status"):
                yield StatusPane(self.session.tz, id="status-pane")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        self.query_one(StatusBar).show(now=self.session.now().astimezone(self.session.tz))
        self.query_one(TodayPane).focus()
        self.query_one(TodayPane).refresh_view()
        self.query_one(GuidancePane).check()
        self.probe()
        self.set_interval(self._probe_interval_s, self.probe)
        self.set_interval(TICK_INTERVAL_S, self._tick)
        self.set_interval(GUIDANCE_INTERVAL_S, self.query_one(GuidancePane).check)

    def _tick(self) -> None:
        self.query_one(StatusBar).show(now=self.session.now().astimezone(self.session.tz))
        self.query_one(TodayPane).refresh_view()

    # --- probing ------------------------------------------------------------------------------

    @work(thread=True, exclusive=True, group="probe")
    def probe(self) -> None:
        """Read the server's health, the engine metrics and the device's status off the UI thread."""
        probe_sensors, self._probe_sensors = self._probe_sensors, False
        try:
            server = self.session.server_status()
            engine = self.session.engine_stats()
            device = self.session.device_status(probe_sensors=probe_sensors)
        except Exception as exc:  # e.g. the model cannot be found: shown, and tried again next probe
            logger.exception("status probe failed")
            self.call_from_thread(self.notify, escape(str(exc)), title="status", severity="error")
            return
        if not probe_sensors and self._last_device is not None:
            device = DeviceStatus(device.outbox_depth, device.observations, device.agent, self._last_device.sensors,
                                  self._last_device.sensors_source, device.disabled)
        self._last_device = device
        self.call_from_thread(self._probed, server, engine, device)

    def _probed(self, server: ServerStatus, engine: EngineStats, device: DeviceStatus) -> None:
        self.query_one(StatusBar).show(online=server.reachable, outbox=device.outbox_depth)
        self.query_one(StatusPane).show(server, engine, device)

    # --- actions ------------------------------------------------------------------------------

    def action_help(self) -> None:
        """Show every key binding."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_show_tab(self, tab: str) -> None:
        """Switch to a tab and put the focus where its keys work."""
        self.query_one(TabbedContent).active = tab
        self._focus_tab(tab)

    def _focus_tab(self, tab: str) -> None:
        if tab == "chat":
            self.query_one("#question", Input).focus()
        elif tab == "memory":
            self.query_one(MemoryPane).query_one("#search", Input).focus()  # ↓ goes on to the hits
        else:
            self.query_one(f"#{tab}-pane").focus()

    @on(TabbedContent.TabActivated, "#tabs")
    def _tab_activated(self, event: TabbedContent.TabActivated) -> None:
        if event.pane.id:
            self._focus_tab(event.pane.id)

    def action_ask(self) -> None:
        """Jump to the question box."""
        self.action_show_tab("chat")

    def action_search_memory(self) -> None:
        """Jump to the memory search box (a new search)."""
        self.action_show_tab("memory")
        self.query_one(MemoryPane).action_focus_search()

    def action_leave_input(self) -> None:
        """Leave a text box so that single-key bindings work again."""
        if isinstance(self.focused, Input):
            self.query_one(TabbedContent).query_one("Tabs").focus()

    def action_refresh(self) -> None:
        """Read everything again (sensors included)."""
        self._probe_sensors = True
        self.probe()
        self.query_one(TodayPane).refresh_view()
        self.query_one(GuidancePane).check()

    def action_log(self, preset: str) -> None:
        """Open the log dialog with an entry for ``preset`` typed in."""
        def logged(line: str | None) -> None:
            if line:
                self._log(line)

        stopped_at = self.session.stopped_time() if self.session.clock_stopped else None
        self.push_screen(LogScreen(PRESETS.get(preset, ""), stopped_at), logged)

    @work(thread=True, group="log")
    def _log(self, line: str) -> None:
        try:
            outcome = self.session.log(line)
        except ValueError as exc:  # a malformed entry: say what is wrong
            self.call_from_thread(self.notify, str(exc), title="not logged", severity="error")
            return
        self.call_from_thread(self._logged, outcome.message)

    def _logged(self, message: str) -> None:
        self.notify(escape(message), title="logged")
        self.query_one(TodayPane).refresh_view()
        self.probe()

    def action_sync(self) -> None:
        """Send the outbox now."""
        self._sync()

    @work(thread=True, group="sync")
    def _sync(self) -> None:
        try:
            message = self.session.sync()
        except Exception as exc:  # unreachable server, refused token: said, not raised
            self.call_from_thread(self.notify, escape(str(exc)), title="sync failed", severity="warning")
            return
        self.call_from_thread(self.notify, escape(message), title="sync")
        self.call_from_thread(self.probe)

    # --- messages from the panes --------------------------------------------------------------

    @on(ChatPane.Answered)
    def _answered(self, event: ChatPane.Answered) -> None:
        if event.answer.source == "device":
            self.query_one(StatusBar).show(online=False)
        self.probe()

    @on(MemoryPane.Forgotten)
    def _forgotten(self, event: MemoryPane.Forgotten) -> None:
        self.query_one(TodayPane).refresh_view()
        self.probe()

    def on_unmount(self) -> None:
        if self._owns_device:
            self._device.close()
