"""The speculative-decoding section of bench_engine: one engine, speculation switched off and on
between runs, side by side on the same prompts (see docs/benchmarks.md, "Speculative decoding").

- Three kinds of answers, one stream at a time and 4 streams at once: memory-quoting answers (the
  chat service's prompt with memories, questions whose answers repeat them), the grounded path's
  phrasing of computed facts (its own prompt: one sentence that keeps every number, time and name)
  and free answers (stories, explanations; nothing to quote). For each: decode tokens/s without
  and with prompt lookup, paired run by run, the acceptance rate and accepted tokens per verify
  step, and whether the text was the same.
- What a step costs with more rows (one sequence, and four), in the engine's own batch context;
  from it, the most a fully accepted draft could give, and the most prompt lookup could give on
  the quoting answers measured (every token that goes on copying a prompt passage drafted, and
  nothing else).
- The bundled model as its own draft model: acceptance (about 100%) and its speed.

Each prompt runs once with one token first, so the measured runs find it in their sequence and
evaluate only its last token; both modes then decode under the same conditions. The prompts here
are not those the lookup rule was tuned on (``speculative.MIN_MATCH``).
"""

from __future__ import annotations

import statistics
import threading
import time
from typing import Any, Callable, Sequence

from server.answers.service import PHRASE_PROMPT
from server.engine.base import ChatMessage, GenerationStats, TokenPiece
from server.engine.llamacpp import LlamaCppEngine, exact_rows_params
from server.engine.speculative import Drafter, SpeculativeSpec

MEMORIES = (
    "Saturday 16 March, 12:40: brunch at Hanna's Kitchen with Leo and Priya: shakshuka, sourdough toast and a flat white.",
    'Message from Priya, Friday 15 March: "the book club meets at the library on Thursday at seven, please bring the second volume".',
    "Friday 15 March, 18:15: cycled home along the canal, 14.2 km in 41 minutes.",
    "Thursday 14 March, 09:30: dentist appointment at Dr. Okafor's practice on Linden Street; next check-up in September.",
    "Wednesday 13 March, 22:10: finished reading 'The Left Hand of Darkness' by Ursula K. Le Guin.",
    "Computed from the log: 3 coffees yesterday (08:05 espresso, 11:30 cappuccino, 16:10 flat white); the last one at 16:10.",
)
QUOTING = (
    "What did Priya say about the book club? Quote her message.",
    "What did I have for brunch on Saturday, and with whom?",
    "When is my next dentist check-up, and where is the practice?",
    "Which book did I finish on Wednesday?",
)
"""Questions whose answers repeat what the memories say."""
FACTS = (
    ("How many coffees did I have yesterday?",
     "You had 3 coffees yesterday (08:05 espresso, 11:30 cappuccino, 16:10 flat white); the last one at 16:10."),
    ("When did I last see Dr. Okafor?", "Your last visit to Dr. Okafor was on Thursday 14 March at 09:30, on Linden Street."),
    ("How far did I cycle this week?", "You cycled 2 times this week, 31.6 km in total; the longest ride was 17.4 km on Tuesday 12 March."),
    ("Who came to the book club?", "The book club on Thursday 7 March at 19:00 had Priya Raman, Leo Brandt and Mina Okoro."),
)
"""Computed answers as the grounded path hands them to the model to phrase."""
FREE = (
    "Write a long, detailed story about a dragon who keeps a diary of every meal.",
    "Write a long, detailed story about a lighthouse keeper who counts the ships.",
    "Explain how a refrigerator keeps food cold.",
    "Give me some ideas for a rainy Sunday at home.",
)
"""Answers with nothing to quote, asked without memories."""


def quoting_messages(question: str) -> list[ChatMessage]:
    from server.services.chat import build_messages
    from shared.wire import MemoryHit

    hits = [MemoryHit(id=str(i), text=text, score=0.9, source_ids=[str(i)]) for i, text in enumerate(MEMORIES)]
    return build_messages(question, "", hits)


def phrasing_messages(question: str, facts: str) -> list[ChatMessage]:
    """The grounded path's phrasing prompt (``GroundedAnswerer._phrase``)."""
    return [ChatMessage("system", PHRASE_PROMPT), ChatMessage("user", f"Question: {question}\nFacts: {facts}")]


def free_messages(question: str) -> list[ChatMessage]:
    from server.services.chat import build_messages

    return build_messages(question, "", [])


def median_ci90(values: Sequence[float]) -> list[float]:
    """A distribution-free 90% confidence interval of the median (order statistics)."""
    ordered = sorted(values)
    k = max(0, int(len(ordered) / 2 - 0.82 * len(ordered) ** 0.5))
    return [round(ordered[k], 3), round(ordered[-1 - k], 3)]


