"""``LogScreen``: log something by hand, as ``tether log KIND key=value ...`` would.

Opened by a key (``c`` coffee, ``m`` meal, ...) with a sensible entry already typed in, so Enter
alone logs it and the details can be edited first. Dismissed with the line, or None.
"""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

PRESETS: dict[str, str] = {
    "coffee": "coffee drink=espresso caffeine_mg=63",
    "meal": "meal food=",
    "water": "water ml=250",
    "exercise": "exercise activity=run duration_min=30 distance_km=5",
    "other": "",
}
"""What each logging key starts with."""


class LogScreen(ModalScreen[str | None]):
    """One line, ``KIND key=value ...``; Enter logs, Esc cancels."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, preset: str, stopped_at: str | None = None) -> None:
        """``stopped_at``: the session's time when its clock is stopped (``tether tui --at``): the
        entry is logged at that time, and the dialog says so."""
        super().__init__()
        self.preset = preset
        self.stopped_at = stopped_at

    def compose(self) -> ComposeResult:
        with Vertical(id="log-dialog", classes="dialog"):
            yield Static("[b]Log[/b]  KIND key=value …   (Enter: log, Esc: cancel)")
            yield Input(value=self.preset, placeholder="coffee drink=espresso caffeine_mg=63", id="log-line")
            if self.stopped_at:
                yield Static(f"[yellow]the clock is stopped (--at): this is logged at {self.stopped_at}[/yellow]",
                             id="log-stopped")
            yield Static("[dim]numbers are stored as numbers; duration_min=N gives it an end[/dim]")

    def on_mount(self) -> None:
        entry = self.query_one("#log-line", Input)
        entry.focus()
        entry.cursor_position = len(entry.value)

    def action_cancel(self) -> None:
        """Close without logging."""
        self.dismiss(None)

    @on(Input.Submitted, "#log-line")
    def _submitted(self, event: Input.Submitted) -> None:
        self.dismiss(event.value.strip() or None)
