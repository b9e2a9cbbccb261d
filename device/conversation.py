"""The CLI's conversation: the earlier turns ``tether ask --continue`` sends along with a follow-up.

Kept as JSON in the device's data directory (``conversation.json``, owner-only), the newest
``MAX_HISTORY_TURNS`` turns; a plain ``tether ask`` starts a new conversation.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path

from pydantic import ValidationError

from shared.wire import MAX_HISTORY_TURNS, ChatTurn

logger = logging.getLogger(__name__)


def conversation_path(device_dir: Path) -> Path:
    return device_dir / "conversation.json"


def load_turns(path: Path) -> list[ChatTurn]:
    """The saved turns, oldest first; none when the file is missing or unreadable (said in the log)."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        return [ChatTurn.model_validate(turn) for turn in raw][-MAX_HISTORY_TURNS:]
    except FileNotFoundError:
        return []
    except (OSError, ValueError, TypeError, ValidationError) as exc:
        logger.warning("%s is unreadable (%s); starting a new conversation", path, type(exc).__name__)
        return []


def save_turns(path: Path, turns: list[ChatTurn]) -> None:
    """Write the newest turns atomically, readable by the owner only."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump([turn.model_dump(mode="json") for turn in turns[-MAX_HISTORY_TURNS:]], handle)
    os.replace(temporary, path)
