"""The on-device condenser: current state + recent episodes + question -> a short prompt.

Small models drop and invent facts, so the work is split:
1. facts are picked and ranked deterministically (``device.condense.relevance``);
2. the llama.cpp model chooses which numbered facts matter, with its output constrained by a JSON
   schema (a grammar), so it can only name facts that exist;
3. the prompt is assembled from the facts' own text within a token budget, and verified: any number
   or name not present in the source context means the deterministic selection is used instead.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from dataclasses import dataclass, field
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Iterator

from device.condense.relevance import Fact, question_topics, rank_facts, unsupported_facts
from shared.prompt_data import DATA_RULE, data_block

logger = logging.getLogger(__name__)

_MAX_CANDIDATES = 5
"""Facts shown to the model: prefill is the cost (~2 ms a token on 2 cores), so few and short."""
_CANDIDATE_CHARS = 64
_SELECT_SYSTEM = "Pick the facts that help answer the question. Reply with a JSON list of fact numbers. " + DATA_RULE


@dataclass
class CondensedPrompt:
    """The prompt the device sends, with what it cost and what it rests on."""

    text: str
    facts: list[Fact]
    tokens_before: int
    tokens_after: int
    condense_ms: float
    model_used: bool
    unsupported: list[str] = field(default_factory=list)

    @property
    def source_ids(self) -> list[str]:
        """Observation ids the prompt's facts come from."""
        return sorted({i for fact in self.facts for i in fact.source_ids})

    def as_dict(self) -> dict:
        """The stable ``tether condense --json`` form."""
        return {
            "prompt": self.text,
            "tokens_before": self.tokens_before,
            "tokens_after": self.tokens_after,
            "compression": round(self.tokens_before / max(1, self.tokens_after), 2),
            "condense_ms": round(self.condense_ms, 1),
            "model_used": self.model_used,
            "facts": [{"text": f.text, "kind": f.kind, "source_ids": list(f.source_ids)} for f in self.facts],
        }


def time_header(at: datetime, tz: tzinfo) -> str:
    """First line of every condensed prompt: the local time now."""
    return "Now: " + at.astimezone(tz).strftime("%a %Y-%m-%d %H:%M")