def _counters(engine: LlamaCppEngine) -> dict[str, int]:
    c = engine.batch.speculation
    return {"sequence_steps": c.sequence_steps, "verify_steps": c.verify_steps, "drafted": c.drafted, "accepted": c.accepted}


def _answer(engine: LlamaCppEngine, messages: list[ChatMessage], max_tokens: int) -> dict:
    events = list(engine.generate(messages, max_tokens))
    stats = events[-1]
    assert isinstance(stats, GenerationStats)
    rate = (stats.decode_tokens - 1) / (stats.decode_ms / 1000) if stats.decode_tokens > 1 and stats.decode_ms > 0 else 0.0
    return {"text": "".join(e.text for e in events if isinstance(e, TokenPiece)), "decode_tokens": stats.decode_tokens,
            "decode_tok_s": rate}


def _with(engine: LlamaCppEngine, drafter: Drafter | None, fn: Callable[[], Any]) -> tuple[Any, dict[str, int]]:
    """``fn()`` decoded with ``drafter`` (None: no speculation), and the counters it moved."""
    engine.batch.drafter = drafter  # the engine is idle between runs: no step sees the swap
    before = _counters(engine)
    result = fn()
    after = _counters(engine)
    return result, {key: after[key] - before[key] for key in after}


def _speculation_summary(spec: dict[str, int]) -> dict:
    return {"sequence_steps": spec["sequence_steps"], "verify_steps": spec["verify_steps"],
            "drafted": spec["drafted"], "accepted": spec["accepted"],
            "acceptance_rate": round(spec["accepted"] / spec["drafted"], 3) if spec["drafted"] else None,
            "accepted_per_verify_step": round(spec["accepted"] / spec["verify_steps"], 2) if spec["verify_steps"] else None,
            "tokens_per_sequence_step": round((spec["sequence_steps"] + spec["accepted"]) / spec["sequence_steps"], 3)
            if spec["sequence_steps"] else None}


def one_stream(engine: LlamaCppEngine, drafter: Drafter, prompts: list[list[ChatMessage]], reps: int,
               max_tokens: int) -> dict:
    """Each prompt, rep by rep: plain and speculative runs back to back, in alternating order."""
    ratios, same, rates = [], [], {"off": [], "on": []}
    totals = dict.fromkeys(("sequence_steps", "verify_steps", "drafted", "accepted"), 0)
    outputs: list[tuple[list[ChatMessage], str]] = []
    for rep in range(reps):
        for i, messages in enumerate(prompts):
            _with(engine, None, lambda: _answer(engine, messages, 1))  # the prompt into a sequence
            runs = {}
            for mode in (("off", "on") if (rep + i) % 2 == 0 else ("on", "off")):
                runs[mode], spec = _with(engine, drafter if mode == "on" else None, lambda: _answer(engine, messages, max_tokens))
                if mode == "on":
                    totals = {key: totals[key] + spec[key] for key in totals}
            ratios.append(runs["on"]["decode_tok_s"] / runs["off"]["decode_tok_s"])
            same.append(runs["on"]["text"] == runs["off"]["text"])
            for mode in rates:
                rates[mode].append(runs[mode]["decode_tok_s"])
            if rep == 0:
                outputs.append((messages, runs["off"]["text"]))
    return {"decode_tok_s_off": round(statistics.median(rates["off"]), 2),
            "decode_tok_s_on": round(statistics.median(rates["on"]), 2),
            "speedup": round(statistics.median(ratios), 3), "speedup_ci90": median_ci90(ratios),
            "runs": len(ratios), "same_text": f"{sum(same)}/{len(same)}",
            **_speculation_summary(totals), "_outputs": outputs}


def _together(engine: LlamaCppEngine, prompts: list[list[ChatMessage]], max_tokens: int) -> tuple[list[dict], float]:
    results: list = [None] * len(prompts)
    start = threading.Barrier(len(prompts) + 1)

    def run(i: int) -> None:
        start.wait()
        results[i] = _answer(engine, prompts[i], max_tokens)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(prompts))]
    for t in threads:
        t.start()
    start.wait()
    started = time.perf_counter()
    for t in threads:
        t.join()
    return results, time.perf_counter() - started


