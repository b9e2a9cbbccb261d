"""Several generations decoded together, in one llama.cpp batch per step (continuous batching).

Decode is memory-bound: each step reads all the weights for one token. With several sequences in
one ``llama_decode`` call the weights are read once per step for all of them, so four streams cost
little more than one. Each generation gets a sequence of its own (a *slot*) in a context with
``parallel`` sequences. Every step carries the next token of each decoding sequence and prompt
tokens of sequences still in prefill, so a new request's prefill never stops the others' streams.

Stable prompt prefixes are kept as per-sequence KV states (``llama_state_seq_get_data``) in the
prefix cache: a new request restores its prefix into whatever slot it gets. A slot keeps its tokens
after a request ends, and a follow-up request that starts the same way reuses them.

With a ``Drafter`` (``server.engine.speculative``), a decoding sequence carries draft tokens after its
next token in the same step, each with logits; the longest prefix the model's own picks confirm is
kept and the rejected positions are removed from its KV cells, so a step can write several tokens.

Everything here runs on the engine's one thread (see ``LlamaCppEngine``); other threads only call
``submit``.
"""

from __future__ import annotations

import codecs
import ctypes
import logging
import queue
import threading
import time
from collections import deque
from dataclasses import dataclass, field
from typing import Any, Callable, Sequence

from server.engine.base import GenerationStats, TokenPiece
from server.engine.greedy import PenalizedGreedy
from server.engine.prefix_cache import PrefixStateCache, prefix_key
from server.engine.seq_state import SeqState
from server.engine.speculative import DraftJob, Drafter, SpeculationCounters, verify_draft
from server.errors import EngineError

logger = logging.getLogger(__name__)

SHARED_FLUSH_S = 0.1
"""With several sequences in the batch, text is handed over at most this often per sequence (the
first piece at once). Every hand-over wakes a consumer thread, the event loop and the client, and
on a small machine each wake-up stalls the model's compute threads mid-step; alone, a sequence's
text goes out token by token."""
MIN_REUSE = 32
"""Tokens a free slot must share with a new prompt to be chosen for them over the least recently used."""
END = object()
"""Put on a request's queue after its last event (with an exception, or None)."""


@dataclass
class Slot:
    """One sequence of the batch context and the tokens its KV cells hold."""

    seq_id: int
    tokens: list[int] = field(default_factory=list)
    busy: bool = False
    last_used: float = 0.0


@dataclass
class SequenceRequest:
    """One generation: its prompt, limits, progress and the queue its events go to."""

    prompt: list[int]
    prefix_len: int
    max_tokens: int
    cancel: threading.Event | None
    events: queue.SimpleQueue = field(default_factory=queue.SimpleQueue)
    stop: threading.Event = field(default_factory=threading.Event)
    done: threading.Event = field(default_factory=threading.Event)
    started: float = field(default_factory=time.perf_counter)
    slot: Slot | None = None
    pending: list[int] = field(default_factory=list)
    save_at: int | None = None
    next_token: int | None = None
    output: list[int] = field(default_factory=list)
    """Tokens handed out so far (the next token last, while there is one)."""
    cached: int = 0
    prefill_ms: float = 0.0
    generated: int = 0
    first_token_at: float | None = None
    sampler: PenalizedGreedy | None = None
    held: list[str] = field(default_factory=list)
    """Text decoded but not yet handed to the consumer (see ``BatchDecoder.shared_flush_s``)."""
    last_put: float = 0.0
    decoder: Any = field(default_factory=lambda: codecs.getincrementaldecoder("utf-8")(errors="replace"))

    def wants_stop(self) -> bool:
        return self.stop.is_set() or (self.cancel is not None and self.cancel.is_set())