class LlamaCondenser:
    """Condenses context with a small GGUF model run by llama-cpp-python on the device."""

    def __init__(self, model_path: Path, n_threads: int = 2, budget: int = 96, n_ctx: int = 2048) -> None:
        from llama_cpp import Llama

        self._llama = Llama(
            model_path=str(model_path), n_ctx=n_ctx, n_threads=n_threads, n_threads_batch=n_threads,
            seed=1, verbose=False,
        )
        self._lock = threading.Lock()
        self._token_counts: dict[str, int] = {}
        self.budget = budget
        self.model_name = Path(model_path).stem

    def count_tokens(self, text: str) -> int:
        """Tokens of ``text`` under the on-device model's tokenizer (memoized: facts repeat)."""
        count = self._token_counts.get(text)
        if count is None:
            count = len(self._llama.tokenize(text.encode("utf-8"), add_bos=False))
            if len(self._token_counts) > 50_000:
                self._token_counts.clear()
            self._token_counts[text] = count
        return count

    def condense(self, question: str, facts: list[Fact], header: str) -> CondensedPrompt:
        """A prompt of at most ``budget`` tokens holding the facts that matter for ``question``."""
        started = time.perf_counter()
        raw = "\n".join([header, *(f.text for f in facts)])
        ranked = rank_facts(question, facts)
        candidates = ranked[:_MAX_CANDIDATES]
        picked = self._model_pick(question, candidates) if candidates else []
        # Facts on the question's topic lead (the model must not displace them); then what the
        # model chose; then the rest by rank.
        topics = question_topics(question)
        order = list(dict.fromkeys([f for f in ranked if f.kind in topics] + picked + ranked))
        chosen, text = self._fit(header, order)
        unsupported = unsupported_facts(text, raw)
        model_used = bool(picked)
        if unsupported:  # cannot happen with verbatim facts; guard against future phrasing steps
            logger.warning("condensed prompt had unsupported facts %s; using the deterministic selection", unsupported)
            chosen, text = self._fit(header, ranked)
            model_used = False
        return CondensedPrompt(
            text=text,
            facts=chosen,
            tokens_before=self.count_tokens(raw),
            tokens_after=self.count_tokens(text),
            condense_ms=(time.perf_counter() - started) * 1000.0,
            model_used=model_used,
            unsupported=unsupported,
        )

    def _fit(self, header: str, ordered: list[Fact]) -> tuple[list[Fact], str]:
        chosen: list[Fact] = []
        lines = [header]
        used = self.count_tokens(header)
        for fact in ordered:
            cost = self.count_tokens("\n" + fact.text)
            if used + cost > self.budget:
                continue
            chosen.append(fact)
            lines.append(fact.text)
            used += cost
        return chosen, "\n".join(lines)

    def _model_pick(self, question: str, candidates: list[Fact]) -> list[Fact]:
        # Fact text is recorded text (window titles, notes): quoted data, whatever it says.
        numbered = data_block("facts", (f"{i}. {f.text[:_CANDIDATE_CHARS]}" for i, f in enumerate(candidates, start=1)))
        # A bare JSON list of at most 2 numbers: the fewer output tokens, the faster (decode is
        # ~15 ms a token here), and the enum makes naming a fact that does not exist impossible.
        schema = {"type": "array", "items": {"type": "integer", "enum": list(range(1, len(candidates) + 1))},
                  "maxItems": 2}
        messages = [
            {"role": "system", "content": _SELECT_SYSTEM},
            {"role": "user", "content": f"Facts:\n{numbered}\nQuestion: {question}\nWhich fact numbers help?"},
        ]
        with self._lock:
            result = self._llama.create_chat_completion(
                messages=messages,
                response_format={"type": "json_object", "schema": schema},
                temperature=0.0,
                max_tokens=16,
            )
        content = result["choices"][0]["message"]["content"] or ""
        try:
            numbers = json.loads(content)
            if not isinstance(numbers, list):
                raise TypeError("not a list")
        except (json.JSONDecodeError, TypeError):
            logger.info("condenser model returned unreadable output %r; ranking alone decides", content[:80])
            return []
        picked: list[Fact] = []
        for n in numbers:
            if isinstance(n, int) and 1 <= n <= len(candidates) and candidates[n - 1] not in picked:
                picked.append(candidates[n - 1])
        return picked

    def rewrite(self, text: str, max_tokens: int = 60) -> str:
        """One friendlier sentence for a guidance note (callers verify it kept the facts)."""
        messages = [
            {"role": "system", "content": "Rewrite the note as one short, friendly sentence to the user. "
                                          "Keep every number and time. " + DATA_RULE},
            {"role": "user", "content": data_block("note", [text])},
        ]
        with self._lock:
            result = self._llama.create_chat_completion(
                messages=messages, temperature=0.0, max_tokens=max_tokens, repeat_penalty=1.1
            )
        return result["choices"][0]["message"]["content"] or ""

    def answer_offline(self, question: str, condensed: str, max_tokens: int = 96) -> Iterator[str]:
        """Answer on the device alone (server unreachable), streaming text pieces."""
        messages = [
            {"role": "system", "content": "Answer in one or two short sentences using only these facts. " + DATA_RULE},
            {"role": "user", "content": f"{data_block('device', [condensed])}\n\nQuestion: {question}"},
        ]
        with self._lock:
            stream = self._llama.create_chat_completion(
                messages=messages, temperature=0.0, max_tokens=max_tokens, stream=True, repeat_penalty=1.1
            )
            for chunk in stream:
                piece = chunk["choices"][0]["delta"].get("content")
                if piece:
                    yield piece

    def close(self) -> None:
        """Free the model."""
        self._llama.close()
