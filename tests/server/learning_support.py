"""Fakes and builders for the learning tests (imported by name; not a conftest).

``ListStore`` is a list-backed memory store with the ``stored_observations`` reader learning uses;
``WordEmbedder`` embeds texts as bags of words (numbers left out), so cosine similarity is word
overlap and tests can reason about it; ``ScriptedEngine`` answers ``complete_json`` from a script.
"""

from __future__ import annotations

import hashlib
import math
from datetime import datetime
from typing import Any, Callable, Iterable

from server.engine.base import ChatMessage
from server.errors import ModelOutputError
from shared.observation import Observation
from shared.wire import MemoryHit

DIM = 1024


class ListStore:
    """In-memory store: add (idempotent), search (word overlap), count, delete, stored_observations."""

    def __init__(self, can_delete: bool = True) -> None:
        self.items: dict[str, Observation] = {}
        self.deleted: list[str] = []
        if not can_delete:
            self.delete = None  # type: ignore[assignment]  # like a store without delete/forget

    def add(self, observations: list[Observation]) -> tuple[int, int]:
        new = 0
        for obs in observations:
            if obs.id not in self.items:
                self.items[obs.id] = obs
                new += 1
        return new, len(observations) - new

    def search(self, query: str, k: int, now: datetime | None = None) -> list[MemoryHit]:
        words = set(query.lower().split())
        scored = sorted(self.items.values(), key=lambda o: -len(words & set(str(o.data).lower().split())))
        return [MemoryHit(id=o.id, text=str(o.data), score=0.5, kind=o.kind, start=o.start, source_ids=[o.id])
                for o in scored[:k]]

    def count(self) -> int:
        return len(self.items)

    def delete(self, ids: Iterable[str]) -> int:
        removed = 0
        for memory_id in ids:
            if self.items.pop(memory_id, None) is not None:
                self.deleted.append(memory_id)
                removed += 1
        return removed

    def stored_observations(self, start: datetime | None = None, end: datetime | None = None,
                            kinds: Iterable[str] | None = None, ids: Iterable[str] | None = None) -> list[Observation]:
        kind_set = None if kinds is None else set(kinds)
        id_set = None if ids is None else set(ids)
        found = [
            o for o in self.items.values()
            if (start is None or (o.end or o.start) >= start) and (end is None or o.start < end)
            and (kind_set is None or o.kind in kind_set) and (id_set is None or o.id in id_set)
        ]
        return sorted(found, key=lambda o: (o.start, o.id))

    def snapshot(self) -> dict[str, str]:
        """Every stored record as JSON, by id (to compare before and after)."""
        return {memory_id: obs.to_json() for memory_id, obs in self.items.items()}


class WordEmbedder:
    """Bag-of-words unit vectors over lowercase words without digits: cosine = word overlap."""

    dimension = DIM

    def embed(self, texts: list[str]) -> list[list[float]]:
        out = []
        for text in texts:
            vector = [0.0] * DIM
            words = {w.strip(".,()").lower() for w in text.split()}
            for word in words:
                if word and not any(ch.isdigit() for ch in word):
                    vector[int(hashlib.md5(word.encode()).hexdigest(), 16) % DIM] += 1.0
            norm = math.sqrt(sum(v * v for v in vector)) or 1.0
            out.append([v / norm for v in vector])
        return out


class ScriptedEngine:
    """``complete_json`` answers from ``answer(messages, schema)`` (a value, or an exception to raise)."""

    name = "scripted"
    model_name = "scripted"

    def __init__(self, answer: Callable[[list[ChatMessage], dict[str, Any]], Any]) -> None:
        self._answer = answer
        self.calls: list[tuple[list[ChatMessage], dict[str, Any]]] = []

    def complete_json(self, messages: list[ChatMessage], schema: dict[str, Any], max_tokens: int = 256) -> Any:
        self.calls.append((messages, schema))
        result = self._answer(messages, schema)
        if isinstance(result, BaseException):
            raise result
        return result


def garbage_engine(kind: str) -> ScriptedEngine:
    """An engine whose every structured answer is wrong in the way ``kind`` names."""
    answers: dict[str, Any] = {
        "not-json": ModelOutputError("scripted answered with text that is not JSON: '{\"op\": \"UPD'"),
        "list": ["ADD"],
        "unknown-op": {"op": "MERGE", "target": "none"},
        "update-none": {"op": "UPDATE", "target": "none"},
        "unknown-target": {"op": "DELETE", "target": "fact-that-does-not-exist"},
        "missing-fields": {},
    }
    return ScriptedEngine(lambda messages, schema: answers[kind])


def fact_observation(fact_id: str, text: str, at: datetime, topic: str | None = None) -> Observation:
    """A stored profile fact, as an earlier run (or a person) would have written it."""
    from server.learning.facts import Fact

    return Fact(fact_id, text, (), at, at, topic).to_observation()
