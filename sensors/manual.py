"""Manual sensor: things a person logs by hand (``tether log coffee drink=espresso``).

``manual_observation`` turns the command line's ``KIND k=v ...`` into an Observation;
``ManualSensor`` queues such observations until the agent polls them.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import deque
from datetime import datetime, timedelta
from typing import Any, ClassVar

from sensors.base import Sensor
from shared.observation import Modality, Observation
from shared.timeutil import format_iso, to_utc, utc_now

MODALITY_BY_KIND: dict[str, Modality] = {
    "coffee": Modality.gustatory,
    "tea": Modality.gustatory,
    "drink": Modality.gustatory,
    "meal": Modality.gustatory,
    "snack": Modality.gustatory,
    "exercise": Modality.physiological,
    "sleep": Modality.physiological,
    "nap": Modality.physiological,
    "conversation": Modality.auditory,
    "call": Modality.auditory,
}
"""The sense a manually logged kind is experienced through; other kinds get none."""

DURATION_KEY = "duration_min"
"""A pair with this key (minutes) gives the observation an end."""

# Leading zeros are kept as text: "007" or a postcode like "01099" is not a number to a person.
_INT = re.compile(r"[+-]?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[+-]?((0|[1-9][0-9]*)(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?")
_KIND = re.compile(r"[a-z0-9][a-z0-9_\-]*")
_MAX_MINUTES = 7 * 24 * 60  # a week; anything longer is a typo, not one activity


def parse_value(text: str) -> int | float | bool | str:
    """``"3"`` -> 3, ``"2.5"`` -> 2.5, ``"true"``/``"false"`` -> bool, anything else unchanged."""
    lowered = text.lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        return float(text)
    return text


def parse_pairs(pairs: list[str]) -> dict[str, Any]:
    """``["food=ramen", "spicy=true"]`` -> ``{"food": "ramen", "spicy": True}``.

    Raises ValueError naming the offending pair when one has no ``=``, an empty key, or a key
    that was already given.
    """
    data: dict[str, Any] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        key = key.strip()
        if not sep:
            raise ValueError(f"{pair!r} is not a key=value pair; write e.g. food=ramen")
        if not key:
            raise ValueError(f"{pair!r} has no key before '='; write e.g. food=ramen")
        if key in data:
            raise ValueError(f"{pair!r} repeats the key {key!r}; give each key once")
        data[key] = parse_value(value.strip())
    return data


def manual_observation(kind: str, pairs: list[str], at: datetime | None = None) -> Observation:
    """A manual observation of ``kind`` with data from ``k=v`` pairs, at ``at`` (default now).

    A ``duration_min=N`` pair sets the end N minutes after the start. The id is derived from the
    content, so logging the very same thing at the same instant twice is stored once.
    """
    kind = kind.strip().lower()
    if not _KIND.fullmatch(kind):
        raise ValueError(f"{kind!r} is not a usable kind; use a word like coffee, meal or exercise")
    data = parse_pairs(pairs)
    start = to_utc(at) if at is not None else utc_now()

    end: datetime | None = None
    if DURATION_KEY in data:
        minutes = data[DURATION_KEY]
        is_number = isinstance(minutes, (int, float)) and not isinstance(minutes, bool)
        if not is_number or not 0 <= minutes <= _MAX_MINUTES:
            raise ValueError(f"{DURATION_KEY}={minutes} must be a number of minutes from 0 to {_MAX_MINUTES}")
        end = start + timedelta(minutes=minutes)

    content = json.dumps([kind, format_iso(start), data], sort_keys=True, ensure_ascii=False)
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()[:16]
    return Observation(
        id=f"manual-{kind}-{digest}",
        sensor=ManualSensor.name,
        kind=kind,
        start=start,
        end=end,
        modality=MODALITY_BY_KIND.get(kind),
        data=data,
    )


class ManualSensor(Sensor):
    """A queue of hand-logged observations, drained by each poll."""

    name: ClassVar[str] = "manual"

    def __init__(self) -> None:
        # deque's append and popleft are atomic, so a UI thread may add while the agent polls.
        self._queue: deque[Observation] = deque()

    def add(self, observation: Observation) -> None:
        """Queue an observation for the next poll."""
        self._queue.append(observation)

    def log(self, kind: str, pairs: list[str], at: datetime | None = None) -> Observation:
        """Build an observation with ``manual_observation``, queue it and return it."""
        observation = manual_observation(kind, pairs, at)
        self.add(observation)
        return observation

    def poll(self) -> list[Observation]:
        """Everything queued since the previous poll, oldest first."""
        drained: list[Observation] = []
        while True:
            try:
                drained.append(self._queue.popleft())
            except IndexError:
                return drained


SENSOR = ManualSensor
