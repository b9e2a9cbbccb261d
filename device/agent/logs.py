"""Logging for the CLI and the agent: text or JSON lines on stderr, plus the agent's rotating file.

JSON lines carry ``ts`` (UTC, ISO 8601), ``level``, ``logger``, ``message`` and ``extras`` (the
``extra=`` fields of the call). The agent logs counts, sensor names and ids, never what an
observation says, so its logs hold no personal data.
"""

from __future__ import annotations

import json
import logging
import logging.handlers
import sys
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

LogFormat = Literal["text", "json"]

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

# Attributes every LogRecord has; anything else on a record came from ``extra=``.
_RECORD_ATTRS = frozenset(vars(logging.LogRecord("", 0, "", 0, "", None, None))) | {"message", "asctime", "taskName"}

# Libraries that log every request or job run at INFO; the agent's file would fill with them.
_CHATTY_LOGGERS = ("apscheduler", "httpx", "httpcore")

_HANDLER_MARK = "_tether_handler"


class JsonLogFormatter(logging.Formatter):
    """One JSON object per line: ts, level, logger, message, extras (and exc when there is one)."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, object] = {
            "ts": datetime.fromtimestamp(record.created, timezone.utc).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": record.getMessage(),
        }
        extras = {key: value for key, value in vars(record).items() if key not in _RECORD_ATTRS and not key.startswith("_")}
        if extras:
            entry["extras"] = extras
        if record.exc_info:
            entry["exc"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False, default=str)


def make_formatter(log_format: LogFormat) -> logging.Formatter:
    """The formatter for ``text`` or ``json``."""
    return JsonLogFormatter() if log_format == "json" else logging.Formatter(TEXT_FORMAT)


def configure_logging(level: int, log_format: LogFormat = "text") -> None:
    """Log to stderr at ``level`` in ``log_format``; replaces what an earlier call installed."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, _HANDLER_MARK, False) == "stderr"]:
        root.removeHandler(handler)
    handler = logging.StreamHandler(sys.stderr)
    handler.setLevel(level)
    handler.setFormatter(make_formatter(log_format))
    setattr(handler, _HANDLER_MARK, "stderr")
    root.addHandler(handler)
    # The root passes on what the most talkative handler wants; each handler filters for itself.
    root.setLevel(min([level] + [h.level for h in root.handlers if h.level]))


class _RotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file that reports its first write failure (a full disk), not one per record."""

    _reported = False

    def handleError(self, record: logging.LogRecord) -> None:
        if not self._reported:
            self._reported = True
            super().handleError(record)


def add_file_log(path: Path, log_format: LogFormat, max_bytes: int, backups: int,
                 level: int = logging.INFO) -> logging.Handler:
    """Also log to ``path`` (size-bounded: rotated at ``max_bytes``, ``backups`` old files kept).

    Returns the handler; pass it to ``remove_file_log`` when done.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = _RotatingFileHandler(path, maxBytes=max_bytes, backupCount=backups, encoding="utf-8")
    handler.setLevel(level)
    handler.setFormatter(make_formatter(log_format))
    setattr(handler, _HANDLER_MARK, "file")
    root = logging.getLogger()
    handler._tether_root_level = root.level  # type: ignore[attr-defined]  # restored on removal
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    for name in _CHATTY_LOGGERS:
        chatty = logging.getLogger(name)
        if chatty.level == logging.NOTSET or chatty.level < logging.WARNING:
            chatty.setLevel(logging.WARNING)
    return handler


def remove_file_log(handler: logging.Handler) -> None:
    """Stop logging to the file ``add_file_log`` opened, and close it."""
    root = logging.getLogger()
    root.removeHandler(handler)
    root.setLevel(getattr(handler, "_tether_root_level", root.level))
    handler.close()
