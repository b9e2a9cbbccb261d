"""``TodayPane``: the current state and a picture of the day, switchable to the past 7 days."""

from __future__ import annotations

from datetime import date, timedelta

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static

from device.session import TodayView, TuiSession


class TodayPane(Vertical):
    """State lines on top, the day (or week) picture below; redrawn by ``refresh_view``.

    Sized for 80x24 without scrolling: at most 7 state lines and a picture of 10.
    """

    can_focus = True

    BINDINGS = [
        Binding("v", "toggle_week", "Day/week"),
        Binding("left_square_bracket", "shift(-1)", "Earlier", key_display="[", show=False),
        Binding("right_square_bracket", "shift(1)", "Later", key_display="]", show=False),
        Binding("t", "today", "Today"),
    ]

    def __init__(self, session: TuiSession, id: str | None = None) -> None:
        super().__init__(id=id)
        self.session = session
        self.week = False
        self.day: date | None = None
        """The day shown; None follows today."""

    def compose(self) -> ComposeResult:
        yield Static("loading…", id="state")
        yield Static("", id="picture-title")
        yield Static("", id="picture")

    def action_toggle_week(self) -> None:
        """Switch between the day picture and the 7-day one."""
        self.week = not self.week
        self.refresh_view()

    def action_shift(self, days: int) -> None:
        """Show an earlier or later day (a week at a time in the week view)."""
        today = self.session.now().astimezone(self.session.tz).date()
        step = 7 if self.week else 1
        shifted = (self.day or today) + timedelta(days=days * step)
        self.day = None if shifted >= today else shifted
        self.refresh_view()

    def action_today(self) -> None:
        """Back to today."""
        self.day = None
        self.refresh_view()

    @work(thread=True, exclusive=True, group="today")
    def refresh_view(self) -> None:
        """Read the store off the UI thread, then draw."""
        try:
            view = self.session.today(self.day, self.week)
        except Exception as exc:  # shown in the pane rather than ending the app
            self.app.call_from_thread(self.query_one("#state", Static).update, Text(f"cannot read the day: {exc}"))
            return
        self.app.call_from_thread(self._show, view)

    def _show(self, view: TodayView) -> None:
        self.query_one("#state", Static).update(Text("\n".join(view.state)))
        tz = self.session.tz
        today = view.now.astimezone(tz).date()
        if view.week:
            first = view.day - timedelta(days=6)
            title = f"[b]Week[/b] {first:%a %d %b} – {view.day:%a %d %b}"
        else:
            title = f"[b]{'Today' if view.day == today else 'Day'}[/b] {view.day:%a %d %b %Y}"
        hint = "  [dim]v day/week · [ ] earlier/later · t today[/dim]"
        self.query_one("#picture-title", Static).update(title + hint)
        self.query_one("#picture", Static).update(Text("\n").join(view.picture))
