"""What every command shares about its output: exit codes, JSON for scripts, and the errors shown as one line."""

from __future__ import annotations

import json

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def print_json(obj: object) -> None:
    """Stable JSON output for scripts."""
    print(json.dumps(obj, ensure_ascii=False, indent=2, default=str))


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
