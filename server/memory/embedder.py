"""Sentence embeddings with sentence-transformers, loaded from a local folder (never a hub)."""

from __future__ import annotations

import logging
import os
import threading
import warnings
from collections import OrderedDict
from pathlib import Path
from typing import Any, Protocol

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

    def __init__(
        self, model_dir: Path, batch_size: int = 64, device: str = "cpu", threads: int | None = None,
        trace_queries: bool = True,
    ) -> None:
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
        self._traced: TracedEncoder | None | bool = False if trace_queries else None  # False: not tried yet
        self._trace_lock = threading.Lock()
        self._small_batches = 0

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
        """The model's forward pass on one small batch, without ``encode``'s sorting and mode switches.

        The transformer runs as a traced TorchScript graph where one could be made and agrees with
        the model (``TracedEncoder``): a search query costs ~20% less, the same vector to 1e-6.
        """
        import torch

        model = self._model
        prepare = getattr(model, "preprocess", None) or model.tokenize  # ``tokenize`` before sentence-transformers 6
        with torch.inference_mode():
            features = prepare(texts)
            traced = self._traced_encoder()
            if traced is not None:
                vectors = traced.forward(features)
            else:
                vectors = model.forward(features)["sentence_embedding"]
            return torch.nn.functional.normalize(vectors, dim=1).tolist()

    def _traced_encoder(self) -> TracedEncoder | None:
        """The traced encoder once this process has embedded ``TRACE_AFTER`` small batches (tracing
        costs ~0.5 s: a command that asks one question never pays it, a server pays it once);
        None before that, or if the model cannot be traced or its trace disagrees with it."""
        if self._traced is False:
            with self._trace_lock:
                self._small_batches += 1
                if self._traced is False and self._small_batches > TRACE_AFTER:
                    self._traced = TracedEncoder.build(self._model)
        return self._traced or None


TRACE_AFTER = 2
"""Small batches embedded eagerly before the traced encoder is built (see ``_traced_encoder``)."""
_TRACE_PROBES = ("what did I have for dinner on the day I cycled 31 km", "coffee")
_TRACE_AGREEMENT = 0.99999
"""Least cosine similarity between the traced and the eager vectors of the probes (a pair, so one is
padded) for the trace to be used; fp32 rounding differs in the 7th digit."""


class TracedEncoder:
    """A sentence-transformers model whose transformer runs as a frozen TorchScript trace.

    Eager PyTorch spends about a third of a short query's forward pass in Python dispatch between
    its ~150 small operations; the traced graph runs the same weights without it. Only the
    transformer is traced (inputs: token ids, attention mask, token types); the model's own pooling
    and normalization modules run as they are, so any pooling the model folder configures is kept.
    """

    def __init__(self, model: Any, traced: Any, output_name: str) -> None:
        self._model = model
        self._traced = traced
        self._output_name = output_name

    @classmethod
    def build(cls, model: Any) -> TracedEncoder | None:
        """Trace ``model``'s transformer and check it against the eager model; None when it cannot
        be traced (another architecture) or disagrees."""
        import torch
        from transformers.utils import logging as hf_logging

        first = model[0]
        network = getattr(first, "auto_model", None) or getattr(first, "model", None)
        if network is None or len(model) < 2:
            return None
        prepare = getattr(model, "preprocess", None) or model.tokenize

        class HiddenStates(torch.nn.Module):
            """The transformer's last hidden states as a plain tensor (what tracing needs)."""

            def __init__(self) -> None:
                super().__init__()
                self.network = network

            def forward(self, input_ids: Any, attention_mask: Any, token_type_ids: Any) -> Any:
                return self.network(input_ids=input_ids, attention_mask=attention_mask,
                                    token_type_ids=token_type_ids).last_hidden_state

        try:
            with torch.inference_mode():
                # Traced on a padded pair, so the attention mask stays in the graph.
                features = prepare(list(_TRACE_PROBES))
                example = (features["input_ids"], features["attention_mask"],
                           features.get("token_type_ids", torch.zeros_like(features["input_ids"])))
            verbosity = hf_logging.get_verbosity()
            hf_logging.set_verbosity_error()  # freezing reads every property, e.g. the unused loss function's
            try:
                with torch.no_grad(), warnings.catch_warnings():
                    warnings.simplefilter("ignore")  # TracerWarnings about Python values in the model code
                    traced = torch.jit.freeze(torch.jit.trace(HiddenStates().eval(), example, check_trace=False))
            finally:
                hf_logging.set_verbosity(verbosity)
            encoder = cls(model, traced, getattr(first, "module_output_name", "token_embeddings"))
            agreement = min(encoder.agreement(list(texts)) for texts in (_TRACE_PROBES, _TRACE_PROBES[:1]))
        except Exception as exc:  # noqa: BLE001 - any failure leaves the eager model in charge
            logger.info("query embeddings run eagerly: the model could not be traced (%s)", exc)
            return None
        if agreement < _TRACE_AGREEMENT:
            logger.warning("query embeddings run eagerly: the traced model disagrees (cosine %.6f)", agreement)
            return None
        logger.debug("query embeddings run traced (cosine to eager %.8f)", agreement)
        return encoder

    def agreement(self, texts: list[str]) -> float:
        """The least cosine similarity between this encoder's and the eager model's vectors of ``texts``."""
        import torch

        prepare = getattr(self._model, "preprocess", None) or self._model.tokenize
        with torch.inference_mode():
            expected = torch.nn.functional.normalize(self._model.forward(prepare(texts))["sentence_embedding"], dim=1)
            got = torch.nn.functional.normalize(self.forward(prepare(texts)), dim=1)
            return float((expected * got).sum(dim=1).min())

    def forward(self, features: dict[str, Any]) -> Any:
        """Sentence embeddings (not normalized) of tokenized ``features``."""
        import torch

        ids = features["input_ids"]
        features[self._output_name] = self._traced(
            ids, features["attention_mask"], features.get("token_type_ids", torch.zeros_like(ids)))
        for module in list(self._model)[1:]:
            features = module(features)
        return features["sentence_embedding"]


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
