"""The Observation record (docs/architecture.md) and its JSON Lines form.

Every sensor produces Observations. Validation errors name the field; unknown top-level fields
are kept in ``data`` rather than dropped.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from enum import Enum
from typing import Any, Iterable, Iterator

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from shared.timeutil import format_iso, to_utc, within_range


class Modality(str, Enum):
    """The sense through which an observation was captured."""

    visual = "visual"
    auditory = "auditory"
    tactile = "tactile"
    olfactory = "olfactory"
    gustatory = "gustatory"
    digital = "digital"
    physiological = "physiological"


_KNOWN_FIELDS = frozenset({"id", "sensor", "kind", "start", "end", "modality", "data"})

MAX_OBSERVATION_BYTES = 1024 * 1024
"""The largest observation (its JSON line, UTF-8) the device keeps and the server stores. One limit
for both, so a record the server would refuse is set aside on the device before it is stored or
queued. A note, a window title or a calendar entry is a few hundred bytes; a megabyte is a pasted
file, whose embedding and keyword index would cost seconds and gigabytes for nothing."""


class Observation(BaseModel):
    """One timestamped fact about the person's life, as produced by a sensor."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: str = Field(min_length=1, max_length=256, description="Globally unique; ingest is idempotent on it.")
    sensor: str = Field(min_length=1, max_length=64, description="Which sensor produced it.")
    kind: str = Field(min_length=1, max_length=64, description="What happened: coffee, meal, sleep, ...")
    start: datetime = Field(description="When it began (aware; stored as UTC).")
    end: datetime | None = Field(default=None, description="When it ended; absent for instants.")
    modality: Modality | None = Field(default=None, description="The sense it was captured through.")
    data: dict[str, Any] = Field(default_factory=dict, description="Sensor-specific fields.")

    @model_validator(mode="before")
    @classmethod
    def _keep_unknown_fields_in_data(cls, raw: Any) -> Any:
        if not isinstance(raw, dict):
            return raw
        extra = {k: v for k, v in raw.items() if k not in _KNOWN_FIELDS}
        if not extra:
            return raw
        known = {k: v for k, v in raw.items() if k in _KNOWN_FIELDS}
        data = known.get("data")
        if data is None:
            data = {}
        if isinstance(data, dict):
            # Fields already in data win: they were put there on purpose.
            known["data"] = {**extra, **data}
        return known

    @field_validator("start", "end")
    @classmethod
    def _aware_utc(cls, value: datetime | None) -> datetime | None:
        # within_range: a time at the edge of datetime's range would overflow later, when it is
        # shown in the person's zone (e.g. 9999-12-31T23:59Z in Europe/Berlin).
        return None if value is None else to_utc(within_range(value))

    @model_validator(mode="after")
    def _end_not_before_start(self) -> "Observation":
        if self.end is not None and self.end < self.start:
            raise ValueError("end is before start")
        return self

    @property
    def duration_s(self) -> float:
        """Length in seconds (0 for instants)."""
        return 0.0 if self.end is None else (self.end - self.start).total_seconds()

    def to_wire(self) -> dict[str, Any]:
        """The JSON-ready dict of docs/architecture.md (UTC times, no null fields)."""
        out: dict[str, Any] = {"id": self.id, "sensor": self.sensor, "kind": self.kind, "start": format_iso(self.start)}
        if self.end is not None:
            out["end"] = format_iso(self.end)
        if self.modality is not None:
            out["modality"] = self.modality.value
        if self.data:
            out["data"] = self.data
        return out

    def to_json(self) -> str:
        """One JSON Lines line (without the newline)."""
        return json.dumps(self.to_wire(), ensure_ascii=False, sort_keys=True)


def oversize_message(observation: Observation) -> str | None:
    """Why ``observation`` is over ``MAX_OBSERVATION_BYTES``, or None when it fits."""
    size = len(observation.to_json().encode("utf-8", "surrogatepass"))
    if size <= MAX_OBSERVATION_BYTES:
        return None
    return (f"{size / 1024 / 1024:.1f} MB, over the {MAX_OBSERVATION_BYTES // (1024 * 1024)} MB limit of one "
            "observation")


def effective_end(observation: Observation) -> datetime:
    """When the observation ended: its ``end``, or its ``start`` for instants."""
    return observation.end if observation.end is not None else observation.start


class ObservationError(ValueError):
    """An invalid observation record; ``field`` names what is wrong."""

    def __init__(self, field: str, message: str, record_id: str | None = None) -> None:
        self.field = field
        self.message = message
        self.record_id = record_id
        where = f" (id {record_id})" if record_id else ""
        super().__init__(f"{field}: {message}{where}")


def parse_observation(raw: Any) -> Observation:
    """Validate one record; raise ObservationError naming the first bad field."""
    if not isinstance(raw, dict):
        raise ObservationError("record", f"expected a JSON object, got {type(raw).__name__}")
    try:
        return Observation.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        field = ".".join(str(p) for p in err.get("loc", ())) or "record"
        record_id = raw.get("id") if isinstance(raw.get("id"), str) else None
        message = err.get("msg", "invalid").removeprefix("Value error, ")
        raise ObservationError(field, message, record_id) from None


@dataclass(frozen=True)
class LineError:
    """A JSON Lines line that could not be read; ``line`` is 1-based."""

    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def read_jsonl(lines: Iterable[str | bytes]) -> Iterator[Observation | LineError]:
    """Parse JSON Lines: yield an Observation per good line and a LineError per bad one.

    Lines may be bytes (a file opened in binary): each is decoded as UTF-8 on its own, so a line
    that is not text is one bad line, named by its number, rather than the end of the file.
    """
    for number, line in enumerate(lines, start=1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield LineError(number, f"not UTF-8 text (byte 0x{line[exc.start]:02x} at column {exc.start + 1}); "
                                        "expected one JSON observation per line")
                continue
        text = line.strip()
        if not text:
            continue
        try:
            raw = json.loads(text)
        except json.JSONDecodeError as exc:
            yield LineError(number, f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        try:
            yield parse_observation(raw)
        except ObservationError as exc:
            yield LineError(number, str(exc))


def write_jsonl(observations: Iterable[Observation]) -> str:
    """Observations as JSON Lines text."""
    return "".join(obs.to_json() + "\n" for obs in observations)
