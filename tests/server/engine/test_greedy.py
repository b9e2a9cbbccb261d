"""Penalized greedy sampling: the same picks as llama.cpp's penalties -> greedy chain, on real logits."""

from __future__ import annotations

import ctypes

import pytest

from server.engine.greedy import PenalizedGreedy


def _logits(values: list[float]):
    return (ctypes.c_float * len(values))(*values)


def test_penalty_divides_positive_and_multiplies_negative_logits() -> None:
    sampler = PenalizedGreedy(4, penalty=2.0, last_n=8)
    assert sampler.sample(_logits([0.0, 3.0, 2.0, -1.0])) == 1  # nothing recent yet: plain argmax
    assert sampler.sample(_logits([0.0, 3.0, 2.0, -1.0])) == 2  # 3.0 / 2 < 2.0
    # 1 and 2 are recent now: 3.9 / 2 < 2.0 (not recent), -0.1 * 2 < 0.0
    assert sampler.sample(_logits([2.0, 3.9, 3.9, -0.1])) == 0
    values = _logits([-0.5, -0.4, -0.3, -0.2])
    sampler.sample(values)
    assert list(values) == pytest.approx([-0.5, -0.4, -0.3, -0.2])  # the caller's buffer is untouched


def test_ties_go_to_the_lowest_id_and_old_picks_are_forgotten() -> None:
    sampler = PenalizedGreedy(3, penalty=10.0, last_n=2)
    assert sampler.sample(_logits([1.0, 5.0, 5.0])) == 1
    assert sampler.sample(_logits([1.0, 5.0, 4.9])) == 2  # 1 is recent: 0.5
    assert sampler.sample(_logits([1.0, 5.0, 4.9])) == 0  # 1 and 2 are recent
    assert sampler.sample(_logits([1.0, 5.0, 4.9])) == 1  # the window of 2 holds 2 and 0: 1 is free again
    assert sampler.sample(_logits([1.0, 5.0, 4.9])) == 2  # it holds 0 and 1


def test_same_tokens_as_llama_cpp_chain_on_the_real_model(gguf_path) -> None:
    import llama_cpp
    from llama_cpp import Llama

    llama = Llama(model_path=str(gguf_path), n_ctx=512, n_threads=2, verbose=False)
    prompt = llama.tokenize(b"<|im_start|>user\nSay cat, cat, cat, cat, cat, cat, cat again and again.<|im_end|>\n"
                            b"<|im_start|>assistant\n", add_bos=False, special=True)

    def run(pick) -> list[int]:
        llama.reset()
        llama.eval(prompt)
        out = []
        for _ in range(48):
            token = pick()
            out.append(token)
            llama.eval([token])
        return out

    chain = llama_cpp.llama_sampler_chain_init(llama_cpp.llama_sampler_chain_default_params())
    llama_cpp.llama_sampler_chain_add(chain, llama_cpp.llama_sampler_init_penalties(llama.n_vocab(), 64, 1.1, 0.0, 0.0))
    llama_cpp.llama_sampler_chain_add(chain, llama_cpp.llama_sampler_init_greedy())
    try:
        expected = run(lambda: llama_cpp.llama_sampler_sample(chain, llama._ctx.ctx, -1))
    finally:
        llama_cpp.llama_sampler_free(chain)
    ours = PenalizedGreedy(llama.n_vocab(), 1.1, last_n=64)
    got = run(lambda: ours.sample(llama_cpp.llama_get_logits_ith(llama._ctx.ctx, -1)))
    plain = PenalizedGreedy(llama.n_vocab(), 1.0)
    unpenalized = run(lambda: plain.sample(llama_cpp.llama_get_logits_ith(llama._ctx.ctx, -1)))
    llama.close()
    assert got == expected
    assert unpenalized != expected  # the penalty changed this answer, so the comparison covers it
