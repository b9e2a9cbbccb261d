"""Plain-text screenshots of a running app (text snapshots, ``scripts/tui_screens.py``)."""

from __future__ import annotations

import io

from rich.console import Console
from textual.app import App


def screen_text(app: App) -> str:
    """The current screen as plain text, one line per terminal row, trailing spaces removed.

    Renders the screen the way ``App.export_screenshot`` does for its SVG (Textual offers no
    public text export), into a recording console whose text is exported without styles.
    """
    width, height = app.size
    console = Console(width=width, height=height, file=io.StringIO(), force_terminal=True, color_system=None,
                      record=True, legacy_windows=False, safe_box=False)
    update = app.screen._compositor.render_update(full=True, screen_stack=app._background_screens)
    console.print(update)
    lines = console.export_text(styles=False).splitlines()
    return "\n".join(line.rstrip() for line in lines[:height]) + "\n"
