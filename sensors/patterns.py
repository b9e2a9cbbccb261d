"""Privacy patterns from settings, compiled once (app and title exclusions).

Secrets in commands are found by the device's redactor (``device.privacy``), not by patterns here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sensors.base import SensorConfigError


def compile_patterns(patterns: Iterable[str], setting: str) -> re.Pattern[str] | None:
    """One case-insensitive regex matching any of ``patterns`` (None for none).

    Raises ``SensorConfigError`` naming ``setting`` and the bad pattern.
    """
    checked: list[str] = []
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise SensorConfigError(f"{setting}: {pattern!r} is not a valid regular expression ({exc})") from None
        checked.append(f"(?:{pattern})")
    return re.compile("|".join(checked), re.IGNORECASE) if checked else None
