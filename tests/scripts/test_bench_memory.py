"""The memory benchmark: its evaluation set is sound, and a tiny run prints the documented JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from conversation_evalset import CATEGORIES as CONVERSATION_CATEGORIES  # noqa: E402
from conversation_evalset import DEV, NOW as CONVERSATION_NOW, generate_conversations  # noqa: E402
from conversation_evalset_heldout import HELDOUT  # noqa: E402
from memory_evalset import CATEGORIES, NOW, build_questions, eval_life, recall_of  # noqa: E402


def test_the_evaluation_set_has_every_category_and_real_evidence() -> None:
    observations = eval_life()
    questions = build_questions(observations)
    assert len(questions) >= 150
    counts = Counter(q.category for q in questions)
    assert set(counts) == set(CATEGORIES) and min(counts.values()) >= 20
    ids = {o.id for o in observations}
    assert all(q.evidence and set(q.evidence) <= ids for q in questions)
    assert all(o.start < NOW for o in observations)
    assert len({q.text for q in questions}) == len(questions)
    assert build_questions(eval_life()) == questions  # seeded: the same set every run
    multi = next(q for q in questions if q.category == "multi-hop")
    assert recall_of(multi, [[multi.evidence[0]], ["other"]]) == 0.5


@pytest.mark.parametrize("style", [DEV, HELDOUT], ids=["dev", "heldout"])
def test_the_conversation_sets_have_every_category_and_real_evidence(style) -> None:
    observations, questions = generate_conversations(style)
    counts = Counter(q.category for q in questions)
    assert set(counts) == set(CONVERSATION_CATEGORIES) and min(counts.values()) >= 8
    by_id = {o.id: o for o in observations}
    assert all(q.evidence and set(q.evidence) <= set(by_id) for q in questions)
    assert all(o.kind == "conversation" and o.start < CONVERSATION_NOW for o in observations)
    assert len(observations) > 1000 and len({o.data["session"] for o in observations}) > 50
    # Evidence is what a named person said, not small talk; a changed fact's evidence is its newest version.
    assert all(by_id[e].data["speaker"] != "me" for q in questions for e in q.evidence)
    assert generate_conversations(style) == (observations, questions)  # seeded


def test_the_held_out_conversation_set_shares_no_names_or_wording_with_the_dev_set() -> None:
    _, dev = generate_conversations(DEV)
    _, held = generate_conversations(HELDOUT)
    assert not set(DEV.people) & set(HELDOUT.people) and DEV.seed != HELDOUT.seed
    assert not {q.text for q in dev} & {q.text for q in held}
    assert not set(DEV.small_talk) & set(HELDOUT.small_talk)
    dev_lines = {line for key in ("pet_line", "city_first", "city_changed", "job_first", "job_changed",
                                  "restaurant_line", "book_line", "event_line") for line in getattr(DEV, key)}
    held_lines = {line for key in ("pet_line", "city_first", "city_changed", "job_first", "job_changed",
                                   "restaurant_line", "book_line", "event_line") for line in getattr(HELDOUT, key)}
    assert not dev_lines & held_lines


@pytest.mark.slow
def test_quick_run_prints_the_documented_json(tmp_path: Path) -> None:
    command = [sys.executable, str(ROOT / "scripts" / "bench_memory.py"), "--quick", "--sizes", "300", "--queries", "8",
               "--eval-days", "3", "--work-dir", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=280, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout)
    assert out["mode"] == "quick" and out["machine"]["cpu_count"] >= 1 and out["machine"]["embedder"]
    recall = out["recall"]
    assert recall["questions"] > 0 and 0.0 <= recall["recall_at_10"] <= 1.0
    assert set(recall["per_category"]) <= set(CATEGORIES)
    assert all(0.0 <= c["recall_at_10"] <= 1.0 and c["questions"] > 0 for c in recall["per_category"].values())
    first = out["ingest"]["first_segment"]
    assert first["raw_observations"] > first["memories"] >= 300 and first["observations_per_s"] > 0
    [latency] = out["search_latency"]
    assert latency["memories"] >= 300 and latency["queries"] == 8
    assert 0 < latency["server_retrieval_ms"]["p50"] <= latency["server_retrieval_ms"]["p95"]
    [day] = out["consolidation"]["days"]
    assert day["observations"] > 0 and day["ms"] > 0 and day["outcome"] in ("added", "replaced")
    assert set(out["conversation_recall"]) == {"dev", "heldout"}
    assert all(0.0 <= r["recall_at_10"] <= 1.0 and r["questions"] > 0 for r in out["conversation_recall"].values())
    assert set(out["summary"]) >= {"recall_at_10", "conversation_recall_at_10", "recall_at_10_per_category", "ingest_observations_per_s",
                                   "search_p95_ms", "consolidation_ms_per_day"}


def test_the_server_subprocess_keeps_only_the_embedder_of_the_callers_settings(monkeypatch, tmp_path: Path) -> None:
    import bench_memory_harness

    monkeypatch.setenv("TETHER_EMBEDDING_MODEL_PATH", "/models/other-embedder")
    monkeypatch.setenv("TETHER_MODEL_PATH", "/models/user.gguf")
    env = bench_memory_harness.server_env(tmp_path, "token", "UTC")
    assert env["TETHER_EMBEDDING_MODEL_PATH"] == "/models/other-embedder"
    assert "TETHER_MODEL_PATH" not in env
    assert env["TETHER_HOME"] == str(tmp_path) and env["TETHER_CONFIG"] == str(tmp_path / "no-config.toml")


def test_embedder_flag_rejects_a_folder_without_a_model(tmp_path: Path) -> None:
    command = [sys.executable, str(ROOT / "scripts" / "bench_memory.py"), "--recall-only", "--embedder", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 2 and "embedding model not found" in done.stderr and not done.stdout
