"""``NumpyBertEmbedder``: a BERT sentence encoder with mean pooling (all-MiniLM-L6-v2) in NumPy.

A command that only searches memory embeds one short query. Importing torch, transformers and
sentence-transformers for it costs seconds (scikit-learn and scipy come along), while the query's
forward pass through six small layers takes milliseconds. This runs that forward pass on the same
weights (``model.safetensors``) with the same tokenizer (``tokenizer.json``), so its vectors agree
with sentence-transformers' to about 1e-6 (a test checks it), and nothing heavy is imported.

Only the architecture the bundled model has is supported: ``BertModel`` with absolute positions,
GELU, mean pooling and normalization. ``NumpyBertEmbedder.supports`` says whether a model folder is
one; other folders stay with sentence-transformers.
"""

from __future__ import annotations

import json
import math
from pathlib import Path
from typing import Any

import numpy as np

_ERF_P = 0.3275911
_ERF_A = (0.254829592, -0.284496736, 1.421413741, -1.453152027, 1.061405429)


def _erf(x: np.ndarray) -> np.ndarray:
    """Abramowitz-Stegun 7.1.26 (error below 1.5e-7, below float32's resolution here)."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + _ERF_P * a)
    a1, a2, a3, a4, a5 = _ERF_A
    poly = ((((a5 * t + a4) * t + a3) * t + a2) * t + a1) * t
    return sign * (1.0 - poly * np.exp(-a * a))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x / math.sqrt(2.0)))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    var = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


def _read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


class NumpyBertEmbedder:
    """Unit-length sentence vectors from a sentence-transformers BERT folder, computed in NumPy."""

    def __init__(self, model_dir: Path) -> None:
        from safetensors.numpy import load_file
        from tokenizers import Tokenizer

        model_dir = Path(model_dir)
        if not self.supports(model_dir):
            raise ValueError(f"{model_dir} is not a BERT model with mean pooling; use sentence-transformers")
        config = _read_json(model_dir / "config.json")
        self.model_name = model_dir.name
        self._heads = int(config["num_attention_heads"])
        self._layers = int(config["num_hidden_layers"])
        self._eps = float(config.get("layer_norm_eps", 1e-12))
        max_length = int(_read_json(model_dir / "sentence_bert_config.json").get("max_seq_length", 256))
        self._tokenizer = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self._tokenizer.no_padding()
        self._tokenizer.enable_truncation(max_length)
        weights = load_file(str(model_dir / "model.safetensors"))
        prefix = "bert." if "bert.embeddings.word_embeddings.weight" in weights else ""
        self._w = {name.removeprefix(prefix): value if value.dtype == np.float32 else value.astype(np.float32)
                   for name, value in weights.items()}
        self.dimension = int(self._w["embeddings.word_embeddings.weight"].shape[1])

    @staticmethod
    def supports(model_dir: Path) -> bool:
        """Whether ``model_dir`` holds what this class computes exactly: a BERT transformer with
        absolute positions and GELU, mean pooling, then normalization, in safetensors."""
        model_dir = Path(model_dir)
        try:
            config = _read_json(model_dir / "config.json")
            modules = [m.get("type", "") for m in _read_json(model_dir / "modules.json")]
            pooling = _read_json(model_dir / "1_Pooling" / "config.json")
        except (OSError, ValueError):
            return False
        mean_only = pooling.get("pooling_mode_mean_tokens") and not any(
            pooling.get(k) for k in ("pooling_mode_cls_token", "pooling_mode_max_tokens",
                                     "pooling_mode_mean_sqrt_len_tokens", "pooling_mode_weightedmean_tokens",
                                     "pooling_mode_lasttoken"))
        return (config.get("model_type") == "bert" and config.get("hidden_act") == "gelu"
                and config.get("position_embedding_type", "absolute") == "absolute"
                and [t.rsplit(".", 1)[-1] for t in modules] == ["Transformer", "Pooling", "Normalize"]
                and bool(mean_only) and (model_dir / "model.safetensors").is_file()
                and (model_dir / "tokenizer.json").is_file())

    def embed(self, texts: list[str]) -> list[list[float]]:
        """One normalized vector per text (each text on its own: no padding to compute around)."""
        return [self._embed_one(text).tolist() for text in texts]

    def _embed_one(self, text: str) -> np.ndarray:
        w = self._w
        encoding = self._tokenizer.encode(text)
        ids = np.asarray(encoding.ids, dtype=np.int64)
        types = np.asarray(encoding.type_ids, dtype=np.int64)
        x = (w["embeddings.word_embeddings.weight"][ids] + w["embeddings.position_embeddings.weight"][: len(ids)]
             + w["embeddings.token_type_embeddings.weight"][types])
        x = _layer_norm(x, w["embeddings.LayerNorm.weight"], w["embeddings.LayerNorm.bias"], self._eps)
        n, hidden = x.shape
        head = hidden // self._heads
        for i in range(self._layers):
            p = f"encoder.layer.{i}."

            def dense(v: np.ndarray, name: str) -> np.ndarray:
                return v @ w[p + name + ".weight"].T + w[p + name + ".bias"]

            q = dense(x, "attention.self.query").reshape(n, self._heads, head).transpose(1, 0, 2)
            k = dense(x, "attention.self.key").reshape(n, self._heads, head).transpose(1, 0, 2)
            v = dense(x, "attention.self.value").reshape(n, self._heads, head).transpose(1, 0, 2)
            scores = q @ k.transpose(0, 2, 1) / math.sqrt(head)
            scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(1, 0, 2).reshape(n, hidden)
            x = _layer_norm(dense(context, "attention.output.dense") + x,
                            w[p + "attention.output.LayerNorm.weight"], w[p + "attention.output.LayerNorm.bias"], self._eps)
            inner = _gelu(dense(x, "intermediate.dense"))
            x = _layer_norm(dense(inner, "output.dense") + x,
                            w[p + "output.LayerNorm.weight"], w[p + "output.LayerNorm.bias"], self._eps)
        pooled = x.mean(axis=0)
        return pooled / max(float(np.linalg.norm(pooled)), 1e-12)
