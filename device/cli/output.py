"""What every command shares about its output: exit codes, JSON for scripts, and the errors shown as one line."""

from __future__ import annotations

import json

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def print_json(obj: object) -> None:
    """Stable JSON output for scripts."""
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


CLIP_CHARS = 300
"""How much of one memory's text a command prints (``--json`` has it whole)."""


def clipped(text: str, limit: int = CLIP_CHARS) -> str:
    """``text`` on one line, cut to ``limit`` characters with a note of how long it was."""
    flat = " ".join(text[: 2 * limit].split())  # never split a 10 MB text just to print 300 characters of it
    if len(text) <= limit and len(flat) <= limit:
        return flat
    return f"{flat[: limit - 1].rstrip()}… ({len(text):,} characters)"


def user_errors() -> tuple[type[Exception], ...]:
    """The errors ``tether`` reports as ``tether: error: ...`` and exit 1 rather than a traceback.

    A function, not a constant, so that ``tether --help`` does not import the client and server
    modules that define them.
    """
    from device.client.api import ServerError
    from server.errors import TetherServerError
    from shared.model_locator import ModelNotFoundError
    from shared.timeutil import NaiveDatetimeError

    return (
        TetherServerError,
        ModelNotFoundError, ServerError, FileNotFoundError, NaiveDatetimeError, ValueError, PermissionError,
    )


FLAGS = {"home": "--home", "server_url": "--server", "token": "--token", "timezone": "--tz", "config_path": "--config",
         "log_format": "--log-format", "token_file": "--token-file"}
"""Settings a command-line flag can set, by field name (for error messages)."""


def settings_error_line(exc: Exception) -> str:
    """A settings ``ValidationError`` as one line naming each bad setting, where it can be set, and
    what is wrong (pydantic's own text spans lines and ends with a documentation URL)."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    parts = []
    for error in errors(include_url=False):
        loc = [str(p) for p in error.get("loc", ())]
        name = ".".join(loc) or "settings"
        env = "TETHER_" + "__".join(part.upper() for part in loc) if loc else None
        where = [w for w in (FLAGS.get(name), env, f"`{name}` in the config file" if loc else None) if w]
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        parts.append(f"setting {name} ({' or '.join(where)}): {message}" if where else message)
    return "; ".join(parts)


def validation_line(exc: Exception) -> str:
    """Any other pydantic ``ValidationError`` as one line: ``field: problem; ...``."""
    errors = getattr(exc, "errors", None)
    if not callable(errors):
        return str(exc)
    return "; ".join(f"{'.'.join(str(p) for p in e.get('loc', ())) or 'input'}: "
                     f"{str(e.get('msg', 'invalid')).removeprefix('Value error, ')}" for e in errors(include_url=False))