def four_streams(engine: LlamaCppEngine, drafter: Drafter, prompts: list[list[ChatMessage]], rounds: int,
                 max_tokens: int) -> dict:
    """The 4 prompts at once, rounds of plain and speculative in alternating order: output
    tokens per wall second of each round (each prompt is already in its own sequence)."""
    _with(engine, None, lambda: _together(engine, prompts, 1))  # at once: each prompt gets a sequence
    ratios, same, rates = [], [], {"off": [], "on": []}
    totals = dict.fromkeys(("sequence_steps", "verify_steps", "drafted", "accepted"), 0)
    for rnd in range(rounds):
        runs = {}
        for mode in (("off", "on") if rnd % 2 == 0 else ("on", "off")):
            (results, wall), spec = _with(engine, drafter if mode == "on" else None, lambda: _together(engine, prompts, max_tokens))
            runs[mode] = (results, sum(r["decode_tokens"] for r in results) / wall)
            if mode == "on":
                totals = {key: totals[key] + spec[key] for key in totals}
        ratios.append(runs["on"][1] / runs["off"][1])
        same.append([r["text"] for r in runs["on"][0]] == [r["text"] for r in runs["off"][0]])
        for mode in rates:
            rates[mode].append(runs[mode][1])
    return {"aggregate_tok_s_off": round(statistics.median(rates["off"]), 2),
            "aggregate_tok_s_on": round(statistics.median(rates["on"]), 2),
            "speedup": round(statistics.median(ratios), 3), "speedup_ci90": median_ci90(ratios),
            "rounds": rounds, "same_text": f"{sum(same)}/{len(same)}", **_speculation_summary(totals)}


def step_costs(engine: LlamaCppEngine, context: list[int], reps: int = 25) -> dict:
    """Median ms of a step carrying n rows of one sequence, and n rows each of four, after
    ``context``, in a context with the engine's batch parameters (rows interleaved by rep)."""
    import llama_cpp
    from llama_cpp import _internals

    def measure(llama: Any) -> dict:
        params = exact_rows_params(llama_cpp, llama.context_params, len(context) + 64, 4)
        ctx = _internals.LlamaContext(model=llama._model, params=params, verbose=False)
        memory = llama_cpp.llama_get_memory(ctx.ctx)
        batch = llama_cpp.llama_batch_init(len(context) + 64, 0, 1)
        shapes = [(1, n) for n in (1, 2, 3, 5, 9, 17)] + [(4, n) for n in (1, 3, 9)]
        costs: dict[tuple[int, int], list[float]] = {shape: [] for shape in shapes}

        def decode(rows: list[tuple[int, int, int, bool]]) -> None:
            for i, (seq, pos, token, logits) in enumerate(rows):
                batch.token[i], batch.pos[i], batch.n_seq_id[i], batch.logits[i] = token, pos, 1, int(logits)
                batch.seq_id[i][0] = seq
            batch.n_tokens = len(rows)
            if llama_cpp.llama_decode(ctx.ctx, batch) != 0:
                raise RuntimeError("llama_decode failed")

        try:
            decode([(0, i, t, False) for i, t in enumerate(context)])
            for seq in range(1, 4):  # the same cells, copied into the other sequences' streams
                llama_cpp.llama_memory_seq_cp(memory, 0, seq, -1, -1)
            start = len(context)
            for _ in range(reps):
                for seqs, n in shapes:
                    rows = [(seq, start + i, context[i], True) for seq in range(seqs) for i in range(n)]
                    started = time.perf_counter()
                    decode(rows)
                    costs[(seqs, n)].append((time.perf_counter() - started) * 1000.0)
                    for seq in range(seqs):
                        llama_cpp.llama_memory_seq_rm(memory, seq, start, -1)
        finally:
            llama_cpp.llama_batch_free(batch)
            ctx.close()
        return {shape: statistics.median(values) for shape, values in costs.items()}

    medians = engine.run_exclusive(measure)
    one = medians[(1, 1)]
    return {"context_tokens": len(context),
            "one_sequence_ms": {str(n): round(ms, 2) for (seqs, n), ms in medians.items() if seqs == 1},
            "one_sequence_over_1_row": {str(n): round(ms / one, 2) for (seqs, n), ms in medians.items() if seqs == 1},
            "four_sequences_ms": {f"{n}_rows_each": round(ms, 2) for (seqs, n), ms in medians.items() if seqs == 4}}


def relative_cost(costs: dict, rows: float) -> float:
    """What a step of ``rows`` rows of one sequence costs, in 1-row steps (``step_costs``; linear
    between the measured row counts)."""
    relative = {int(n): r for n, r in costs["one_sequence_over_1_row"].items()}
    known = sorted(relative)
    below = max(n for n in known if n <= rows)
    above = min((n for n in known if n >= rows), default=below)
    if above == below:
        return relative[below] * rows / below
    return relative[below] + (relative[above] - relative[below]) * (rows - below) / (above - below)


