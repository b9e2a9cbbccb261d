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
    assert set(out["summary"]) >= {"recall_at_10", "recall_at_10_per_category", "ingest_observations_per_s",
                                   "search_p95_ms", "consolidation_ms_per_day"}
