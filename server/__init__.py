"""The personal server: API, engines, memory, learning. Never imports ``device`` or ``textual``."""

__version__ = "0.1.0"
