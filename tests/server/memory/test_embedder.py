"""What gets embedded (the memory without its timestamp) and the cache in front of the model."""

from __future__ import annotations

from server.memory.documents import embedding_text, observation_text
from server.memory.embedder import CachedEmbedder
from tests.server.memory_fixtures import TZ, obs


class CountingEmbedder:
    """Vectors from text lengths; remembers every batch it was asked for."""

    dimension = 2

    def __init__(self) -> None:
        self.batches: list[list[str]] = []

    def embed(self, texts: list[str]) -> list[list[float]]:
        self.batches.append(list(texts))
        return [[float(len(t)), 1.0] for t in texts]


def test_the_embedded_text_is_the_memory_without_its_time() -> None:
    coffee = obs("c1", "coffee", "2026-11-19T08:15", drink="flat white", caffeine_mg=120)
    assert observation_text(coffee, TZ) == "Thu 2026-11-19 08:15 coffee (caffeine_mg: 120; drink: flat white)"
    assert embedding_text(coffee) == "coffee (caffeine_mg: 120; drink: flat white)"
    again = obs("c2", "coffee", "2026-11-20T09:00", drink="flat white", caffeine_mg=120)
    assert embedding_text(again) == embedding_text(coffee)  # the same event on another day shares a vector
    summary = obs("s", "day_summary", "2026-11-19T00:00", "2026-11-20T00:00", text="Thursday: 1 coffee.", source_ids=["c1"])
    assert (observation_text(summary, TZ), embedding_text(summary)) == \
        ("Thu 2026-11-19 day summary: Thursday: 1 coffee.", "day summary: Thursday: 1 coffee.")


def test_cached_embedder_embeds_each_distinct_text_once() -> None:
    inner = CountingEmbedder()
    cached = CachedEmbedder(inner, max_entries=2)
    assert cached.embed(["a", "bb", "a"]) == [[1.0, 1.0], [2.0, 1.0], [1.0, 1.0]]
    assert inner.batches == [["a", "bb"]]  # repeats within a batch are embedded once
    assert cached.embed(["bb", "ccc"]) == [[2.0, 1.0], [3.0, 1.0]]
    assert inner.batches[-1] == ["ccc"]
    cached.embed(["a"])  # evicted: "a" was the least recently used of three
    assert inner.batches[-1] == ["a"]
    assert (cached.hits, cached.misses) == (2, 4)


def test_traced_query_encoder_agrees_with_the_model(server_services) -> None:
    import numpy as np
    import torch

    from server.memory.embedder import (
        TRACE_AFTER,
        SentenceTransformerEmbedder,
        TracedEncoder,
    )

    inner = server_services.embedder._inner
    assert isinstance(inner, SentenceTransformerEmbedder)
    texts = ["what did I have for dinner on the day I cycled 31.2 km and then met Priya Nair for the design review",
             "ramen"]  # a pair: the short one is padded
    traced = TracedEncoder.build(inner._model)
    assert traced is not None and traced.agreement(texts) > 0.99999 and traced.agreement(texts[1:]) > 0.99999
    for _ in range(TRACE_AFTER + 1):
        inner.embed(["warm the query path up"])
    assert isinstance(inner._traced, TracedEncoder)  # the session's embedder now runs queries traced
    with torch.inference_mode():
        eager = torch.nn.functional.normalize(inner._model.forward(inner._model.preprocess(texts))["sentence_embedding"], dim=1)
    assert np.allclose(np.asarray(inner.embed(texts)), eager.numpy(), atol=1e-5)


def test_a_model_that_cannot_be_traced_runs_eagerly() -> None:
    from server.memory.embedder import TracedEncoder

    class Untraceable:
        auto_model = None  # no transformer to trace

    assert TracedEncoder.build([Untraceable(), Untraceable()]) is None

    class Broken:
        auto_model = object()

    class BrokenModel(list):
        def preprocess(self, texts):
            raise RuntimeError("no tokenizer")

    assert TracedEncoder.build(BrokenModel([Broken(), Broken()])) is None
