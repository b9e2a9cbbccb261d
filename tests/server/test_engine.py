"""The embedded llama.cpp engine with the real SmolLM2 model."""

import threading

import pytest

from server.engine.base import ChatMessage, GenerationStats, TokenPiece
from server.engine.llamacpp import LlamaCppEngine
from server.errors import PromptTooLongError


@pytest.fixture(scope="module")
def engine(gguf_path):
    engine = LlamaCppEngine(gguf_path, n_ctx=1024, n_threads=2)
    yield engine
    engine.close()


def _run(engine, messages, max_tokens=16, cancel=None):
    events = list(engine.generate(messages, max_tokens, cancel))
    pieces = [e.text for e in events if isinstance(e, TokenPiece)]
    stats = [e for e in events if isinstance(e, GenerationStats)]
    assert len(stats) == 1 and events[-1] is stats[0]
    return "".join(pieces), stats[0]


def test_generates_text_and_reports_phases(engine) -> None:
    text, stats = _run(engine, [ChatMessage("user", "Name a colour.")])
    assert text.strip()
    assert stats.prompt_tokens > 5
    assert 1 <= stats.decode_tokens <= 16
    assert stats.prefill_ms > 0 and stats.ttft_ms >= stats.prefill_ms
    assert stats.finish_reason in ("stop", "length")


def test_shared_prefix_is_reused(engine) -> None:
    system = ChatMessage("system", "You are a helpful assistant. " * 20)
    _run(engine, [system, ChatMessage("user", "Say hello.")], max_tokens=4)
    _, second = _run(engine, [system, ChatMessage("user", "Say goodbye.")], max_tokens=4)
    assert second.cached_prefix_tokens >= engine.count_tokens("You are a helpful assistant. " * 20) - 5
    assert second.cached_prefix_tokens < second.prompt_tokens


def test_cancel_stops_decoding(engine) -> None:
    cancel = threading.Event()
    cancel.set()
    _, stats = _run(engine, [ChatMessage("user", "Count from one to one hundred.")], max_tokens=64, cancel=cancel)
    assert stats.finish_reason in ("cancelled", "stop")
    assert stats.decode_tokens <= 1


def test_max_tokens_is_respected(engine) -> None:
    _, stats = _run(engine, [ChatMessage("user", "Write a long story about a dragon.")], max_tokens=5)
    assert stats.decode_tokens <= 5


def test_prompt_longer_than_context_is_refused(engine) -> None:
    with pytest.raises(PromptTooLongError, match="context window"):
        _run(engine, [ChatMessage("user", "word " * 2000)])
