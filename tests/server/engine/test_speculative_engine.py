"""Speculative decoding on the real SmolLM2: the same greedy text with and without drafts, token for
token, for one stream and for four at once, for an answer that quotes its prompt (drafts
accepted) and one that does not, through prefix-cache restores, and with the model as its own draft.

Each comparison runs the same prompt under the same conditions: llama.cpp computes prompt chunks of
64 rows or more of one sequence with other kernels than decode steps (their logits differ in the
last bits), so a prompt is first run once, and later runs find it in their slot and evaluate only
its last token, as a decode step does.
"""

from __future__ import annotations

import threading

import pytest

from server.engine.base import ChatMessage, GenerationStats, TokenPiece
from server.engine.llamacpp import LlamaCppEngine
from server.engine.speculative import PromptLookup, SpeculativeSpec

MEMORIES = [
    "Tuesday 12 March, 13:10: lunch at Cafe Lisboa with Marta: grilled sardines, a tomato salad and a glass of vinho verde.",
    'Note: Marta said "the new office opens on the first of April, bring the blue folder and the spare keys".',
    "Monday 11 March, 19:30: dinner with Jonas at Trattoria Da Enzo: spaghetti carbonara and tiramisu.",
]


def _quoting(question: str, tag: str = "") -> list[ChatMessage]:
    """A memory-quoting prompt in the chat service's shape (the memories as quoted data)."""
    from server.services.chat import build_messages
    from shared.wire import MemoryHit

    hits = [MemoryHit(id=str(i), text=f"{tag}{text}", score=0.9, source_ids=[str(i)]) for i, text in enumerate(MEMORIES)]
    return build_messages(question, "", hits)


QUOTE = _quoting("Quote the note about the new office.")
FREE = [ChatMessage("user", "Write a long story about a dragon who keeps a diary.")]
FREE_TOO = [ChatMessage("user", "Explain how a bicycle stays upright.")]


@pytest.fixture(scope="module")
def engine(gguf_path):
    engine = LlamaCppEngine(gguf_path, n_ctx=1024, n_threads=2, parallel=4, speculative="lookup", speculative_tokens=8)
    yield engine
    engine.close()


def _answer(engine: LlamaCppEngine, messages: list[ChatMessage], max_tokens: int = 40) -> tuple[str, GenerationStats]:
    events = list(engine.generate(messages, max_tokens))
    assert isinstance(events[-1], GenerationStats)
    return "".join(e.text for e in events if isinstance(e, TokenPiece)), events[-1]


def _together(engine: LlamaCppEngine, prompts: list[list[ChatMessage]], max_tokens: int = 40) -> list[str]:
    results: list = [None] * len(prompts)
    errors: list[BaseException] = []
    start = threading.Barrier(len(prompts))

    def run(i: int) -> None:
        start.wait()
        try:
            results[i] = _answer(engine, prompts[i], max_tokens)[0]
        except BaseException as exc:  # reported below
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(prompts))]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=600)
    assert not errors, errors
    return results


def _assert_kv_cells_match_slots(engine: LlamaCppEngine) -> None:
    """Each sequence's KV cells end where its slot's tokens end: rejected draft rows were removed."""
    lib, memory = engine._lib, engine._lib.llama_get_memory(engine.batch._ctx)
    for slot in engine.batch.slots:
        assert lib.llama_memory_seq_pos_max(memory, slot.seq_id) == len(slot.tokens) - 1


def _with(engine: LlamaCppEngine, drafter, fn):
    """``fn()`` with ``drafter`` (None: no speculation) and what speculation did meanwhile."""
    engine.batch.drafter, saved = drafter, engine.batch.drafter
    before = engine.batch.speculation.copy()
    try:
        result = fn()
    finally:
        engine.batch.drafter = saved
    after = engine.batch.speculation
    return result, {"drafted": after.drafted - before.drafted, "accepted": after.accepted - before.accepted,
                    "verify_steps": after.verify_steps - before.verify_steps}


@pytest.mark.parametrize("messages", [QUOTE, FREE], ids=["quoting", "free"])
def test_one_stream_writes_the_same_tokens_with_and_without_lookup(engine, messages) -> None:
    lookup = engine.batch.drafter
    _answer(engine, messages)  # the prompt is in a slot now; the runs below evaluate only its last token
    (plain, plain_stats), _ = _with(engine, None, lambda: _answer(engine, messages))
    (fast, fast_stats), spec = _with(engine, lookup, lambda: _answer(engine, messages))
    assert fast == plain and fast_stats.decode_tokens == plain_stats.decode_tokens
    assert fast_stats.finish_reason == plain_stats.finish_reason
    _assert_kv_cells_match_slots(engine)
    if messages is QUOTE:
        assert '"the new office opens on the first of April' in fast  # the answer quotes its memory...
        assert spec["accepted"] >= 10 and spec["accepted"] / spec["drafted"] >= 0.5  # ...and the drafts were taken
    else:
        assert spec["accepted"] <= 2  # nothing to quote: (almost) no drafts, no cost


