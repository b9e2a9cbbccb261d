"""Several generations decoded in one llama.cpp batch (real SmolLM2): isolation, cancellation, prefixes."""

from __future__ import annotations

import threading

import pytest

from server.engine.base import ChatMessage, GenerationStats, TokenPiece
from server.engine.llamacpp import LlamaCppEngine

SYSTEM = ChatMessage("system", "You are Tether, a careful personal assistant. Answer briefly. " * 6)


@pytest.fixture(scope="module")
def engine(gguf_path):
    engine = LlamaCppEngine(gguf_path, n_ctx=1024, n_threads=2, parallel=3)
    yield engine
    engine.close()


def _answer(engine, question: str, max_tokens: int = 10, cancel: threading.Event | None = None,
            system: ChatMessage | None = None):
    messages = [system, ChatMessage("user", question)] if system else [ChatMessage("user", question)]
    events = list(engine.generate(messages, max_tokens, cancel))
    assert isinstance(events[-1], GenerationStats)
    return "".join(e.text for e in events if isinstance(e, TokenPiece)), events[-1]


def _together(engine, jobs):
    """Run ``jobs`` (callables) at once; their results in order."""
    results: list = [None] * len(jobs)
    errors: list[BaseException] = []
    start = threading.Barrier(len(jobs))

    def run(i):
        start.wait()
        try:
            results[i] = jobs[i]()
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(jobs))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=300)
    assert not errors, errors
    return results


def test_concurrent_sequences_share_steps_and_stay_apart(engine) -> None:
    before = engine.batch.steps
    same = "Name three colours."
    results = _together(engine, [lambda: _answer(engine, same, 12), lambda: _answer(engine, same, 12),
                                 lambda: _answer(engine, "Count from one to five.", 12)])
    assert engine.batch.max_batch_sequences >= 2  # they really were decoded together
    texts = [text for text, _ in results]
    assert all(text.strip() for text in texts)
    assert texts[0] == texts[1]  # identical prompts in separate sequences: identical answers
    for _, stats in results:
        assert 1 <= stats.decode_tokens <= 12 and stats.prefill_ms > 0 and stats.ttft_ms >= stats.prefill_ms
    # fewer steps than one after another: each step carried tokens of several sequences
    total_tokens = sum(stats.decode_tokens for _, stats in results)
    assert engine.batch.steps - before < total_tokens
    assert not any(slot.busy for slot in engine.batch.slots)


def test_one_stream_cancelled_while_the_others_finish(engine) -> None:
    cancel = threading.Event()

    def cancelled():
        events = []
        for event in engine.generate([ChatMessage("user", "Write a long story about a dragon.")], 64, cancel):
            events.append(event)
            if isinstance(event, TokenPiece):
                cancel.set()
        return events[-1]

    stopped, (_, finished) = _together(engine, [cancelled, lambda: _answer(engine, "Write a long poem about the sea.", 24)])
    assert stopped.finish_reason == "cancelled" and stopped.decode_tokens <= 3
    assert finished.decode_tokens >= 4 and finished.finish_reason in ("length", "stop")


def test_consumer_that_leaves_frees_its_sequence(engine) -> None:
    stream = engine.generate([ChatMessage("user", "Count from one to one hundred.")], 64)
    assert isinstance(next(stream), TokenPiece)
    stream.close()
    assert not any(slot.busy for slot in engine.batch.slots)
    text, stats = _answer(engine, "Say hello.", 6)  # the engine goes on serving
    assert text.strip() and stats.decode_tokens >= 1


def test_stable_prefix_restored_into_another_sequence(engine) -> None:
    _answer(engine, "Say hello.", 4, system=SYSTEM)  # computes and saves the prefix state
    hits = engine.prefix_cache.hits
    results = _together(engine, [lambda: _answer(engine, "Say goodbye.", 4, system=SYSTEM),
                                 lambda: _answer(engine, "Say thanks.", 4, system=SYSTEM)])
    prefix = engine.count_tokens(SYSTEM.content)
    for _, stats in results:
        assert stats.cached_prefix_tokens >= prefix - 5  # both sequences started from the saved prefix
    assert engine.prefix_cache.hits > hits  # at least one restored the state into a fresh sequence


def test_a_saved_state_that_does_not_load_is_replaced_and_the_prefix_prefilled(engine) -> None:
    from server.engine.prefix_cache import prefix_key
    from server.engine.seq_state import SeqState

    system = ChatMessage("system", "A stable prefix that only this test uses, long enough to be saved. " * 5)
    messages = [system, ChatMessage("user", "Say hi.")]
    tokens = engine.tokenize(engine.format_prompt(messages))
    n = engine.stable_prefix_len(messages, tokens)
    assert n > 0
    key = prefix_key(tokens[:n])
    engine.prefix_cache.put(key, SeqState(tuple(tokens[:n]), b"not a llama.cpp state"), 64)
    text, stats = _answer(engine, "Say hi.", 4, system=system)
    assert text.strip() and stats.cached_prefix_tokens < n
    state = engine.prefix_cache.get(key)
    assert state is not None and state.data != b"not a llama.cpp state"  # computed afresh and saved
