"""Speculative decoding's parts without a model: the setting, prompt lookup, verification, the vocabulary check."""

from __future__ import annotations

import ctypes
from pathlib import Path

import pytest

from server.engine.draft_model import same_vocabulary
from server.engine.greedy import PenalizedGreedy
from server.engine.speculative import DraftJob, PromptIndex, PromptLookup, SpeculativeSpec, verify_draft


def test_the_setting_parses_off_lookup_and_a_draft_path() -> None:
    assert SpeculativeSpec.parse("off") == SpeculativeSpec("off")
    assert SpeculativeSpec.parse(" lookup ") == SpeculativeSpec("lookup")
    assert SpeculativeSpec.parse("draft:/models/small.gguf") == SpeculativeSpec("draft", Path("/models/small.gguf"))
    for bad in ("", "on", "draft:", "draft", "lookup:3"):
        with pytest.raises(ValueError, match="off, lookup or draft:PATH"):
            SpeculativeSpec.parse(bad)


def test_server_settings_validate_the_speculative_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    from pydantic import ValidationError

    from shared.settings import ServerSettings

    monkeypatch.setenv("TETHER_SPECULATIVE", "draft:/models/small.gguf")
    monkeypatch.setenv("TETHER_SPECULATIVE_TOKENS", "4")
    settings = ServerSettings()
    assert settings.speculative == "draft:/models/small.gguf" and settings.speculative_tokens == 4
    monkeypatch.setenv("TETHER_SPECULATIVE", "sometimes")
    with pytest.raises(ValidationError):
        ServerSettings()


PROMPT = [1, 50, 51, 52, 53, 54, 55, 56, 2, 60, 51, 52, 70, 71, 3]
"""Token ids: a passage 50..56, later 51 52 again with another continuation (70 71)."""


def test_lookup_drafts_what_followed_the_longest_match_in_the_prompt() -> None:
    index = PromptIndex(PROMPT)
    # The output ends "50 51 52 53": four tokens match the passage; one token is proposed.
    assert index.draft([50, 51, 52, 53], limit=8) == [54]
    # Every further matching token proposes one more.
    assert index.draft([50, 51, 52, 53, 54, 55], limit=8) == [56, 2, 60]
    assert index.draft([50, 51, 52, 53, 54, 55], limit=2) == [56, 2]
    # "2 60 51 52" matches four tokens at the second place and two at the first: the second drafts.
    assert index.draft([2, 60, 51, 52], limit=8) == [70]
    # Shorter than four tokens, or nowhere in the prompt: no draft.
    assert index.draft([9, 50, 51, 52], limit=8) == [] and index.draft([50, 51, 52], limit=8) == []
    assert index.draft([99], limit=8) == [] and index.draft([], limit=8) == []
    assert index.draft([50, 51, 52, 53], limit=0) == []
    assert index.draft([50, 51, 52], limit=8, min_match=3) == [53]


def test_lookup_matches_across_the_end_of_the_prompt_and_keeps_one_index_per_prompt() -> None:
    prompt = [6, 7, 8, 9, 10, 11, 6, 7, 8]
    # The sequence so far is prompt + output; "6 7 8" + "9" matches the start of the prompt.
    assert PromptIndex(prompt).draft([9], limit=4) == [10]
    lookup = PromptLookup()
    sampler = PenalizedGreedy(4)
    assert lookup.propose([DraftJob(0, PROMPT, [50, 51, 52, 53], 8, sampler)]) == [[54]]
    other = [4, 5, 6, 7, 8, 9]
    assert lookup.propose([DraftJob(0, other, [4, 5, 6, 7], 8, sampler),
                           DraftJob(1, PROMPT, [4, 5, 6, 7], 8, sampler)]) == [[8], []]


def test_verification_keeps_the_prefix_the_picks_confirm_and_one_pick_more() -> None:
    def picks_of(model: list[int]):
        return lambda i: model[i]

    assert verify_draft([5, 6, 7], picks_of([5, 6, 7, 8])) == [5, 6, 7, 8]  # all accepted, plus the next pick
    assert verify_draft([5, 6, 7], picks_of([5, 9, 7, 8])) == [5, 9]  # the second differs: it replaces the draft's
    assert verify_draft([5, 6, 7], picks_of([4, 6, 7, 8])) == [4]
    assert verify_draft([], picks_of([3])) == [3]  # no draft: an ordinary step
    asked: list[int] = []
    verify_draft([5, 6, 7], lambda i: asked.append(i) or [5, 0, 0, 0][i])
    assert asked == [0, 1]  # rows after the first rejection are never sampled (the sampler keeps its history)


def test_verification_applies_the_repeat_penalty_as_of_each_position() -> None:
    """A draft token that the penalty of an earlier accepted token turns down is rejected."""
    rows = [[0.0, 3.0, 2.0], [0.0, 3.0, 2.5]]  # after picking 1, its logit 3.0 / 2 < 2.5
    logits = [(ctypes.c_float * 3)(*row) for row in rows]
    sampler = PenalizedGreedy(3, penalty=2.0)
    assert verify_draft([1, 1], lambda i: sampler.sample(logits[i])) == [1, 2]


class _FakeVocabLib:
    """The three llama.cpp calls ``same_vocabulary`` makes, over token lists."""

    @staticmethod
    def llama_model_get_vocab(model: list[bytes]) -> list[bytes]:
        return model

    @staticmethod
    def llama_vocab_n_tokens(vocab: list[bytes]) -> int:
        return len(vocab)

    @staticmethod
    def llama_vocab_get_text(vocab: list[bytes], token: int) -> bytes:
        return vocab[token]


def test_a_draft_model_must_share_the_vocabulary() -> None:
    lib = _FakeVocabLib()
    assert same_vocabulary(lib, [b"a", b"b", b"c"], [b"a", b"b", b"c"])
    assert not same_vocabulary(lib, [b"a", b"b", b"c"], [b"a", b"b"])
    assert not same_vocabulary(lib, [b"a", b"b", b"c"], [b"a", b"x", b"c"])
