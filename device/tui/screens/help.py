"""``HelpScreen``: every key binding, by where it works."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("Anywhere but a text box", (
        ("1-5", "switch tab"),
        ("a", "ask a question"),
        ("c m w e", "log coffee, meal,"),
        ("", "water, exercise"),
        ("l", "log KIND key=value…"),
        ("/", "search memory"),
        ("r", "refresh everything"),
        ("s", "sync the outbox now"),
        ("? f1", "this help"),
        ("ctrl+q", "quit"),
    )),
    ("In a text box", (
        ("enter", "ask, search, log"),
        ("escape", "leave the box"),
    )),
    ("Today", (
        ("v", "day or past 7 days"),
        ("[ ]", "earlier / later"),
        ("t", "back to today"),
    )),
    ("Chat", (
        ("tab", "to the evidence"),
        ("space", "open/close (or enter)"),
        ("ctrl+l", "clear the chat"),
    )),
    ("Guidance", (("g", "check again"),)),
    ("Memory", (
        ("/", "new search"),
        ("↑ ↓ enter", "pick a hit, open it"),
        ("f", "forget it (asks first)"),
    )),
    ("Dialogs", (
        ("y n", "answer a question"),
        ("escape q", "close"),
    )),
)
"""The help text, in two columns; a test checks that every binding of the app is listed."""
LEFT_SECTIONS = 2
"""How many sections go in the left column."""


def help_column(sections: tuple[tuple[str, tuple[tuple[str, str], ...]], ...]) -> str:
    """Sections as markup, one key per line."""
    lines = []
    for section, keys in sections:
        lines.append(f"[b]{section}[/b]")
        lines.extend(f" [cyan]{key:<9}[/cyan] {what}" for key, what in keys)
    return "\n".join(lines)


class HelpScreen(ModalScreen[None]):
    """The key bindings; any of Esc, q, ? or f1 closes it."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("q", "close", "Close", show=False),
        Binding("question_mark", "close", "Close", show=False),
        Binding("f1", "close", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="help-dialog", classes="dialog"):
            yield Static("[b]Tether keys[/b]  [dim](Esc closes)[/dim]")
            with Horizontal(id="help-body"):
                yield Static(help_column(KEYS[:LEFT_SECTIONS]), classes="help-column")
                yield Static(help_column(KEYS[LEFT_SECTIONS:]), classes="help-column")

    def action_close(self) -> None:
        """Close the help."""
        self.dismiss(None)
