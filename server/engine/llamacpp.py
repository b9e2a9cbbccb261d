"""Embedded engine: llama-cpp-python in-process.

Chat generations are decoded together, several sequences per llama.cpp batch
(``batch_decode.BatchDecoder``); stable prompt prefixes are restored from saved KV states, and the
number of reused tokens is reported as ``cached_prefix_tokens``. With ``speculative`` set, each
step also checks draft tokens (``speculative``: prompt lookup, or a draft model). Structured (JSON)
completions run on the model's own ``Llama`` context, with a grammar.
"""

from __future__ import annotations

import itertools
import logging
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from server.engine.base import ChatMessage, Engine, EngineEvent, JsonValue, parse_json_output
from server.engine.batch_decode import END, BatchDecoder, SequenceRequest
from server.engine.greedy import PenalizedGreedy
from server.engine.prefix_cache import PrefixStateCache
from server.engine.prefix_disk import DiskPrefixStates, model_fingerprint
from server.engine.speculative import Drafter, PromptLookup, SpeculativeSpec
from server.errors import EngineError, PromptTooLongError

logger = logging.getLogger(__name__)

T = TypeVar("T")

REPEAT_PENALTY = 1.1
"""Greedy decoding of small models falls into loops; a mild penalty breaks them."""
MIN_CACHED_PREFIX = 32
"""Shorter stable prefixes are cheaper to prefill than to save and restore."""
CANCEL_WAIT_S = 30.0
"""How long a generation whose consumer left waits for the engine to drop its sequence."""


EXACT_ROWS_FORMAT = "fa-kq8_0"
"""Names the KV cell layout of ``exact_rows_params`` in the prefix cache's folder."""


def exact_rows_params(lib: Any, base: Any, n_ctx: int, parallel: int) -> Any:
    """Context parameters (a copy of ``base``) for ``parallel`` sequences of ``n_ctx`` tokens whose
    rows come out bit for bit the same whether a step carries one row of a sequence or several.

    Speculative decoding checks draft tokens as extra rows of a step and must pick what decoding
    token by token picks. llama.cpp's CPU attention does not compute a row the same way in both
    cases (measured on SmolLM2 after 600 tokens: logits apart by up to 0.68 without flash
    attention, by up to 0.89 with it and an F16 K cache). With flash attention and K in q8_0 every
    row is computed alike (measured bit for bit, 1 to 17 rows, 40 to 1200 tokens of context). V
    stays F16: q8_0 V gave the same rows but made steps of several rows 10-20% slower. The cost
    against the default context: about the same per decode step and per prompt chunk
    (docs/benchmarks.md, "Speculative decoding"). Prompt chunks are computed alike with and
    without speculation.
    """
    params = type(base).from_buffer_copy(base)
    params.n_ctx = n_ctx * parallel
    params.n_seq_max = parallel
    params.kv_unified = False
    params.flash_attn_type = lib.LLAMA_FLASH_ATTN_TYPE_ENABLED
    params.type_k = lib.GGML_TYPE_Q8_0
    return params