def test_four_concurrent_streams_write_the_same_tokens_as_without_lookup_and_alone(engine) -> None:
    lookup = engine.batch.drafter
    mixed = [QUOTE, _quoting("List what I ate on Monday and Tuesday.", "(b) "), FREE, FREE_TOO]
    same = [QUOTE] * 4  # the same answer four times: every sequence drafts in the same steps
    for prompts in (mixed, same):
        _together(engine, prompts, 32)  # each prompt now has a sequence of its own
        plain, _ = _with(engine, None, lambda: _together(engine, prompts, 32))
        fast, spec = _with(engine, lookup, lambda: _together(engine, prompts, 32))
        assert fast == plain
        _assert_kv_cells_match_slots(engine)
    assert engine.batch.max_batch_sequences == 4
    assert engine.batch.speculation.shared_steps >= 1 and spec["accepted"] >= 20
    alone, _ = _with(engine, lookup, lambda: [_answer(engine, p, 32)[0] for p in mixed])
    assert alone == _with(engine, None, lambda: _together(engine, mixed, 32))[0]
    assert not any(slot.busy for slot in engine.batch.slots)


def test_drafts_through_a_restored_prefix_and_up_to_the_token_limit(engine) -> None:
    system = ChatMessage("system", "You are Tether. Memories: " + " ".join(MEMORIES) + " Quote them exactly.")
    first = [system, ChatMessage("user", "Quote what Marta said.")]
    second = [system, ChatMessage("user", "Quote the dinner memory.")]
    hits = engine.prefix_cache.hits
    _answer(engine, [system, ChatMessage("user", "Say hello.")], 4)  # computes and saves the system prefix
    # Two at once: one of them restores the saved prefix into a fresh sequence.
    restored, spec = _with(engine, engine.batch.drafter, lambda: _together(engine, [first, second]))
    assert engine.prefix_cache.hits > hits and spec["accepted"] >= 5
    again, _ = _with(engine, None, lambda: _together(engine, [first, second]))
    assert restored == again
    for limit in (1, 2, 5):  # the limit holds inside an accepted draft
        (text, stats), _ = _with(engine, engine.batch.drafter, lambda: _answer(engine, first, limit))
        (plain, _), _ = _with(engine, None, lambda: _answer(engine, first, limit))
        assert stats.decode_tokens == limit and text == plain


def test_a_stream_cancelled_mid_draft_stops_and_frees_its_sequence(engine) -> None:
    cancel = threading.Event()
    events = []
    for event in engine.generate(QUOTE, 64, cancel):
        events.append(event)
        if isinstance(event, TokenPiece):
            cancel.set()
    # the engine may write a step or two (of up to 9 tokens each) before the consumer's cancel lands
    assert events[-1].finish_reason == "cancelled" and events[-1].decode_tokens <= 27
    assert not any(slot.busy for slot in engine.batch.slots)
    assert _answer(engine, QUOTE, 8)[0].strip()


def test_the_model_as_its_own_draft_model_is_accepted_and_changes_nothing(gguf_path) -> None:
    engine = LlamaCppEngine(gguf_path, n_ctx=1024, n_threads=2, parallel=2, speculative=f"draft:{gguf_path}",
                            speculative_tokens=6)
    try:
        draft = engine.batch.drafter
        results = {}
        for name, messages in (("quoting", QUOTE), ("free", FREE)):
            _answer(engine, messages, 32)
            (plain, _), _ = _with(engine, None, lambda: _answer(engine, messages, 32))
            (fast, _), spec = _with(engine, draft, lambda: _answer(engine, messages, 32))
            assert fast == plain
            results[name] = spec
        drafted = sum(s["drafted"] for s in results.values())
        accepted = sum(s["accepted"] for s in results.values())
        assert drafted >= 10 and accepted / drafted >= 0.95, results
        # two sequences drafting together
        prompts = [QUOTE, FREE]
        plain, _ = _with(engine, None, lambda: _together(engine, prompts, 24))
        fast, _ = _with(engine, draft, lambda: _together(engine, prompts, 24))
        assert fast == plain
    finally:
        engine.close()


def test_a_draft_model_that_is_missing_is_an_engine_error(gguf_path, tmp_path) -> None:
    from server.errors import EngineError

    with pytest.raises(EngineError, match="does not exist"):
        LlamaCppEngine(gguf_path, n_ctx=512, n_threads=2, parallel=1, speculative=f"draft:{tmp_path / 'none.gguf'}")


def test_lookup_is_swappable_and_off_means_no_drafter(gguf_path) -> None:
    engine = LlamaCppEngine(gguf_path, n_ctx=512, n_threads=2, parallel=1)
    try:
        assert engine.batch.drafter is None
        assert engine.speculative == SpeculativeSpec("off")
        assert isinstance(engine.new_drafter(SpeculativeSpec("lookup")), PromptLookup)
    finally:
        engine.close()
