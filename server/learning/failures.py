"""How the learning jobs log a failure: what failed and where, never the text involved.

A job's prompts and the model's answers are the person's life (a day's meals, sleep, who they
met), and so are the messages of the errors they raise: ``ModelOutputError`` quotes what the model
answered. Logs are kept, rotated and shipped around far more freely than the memory store, so a
job logs only the error's type, its code and the line that raised it. The full message stays in
the job's run record, which ``tether jobs`` shows to the person.
"""

from __future__ import annotations

import traceback
from pathlib import Path


def describe_failure(exc: BaseException) -> str:
    """``ModelOutputError (model_output_invalid) at consolidation.py:179``: the error's type, its
    code when it has one, and where it was raised; no message, so no personal text."""
    code = getattr(exc, "code", None)
    frames = traceback.extract_tb(exc.__traceback__) if exc.__traceback__ is not None else []
    where = f" at {Path(frames[-1].filename).name}:{frames[-1].lineno}" if frames else ""
    return f"{type(exc).__name__}{f' ({code})' if isinstance(code, str) else ''}{where}"
