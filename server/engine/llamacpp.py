"""Embedded engine: llama-cpp-python in-process.

One ``Llama`` instance is not thread-safe, so generations take a lock; the KV cache of the previous
prompt is reused for the longest common token prefix (llama.cpp's own prefix matching), and the
number of reused tokens is reported as ``cached_prefix_tokens``.
"""

from __future__ import annotations

import codecs
import itertools
import logging
import queue
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Iterator, Sequence, TypeVar

import numpy as np

from server.engine.base import ChatMessage, EngineEvent, GenerationStats, JsonValue, TokenPiece, parse_json_output
from server.engine.prefix_cache import PrefixStateCache, prefix_key
from server.engine.prefix_disk import DiskPrefixStates, model_fingerprint
from server.errors import EngineError, PromptTooLongError

logger = logging.getLogger(__name__)

T = TypeVar("T")
_END = object()

REPEAT_PENALTY = 1.1
"""Greedy decoding of small models falls into loops; a mild penalty breaks them."""
MIN_CACHED_PREFIX = 32
"""Shorter stable prefixes are cheaper to prefill than to save and restore."""


def _timed_llama_class():  # imported lazily: llama_cpp loads a shared library
    from llama_cpp import Llama

    class TimedLlama(Llama):
        """``Llama`` that records how long each ``eval`` took, to split prefill from decode."""

        eval_log: list[tuple[int, float, float]]
        """(tokens, ms, finished at perf_counter) per eval call of the current generation."""

        def eval(self, tokens: Sequence[int]) -> None:
            started = time.perf_counter()
            super().eval(tokens)
            ended = time.perf_counter()
            self.eval_log.append((len(tokens), (ended - started) * 1000.0, ended))

    return TimedLlama


