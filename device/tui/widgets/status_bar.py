"""``StatusBar``: the top line: mode, online or OFFLINE, outbox depth and the session's time."""

from __future__ import annotations

from datetime import datetime

from rich.markup import escape
from textual.widgets import Static


class StatusBar(Static):
    """One line that is always visible, so being offline is never a surprise."""

    def __init__(self, mode: str, id: str | None = None) -> None:
        super().__init__(id=id)
        self.mode = mode
        self.online: bool | None = None
        self.outbox: int | None = None
        self.now: datetime | None = None

    def on_mount(self) -> None:
        self._draw()

    def show(self, online: bool | None = None, outbox: int | None = None, now: datetime | None = None) -> None:
        """Update the parts given."""
        if online is not None:
            self.online = online
            self.set_class(not online, "offline")
        if outbox is not None:
            self.outbox = outbox
        if now is not None:
            self.now = now
        self._draw()

    def _draw(self) -> None:
        if self.online is None:
            link = "[dim]○ checking[/dim]"
        elif self.online:
            link = "[green]● online[/green]"
        else:
            link = "[b]○ OFFLINE[/b]"
        outbox = "" if self.outbox is None else f" · outbox {self.outbox}"
        now = "" if self.now is None else f" · {self.now:%a %d %b %H:%M}"
        mode = self.mode.removeprefix("http://").removeprefix("https://")
        self.update(f"[b]Tether[/b] · {escape(mode)} · {link}{outbox}{now} · [dim]f1 help[/dim]")
