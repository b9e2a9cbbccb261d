"""The agent's logs: JSON lines with extras, and a rotating file that stays within its size."""

from __future__ import annotations

import json
import logging
from pathlib import Path

from device.agent.logs import JsonLogFormatter, add_file_log, remove_file_log


def test_json_lines_carry_ts_level_logger_message_and_extras() -> None:
    record = logging.LogRecord("device.agent.loop", logging.WARNING, __file__, 1, "synced %d observations", (3,), None)
    record.sent = 3
    record.server = "http://127.0.0.1:8765"
    entry = json.loads(JsonLogFormatter().format(record))
    assert entry["level"] == "WARNING" and entry["logger"] == "device.agent.loop"
    assert entry["message"] == "synced 3 observations"
    assert entry["extras"] == {"sent": 3, "server": "http://127.0.0.1:8765"}
    assert entry["ts"].endswith("+00:00")


def test_json_lines_include_the_exception() -> None:
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        import sys

        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "failed", (), sys.exc_info())
    entry = json.loads(JsonLogFormatter().format(record))
    assert "RuntimeError: boom" in entry["exc"] and "extras" not in entry


def test_file_log_rotates_within_its_bound(tmp_path: Path) -> None:
    path = tmp_path / "logs" / "agent.log"
    handler = add_file_log(path, "json", max_bytes=10_000, backups=2)
    log = logging.getLogger("device.test_rotation")
    try:
        for i in range(2000):
            log.info("cycle %d done", i, extra={"cycle": i})
    finally:
        remove_file_log(handler)
    files = sorted(p.name for p in path.parent.iterdir())
    assert files == ["agent.log", "agent.log.1", "agent.log.2"]
    assert all((path.parent / name).stat().st_size <= 10_000 for name in files)
    last = json.loads(path.read_text().splitlines()[-1])
    assert last["extras"] == {"cycle": 1999}
    assert handler not in logging.getLogger().handlers
