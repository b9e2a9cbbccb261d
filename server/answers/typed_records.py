"""Observations as typed rows, queryable by kind and time window (SQLAlchemy).

The grounded-answer path reads its evidence here: "how many coffees yesterday" is a range query on
``(kind, start)``, not a similarity search. SQLite under the server's data directory by default;
any SQLAlchemy URL (``TETHER_RECORDS_URL``, e.g. ``postgresql+psycopg://...``) takes over at scale.
Times are integer UTC microseconds, so range queries compare integers on every backend.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import BigInteger, Column, Index, MetaData, String, Table, Text, create_engine, delete, func, select
from sqlalchemy.engine import Engine

from shared.observation import Observation, effective_end
from shared.timeutil import to_utc

logger = logging.getLogger(__name__)

_METADATA = MetaData()
RECORDS = Table(
    "records", _METADATA,
    Column("id", String(200), primary_key=True),
    Column("kind", String(64), nullable=False),
    Column("sensor", String(64), nullable=False),
    Column("start_us", BigInteger, nullable=False),
    Column("end_us", BigInteger, nullable=False),
    Column("body", Text, nullable=False),
    Index("records_kind_start", "kind", "start_us"),
    Index("records_start", "start_us"),
)
MAX_ROWS = 20000


def _micros(moment: datetime) -> int:
    utc = to_utc(moment)
    return int(utc.timestamp()) * 1_000_000 + utc.microsecond


class RecordStore:
    """Typed observation rows: idempotent ``add``, window ``query``, and forgetting."""

    def __init__(self, url: str, engine: Engine | None = None) -> None:
        self._engine = engine or create_engine(url, future=True)
        _METADATA.create_all(self._engine)

    def add(self, observations: Iterable[Observation]) -> int:
        """Store new observations (an id already present is left as it is); returns how many were new."""
        rows = {o.id: {"id": o.id, "kind": o.kind, "sensor": o.sensor, "start_us": _micros(o.start),
                       "end_us": _micros(effective_end(o)), "body": o.model_dump_json()} for o in observations}
        if not rows:
            return 0
        with self._engine.begin() as connection:
            present = set(connection.scalars(select(RECORDS.c.id).where(RECORDS.c.id.in_(list(rows)))))
            new = [row for key, row in rows.items() if key not in present]
            if new:
                connection.execute(RECORDS.insert(), new)
        return len(new)

    def query(self, kinds: Sequence[str] | None = None, start: datetime | None = None,
              end: datetime | None = None, limit: int = MAX_ROWS) -> list[Observation]:
        """Observations of ``kinds`` (None: all) overlapping ``[start, end)``, oldest first."""
        statement = select(RECORDS.c.body)
        if kinds:
            statement = statement.where(RECORDS.c.kind.in_(list(kinds)))
        if end is not None:
            statement = statement.where(RECORDS.c.start_us < _micros(end))
        if start is not None:
            statement = statement.where(RECORDS.c.end_us >= _micros(start))
        statement = statement.order_by(RECORDS.c.start_us, RECORDS.c.id).limit(limit)
        with self._engine.connect() as connection:
            return [Observation.model_validate_json(body) for body in connection.scalars(statement)]

    def count(self) -> int:
        with self._engine.connect() as connection:
            return int(connection.scalar(select(func.count()).select_from(RECORDS)) or 0)

    def forget(self, ids: Sequence[str] | None = None, start: datetime | None = None, end: datetime | None = None,
               kind: str | None = None, sensor: str | None = None) -> int:
        """Delete rows matching every given condition (ids, overlap with [start, end), kind, sensor)."""
        statement = delete(RECORDS)
        if ids is not None:
            statement = statement.where(RECORDS.c.id.in_(list(ids)))
        if start is not None:
            statement = statement.where(RECORDS.c.end_us >= _micros(start))
        if end is not None:
            statement = statement.where(RECORDS.c.start_us < _micros(end))
        if kind is not None:
            statement = statement.where(RECORDS.c.kind == kind)
        if sensor is not None:
            statement = statement.where(RECORDS.c.sensor == sensor)
        with self._engine.begin() as connection:
            return int(connection.execute(statement).rowcount or 0)

    def close(self) -> None:
        self._engine.dispose()
