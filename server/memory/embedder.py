"""Sentence embeddings with sentence-transformers, loaded from a local folder (never a hub)."""

from __future__ import annotations

import logging
import os
from pathlib import Path
from typing import Protocol

logger = logging.getLogger(__name__)


class Embedder(Protocol):
    """Turns texts into unit-length vectors."""

    dimension: int

    def embed(self, texts: list[str]) -> list[list[float]]:
        """One normalized vector per text."""
        ...


class SentenceTransformerEmbedder:
    """all-MiniLM-L6-v2 (or any sentence-transformers folder) on the CPU, in batches."""

    def __init__(self, model_dir: Path, batch_size: int = 64, device: str = "cpu") -> None:
        # No network here: make the Hugging Face libraries read only local files.
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as hf_logging

        hf_logging.disable_progress_bar()  # a weight-loading bar per start is noise in logs
        self._model = SentenceTransformer(str(model_dir), device=device, local_files_only=True)
        self.batch_size = batch_size
        dimension = getattr(self._model, "get_embedding_dimension", None) or self._model.get_sentence_embedding_dimension
        self.dimension = int(dimension() or 0)
        self.model_name = Path(model_dir).name

    def embed(self, texts: list[str]) -> list[list[float]]:
        """Normalized embeddings, computed ``batch_size`` texts at a time."""
        if not texts:
            return []
        vectors = self._model.encode(
            texts, batch_size=self.batch_size, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return vectors.tolist()
