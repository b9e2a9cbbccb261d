"""``MemoryPane``: search memory, open a hit, forget it (after a confirmation)."""

from __future__ import annotations

from rich.markup import escape
from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.message import Message
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from device.tui.screens.confirm import ConfirmScreen
from device.tui.screens.hit import HitScreen
from device.session import ForgetOutcome, TuiSession
from shared.wire import MemoryHit


HIT_CHARS = 300
"""How much of a memory's text its row in the hit list shows."""


class MemoryPane(Vertical):
    """A search box, the hits, and a line saying what happened.

    The focus stays in the search box after a search; ↓ moves to the first hit. ``/`` always
    means "a new search", in the box too (it selects the query, so typing replaces it).
    """

    BINDINGS = [
        Binding("slash", "focus_search", "Search", key_display="/", priority=True),
        Binding("down", "to_hits", "Hits", show=False),
        Binding("f", "forget", "Forget…"),
    ]

    class Forgotten(Message):
        """A memory was forgotten (the app refreshes the other panes)."""

        def __init__(self, outcome: ForgetOutcome) -> None:
            super().__init__()
            self.outcome = outcome

    def __init__(self, session: TuiSession, id: str | None = None) -> None:
        super().__init__(id=id)
        self.session = session
        self.hits: list[MemoryHit] = []

    def compose(self) -> ComposeResult:
        yield Input(placeholder="Search memory…  (Enter: search, ↓: hits, /: new search)", id="search")
        yield OptionList(id="hits")
        yield Static("[dim]/ new search · ↓ hits · Enter open · f forget…[/dim]", id="memory-note")

    def action_focus_search(self) -> None:
        """Put the cursor in the search box, its query selected so that typing starts a new one."""
        box = self.query_one("#search", Input)
        box.focus()
        box.select_all()

    def action_to_hits(self) -> None:
        """From the search box to the hits, the first one highlighted."""
        options = self.query_one("#hits", OptionList)
        if self.hits:
            if options.highlighted is None:
                options.highlighted = 0
            options.focus()

    def _note(self, text: str) -> None:
        self.query_one("#memory-note", Static).update(text)

    @on(Input.Submitted, "#search")
    def _submitted(self, event: Input.Submitted) -> None:
        if event.value.strip():
            self._note("searching…")
            self.search(event.value.strip())

    @work(thread=True, exclusive=True, group="memory-search")
    def search(self, query: str) -> None:
        """Search off the UI thread."""
        try:
            result = self.session.search(query)
        except Exception as exc:  # e.g. the server is unreachable: say so in the pane
            self.app.call_from_thread(self._note, f"[red]search failed:[/red] {escape(str(exc))}")
            return
        self.app.call_from_thread(self._show_hits, result.hits, query)

    def _show_hits(self, hits: list[MemoryHit], query: str) -> None:
        self.hits = list(hits)
        options = self.query_one("#hits", OptionList)
        options.clear_options()
        for index, hit in enumerate(self.hits):
            # Memory text starts with its own date and time, so the hit needs no column for them.
            # As wide as the terminal, wrapped when longer; a huge text is clipped (Enter shows it).
            text = " ".join(hit.text[: 2 * HIT_CHARS].split())
            text = text if len(text) <= HIT_CHARS else text[: HIT_CHARS - 1] + "…"
            prompt = Text.assemble((f"{hit.score:.2f} ", "cyan"), text)
            options.add_option(Option(prompt, id=str(index)))
        self._note(f"{len(self.hits)} memories for [b]{escape(query)}[/b] · ↓ hits · Enter open · f forget…")
        if self.hits:
            options.highlighted = 0

    def _selected(self) -> MemoryHit | None:
        highlighted = self.query_one("#hits", OptionList).highlighted
        return self.hits[highlighted] if highlighted is not None and highlighted < len(self.hits) else None

    @on(OptionList.OptionSelected, "#hits")
    def _open(self, event: OptionList.OptionSelected) -> None:
        hit = self.hits[event.option_index]

        def closed(result: str | None) -> None:
            if result == "forget":
                self._confirm_forget(hit)

        self.app.push_screen(HitScreen(self.session, hit), closed)

    def action_forget(self) -> None:
        """Forget the highlighted memory (after a confirmation)."""
        hit = self._selected()
        if hit is not None:
            self._confirm_forget(hit)

    @work(thread=True, group="memory-forget")
    def _confirm_forget(self, hit: MemoryHit) -> None:
        """Count what would go (a dry run on the server), then ask."""
        try:
            preview = self.session.forget_preview(hit)
        except Exception as exc:  # the server may be down: forgetting needs it
            self.app.call_from_thread(self._note, f"[red]cannot forget now:[/red] {escape(str(exc))}")
            return
        self.app.call_from_thread(self._ask_forget, hit, preview)

    def _ask_forget(self, hit: MemoryHit, preview: int) -> None:
        memories = f"{preview} memor{'y' if preview == 1 else 'ies'}"
        question = (f"Forget {memories} on the server (\"{hit.text[:50]}\"…) and its "
                    f"{len(hit.source_ids)} source observations on this device? This cannot be undone.")

        def answered(yes: bool | None) -> None:
            if yes:
                self._note("forgetting…")
                self._forget(hit)
            else:
                self._note("nothing forgotten")

        self.app.push_screen(ConfirmScreen(question), answered)

    @work(thread=True, group="memory-forget")
    def _forget(self, hit: MemoryHit) -> None:
        try:
            outcome = self.session.forget(hit)
        except Exception as exc:  # shown in the pane
            self.app.call_from_thread(self._note, f"[red]forget failed:[/red] {escape(str(exc))}")
            return
        self.app.call_from_thread(self._forgotten, hit, outcome)

    def _forgotten(self, hit: MemoryHit, outcome: ForgetOutcome) -> None:
        index = self.hits.index(hit)
        self.hits.pop(index)
        self.query_one("#hits", OptionList).remove_option_at_index(index)
        self._note(outcome.message())
        self.post_message(self.Forgotten(outcome))
