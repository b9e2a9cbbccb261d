"""Prefix KV states on disk, so a restarted server starts with its stable prefixes warm.

The RAM cache (``prefix_cache.PrefixStateCache``) writes each new state here too and looks here on
a miss. Files live in one folder per model fingerprint (file, size, modification time, context
size): a state only fits the model and context that produced it. The folder is bounded by bytes;
the least recently used files go first. A damaged file is a miss, and is deleted.
"""

from __future__ import annotations

import hashlib
import logging
import os
import threading
import time
import zipfile
from pathlib import Path

import numpy as np

from server.engine.seq_state import SeqState

logger = logging.getLogger(__name__)

STATE_FORMAT = "seq-v1"
"""Per-sequence KV states (``llama_state_seq_get_data``); part of the fingerprint, so files in an
older format are never offered to the model."""


def model_fingerprint(model_path: Path, n_ctx: int) -> str:
    """Which states fit: the same model file, context size and state format."""
    stat = model_path.stat()
    raw = f"{model_path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{n_ctx}|{STATE_FORMAT}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


class DiskPrefixStates:
    """``key -> state`` files under ``directory/fingerprint``, at most ``capacity_bytes`` in all."""

    def __init__(self, directory: Path, fingerprint: str, capacity_bytes: int) -> None:
        self.directory = Path(directory) / fingerprint
        self.directory.mkdir(parents=True, exist_ok=True)
        self.capacity_bytes = capacity_bytes
        self._lock = threading.Lock()
        self._clock = 0

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.npz"

    def save(self, key: str, state: SeqState) -> None:
        """Write ``state`` (atomically), then trim the folder to its bound."""
        path = self._path(key)
        tmp = path.with_suffix(".tmp")
        try:
            with open(tmp, "wb") as fh:
                np.savez(fh, tokens=np.asarray(state.tokens, dtype=np.int64),
                         seq_state=np.frombuffer(state.data, dtype=np.uint8))
            os.replace(tmp, path)
            self._touch(path)
        except OSError as exc:  # a full disk costs the warm start, nothing else
            logger.warning("prefix state not written to disk: %s", exc)
            tmp.unlink(missing_ok=True)
            return
        self._trim()

    def load(self, key: str) -> SeqState | None:
        """The state saved under ``key``, or None."""
        path = self._path(key)
        try:
            with np.load(path, allow_pickle=False) as data:
                state = SeqState(tuple(int(t) for t in data["tokens"]), data["seq_state"].tobytes())
        except FileNotFoundError:
            return None
        except (OSError, ValueError, KeyError, zipfile.BadZipFile) as exc:
            logger.warning("prefix state file %s is damaged (%s); deleting it", path.name, exc)
            path.unlink(missing_ok=True)
            return None
        self._touch(path)
        return state

    def _touch(self, path: Path) -> None:
        """Mark ``path`` most recently used (file times are coarse; keep them strictly increasing)."""
        with self._lock:
            self._clock = max(time.time_ns(), self._clock + 1)
            stamp = self._clock
        os.utime(path, ns=(stamp, stamp))

    def discard(self, key: str) -> None:
        """Delete the file of a state that did not load into the model."""
        self._path(key).unlink(missing_ok=True)

    def _trim(self) -> None:
        with self._lock:
            files = []
            for path in self.directory.glob("*.npz"):
                try:
                    stat = path.stat()
                except FileNotFoundError:
                    continue
                files.append((stat.st_mtime_ns, stat.st_size, path))
            total = sum(size for _, size, _ in files)
            for _, size, path in sorted(files):
                if total <= self.capacity_bytes:
                    break
                path.unlink(missing_ok=True)
                total -= size

    @property
    def size_bytes(self) -> int:
        """Bytes on disk."""
        return sum(p.stat().st_size for p in self.directory.glob("*.npz"))

    def __len__(self) -> int:
        return sum(1 for _ in self.directory.glob("*.npz"))
