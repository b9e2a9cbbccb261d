"""The engine benchmark: a tiny run through the real model and a real server prints the documented JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from bench_engine import median_ci90  # noqa: E402


def test_median_interval_holds_the_median_and_narrows_with_more_reps() -> None:
    assert median_ci90([1.0]) == [1.0, 1.0]
    few = median_ci90([0.9, 1.0, 1.1, 0.95, 1.05])
    many = median_ci90([0.9, 1.0, 1.1, 0.95, 1.05] * 8)
    assert few[0] <= 1.0 <= few[1] and many[0] <= 1.0 <= many[1]
    assert many[1] - many[0] < few[1] - few[0]


@pytest.mark.slow
@pytest.mark.timeout(480)  # the run's own limit is 420 s; the suite's 300 s cut it short on a busy machine
def test_tiny_run_prints_the_documented_json() -> None:
    command = [sys.executable, str(ROOT / "scripts" / "bench_engine.py"), "--reps", "2", "--concurrency-rounds", "1",
               "--decode-tokens", "8", "--prompt-words", "40", "--spec-reps", "1", "--spec-tokens", "16",
               "--spec-prompts", "2", "--spec-cost-reps", "3"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=420, cwd=ROOT)  # 2-4 min on 2 shared cores
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout)
    assert out["machine"]["model_bytes"] > 0 and out["machine"]["decode_weight_bytes_per_s"] > 0
    # every path prefilled the same prompt after the same stable prefix
    assert out["raw"]["prompt_tokens"] == out["engine_in_process"]["prompt_tokens"] == out["http_sse"]["prompt_tokens"]
    assert out["raw"]["prefilled_before_the_clock"] > 0 and out["http_sse"]["cached_prefix_tokens"] > 0
    keys = {"prefill_engine_over_raw", "decode_engine_over_raw", "prefill_http_over_raw", "decode_http_over_raw"}
    assert set(out["ratios"]) == set(out["ratios_ci90"]) == set(out["ratios_per_rep"]) == keys
    assert all(len(v) == 2 for v in out["ratios_per_rep"].values())
    assert all(low <= out["ratios"][k] <= high for k, (low, high) in out["ratios_ci90"].items())
    assert set(out["noise_raw_over_raw"]) == {"prefill", "decode"}
    cache = out["prefix_cache"]
    assert cache["stable_prefix_tokens"] >= 500 and cache["warm_ttft_ms"] < cache["cold_ttft_ms"]
    assert out["batching_ceiling"]["most_4_streams_can_gain"] > 0
    four = out["concurrency_4"]
    assert four["errors"] == [] and four["every_stream_progressed"] and four["most_sequences_in_one_step"] >= 2
    spec = out["speculative"]
    kinds = {"quoting_memories", "phrasing_facts", "free"}
    assert set(spec["lookup_one_stream"]) == set(spec["lookup_four_streams"]) == kinds
    for block in [*spec["lookup_one_stream"].values(), *spec["lookup_four_streams"].values()]:
        done, runs = block["same_text"].split("/")
        assert done == runs and int(runs) > 0  # speculation never changes the text
        assert block["speedup_ci90"][0] <= block["speedup"] <= block["speedup_ci90"][1]
    assert spec["lookup_one_stream"]["phrasing_facts"]["accepted"] > 0  # the facts are copied: drafts are taken
    assert all(block["modelled_speedup"] > 0 for block in spec["lookup_one_stream"].values())
    assert spec["step_cost"]["one_sequence_over_1_row"]["1"] == 1.0
    assert spec["ceilings"]["fully_accepted_draft_speedup_by_draft_tokens"]["8"] > 0  # a speed: not asserted here
    assert spec["draft_model_itself_one_stream"]["quoting_memories"]["acceptance_rate"] >= 0.9