class LlamaCppEngine:
    """The default engine: a GGUF model run by llama.cpp in this process."""

    name = "llamacpp"

    def __init__(self, model_path: Path, n_ctx: int = 4096, n_threads: int = 2, seed: int = 7,
                 prefix_cache_bytes: int = 256 * 1024 * 1024, prefix_cache_dir: Path | None = None,
                 prefix_cache_disk_bytes: int = 2 * 1024**3) -> None:
        import llama_cpp
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self._lib = llama_cpp

        self.model_path = Path(model_path)
        self.model_name = self.model_path.stem
        try:
            self._llama = _timed_llama_class()(
                model_path=str(self.model_path),
                n_ctx=n_ctx,
                n_threads=n_threads,
                n_threads_batch=n_threads,
                seed=seed,
                verbose=False,
            )
        except ValueError as exc:  # llama-cpp-python raises ValueError for unreadable models
            raise EngineError(f"could not load model {self.model_path}: {exc}") from exc
        self._llama.eval_log = []
        self._lock = threading.Lock()
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tether-llama")
        """Every llama.cpp computation runs here (see ``_relay``)."""
        template = self._llama.metadata.get("tokenizer.chat_template")
        if not template:
            raise EngineError(f"model {self.model_path.name} has no chat template in its GGUF metadata")
        eos_id = self._llama.token_eos()
        bos_id = self._llama.token_bos()
        self._formatter = Jinja2ChatFormatter(
            template=template,
            eos_token=self._detok(eos_id),
            bos_token=self._detok(bos_id) if bos_id >= 0 else "",
        )
        self._stop_ids = {eos_id}
        im_end = self._llama.tokenize(b"<|im_end|>", add_bos=False, special=True)
        if len(im_end) == 1:
            self._stop_ids.add(im_end[0])
        self.n_ctx = n_ctx
        self.model_size_bytes = self.model_path.stat().st_size
        disk = None
        if prefix_cache_dir is not None and prefix_cache_disk_bytes > 0:
            disk = DiskPrefixStates(prefix_cache_dir, model_fingerprint(self.model_path, n_ctx),
                                    prefix_cache_disk_bytes, llama_cpp.llama.LlamaState)
        self.prefix_cache = PrefixStateCache(prefix_cache_bytes, disk)

    def _detok(self, token: int) -> str:
        return self._llama.detokenize([token], special=True).decode("utf-8", errors="replace")

    def format_prompt(self, messages: list[ChatMessage]) -> str:
        """The chat template applied to ``messages``, ending with the assistant turn's opening."""
        return self._formatter(messages=[{"role": m.role, "content": m.content} for m in messages]).prompt

    def tokenize(self, text: str) -> list[int]:
        """Token ids of a formatted prompt (special tokens parsed)."""
        return self._llama.tokenize(text.encode("utf-8"), add_bos=True, special=True)

    def count_tokens(self, text: str) -> int:
        """Tokens of plain ``text`` under this model's tokenizer."""
        return len(self._llama.tokenize(text.encode("utf-8"), add_bos=False, special=False))

    def generate(
        self, messages: list[ChatMessage], max_tokens: int, cancel: threading.Event | None = None
    ) -> Iterator[EngineEvent]:
        """Greedy generation with prefix reuse; yields text pieces, then ``GenerationStats``."""
        prompt_tokens = self.tokenize(self.format_prompt(messages))
        if len(prompt_tokens) >= self.n_ctx:
            raise PromptTooLongError(f"prompt is {len(prompt_tokens)} tokens; the context window is {self.n_ctx}")
        max_tokens = min(max_tokens, self.n_ctx - len(prompt_tokens))
        prefix_len = self._stable_prefix_len(messages, prompt_tokens)
        with self._lock:
            yield from self._relay(lambda stop: self._generate_locked(prompt_tokens, prefix_len, max_tokens, cancel, stop))

    def run_exclusive(self, fn: Callable[[Any], T]) -> T:
        """``fn(llama)`` on the engine thread, with the model to itself (for benchmarks and tools)."""
        with self._lock:
            return self._thread.submit(fn, self._llama).result()

    def _relay(self, start: Callable[[threading.Event], Iterator[EngineEvent]]) -> Iterator[EngineEvent]:
        """Run the generator ``start(stop)`` on the engine thread and pass its events on.

        llama.cpp computes with an OpenMP team that belongs to the calling thread. Decoding from
        whichever thread serves a request leaves a team per such thread, and while an old one is
        alive a new one decodes at half speed or worse on a small machine (measured: 75 -> 40 tok/s
        on 2 cores). One long-lived engine thread keeps a single team.
        """
        events: queue.SimpleQueue[tuple[object, BaseException | None]] = queue.SimpleQueue()
        stop = threading.Event()

        def run() -> None:
            try:
                for event in start(stop):
                    events.put((event, None))
            except BaseException as exc:  # re-raised in the caller's thread
                events.put((_END, exc))
            else:
                events.put((_END, None))

        finished = self._thread.submit(run)
        try:
            while True:
                event, error = events.get()
                if event is _END:
                    if error is not None:
                        raise error
                    return
                yield event  # type: ignore[misc]
        finally:
            stop.set()  # a consumer that went away stops the decode at its next token
            finished.result()

    def _stable_prefix_len(self, messages: list[ChatMessage], prompt_tokens: list[int]) -> int:
        """Tokens of the first system message (the stable part), as they start the prompt.

        Only the first: later system messages (retrieved memories, say) change per request, and
        saving a state that is never reused costs more than it saves.
        """
        if len(messages) < 2 or messages[0].role != "system":
            return 0
        leading = messages[:1]
        # Template-agnostic: render the system part before two different user turns; the tokens
        # they share are the stable prefix (as this template writes it).
        first = self.tokenize(self.format_prompt([*leading, ChatMessage("user", "a")]))
        second = self.tokenize(self.format_prompt([*leading, ChatMessage("user", "b")]))
        system_tokens = [a for a, _ in itertools.takewhile(lambda pair: pair[0] == pair[1], zip(first, second))]
        n = 0
        for a, b in zip(system_tokens, prompt_tokens):
            if a != b:
                break
            n += 1
        return n if n >= MIN_CACHED_PREFIX else 0

    def _restore_prefix(self, prompt_tokens: list[int], prefix_len: int) -> None:
        """Make the KV cache start with the stable prefix: live already, restored, or computed and saved."""
        llama = self._llama
        live = 0
        for a, b in zip(llama.input_ids[: llama.n_tokens], prompt_tokens[:prefix_len]):
            if a != b:
                break
            live += 1
        if live >= prefix_len:
            return
        key = prefix_key(prompt_tokens[:prefix_len])
        state = self.prefix_cache.get(key, len(llama.input_ids))
        if state is not None:
            try:
                llama.load_state(state)
                return
            except RuntimeError as exc:  # a state from another build of llama.cpp, say: compute it afresh
                logger.warning("prefix state did not load (%s); prefilling the prefix", exc)
                self.prefix_cache.discard(key)
        llama.n_tokens = live
        llama.eval(prompt_tokens[live:prefix_len])
        state = llama.save_state()
        # save_state copies up to n_batch rows of logits (~100 MB for a 49k vocabulary) that are never
        # read: the prompt always evaluates at least one token after the prefix. One zero row broadcasts
        # back in load_state.
        state.scores = np.zeros((1, llama.n_vocab()), dtype=np.single)
        self.prefix_cache.put(key, state, state.llama_state_size + state.scores.nbytes)

    def _generate_locked(
        self, prompt_tokens: list[int], prefix_len: int, max_tokens: int, cancel: threading.Event | None,
        stop: threading.Event,
    ) -> Iterator[EngineEvent]:
        llama = self._llama
        llama.eval_log = []
        decoder = codecs.getincrementaldecoder("utf-8")(errors="replace")
        started = time.perf_counter()
        if prefix_len:
            self._restore_prefix(prompt_tokens, prefix_len)
        # Reuse the live KV for the longest common prefix (at least one token is evaluated, for
        # fresh logits); eval() drops the KV cells after n_tokens itself.
        live = 0
        for a, b in zip(llama.input_ids[: llama.n_tokens], prompt_tokens):
            if a != b:
                break
            live += 1
        llama.n_tokens = min(live, len(prompt_tokens) - 1)
        llama.eval(prompt_tokens[llama.n_tokens:])
        # The same loop as llama-cpp-python's low-level one: one sampler chain for the whole answer.
        sampler = self._new_sampler()
        first_token_at: float | None = None
        generated = 0
        finish = "length"
        try:
            while True:
                token = self._lib.llama_sampler_sample(sampler, llama.ctx, -1)
                if first_token_at is None:
                    first_token_at = time.perf_counter()
                if token in self._stop_ids:
                    finish = "stop"
                    break
                generated += 1
                text = decoder.decode(llama.detokenize([token]))
                if text:
                    yield TokenPiece(text)
                if generated >= max_tokens:
                    break
                if stop.is_set() or (cancel is not None and cancel.is_set()):
                    finish = "cancelled"
                    break
                llama.eval([token])
        finally:
            self._lib.llama_sampler_free(sampler)
        tail = decoder.decode(b"", final=True)
        if tail:
            yield TokenPiece(tail)
        ended = time.perf_counter()
        # Evals before the first token are the prefill (the prefix, when computed here, and the rest).
        prefill = [(n, ms) for n, ms, at in llama.eval_log if first_token_at is None or at <= first_token_at]
        evaluated = sum(n for n, _ in prefill)
        ttft_ms = ((first_token_at or ended) - started) * 1000.0
        yield GenerationStats(
            prompt_tokens=len(prompt_tokens),
            cached_prefix_tokens=max(0, len(prompt_tokens) - evaluated),
            prefill_ms=sum(ms for _, ms in prefill),
            ttft_ms=ttft_ms,
            decode_tokens=generated,
            decode_ms=(ended - (first_token_at or ended)) * 1000.0,
            finish_reason=finish,
        )

    def complete_json(self, messages: list[ChatMessage], schema: dict[str, Any], max_tokens: int = 256) -> JsonValue:
        """Greedy answer under a grammar built from the JSON ``schema`` (llama.cpp's ``response_format``).

        The grammar only admits tokens that keep the answer valid under the schema, so even a small
        model answers with the right shape (enums, lengths); ``ModelOutputError`` remains for answers
        cut off by ``max_tokens``.
        """
        prompt_tokens = self.tokenize(self.format_prompt(messages))
        if len(prompt_tokens) + max_tokens > self.n_ctx:
            raise PromptTooLongError(
                f"prompt is {len(prompt_tokens)} tokens plus {max_tokens} to answer; the context window is {self.n_ctx}"
            )
        with self._lock:
            self._llama.eval_log = []
            try:
                result = self._thread.submit(
                    self._llama.create_chat_completion,
                    messages=[{"role": m.role, "content": m.content} for m in messages],
                    response_format={"type": "json_object", "schema": schema},
                    temperature=0.0,
                    max_tokens=max_tokens,
                    repeat_penalty=1.0,  # a penalty would fight the grammar's repeated quotes and braces
                ).result()
            except ValueError as exc:  # llama-cpp-python's error for prompts over the context window, and others
                if "context" in str(exc):
                    raise PromptTooLongError(f"structured completion does not fit the context window: {exc}") from exc
                raise EngineError(f"structured completion failed: {exc}") from exc
        choice = result["choices"][0]
        text = choice["message"].get("content") or ""
        logger.debug("complete_json: %d prompt tokens -> %d characters", len(prompt_tokens), len(text))  # not the text: personal
        return parse_json_output(text, self.name, choice.get("finish_reason"))

    def _new_sampler(self):
        """Greedy with a mild repeat penalty over the last 64 generated tokens."""
        lib = self._lib
        chain = lib.llama_sampler_chain_init(lib.llama_sampler_chain_default_params())
        lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_penalties(self._llama.n_vocab(), 64, REPEAT_PENALTY, 0.0, 0.0))
        lib.llama_sampler_chain_add(chain, lib.llama_sampler_init_greedy())
        return chain

    def close(self) -> None:
        """Free the model's memory."""
        self._thread.shutdown(wait=True)
        self._llama.close()
