"""The TUI's panes and widgets."""
