"""Drafts by a second, smaller model: any GGUF with the target's vocabulary (``draft:PATH``).

For a bigger server model, the bundled SmolLM2 can draft: a step of the target then checks several
of its tokens at once. The draft model keeps a KV sequence of its own for each of the target's
sequences (same ids) and follows what they hold: before drafting, each sequence's draft KV is
brought up to the target's tokens (the common prefix stays, the rest is evaluated, all sequences in
one batch), then the draft model picks tokens one step at a time, all sequences together, with a
copy of the target's sampler (same repeat penalty, same history). A draft model that is the target
itself therefore proposes exactly what the target picks.
"""

from __future__ import annotations

import copy
import logging
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from server.engine.speculative import DraftJob
from server.errors import EngineError

logger = logging.getLogger(__name__)

DRAFT_MIN_P = 0.75
"""A draft stops at the first token the draft model gives less than this probability: the target
would likely pick otherwise, and each rejected row costs the target compute (llama.cpp's own
speculative example uses the same bound)."""


def same_vocabulary(lib: Any, model_a: Any, model_b: Any) -> bool:
    """Whether two loaded models (``llama_model*``) have the same tokens under the same ids."""
    vocab_a, vocab_b = lib.llama_model_get_vocab(model_a), lib.llama_model_get_vocab(model_b)
    n = lib.llama_vocab_n_tokens(vocab_a)
    if n != lib.llama_vocab_n_tokens(vocab_b):
        return False
    return all(lib.llama_vocab_get_text(vocab_a, t) == lib.llama_vocab_get_text(vocab_b, t) for t in range(n))


class DraftModel:
    """A ``Drafter`` backed by a GGUF model of its own, with one KV sequence per target sequence."""

    def __init__(self, lib: Any, path: Path, target_model: Any, context_params: Any, stop_ids: set[int]) -> None:
        """``context_params``: those of the target's batch context (as many sequences, as long)."""
        from llama_cpp import _internals

        self._lib = lib
        self.path = Path(path)
        if not self.path.is_file():
            raise EngineError(f"draft model {self.path} does not exist; set TETHER_SPECULATIVE=draft:PATH to a GGUF file")
        try:
            self._model = _internals.LlamaModel(path_model=str(self.path), params=lib.llama_model_default_params(),
                                                verbose=False)
        except ValueError as exc:
            raise EngineError(f"could not load draft model {self.path}: {exc}") from exc
        if not same_vocabulary(lib, target_model, self._model.model):
            self._model.close()
            raise EngineError(f"draft model {self.path.name} does not share the server model's vocabulary")
        try:
            self._context = _internals.LlamaContext(model=self._model, params=context_params, verbose=False)
        except ValueError as exc:
            self._model.close()
            raise EngineError(f"could not create a context for draft model {self.path.name}: {exc}") from exc
        self._ctx = self._context.ctx
        self._memory = lib.llama_get_memory(self._ctx)
        self._n_batch = context_params.n_batch
        self._n_vocab = lib.llama_vocab_n_tokens(lib.llama_model_get_vocab(self._model.model))
        self._batch = lib.llama_batch_init(self._n_batch, 0, 1)
        self._stop_ids = stop_ids
        self._tokens: dict[int, list[int]] = {seq: [] for seq in range(context_params.n_seq_max)}
        """What each draft sequence's KV cells hold."""

    def propose(self, jobs: Sequence[DraftJob]) -> list[list[int]]:
        """Up to ``job.limit`` tokens for each job, picked greedily by the draft model."""
        drafts: list[list[int]] = [[] for _ in jobs]
        wanted = [i for i, job in enumerate(jobs) if job.limit > 0]
        if not wanted:
            return drafts
        samplers = {i: copy.deepcopy(jobs[i].sampler) for i in wanted}
        try:
            live = self._catch_up(jobs, wanted, samplers, drafts)
            while live:
                rows = []
                for n, i in enumerate(live):
                    seq = jobs[i].seq_id
                    self._add(n, drafts[i][-1], len(self._tokens[seq]), seq)
                    self._tokens[seq].append(drafts[i][-1])
                    rows.append((i, n))
                self._decode(len(live))
                live = [i for i, row in rows if self._pick(jobs[i], samplers[i], drafts[i], row)]
        except EngineError:
            logger.warning("the draft model failed a step; these sequences go on without drafts", exc_info=True)
            for i in wanted:
                self._forget(jobs[i].seq_id)
            return [[] for _ in jobs]
        return drafts

    def _catch_up(self, jobs: Sequence[DraftJob], wanted: list[int], samplers: dict, drafts: list[list[int]]) -> list[int]:
        """Bring each wanted sequence's draft KV up to its target tokens and pick its first draft
        token; the jobs that want more."""
        pending: dict[int, list[int]] = {}
        for i in wanted:
            job = jobs[i]
            target = [*job.prompt, *job.output]
            have = self._tokens[job.seq_id]
            keep = 0
            for a, b in zip(have, target):
                if a != b:
                    break
                keep += 1
            keep = min(keep, len(target) - 1)  # the last token is evaluated again, for its logits
            self._lib.llama_memory_seq_rm(self._memory, job.seq_id, keep, -1)
            del have[keep:]
            pending[i] = target[keep:]
        live = []
        order = sorted(wanted, key=lambda i: jobs[i].seq_id)
        while any(pending[i] for i in order):
            n, finals = 0, []
            for i in order:
                seq, todo = jobs[i].seq_id, pending[i]
                take = min(len(todo), self._n_batch - n)
                if take <= 0:
                    continue
                last = take == len(todo)
                for k, token in enumerate(todo[:take]):
                    self._add(n, token, len(self._tokens[seq]), seq, logits=last and k == take - 1)
                    self._tokens[seq].append(token)
                    n += 1
                if last:
                    finals.append((i, n - 1))
                del todo[:take]
            self._decode(n)
            live += [i for i, row in finals if self._pick(jobs[i], samplers[i], drafts[i], row)]
        return live

    def _pick(self, job: DraftJob, sampler: Any, draft: list[int], row: int) -> bool:
        """Pick the next draft token from ``row``; whether the job wants another one after it."""
        pointer = self._lib.llama_get_logits_ith(self._ctx, row)
        token = sampler.sample(pointer)
        if token in self._stop_ids:
            return False
        logits = np.ctypeslib.as_array(pointer, shape=(self._n_vocab,))
        weights = np.exp(logits - logits.max())
        if weights[token] / weights.sum() < DRAFT_MIN_P:  # the draft model's own probability of its pick
            return False
        draft.append(token)
        return len(draft) < job.limit

    def _add(self, n: int, token: int, pos: int, seq_id: int, logits: bool = True) -> None:
        batch = self._batch
        batch.token[n] = token
        batch.pos[n] = pos
        batch.n_seq_id[n] = 1
        batch.seq_id[n][0] = seq_id
        batch.logits[n] = int(logits)

    def _decode(self, n: int) -> None:
        self._batch.n_tokens = n
        status = self._lib.llama_decode(self._ctx, self._batch)
        if status != 0:
            raise EngineError(f"llama.cpp could not decode the draft batch (status {status})")

    def _forget(self, seq_id: int) -> None:
        self._lib.llama_memory_seq_rm(self._memory, seq_id, -1, -1)
        self._tokens[seq_id].clear()

    def close(self) -> None:
        if self._batch is not None:
            self._lib.llama_batch_free(self._batch)
            self._batch = None
            self._context.close()
            self._model.close()
