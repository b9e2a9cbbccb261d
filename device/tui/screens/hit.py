"""``HitScreen``: one memory opened: its text, when, and the observations it came from.

Dismissed with ``"forget"`` when the person asks to forget it (the memory pane confirms and
does it), or None.
"""

from __future__ import annotations

from rich.markup import escape
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from device.tui.widgets.answer_card import observation_line
from device.session import TuiSession
from shared.observation import Observation
from shared.wire import MemoryHit


class HitScreen(ModalScreen[str | None]):
    """A memory and its source observations; ``f`` forgets it, Esc closes."""

    BINDINGS = [
        Binding("f", "forget", "Forget…"),
        Binding("escape", "close", "Close"),
    ]

    def __init__(self, session: TuiSession, hit: MemoryHit) -> None:
        super().__init__()
        self.session = session
        self.hit = hit

    def compose(self) -> ComposeResult:
        hit = self.hit
        when = f"{hit.start.astimezone(self.session.tz):%a %d %b %Y %H:%M}" if hit.start else "no time"
        with Vertical(id="hit-dialog", classes="dialog"):
            yield Static(f"[b]{escape(hit.kind or 'memory')}[/b] · {when} · score {hit.score:.2f} · "
                         f"[dim]{escape(hit.id)}[/dim]")
            with VerticalScroll(id="hit-body"):
                yield Static(escape(hit.text), id="hit-text")
                yield Static("looking up its observations…", id="hit-observations")
            yield Static("[dim]f forget everywhere… · Esc close[/dim]")

    def on_mount(self) -> None:
        self._load()

    @work(thread=True)
    def _load(self) -> None:
        observations = self.session.evidence_observations(self.hit)
        self.app.call_from_thread(self._show, observations)

    def _show(self, observations: list[Observation]) -> None:
        if observations:
            lines = [observation_line(o, self.session.tz) for o in observations]
            count = f"{len(observations)} observation{'' if len(observations) == 1 else 's'}"
            text = f"[b]from {count} on this device[/b]\n" + escape("\n".join(lines))
        else:
            text = f"[dim]sources {escape(', '.join(self.hit.source_ids))}: no longer on this device[/dim]"
        self.query_one("#hit-observations", Static).update(text)

    def action_forget(self) -> None:
        """Ask the memory pane to forget this memory."""
        self.dismiss("forget")

    def action_close(self) -> None:
        """Close."""
        self.dismiss(None)
