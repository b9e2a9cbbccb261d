"""Speculative decoding: draft tokens for each decoding sequence, checked in the same batch step.

A step that carries a sequence's next token and ``k`` draft tokens after it, with logits for each,
tells at every draft position what the model itself picks there. The longest prefix of the draft
that matches those picks is kept, with the pick after it, so one step can write up to ``k + 1``
tokens; ``BatchDecoder`` removes the KV cells of the rejected positions. The picks are made by the
sequence's own ``PenalizedGreedy``, row after row, so the repeat penalty sees the history as of each
position, and the text is the one greedy decoding writes without speculation. (That needs each
row's logits to be the same whether a step carries one row or several; with llama.cpp's CPU
kernels that holds under flash attention with a q8_0 K cache, which is why the batch context uses
them: ``llamacpp.exact_rows_params``.)

Drafts come from a ``Drafter``:

- ``PromptLookup``: answers from personal memory quote their prompt (names, foods, titles, quoted
  sentences, computed facts), so the longest recent n-gram of the sequence, found in the prompt,
  proposes the tokens that followed it there. It costs nothing to draft.
- ``server.engine.draft_model.DraftModel``: a smaller GGUF with the same vocabulary, for a bigger
  server model.

Whether drafting pays depends on what an extra row costs a step. On the 2-core CPU this was built
on a step is bound by compute: 2 rows cost 1.8 times 1 row, 5 rows 3.5 times, 9 rows 5.3 times, so
only long accepted drafts win, and not by much (docs/benchmarks.md, "Speculative decoding").
Where a step is bound by reading the weights (GPUs, bigger models) extra rows are nearly free.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Literal, Protocol, Sequence

from server.engine.greedy import PenalizedGreedy

SpeculativeMode = Literal["off", "lookup", "draft"]

MIN_MATCH = 4
"""Tokens the end of the sequence must share with a place in the prompt before that place drafts.
A one-token draft pays on the CPU above only when it is right more than about 80% of the time (a
2-row step costs 1.8 times a 1-row step). On a dev set of quoting answers (not the benchmark's) the
token after a 3-token match was right 10 times in 25, after a 4-token match 9 in 10; shorter
matches (" the", ", a") occur all over a prompt."""
MAX_MATCH = 32
"""How far back a match is followed; longer matches draft no more than ``limit`` anyway."""


@dataclass(frozen=True)
class SpeculativeSpec:
    """The ``speculative`` setting, parsed: ``off``, ``lookup`` or ``draft:PATH``."""

    mode: SpeculativeMode = "off"
    draft_path: Path | None = None

    @classmethod
    def parse(cls, value: str) -> SpeculativeSpec:
        text = value.strip()
        if text in ("off", "lookup"):
            return cls(text)  # type: ignore[arg-type]
        if text.startswith("draft:") and text[len("draft:"):].strip():
            return cls("draft", Path(text[len("draft:"):].strip()).expanduser())
        raise ValueError(f"speculative must be off, lookup or draft:PATH (a GGUF file), not {value!r}")


@dataclass
class DraftJob:
    """One decoding sequence asking for a draft."""

    seq_id: int
    prompt: Sequence[int]
    output: Sequence[int]
    """Tokens generated so far; the last is the next token, sampled but not yet evaluated."""
    limit: int
    """The most draft tokens worth proposing (the answer's remaining budget, the setting)."""
    sampler: PenalizedGreedy
    """The sequence's sampler as of now (a draft model drafts with a copy: same penalty, same history)."""


class Drafter(Protocol):
    """Proposes draft tokens for decoding sequences; runs on the engine thread."""

    def propose(self, jobs: Sequence[DraftJob]) -> list[list[int]]:
        """A draft (possibly empty, at most ``job.limit`` tokens) for each job, in order."""

    def close(self) -> None:
        """Free what the drafter holds."""


@dataclass
class SpeculationCounters:
    """What speculation did since the decoder started (benchmarks and tests read it)."""

    sequence_steps: int = 0
    """Decode steps of one sequence: each wrote one token, or more when a draft was accepted."""
    verify_steps: int = 0
    """Sequence steps that carried a draft."""
    drafted: int = 0
    accepted: int = 0
    shared_steps: int = 0
    """Batch steps in which several sequences carried drafts."""

    def record(self, drafted: int, accepted: int) -> None:
        """One sequence step that carried ``drafted`` draft tokens (maybe none) and kept ``accepted``."""
        self.sequence_steps += 1
        if drafted:
            self.verify_steps += 1
            self.drafted += drafted
            self.accepted += accepted

    def copy(self) -> SpeculationCounters:
        return replace(self)


class PromptIndex:
    """Where each token of one prompt occurs, for drafting by lookup."""

    def __init__(self, prompt: Sequence[int]) -> None:
        self.prompt = prompt
        self._positions: dict[int, list[int]] = defaultdict(list)
        for i, token in enumerate(prompt[:-1]):  # a place drafts only if a token follows it
            self._positions[token].append(i)

    def draft(self, output: Sequence[int], limit: int, min_match: int = MIN_MATCH) -> list[int]:
        """The tokens that follow, in the prompt, the longest match of the sequence's end (the
        latest of equally long ones).

        A match of ``min_match`` tokens proposes one token and every longer one a token more: a long
        match means the answer is copying a passage, which is likely to go on.
        """
        if not output or limit <= 0:
            return []
        prompt, n_out = self.prompt, len(output)
        total = len(prompt) + n_out

        def from_end(i: int) -> int:  # the sequence (prompt, then output) read from its end
            return output[-1 - i] if i < n_out else prompt[len(prompt) - 1 - (i - n_out)]

        best_len, best_at = 0, -1
        for j in self._positions.get(output[-1], ()):
            m = 1
            while m < MAX_MATCH and m <= j and m < total and prompt[j - m] == from_end(m):
                m += 1
            if m >= best_len:
                best_len, best_at = m, j
        if best_len < min_match:
            return []
        k = min(limit, best_len - min_match + 1)
        return list(prompt[best_at + 1: best_at + 1 + k])


class PromptLookup:
    """Drafts by prompt lookup (``PromptIndex``), one index per sequence's current prompt."""

    def __init__(self, min_match: int = MIN_MATCH) -> None:
        self.min_match = min_match
        self._indexes: dict[int, PromptIndex] = {}

    def propose(self, jobs: Sequence[DraftJob]) -> list[list[int]]:
        drafts = []
        for job in jobs:
            index = self._indexes.get(job.seq_id)
            if index is None or index.prompt is not job.prompt:  # a new request in this sequence
                index = self._indexes[job.seq_id] = PromptIndex(job.prompt)
            drafts.append(index.draft(job.output, job.limit, self.min_match))
        return drafts

    def close(self) -> None:
        self._indexes.clear()


def verify_draft(draft: Sequence[int], pick: Callable[[int], int]) -> list[int]:
    """The model's own picks along a draft: ``pick(0)`` follows the next token, ``pick(i)`` follows
    ``draft[i - 1]``. Stops at the first pick that differs from the draft; returns the picks (the
    accepted draft tokens, then one more), at least one."""
    picks: list[int] = []
    for i in range(len(draft) + 1):
        token = pick(i)
        picks.append(token)
        if i == len(draft) or token != draft[i]:
            break
    return picks
