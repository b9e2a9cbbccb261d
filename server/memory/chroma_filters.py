"""Chroma metadata filters (``where``) for a ``MemoryFilter`` and for combining clauses."""

from __future__ import annotations

from typing import Any

from server.memory.records import MemoryFilter


def all_of(clauses: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Chroma wants ``$and``/``$or`` with two or more clauses; one stands alone, none is no filter."""
    if not clauses:
        return None
    return clauses[0] if len(clauses) == 1 else {"$and": clauses}


def any_of(clauses: list[dict[str, Any]]) -> dict[str, Any]:
    """One clause alone, or ``$or`` of several (at least one is required)."""
    return clauses[0] if len(clauses) == 1 else {"$or": clauses}


def chroma_where(where: MemoryFilter | None) -> dict[str, Any] | None:
    """A ``MemoryFilter`` as a Chroma metadata filter (None when it selects everything)."""
    if where is None:
        return None
    clauses: list[dict[str, Any]] = []
    if where.start is not None:
        start = where.start.timestamp()
        clauses.append({"$or": [{"end_ts": {"$gt": start}}, {"start_ts": {"$gte": start}}]})
    if where.end is not None:
        clauses.append({"start_ts": {"$lt": where.end.timestamp()}})
    if where.kind is not None:
        clauses.append({"kind": where.kind})
    if where.sensor is not None:
        clauses.append({"sensor": where.sensor})
    return all_of(clauses)