def modelled_speedup(costs: dict, block: dict) -> float | None:
    """The speed-up the step costs predict for what a one-stream block counted: its tokens over what
    its steps cost, a verify step at the mean draft length. Unlike the timed speed-up it does not
    move with the machine's load while the answers run."""
    steps, verify = block["sequence_steps"], block["verify_steps"]
    if not steps:
        return None
    spent = steps - verify + (verify * relative_cost(costs, 1 + block["drafted"] / verify) if verify else 0.0)
    return round((steps + block["accepted"]) / spent, 3)


def ceilings(costs: dict, outputs: list[tuple[list[int], list[int]]], draft_tokens: int) -> dict:
    """The most speculation can give here: a fully accepted draft of ``k`` tokens writes k + 1
    tokens for what a (k + 1)-row step costs; prompt lookup on the answers measured, if it drafted
    every run of tokens that continues a prompt passage (up to ``draft_tokens``) and nothing else."""

    def cost(rows: int) -> float:
        return relative_cost(costs, rows)

    full = {str(k): round((k + 1) / cost(k + 1), 2) for k in (1, 2, 4, 8, 16)}
    tokens = steps_cost = 0.0
    copied = 0
    for prompt, answer in outputs:
        passages = {tuple(prompt[j:j + n]) for n in range(1, draft_tokens + 2) for j in range(len(prompt) - n + 1)}
        i = 1  # the first token comes from the prompt's last row
        while i < len(answer):
            run = 0  # answer[i:i + run] continues what the prompt says after answer[:i]'s last token
            while run < draft_tokens and i + run < len(answer) and tuple(answer[i - 1:i + run + 1]) in passages:
                run += 1
            steps_cost += cost(run + 1)
            tokens += run + 1
            copied += run
            i += run + 1
    return {"fully_accepted_draft_speedup_by_draft_tokens": full,
            "quoting_answers_perfect_lookup_speedup": round(tokens / steps_cost, 3) if steps_cost else None,
            "quoting_answers_share_of_tokens_copyable": round(copied / tokens, 3) if tokens else None}


def speculative_section(engine: LlamaCppEngine, gguf: Any, reps: int, rounds: int, max_tokens: int,
                        prompts: int = 4, cost_reps: int = 25) -> dict:
    """The whole section: step costs, one stream and four for each kind of answer (``prompts`` of
    each), and the draft model."""
    configured = engine.batch.drafter
    lookup = engine.new_drafter(SpeculativeSpec("lookup"))
    kinds = {"quoting_memories": [quoting_messages(q) for q in QUOTING[:prompts]],
             "phrasing_facts": [phrasing_messages(q, facts) for q, facts in FACTS[:prompts]],
             "free": [free_messages(q) for q in FREE[:prompts]]}
    context = engine.tokenize(engine.format_prompt(kinds["quoting_memories"][0]))
    report: dict = {"draft_tokens": engine.batch.draft_tokens, "max_tokens": max_tokens, "reps": reps, "rounds": rounds,
                    "prompts_per_kind": len(kinds["free"]), "step_cost": step_costs(engine, context, cost_reps)}
    try:
        single = {kind: one_stream(engine, lookup, prompts, reps, max_tokens) for kind, prompts in kinds.items()}
        bos = len(engine.tokenize(""))  # what tokenize puts before any text
        outputs = [(engine.tokenize(engine.format_prompt(m)), engine.tokenize(text)[bos:])
                   for kind in ("quoting_memories", "phrasing_facts") for m, text in single[kind]["_outputs"]]
        for block in single.values():
            block["modelled_speedup"] = modelled_speedup(report["step_cost"], block)
        report["lookup_one_stream"] = {kind: _without_outputs(block) for kind, block in single.items()}
        report["lookup_four_streams"] = {kind: four_streams(engine, lookup, prompts, rounds, max_tokens)
                                         for kind, prompts in kinds.items()}
        report["ceilings"] = ceilings(report["step_cost"], outputs, engine.batch.draft_tokens)
        draft = engine.new_drafter(SpeculativeSpec("draft", gguf))
        try:
            report["draft_model_itself_one_stream"] = {
                "draft_model": gguf.name,
                "quoting_memories": _without_outputs(one_stream(engine, draft, kinds["quoting_memories"][:2],
                                                                max(1, reps // 2), max_tokens)),
                "free": _without_outputs(one_stream(engine, draft, kinds["free"][-2:], max(1, reps // 2), max_tokens)),
            }
        finally:
            draft.close()
    finally:
        engine.batch.drafter = configured
    return report


def _without_outputs(block: dict) -> dict:
    block.pop("_outputs", None)
    return block
