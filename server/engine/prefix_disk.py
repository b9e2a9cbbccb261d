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
from typing import Any, Callable

import numpy as np

logger = logging.getLogger(__name__)

StateFactory = Callable[..., Any]
"""Builds a state from ``input_ids, scores, n_tokens, llama_state, llama_state_size, seed`` (llama_cpp's LlamaState)."""


def model_fingerprint(model_path: Path, n_ctx: int) -> str:
    """Which states fit: the same model file and context size."""
    stat = model_path.stat()
    raw = f"{model_path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}|{n_ctx}"
    return hashlib.sha256(raw.encode()).hexdigest()[:16]


class DiskPrefixStates:
    """``key -> state`` files under ``directory/fingerprint``, at most ``capacity_bytes`` in all."""

    def __init__(self, directory: Path, fingerprint: str, capacity_bytes: int, factory: StateFactory) -> None:
        self.directory = Path(directory) / fingerprint
        self.directory.mkdir(parents=True, exist_ok=True)
        self.capacity_bytes = capacity_bytes
        self._factory = factory
        self._lock = threading.Lock()
        self._clock = 0

    def _path(self, key: str) -> Path:
        return self.directory / f"{key}.npz"

    def save(self, key: str, state: Any) -> None:
        """Write ``state`` (atomically), then trim the folder to its bound."""
        path = self._path(key)
        tmp = path.with_suffix(".tmp")
        try:
            with open(tmp, "wb") as fh:
                np.savez(
                    fh,
                    input_ids=state.input_ids[: state.n_tokens],
                    scores=state.scores,
                    n_tokens=np.int64(state.n_tokens),
                    llama_state=np.frombuffer(state.llama_state, dtype=np.uint8),
                    seed=np.int64(state.seed),
                )
            os.replace(tmp, path)
            self._touch(path)
        except OSError as exc:  # a full disk costs the warm start, nothing else
            logger.warning("prefix state not written to disk: %s", exc)
            tmp.unlink(missing_ok=True)
            return
        self._trim()

    def load(self, key: str, n_ctx_ids: int) -> Any | None:
        """The state saved under ``key``, or None; ``n_ctx_ids`` is the length of the engine's input_ids array."""
        path = self._path(key)
        try:
            with np.load(path, allow_pickle=False) as data:
                n_tokens = int(data["n_tokens"])
                input_ids = np.zeros(n_ctx_ids, dtype=np.intc)
                input_ids[:n_tokens] = data["input_ids"]
                llama_state = data["llama_state"].tobytes()
                state = self._factory(
                    input_ids=input_ids, scores=data["scores"], n_tokens=n_tokens,
                    llama_state=llama_state, llama_state_size=len(llama_state), seed=int(data["seed"]),
                )
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