def common_prefix(a: Sequence[int], b: Sequence[int]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


class BatchDecoder:
    """Continuous batching over ``parallel`` sequences of one llama.cpp context."""

    def __init__(self, lib: Any, ctx: Any, parallel: int, n_batch: int, stop_ids: set[int],
                 detokenize: Callable[[list[int]], bytes], new_sampler: Callable[[], PenalizedGreedy],
                 prefix_cache: PrefixStateCache, run_on_engine_thread: Callable[[Callable[[], None]], Any],
                 drafter: Drafter | None = None, draft_tokens: int = 0) -> None:
        self._lib = lib
        self._ctx = ctx
        self._memory = lib.llama_get_memory(ctx)
        self._n_batch = n_batch
        self._stop_ids = stop_ids
        self._detokenize = detokenize
        self._new_sampler = new_sampler
        self.prefix_cache = prefix_cache
        self._run_on_engine_thread = run_on_engine_thread
        self._batch = lib.llama_batch_init(n_batch, 0, 1)
        self.slots = [Slot(i) for i in range(parallel)]
        self._inbox: deque[SequenceRequest] = deque()
        self._active: list[SequenceRequest] = []
        self._lock = threading.Lock()
        self._looping = False
        self.steps = 0
        self.max_batch_sequences = 0
        """The most sequences one step carried (tests and benchmarks read it)."""
        self.drafter = drafter
        """Proposes draft tokens (None: one token per sequence per step). Swapped only between steps."""
        self.draft_tokens = draft_tokens
        """The most draft tokens a sequence carries in one step."""
        self.speculation = SpeculationCounters()

    # -- any thread ---------------------------------------------------------------------------
    def submit(self, request: SequenceRequest) -> None:
        """Queue ``request``; the loop runs on the engine thread while anything is queued or active."""
        with self._lock:
            self._inbox.append(request)
            if self._looping:
                return
            self._looping = True
        self._run_on_engine_thread(self._loop)

    # -- the engine thread --------------------------------------------------------------------
    def _loop(self) -> None:
        try:
            while True:
                with self._lock:
                    admit = []
                    free = [slot for slot in self.slots if not slot.busy]
                    while self._inbox and len(admit) < len(free):
                        admit.append(self._inbox.popleft())
                    if not admit and not self._active:
                        self._looping = False
                        return
                for request in admit:
                    self._admit(request)
                if self._active:
                    self._step()
        except BaseException as exc:  # every waiting caller hears about it; the next submit starts afresh
            logger.exception("batch decode loop failed")
            with self._lock:
                waiting = list(self._inbox)
                self._inbox.clear()
                self._looping = False
            for request in [*self._active, *waiting]:
                self._fail(request, exc)
            self._active.clear()
            raise

    def _admit(self, request: SequenceRequest) -> None:
        prompt = request.prompt
        free = [slot for slot in self.slots if not slot.busy]
        best = max(free, key=lambda s: (common_prefix(s.tokens, prompt), -s.last_used))
        # Reuse a slot's tokens when they start this prompt; otherwise take the least recently used
        # slot and leave the others' conversations in place for their next turn.
        slot = best if common_prefix(best.tokens, prompt) >= MIN_REUSE else min(free, key=lambda s: s.last_used)
        slot.busy = True
        request.slot = slot
        live = min(common_prefix(slot.tokens, prompt), len(prompt) - 1)  # at least one token is evaluated, for logits
        if request.prefix_len and live < request.prefix_len:
            if self._restore_prefix(slot, prompt[: request.prefix_len]):
                live = request.prefix_len
            else:
                request.save_at = request.prefix_len
                live = min(common_prefix(slot.tokens, prompt), len(prompt) - 1)  # a failed load empties the slot
        self._lib.llama_memory_seq_rm(self._memory, slot.seq_id, live, -1)
        del slot.tokens[live:]
        request.cached = live
        request.pending = prompt[live:]
        request.sampler = self._new_sampler()
        if request.wants_stop():
            self._finish(request, "cancelled")
            return
        self._active.append(request)

    def _restore_prefix(self, slot: Slot, prefix: list[int]) -> bool:
        """Load the saved KV state of ``prefix`` into ``slot``'s sequence; False when none fits."""
        key = prefix_key(prefix)
        state = self.prefix_cache.get(key)
        if state is None:
            return False
        if list(state.tokens) != prefix:  # a hash collision, or a file from elsewhere
            self.prefix_cache.discard(key)
            return False
        buffer = (ctypes.c_uint8 * len(state.data)).from_buffer_copy(state.data)
        if self._lib.llama_state_seq_set_data(self._ctx, buffer, len(state.data), slot.seq_id) == 0:
            logger.warning("prefix state did not load into the model; prefilling the prefix")
            self.prefix_cache.discard(key)
            self._lib.llama_memory_seq_rm(self._memory, slot.seq_id, -1, -1)
            slot.tokens.clear()
            return False
        slot.tokens[:] = prefix
        return True

    def _save_prefix(self, slot: Slot) -> None:
        size = self._lib.llama_state_seq_get_size(self._ctx, slot.seq_id)
        buffer = (ctypes.c_uint8 * size)()
        written = self._lib.llama_state_seq_get_data(self._ctx, buffer, size, slot.seq_id)
        if written:
            state = SeqState(tuple(slot.tokens), bytes(buffer)[:written])
            self.prefix_cache.put(prefix_key(slot.tokens), state, state.nbytes)

    def _step(self) -> None:
        """One ``llama_decode``: the next token (and any draft) of every decoding sequence, then prompt chunks."""
        batch = self._batch
        # In order of sequence id, with as many tokens each: llama.cpp (with a KV stream per sequence)
        # runs one forward pass per run of consecutive ids carrying equal numbers of tokens.
        decoding = sorted((r for r in self._active if r.next_token is not None), key=lambda r: r.slot.seq_id)
        drafts = self._drafts(decoding)
        if sum(1 for draft in drafts if draft) > 1:
            self.speculation.shared_steps += 1
        verifying: list[tuple[SequenceRequest, int, list[int]]] = []  # (request, its first row, its draft)
        rows: list[tuple[SequenceRequest, int]] = []  # (request, batch index) sampled after a prompt's last chunk
        prefilling: list[tuple[SequenceRequest, int]] = []
        n = 0

        def add(token: int, pos: int, seq_id: int, logits: bool) -> None:
            nonlocal n
            batch.token[n] = token
            batch.pos[n] = pos
            batch.n_seq_id[n] = 1
            batch.seq_id[n][0] = seq_id
            batch.logits[n] = int(logits)
            n += 1

        for request, draft in zip(decoding, drafts):
            slot = request.slot
            verifying.append((request, n, draft))
            for i, token in enumerate([request.next_token, *draft]):
                add(token, len(slot.tokens) + i, slot.seq_id, True)
        for request in self._active:
            if not request.pending or n >= self._n_batch:
                continue
            slot = request.slot
            take = min(len(request.pending), self._n_batch - n)
            if request.save_at is not None:
                take = min(take, request.save_at - len(slot.tokens))
            last = take == len(request.pending)
            for i, token in enumerate(request.pending[:take]):
                add(token, len(slot.tokens) + i, slot.seq_id, last and i == take - 1)
            prefilling.append((request, take))
            if last:
                rows.append((request, n - 1))
        batch.n_tokens = n
        started = time.perf_counter()
        status = self._lib.llama_decode(self._ctx, batch)
        elapsed_ms = (time.perf_counter() - started) * 1000.0
        self.steps += 1
        carried = [r for r, _, _ in verifying] + [r for r, _ in prefilling]
        self.max_batch_sequences = max(self.max_batch_sequences, len({id(r) for r in carried}))
        if status != 0:
            self._decode_failed(status, carried)
            return
        for request, take in prefilling:
            slot = request.slot
            slot.tokens.extend(request.pending[:take])
            del request.pending[:take]
            request.prefill_ms += elapsed_ms
            if request.save_at is not None and len(slot.tokens) >= request.save_at:
                request.save_at = None
                self._save_prefix(slot)
        for request, first_row, draft in verifying:
            self._verify(request, first_row, draft)
        for request, index in rows:
            token = request.sampler.sample(self._lib.llama_get_logits_ith(self._ctx, index))
            if self._emit(request, token):
                request.next_token = token
        for request in list(self._active):
            if request.next_token is None and request.pending and request.wants_stop():
                self._finish(request, "cancelled")  # still in prefill when its client left

    def _drafts(self, decoding: list[SequenceRequest]) -> list[list[int]]:
        """A draft for each decoding sequence (empty without a drafter)."""
        if self.drafter is None or self.draft_tokens <= 0 or not decoding:
            return [[] for _ in decoding]
        per_sequence = min(self.draft_tokens, self._n_batch // len(decoding) - 1)
        jobs = [DraftJob(r.slot.seq_id, r.prompt, r.output, min(per_sequence, r.max_tokens - r.generated - 1), r.sampler)
                for r in decoding]
        drafts = self.drafter.propose(jobs)
        if len(decoding) > 1:
            # Sequences carrying different numbers of tokens take a forward pass each, and a pass
            # costs about half a one-token step on top of its rows on a CPU: several sequences
            # carry drafts only all together, cut to the shortest.
            shortest = min(len(d) for d in drafts)
            drafts = [d[:shortest] for d in drafts]
        return drafts

    def _verify(self, request: SequenceRequest, first_row: int, draft: list[int]) -> None:
        """Keep the longest prefix of ``draft`` the model's own picks confirm, drop the other rows'
        KV cells and hand the picks out."""
        slot = request.slot
        position = len(slot.tokens)  # of the next token
        picks = verify_draft(draft, lambda i: request.sampler.sample(self._lib.llama_get_logits_ith(self._ctx, first_row + i)))
        kept = len(picks) - 1
        slot.tokens.append(request.next_token)
        slot.tokens.extend(draft[:kept])
        if kept < len(draft):
            self._lib.llama_memory_seq_rm(self._memory, slot.seq_id, position + 1 + kept, -1)
        request.next_token = None
        self.speculation.record(len(draft), kept)
        for token in picks:
            if not self._emit(request, token):
                return
        request.next_token = picks[-1]

    def _emit(self, request: SequenceRequest, token: int) -> bool:
        """Hand ``token`` out (or finish on it); whether the request goes on decoding."""
        if request.first_token_at is None:
            request.first_token_at = time.perf_counter()
        if token in self._stop_ids:
            self._finish(request, "stop")
            return False
        request.generated += 1
        request.output.append(token)
        text = request.decoder.decode(self._detokenize([token]))
        if text:
            request.held.append(text)
            now = time.perf_counter()
            if request.last_put == 0.0 or len(self._active) == 1 or now - request.last_put >= SHARED_FLUSH_S:
                self._hand_over(request, now)
        if request.generated >= request.max_tokens:
            self._finish(request, "length")
            return False
        if request.wants_stop():
            self._finish(request, "cancelled")
            return False
        return True

    def _hand_over(self, request: SequenceRequest, now: float) -> None:
        text = "".join(request.held)
        request.held.clear()
        if text:
            request.events.put(TokenPiece(text))
        request.last_put = now

    def _finish(self, request: SequenceRequest, reason: str) -> None:
        request.held.append(request.decoder.decode(b"", final=True))
        self._hand_over(request, time.perf_counter())
        ended = time.perf_counter()
        first = request.first_token_at or ended
        request.events.put(GenerationStats(
            prompt_tokens=len(request.prompt), cached_prefix_tokens=request.cached,
            prefill_ms=request.prefill_ms, ttft_ms=(first - request.started) * 1000.0,
            decode_tokens=request.generated, decode_ms=(ended - first) * 1000.0, finish_reason=reason,
        ))
        request.events.put((END, None))
        self._release(request)

    def _fail(self, request: SequenceRequest, error: BaseException) -> None:
        request.events.put((END, error))
        self._release(request)

    def _release(self, request: SequenceRequest) -> None:
        request.sampler = None
        if request in self._active:
            self._active.remove(request)
        if request.slot is not None:
            request.slot.busy = False
            request.slot.last_used = time.monotonic()
        request.done.set()

    def _decode_failed(self, status: int, carried: list[SequenceRequest]) -> None:
        """The step's sequences fail (their KV cells are in doubt and are dropped); others go on."""
        error = EngineError(f"llama.cpp could not decode the batch (status {status})")
        for request in {id(r): r for r in carried}.values():
            slot = request.slot
            self._lib.llama_memory_seq_rm(self._memory, slot.seq_id, -1, -1)
            slot.tokens.clear()
            self._fail(request, error)

    def close(self) -> None:
        if self.drafter is not None:
            self.drafter.close()
            self.drafter = None
        if self._batch is not None:
            self._lib.llama_batch_free(self._batch)
            self._batch = None
