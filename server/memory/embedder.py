"""Sentence embeddings with sentence-transformers, loaded from a local folder (never a hub)."""

from __future__ import annotations

import logging
import os
import threading
from collections import OrderedDict
from pathlib import Path
from typing import Protocol

import numpy as np

logger = logging.getLogger(__name__)


class Embedder(Protocol):
    """Turns texts into unit-length vectors."""

    dimension: int

    def embed(self, texts: list[str]) -> list[list[float]]:
        """One normalized vector per text."""
        ...


_DIRECT_MAX = 8
"""Batches up to this size (a search query) skip ``encode``'s bookkeeping (2-4 ms of a ~20 ms query)."""


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 (or any sentence-transformers folder) on the CPU, in batches."""

    def __init__(self, model_dir: Path, batch_size: int = 64, device: str = "cpu", threads: int | None = None) -> None:
        # No network here: make the Hugging Face libraries read only local files.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        import torch
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        if threads:
            # Process-wide (only the embedder uses torch). Each of the model's small operations is a
            # parallel region whose threads wait for one another: when the cores are busy (the LLM
            # decoding, a second process) a waiting thread is descheduled and one query embedding
            # takes 10-40x longer, so fewer threads than cores is the robust choice.
            torch.set_num_threads(threads)

        hf_logging.disable_progress_bar()  # a weight-loading bar per start is noise in logs
        self._model = SentenceTransformer(str(model_dir), device=device, local_files_only=True)
        self._model.eval()  # the small-batch path calls forward() itself: no dropout
        self.batch_size = batch_size
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dimension = int(dimension() or 0)
        self.model_name = Path(model_dir).name

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Normalized embeddings, computed ``batch_size`` texts at a time."""
        if not texts:
            return []
        if len(texts) <= _DIRECT_MAX:
            return self._embed_small(texts)
        vectors = self._model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return vectors.tolist()

    def _embed_small(self, texts: list[str]) -> list[list[float]]:
        """The model's forward pass on one small batch, without ``encode``'s sorting and mode switches."""
        import torch

        model = self._model
        prepare = getattr(model, "preprocess", None) or model.tokenize  # ``tokenize`` before sentence-transformers 6
        with torch.inference_mode():
            vectors = model.forward(prepare(texts))["sentence_embedding"]
            return torch.nn.functional.normalize(vectors, dim=1).tolist()


class CachedEmbedder:
    """Embeds each distinct text once: repeats within a batch, and recent texts (an LRU of vectors).

    A person's memories repeat a lot once their timestamps are left out (the same editor window,
    the usual coffee), so this skips much of the model's work on ingest; queries asked again are
    free too. Vectors are kept as float32 arrays (1.5 kB each for 384 dimensions).
    """

    def __init__(self, inner: Embedder, max_entries: int = 8192) -> None:
        self._inner = inner
        self.dimension = inner.dimension
        self.model_name = getattr(inner, "model_name", type(inner).__name__)
        self._max = max_entries
        self._cache: OrderedDict[str, np.ndarray] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def embed(self, texts: list[str]) -> list[list[float]]:
        """The inner embedder's vectors, computed only for texts not seen recently."""
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for text in dict.fromkeys(texts):
                vector = self._cache.get(text)
                if vector is not None:
                    self._cache.move_to_end(text)
                    found[text] = vector
        missing = [text for text in dict.fromkeys(texts) if text not in found]
        if missing:
            computed = self._inner.embed(missing)
            with self._lock:
                for text, vector in zip(missing, computed):
                    found[text] = self._cache[text] = np.asarray(vector, dtype=np.float32)
                while len(self._cache) > self._max:
                    self._cache.popitem(last=False)
        with self._lock:
            self.hits += len(texts) - len(missing)
            self.misses += len(missing)
        return [found[text].tolist() for text in texts]
