"""``GuidancePane``: the device's guidance for now, each item with the observations it rests on."""

from __future__ import annotations

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static

from device.guidance import GuidanceItem
from device.session import TuiSession

RULE_TITLES = {
    "late_caffeine": "Late caffeine",
    "long_session": "Long screen session",
    "no_exercise": "No exercise lately",
    "meeting_soon": "Meeting soon",
}


class GuidancePane(VerticalScroll):
    """Guidance items, newest check on top; ``g`` checks again."""

    BINDINGS = [Binding("g", "check", "Check again")]

    def __init__(self, session: TuiSession, id: str | None = None) -> None:
        super().__init__(id=id, can_focus=True)
        self.session = session

    def compose(self) -> ComposeResult:
        yield Static("checking…", id="guidance-list")

    def action_check(self) -> None:
        """Evaluate the rules again."""
        self.check()

    @work(thread=True, exclusive=True, group="guidance")
    def check(self) -> None:
        """Run the rules (and maybe the local model) off the UI thread."""
        try:
            items = self.session.guidance()
        except Exception as exc:  # shown in the pane; guidance is an extra, never a crash
            self.app.call_from_thread(self._show_error, str(exc))
            return
        self.app.call_from_thread(self._show, items)

    def _show(self, items: list[GuidanceItem]) -> None:
        at = self.session.now().astimezone(self.session.tz)
        if not items:
            text = f"[dim]{at:%H:%M}[/dim]  nothing to point out right now."
        else:
            blocks = []
            for item in items:
                title = RULE_TITLES.get(item.rule, item.rule)
                sources = ", ".join(item.source_ids) or "none"
                blocks.append(f"[b]{escape(title)}[/b] [dim]{item.at.astimezone(self.session.tz):%H:%M}[/dim]\n"
                              f"{escape(item.text)}\n[dim]sources: {escape(sources)}[/dim]")
            text = "\n\n".join(blocks)
        self.query_one("#guidance-list", Static).update(text)

    def _show_error(self, message: str) -> None:
        self.query_one("#guidance-list", Static).update(f"[red]guidance failed:[/red] {escape(message)}")
