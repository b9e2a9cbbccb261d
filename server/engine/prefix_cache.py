"""KV states of stable prompt prefixes, kept in RAM with a byte bound (LRU).

A chat prompt starts with a stable part (system prompt, profile, today's summary). Its KV state,
saved with llama.cpp's per-sequence state save, is keyed by a hash of the prefix tokens, so conversations that
interleave restore their own prefix instead of prefilling it again. With a disk tier
(``prefix_disk.DiskPrefixStates``) every new state is also written to disk and a RAM miss looks
there, so the prefixes stay warm across restarts.
"""

from __future__ import annotations

import hashlib
import threading
from collections import OrderedDict
from typing import Sequence

from server.engine.prefix_disk import DiskPrefixStates
from server.engine.seq_state import SeqState


def prefix_key(tokens: Sequence[int]) -> str:
    """A stable key for a token sequence."""
    return hashlib.sha256(",".join(map(str, tokens)).encode()).hexdigest()


class PrefixStateCache:
    """LRU of ``key -> (SeqState, size_bytes)`` bounded by total bytes."""

    def __init__(self, capacity_bytes: int, disk: DiskPrefixStates | None = None) -> None:
        self.capacity_bytes = capacity_bytes
        self.disk = disk
        self._items: OrderedDict[str, tuple[SeqState, int]] = OrderedDict()
        self._bytes = 0
        self._lock = threading.Lock()
        self.hits = 0
        self.disk_hits = 0
        self.misses = 0

    def get(self, key: str) -> SeqState | None:
        """The state for ``key`` (marked most recently used), from RAM or else disk; or None."""
        with self._lock:
            item = self._items.get(key)
            if item is not None:
                self._items.move_to_end(key)
                self.hits += 1
                return item[0]
        state = self.disk.load(key) if self.disk is not None else None
        with self._lock:
            if state is None:
                self.misses += 1
                return None
            self.disk_hits += 1
        self._keep(key, state, state.nbytes)
        return state

    def put(self, key: str, state: SeqState, size_bytes: int) -> None:
        """Keep ``state`` (and write it to disk); evict least recently used states beyond the byte bound."""
        if self.disk is not None:
            self.disk.save(key, state)
        self._keep(key, state, size_bytes)

    def discard(self, key: str) -> None:
        """Forget a state that turned out not to load (from RAM and disk)."""
        with self._lock:
            old = self._items.pop(key, None)
            if old is not None:
                self._bytes -= old[1]
        if self.disk is not None:
            self.disk.discard(key)

    def _keep(self, key: str, state: SeqState, size_bytes: int) -> None:
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
