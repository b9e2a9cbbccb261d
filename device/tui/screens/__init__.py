"""The TUI's modal screens (dialogs)."""
