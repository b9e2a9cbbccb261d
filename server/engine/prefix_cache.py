"""KV states of stable prompt prefixes, kept in RAM with a byte bound (LRU).

A chat prompt starts with a stable part (system prompt, profile, today's summary). Its KV state,
saved with llama.cpp's state save, is keyed by a hash of the prefix tokens, so conversations that
interleave restore their own prefix instead of prefilling it again.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Any, Sequence


def prefix_key(tokens: Sequence[int]) -> str:
    """A stable key for a token sequence."""
    return hashlib.sha256(",".join(map(str, tokens)).encode()).hexdigest()


class PrefixStateCache:
    """LRU of ``key -> (state, size_bytes)`` bounded by total bytes."""

    def __init__(self, capacity_bytes: int) -> None:
        self.capacity_bytes = capacity_bytes
        self._items: OrderedDict[str, tuple[Any, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Any | None:
        """The state for ``key`` (marked most recently used), or None."""
        with self._lock:
            item = self._items.get(key)
            if item is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return item[0]

    def put(self, key: str, state: Any, size_bytes: int) -> None:
        """Keep ``state``; evict least recently used states beyond the byte bound."""
        if size_bytes > self.capacity_bytes:
            return
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
            self._items[key] = (state, size_bytes)
            self._bytes += size_bytes
            while self._bytes > self.capacity_bytes and self._items:
                _, (_, size) = self._items.popitem(last=False)
                self._bytes -= size

    @property
    def size_bytes(self) -> int:
        """Bytes held."""
        return self._bytes

    def __len__(self) -> int:
        return len(self._items)