class LlamaCppEngine(Engine):
    """The default engine: a GGUF model run by llama.cpp in this process."""

    name = "llamacpp"

    def __init__(self, model_path: Path, n_ctx: int = 4096, n_threads: int = 2, seed: int = 7,
                 prefix_cache_bytes: int = 256 * 1024 * 1024, prefix_cache_dir: Path | None = None,
                 prefix_cache_disk_bytes: int = 2 * 1024**3, parallel: int = 4,
                 speculative: str = "off", speculative_tokens: int = 8) -> None:
        import llama_cpp
        from llama_cpp.llama import Llama
        from llama_cpp.llama_chat_format import Jinja2ChatFormatter

        self._lib = llama_cpp
        spec = SpeculativeSpec.parse(speculative)

        self.model_path = Path(model_path)
        self.model_name = self.model_path.stem
        try:
            self._llama = Llama(
                model_path=str(self.model_path),
                n_ctx=n_ctx,
                n_threads=n_threads,
                n_threads_batch=n_threads,
                seed=seed,
                verbose=False,
            )
        except ValueError as exc:  # llama-cpp-python raises ValueError for unreadable models
            raise EngineError(f"could not load model {self.model_path}: {exc}") from exc
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
        self.parallel = parallel
        self.max_concurrent = parallel
        """Generations the scheduler may admit at once: they share each decode step."""
        self.model_size_bytes = self.model_path.stat().st_size
        disk = None
        if prefix_cache_dir is not None and prefix_cache_disk_bytes > 0:
            # The batch context's KV cells (``exact_rows_params``) are not those of a default
            # context: its states get a folder of their own.
            fingerprint = f"{model_fingerprint(self.model_path, n_ctx)}-{EXACT_ROWS_FORMAT}"
            disk = DiskPrefixStates(prefix_cache_dir, fingerprint, prefix_cache_disk_bytes)
        self.prefix_cache = PrefixStateCache(prefix_cache_bytes, disk)
        self._batch_ctx = self._new_batch_context(parallel)
        self.speculative = spec
        self.batch = BatchDecoder(
            llama_cpp, self._batch_ctx.ctx, parallel, self._llama.n_batch, self._stop_ids,
            self._llama.detokenize, self._new_sampler, self.prefix_cache, self._thread.submit,
            drafter=self.new_drafter(spec), draft_tokens=speculative_tokens,
        )

    def new_drafter(self, spec: SpeculativeSpec) -> Drafter | None:
        """The drafter ``spec`` names, on this engine's model and sequences (None for ``off``)."""
        if spec.mode == "lookup":
            return PromptLookup()
        if spec.mode == "draft":
            from server.engine.draft_model import DraftModel

            params = exact_rows_params(self._lib, self._llama.context_params, self.n_ctx, self.parallel)
            return DraftModel(self._lib, spec.draft_path, self._llama._model.model, params, self._stop_ids)
        return None

    def _new_batch_context(self, parallel: int) -> Any:
        """A second context on the same weights with ``parallel`` sequences of ``n_ctx`` tokens each
        (separate KV streams: a sequence attends to its own cells only), in ``exact_rows_params``."""
        from llama_cpp import _internals

        params = exact_rows_params(self._lib, self._llama.context_params, self.n_ctx, parallel)
        try:
            return _internals.LlamaContext(model=self._llama._model, params=params, verbose=False)
        except ValueError as exc:
            raise EngineError(f"could not create a context for {parallel} sequences of {self.n_ctx} tokens: {exc}") from exc

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
        """Greedy generation with prefix reuse, decoded alongside any other running generations;
        yields text pieces, then ``GenerationStats``."""
        prompt_tokens = self.tokenize(self.format_prompt(messages))
        if len(prompt_tokens) >= self.n_ctx:
            raise PromptTooLongError(f"prompt is {len(prompt_tokens)} tokens; the context window is {self.n_ctx}")
        request = SequenceRequest(
            prompt=prompt_tokens, prefix_len=self.stable_prefix_len(messages, prompt_tokens),
            max_tokens=min(max_tokens, self.n_ctx - len(prompt_tokens)), cancel=cancel,
        )
        self.batch.submit(request)
        try:
            while True:
                event = request.events.get()
                if isinstance(event, tuple) and event[0] is END:
                    if event[1] is not None:
                        raise event[1]
                    return
                yield event
        finally:
            request.stop.set()  # a consumer that went away stops the decode at the next step
            request.done.wait(CANCEL_WAIT_S)

    def run_exclusive(self, fn: Callable[[Any], T]) -> T:
        """``fn(llama)`` on the engine thread, with the ``Llama`` object to itself (for benchmarks and tools).

        llama.cpp computes with an OpenMP team that belongs to the calling thread; a second thread
        computing beside an older team decodes at half speed or worse on a small machine (measured:
        75 -> 40 tok/s on 2 cores), so every computation runs on the one engine thread.
        """
        with self._lock:
            return self._thread.submit(fn, self._llama).result()

    def stable_prefix_len(self, messages: list[ChatMessage], prompt_tokens: list[int]) -> int:
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

    def _new_sampler(self) -> PenalizedGreedy:
        """Greedy with a mild repeat penalty over the last 64 generated tokens."""
        return PenalizedGreedy(self._llama.n_vocab(), REPEAT_PENALTY, last_n=64)

    def close(self) -> None:
        """Free the model's memory."""
        self._thread.shutdown(wait=True)
        self.batch.close()
        self._batch_ctx.close()
        self._llama.close()
