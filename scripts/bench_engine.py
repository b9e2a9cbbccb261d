#!/usr/bin/env python3
"""Engine benchmark: raw llama-cpp-python vs our engine in-process vs through HTTP/SSE, prefix
caching (warm vs cold, interleaved conversations), 4 concurrent streams, and speculative decoding
(bench_engine_speculative). Prints one JSON object.

    .venv/bin/python scripts/bench_engine.py [--threads 2] [--decode-tokens 64] [--reps 24] [--spec-reps 6]

Everything runs side by side in one process on the same model and thread count.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import secrets
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Callable

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import httpx  # noqa: E402

from bench_engine_speculative import median_ci90, speculative_section  # noqa: E402
from server.engine.base import ChatMessage, GenerationStats  # noqa: E402
from server.engine.llamacpp import LlamaCppEngine  # noqa: E402
from shared.model_locator import locate_gguf  # noqa: E402

STORIES = (
    "Write a long, detailed story about a dragon who keeps a diary of every meal.",
    "Write a long, detailed story about a lighthouse keeper who counts the ships.",
    "Write a long, detailed story about a cyclist who rides across the mountains.",
    "Write a long, detailed story about a baker who wakes up before dawn every day.",
)
"""Prompts small models answer at length, so the streams decode for their whole budget."""
FILLER = ("Tether keeps a careful log of the person's day: sleep, coffee, meals, runs, meetings and "
          "conversations, each with its time and source. ")


def prompt_text(tag: str, words: int) -> str:
    """A unique prompt (the tag comes first so no two runs share a cached prefix)."""
    body = (FILLER * (words // len(FILLER.split()) + 1)).split()[:words]
    return f"[{tag}] " + " ".join(body)


def raw_run(llama, tokens: list[int], decode_tokens: int, cached: int = 0) -> dict:
    """llama-cpp-python's low-level loop: eval the prompt, then greedy sample + eval per token.

    The first ``cached`` tokens are evaluated before the clock starts: the engine restores that
    prefix from its cache, so both then prefill the same tokens at the same positions.
    """
    import llama_cpp

    llama.reset()
    if cached:
        llama.eval(tokens[:cached])
    sampler = llama_cpp.llama_sampler_init_greedy()
    try:
        started = time.perf_counter()
        llama.eval(tokens[cached:])
        prefill_s = time.perf_counter() - started
        started = time.perf_counter()
        produced = 0
        for _ in range(decode_tokens):
            token = llama_cpp.llama_sampler_sample(sampler, llama._ctx.ctx, -1)
            llama.eval([token])
            produced += 1
        decode_s = time.perf_counter() - started
    finally:
        llama_cpp.llama_sampler_free(sampler)
    return {"prefill_tok_s": (len(tokens) - cached) / prefill_s, "decode_tok_s": produced / decode_s}


def batching_ceiling(llama, context: list[int], reps: int = 15) -> dict:
    """What one decode step costs per token with 1 and with 4 tokens in it (logits for each, as 4
    decoding sequences need), after ``context`` tokens. The 4 tokens sit in one sequence here, so
    this is the most a batch of 4 streams could gain on this machine, before any engine overhead."""
    import llama_cpp

    llama.reset()
    llama.eval(context)
    memory = llama_cpp.llama_get_memory(llama._ctx.ctx)
    batch = llama_cpp.llama_batch_init(4, 0, 1)
    start = len(context)
    costs: dict[int, list[float]] = {1: [], 4: []}
    try:
        for _ in range(reps):
            for n in costs:
                for i in range(n):
                    batch.token[i], batch.pos[i], batch.n_seq_id[i], batch.logits[i] = context[i], start + i, 1, 1
                    batch.seq_id[i][0] = 0
                batch.n_tokens = n
                started = time.perf_counter()
                if llama_cpp.llama_decode(llama._ctx.ctx, batch) != 0:
                    raise RuntimeError("llama_decode failed")
                costs[n].append((time.perf_counter() - started) * 1000.0)
                llama_cpp.llama_memory_seq_rm(memory, 0, start, -1)
    finally:
        llama_cpp.llama_batch_free(batch)
        llama.reset()
    one, four = statistics.median(costs[1]), statistics.median(costs[4])
    return {"step_ms_1_token": round(one, 2), "step_ms_4_tokens": round(four, 2),
            "most_4_streams_can_gain": round(4 * one / four, 2)}


def engine_run(engine: LlamaCppEngine, messages: list[ChatMessage], decode_tokens: int) -> dict:
    stats = [e for e in engine.generate(messages, decode_tokens) if isinstance(e, GenerationStats)][0]
    return {
        "prefill_tok_s": (stats.prompt_tokens - stats.cached_prefix_tokens) / (stats.prefill_ms / 1000),
        "decode_tok_s": (stats.decode_tokens - 1) / (stats.decode_ms / 1000) if stats.decode_tokens > 1 else 0.0,
        "decode_tokens": stats.decode_tokens,
        "ttft_ms": stats.ttft_ms,
        "cached": stats.cached_prefix_tokens,
        "prompt_tokens": stats.prompt_tokens,
    }


def http_run(url: str, token: str, text: str, decode_tokens: int) -> dict:
    """Client-side timing of POST /v1/chat: TTFT and token arrival rate."""
    started = time.perf_counter()
    arrivals: list[float] = []
    arrivals_clock: list[float] = []  # time.monotonic(): one clock for every client process
    final = None
    with httpx.Client(timeout=300) as client:
        with client.stream("POST", f"{url}/v1/chat", headers={"Authorization": f"Bearer {token}"},
                           json={"question": text, "k": 0, "max_tokens": decode_tokens, "answer_path": "model"}) as response:
            response.raise_for_status()
            event = None
            for line in response.iter_lines():
                if line.startswith("event:"):
                    event = line[6:].strip()
                elif line.startswith("data:") and event == "token":
                    arrivals.append(time.perf_counter())
                    arrivals_clock.append(time.monotonic())
                elif line.startswith("data:") and event == "final":
                    final = json.loads(line[5:])
    metrics = final["metrics"]
    ttft = arrivals[0] - started if arrivals else float("nan")
    # Tokens after the first over the time from the first text to the last (an event may carry
    # several tokens: with several streams the engine hands text over at most every 0.1 s).
    decode = (metrics["decode_tokens"] - 1) / (arrivals[-1] - arrivals[0]) if len(arrivals) > 1 else 0.0
    new_tokens = metrics["prompt_tokens"] - metrics["cached_prefix_tokens"]
    return {"prefill_tok_s": new_tokens / (metrics["prefill_ms"] / 1000), "client_ttft_ms": ttft * 1000,
            "decode_tok_s": decode, "events": len(arrivals), "decode_tokens": metrics["decode_tokens"],
            "wall_s": time.perf_counter() - started,
            "first_token_at": arrivals_clock[0] if arrivals_clock else None,
            "last_token_at": arrivals_clock[-1] if arrivals_clock else None,
            "prompt_tokens": metrics["prompt_tokens"], "cached": metrics["cached_prefix_tokens"],
            "server_decode_tok_s": 1000.0 / metrics["ms_per_output_token"] if metrics["ms_per_output_token"] else 0.0}


def median_of(rows: list[dict], key: str) -> float:
    return round(statistics.median(r[key] for r in rows), 2)


PATHS = ("raw", "engine", "http")


def compare_paths(engine: LlamaCppEngine, http: Callable[[str, int], dict], args: argparse.Namespace) -> dict:
    """The raw loop, the engine in-process and the engine through HTTP/SSE on the same work.

    Every path answers the prompt ``/v1/chat`` builds (the server's system prompt, then the
    question; no memories), with the system prompt already prefilled: the engine restores it, the
    raw loop evaluates it before its clock starts. The paths take turns rep by rep, in a rotated
    order, and each ratio is the median over reps of the path's rate over the raw rate of the same
    rep, with a 90% confidence interval. On a shared 2-core VM one 2-second prefill varies by about
    6% (coefficient of variation) from one run to the next, so one rep proves little: the same
    ratio taken between one raw rep and the next (``noise_raw_over_raw``) shows how precise these
    ratios are.
    """
    from server.services.chat import build_messages

    rows: dict[str, list[dict]] = {name: [] for name in PATHS}
    for rep in range(args.reps):
        for name in PATHS[rep % 3:] + PATHS[:rep % 3]:
            question = prompt_text(f"{name}-{rep}", args.prompt_words)
            messages = build_messages(question, "", [])
            if name == "http":
                rows[name].append(http(question, args.decode_tokens))
            elif name == "engine":
                rows[name].append(engine_run(engine, messages, args.decode_tokens))
            else:
                tokens = engine.tokenize(engine.format_prompt(messages))
                cached = engine.stable_prefix_len(messages, tokens)
                # On the engine's own thread, with the model to itself: llama.cpp's OpenMP team
                # belongs to the calling thread, and the raw loop gets the same one as the engine.
                result = engine.run_exclusive(lambda llama: raw_run(llama, tokens, args.decode_tokens, cached))
                rows[name].append({**result, "prompt_tokens": len(tokens), "cached": cached})

    def paired(name: str, key: str) -> list[float]:
        return [round(row[key] / raw[key], 3) for row, raw in zip(rows[name], rows["raw"])]

    per_rep = {f"{phase}_{name}_over_raw": paired(name, f"{phase}_tok_s")
               for name in ("engine", "http") for phase in ("prefill", "decode")}
    report = {
        "raw": {"prefill_tok_s": median_of(rows["raw"], "prefill_tok_s"), "decode_tok_s": median_of(rows["raw"], "decode_tok_s"),
                "prompt_tokens": rows["raw"][0]["prompt_tokens"], "prefilled_before_the_clock": rows["raw"][0]["cached"]},
        "engine_in_process": {"prefill_tok_s": median_of(rows["engine"], "prefill_tok_s"),
                              "decode_tok_s": median_of(rows["engine"], "decode_tok_s"),
                              "prompt_tokens": rows["engine"][0]["prompt_tokens"], "cached_prefix_tokens": rows["engine"][0]["cached"]},
        "http_sse": {"prefill_tok_s": median_of(rows["http"], "prefill_tok_s"),
                     "decode_tok_s": median_of(rows["http"], "decode_tok_s"),
                     # the engine's own rate while it streams over HTTP (server side)
                     "server_side_decode_tok_s": median_of(rows["http"], "server_decode_tok_s"),
                     "client_ttft_ms": median_of(rows["http"], "client_ttft_ms"),
                     "prompt_tokens": rows["http"][0]["prompt_tokens"], "cached_prefix_tokens": rows["http"][0]["cached"]},
        "ratios": {key: round(statistics.median(values), 3) for key, values in per_rep.items()},
        "ratios_ci90": {key: median_ci90(values) for key, values in per_rep.items()},
        "ratios_per_rep": per_rep,
    }
    if args.reps > 1:
        report["noise_raw_over_raw"] = {}
        for phase in ("prefill", "decode"):
            key = f"{phase}_tok_s"
            ratios = [a[key] / b[key] for a, b in zip(rows["raw"], rows["raw"][1:])]
            report["noise_raw_over_raw"][phase] = {"median": round(statistics.median(ratios), 3), "ci90": median_ci90(ratios)}
    raw = report["raw"]
    report["ratios_of_medians"] = {
        f"{phase}_{name}_over_raw": round(report[block][f"{phase}_tok_s"] / raw[f"{phase}_tok_s"], 3)
        for name, block in (("engine", "engine_in_process"), ("http", "http_sse")) for phase in ("prefill", "decode")
    }
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--decode-tokens", type=int, default=64)
    parser.add_argument("--prompt-words", type=int, default=300)
    parser.add_argument("--prefix-words", type=int, default=420, help="stable prefix for the cache test (500+ tokens)")
    parser.add_argument("--reps", type=int, default=24, help="turns of raw / in-process / HTTP (ratios: median over reps)")
    parser.add_argument("--concurrency-rounds", type=int, default=7, help="rounds of 4-at-once vs one-by-one (median reported)")
    parser.add_argument("--parallel", type=int, default=4, help="sequences decoded together (the server's TETHER_PARALLEL)")
    parser.add_argument("--spec-reps", type=int, default=None, help="speculative section: reps per prompt (default: --reps / 4)")
    parser.add_argument("--spec-rounds", type=int, default=None, help="speculative section: 4-stream rounds (default: --concurrency-rounds)")
    parser.add_argument("--spec-tokens", type=int, default=96, help="speculative section: answer length limit")
    parser.add_argument("--draft-tokens", type=int, default=8, help="speculative section: draft tokens per step (TETHER_SPECULATIVE_TOKENS)")
    parser.add_argument("--spec-prompts", type=int, default=4, help="speculative section: prompts of each kind (at most 4)")
    parser.add_argument("--spec-cost-reps", type=int, default=25, help="speculative section: reps of each step shape")
    args = parser.parse_args()
    gguf = locate_gguf(os.environ.get("TETHER_MODEL_PATH"))
    report: dict = {"machine": {"cores": os.cpu_count(), "threads": args.threads, "python": platform.python_version(),
                                "model": gguf.name, "model_bytes": gguf.stat().st_size, "cpu": platform.processor()}}

    # Sections 1-4 measure plain decoding; section 5 switches speculation on and off itself.
    engine = LlamaCppEngine(gguf, n_ctx=4096, n_threads=args.threads, parallel=args.parallel,
                            speculative="off", speculative_tokens=args.draft_tokens)

    # 2. prefix caching: cold vs warm with a 500+ token stable system prefix, and 3 interleaved conversations
    def convo(name: str) -> ChatMessage:
        return ChatMessage("system", prompt_text(f"profile-{name}", args.prefix_words))

    cold = engine_run(engine, [convo("a"), ChatMessage("user", "What did I do this morning?")], 4)
    warm = engine_run(engine, [convo("a"), ChatMessage("user", "And this afternoon?")], 4)
    colds, interleaved = [cold], []
    for name in ("b", "c"):
        colds.append(engine_run(engine, [convo(name), ChatMessage("user", "What did I do this morning?")], 4))
    for turn in range(2):
        for name in ("a", "b", "c"):
            interleaved.append(engine_run(engine, [convo(name), ChatMessage("user", f"Question {turn} for {name}?")], 4))
    cold_ttft = statistics.median(r["ttft_ms"] for r in colds)
    report["prefix_cache"] = {
        "stable_prefix_tokens": warm["cached"],
        "cold_ttft_ms": round(cold_ttft, 1),
        "warm_ttft_ms": round(warm["ttft_ms"], 1),
        "warm_over_cold": round(warm["ttft_ms"] / cold_ttft, 3),
        "interleaved_3_conversations_ttft_ms_median": round(statistics.median(r["ttft_ms"] for r in interleaved), 1),
        "interleaved_over_cold": round(statistics.median(r["ttft_ms"] for r in interleaved) / cold_ttft, 3),
        "interleaved_cached_tokens_min": min(r["cached"] for r in interleaved),
        "cache_entries": len(engine.prefix_cache), "cache_bytes": engine.prefix_cache.size_bytes,
    }

    context = engine.tokenize(prompt_text("ceiling", args.prompt_words))
    report["batching_ceiling"] = engine.run_exclusive(lambda llama: batching_ceiling(llama, context))

    # 1 and 3. raw vs engine in-process vs through HTTP/SSE (a real uvicorn server on loopback around
    # the same engine), interleaved rep by rep so that a change in the machine's load hits all three.
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.services.container import build_services
    from shared.settings import ServerSettings

    # The HTTP client runs in other processes, as real clients do: in this process it would share
    # the GIL with the engine's decode loop and slow it down by itself.
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    clients = ProcessPoolExecutor(max_workers=4, mp_context=multiprocessing.get_context("spawn"))
    # Start every worker before timing anything: a worker spawned mid-run imports this script's
    # modules while the engine decodes, and that CPU would be charged to the engine.
    for started in [clients.submit(time.sleep, 0.5) for _ in range(4)]:
        started.result()

    def remote_http_run(*args: object) -> dict:
        return clients.submit(http_run, *args).result()

    with tempfile.TemporaryDirectory() as home:
        token = secrets.token_urlsafe(16)
        settings = ServerSettings(home=Path(home), token=token, n_threads=args.threads, learning=False,
                                  parallel=args.parallel)
        services = build_services(settings, engine=engine)
        with BackgroundServer(create_app(settings, services=services)) as url:
            # The warm-up also saves the server's system prompt, the stable prefix every path reuses.
            remote_http_run(url, token, prompt_text("warm-up", 20), 4)
            report.update(compare_paths(engine, lambda text, n: remote_http_run(url, token, text, n), args))
            # 4. four concurrent streams against the same four requests one after another (each
            # run has its own tags, so neither finds the other's tokens in the KV cache).
            def story(tag: str, i: int) -> str:
                return f"[{tag}] " + STORIES[i % len(STORIES)]

            def together(tag: str) -> tuple[list[dict | Exception], float]:
                results: list[dict | Exception] = [None] * 4  # type: ignore[list-item]

                def worker(i: int) -> None:
                    try:
                        results[i] = remote_http_run(url, token, story(tag, i), args.decode_tokens)
                    except Exception as exc:  # reported, not raised
                        results[i] = exc

                started = time.perf_counter()
                threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join()
                return results, time.perf_counter() - started

            engine.batch.max_batch_sequences = 0
            rounds, errors = [], []
            for rnd in range(args.concurrency_rounds):  # alternated, so a change in the machine's speed hits both
                serial_started = time.perf_counter()
                serial = [remote_http_run(url, token, story(f"one-by-one-{rnd}", i), args.decode_tokens) for i in range(4)]
                serial_wall = time.perf_counter() - serial_started
                results, wall = together(f"together-{rnd}")
                errors += [repr(r) for r in results if isinstance(r, Exception)]
                ok = [r for r in results if isinstance(r, dict)]
                rounds.append({
                    "ok": ok, "serial": serial, "wall": wall, "serial_wall": serial_wall,
                    "together_tok_s": sum(r["decode_tokens"] for r in ok) / wall,
                    "serial_tok_s": sum(r["decode_tokens"] for r in serial) / serial_wall,
                })
            for r in rounds:
                r["ratio"] = r["together_tok_s"] / r["serial_tok_s"]
            middle = sorted(rounds, key=lambda r: r["ratio"])[len(rounds) // 2]
            ok, serial = middle["ok"], middle["serial"]
            report["concurrency_4"] = {
                "errors": errors,
                "every_stream_progressed": not errors and all(len(r["ok"]) == 4 and all(x["events"] > 0 for x in r["ok"])
                                                              for r in rounds),
                # Output tokens per second of wall time, prefill included (the serving benchmarks'
                # "output throughput"): 4 requests at once vs the same 4 one after another; the
                # median round of ``--concurrency-rounds``.
                "aggregate_tok_s": round(middle["together_tok_s"], 2),
                "one_stream_at_a_time_tok_s": round(middle["serial_tok_s"], 2),
                "aggregate_over_single": round(middle["ratio"], 3),
                "aggregate_over_single_ci90": median_ci90([r["ratio"] for r in rounds]),
                "aggregate_over_single_per_round": [round(r["ratio"], 3) for r in rounds],
                "decode_tokens_together": [r["decode_tokens"] for r in ok],
                "decode_tokens_one_by_one": [r["decode_tokens"] for r in serial],
                "wall_s_together": round(middle["wall"], 2),
                "wall_s_one_by_one": round(middle["serial_wall"], 2),
                "first_token_ms_per_stream": [round(r["client_ttft_ms"]) for r in ok],
                "decode_tok_s_per_stream": [round(r["decode_tok_s"], 1) for r in ok],
                "single_stream_decode_tok_s": round(statistics.median(r["decode_tok_s"] for r in serial), 1),
                "parallel": args.parallel,
                "most_sequences_in_one_step": engine.batch.max_batch_sequences,
            }
    clients.shutdown()
    # 5. speculative decoding: plain and speculative runs of the same prompts, paired
    report["speculative"] = speculative_section(engine, gguf, args.spec_reps or max(1, args.reps // 4),
                                                args.spec_rounds or args.concurrency_rounds, args.spec_tokens,
                                                args.spec_prompts, args.spec_cost_reps)
    engine.close()

    raw = report["raw"]
    report["machine"]["decode_weight_bytes_per_s"] = round(raw["decode_tok_s"] * gguf.stat().st_size)
    report["targets"] = {"prefill ratios": ">= 0.95", "decode_engine_over_raw": ">= 0.9", "decode_http_over_raw": ">= 0.85",
                         "warm_over_cold": "<= 0.1", "aggregate_over_single": ">= 1.0 (stretch >= 2.0)",
                         "speculative quoting speedup (one stream)": ">= 1.3",
                         "speculative free speedup": ">= 1.0 (or speculation off by default)"}
    print(json.dumps(report, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
