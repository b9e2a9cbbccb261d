"""What the answers benchmark reports of a set's answers (docs/benchmarks.md, "Answers"): accuracy
overall and per category, against ``TARGETS``, the worst failures verbatim, and each answer as a
JSON-ready record.
"""

from __future__ import annotations

import math
import statistics
from typing import Any

import bench_memory
from answers_evalset import CATEGORIES

TARGETS = {"accuracy": 0.9, "category_accuracy_min": 0.8, "unsupported_share": 0.0, "abstention_accuracy": 0.9,
           "latency_p95_s": 3.0}
FAILURES_SHOWN = 10


def percentile(values: list[float], p: float) -> float | None:
    return round(bench_memory.percentile(values, p), 3) if values else None


def summarize(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """Accuracy overall and per category, unsupported share, abstention, latency, made_by."""
    share = lambda chosen: round(statistics.fmean(chosen), 3) if chosen else None  # noqa: E731
    per_category = {c: {"cases": len(chosen), "accuracy": share([r["right"] for r in chosen])}
                    for c in CATEGORIES if (chosen := [r for r in rows if r["case"].category == c])}
    seconds = [s for r in rows for s in r["seconds"]]
    unanswerable = [r for r in rows if r["case"].abstain]
    out = {
        "cases": len(rows), "accuracy": share([r["right"] for r in rows]), "per_category": per_category,
        "unsupported_share": share([bool(r["unsupported"]) for r in rows]),
        "abstention_accuracy": share([r["abstained"] for r in unanswerable]),
        "false_abstentions": sum(r["abstained"] for r in rows if not r["case"].abstain),
        "errors": sum(bool(r["error"]) for r in rows),
        "latency_s": {"asks": len(seconds), "p50": percentile(seconds, 50), "p95": percentile(seconds, 95)},
        "made_by": {k: sum(r["made_by"] == k for r in rows) for k in {str(r["made_by"]) for r in rows}},
        "verified_true": sum(r["verified"] is True for r in rows),
    }
    lows = [v["accuracy"] for v in per_category.values() if v["accuracy"] is not None]
    out["meets_targets"] = {
        "accuracy": (out["accuracy"] or 0) >= TARGETS["accuracy"],
        "every_category": bool(lows) and min(lows) >= TARGETS["category_accuracy_min"],
        "unsupported": out["unsupported_share"] == TARGETS["unsupported_share"],
        "abstention": (out["abstention_accuracy"] or 0) >= TARGETS["abstention_accuracy"],
        "latency_p95": (out["latency_s"]["p95"] or math.inf) <= TARGETS["latency_p95_s"]}
    return out


def worst_failures(by_path: dict[str, list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Up to FAILURES_SHOWN wrong or unsupported answers, shared among the paths, one category at a time."""
    shown: list[dict[str, Any]] = []
    per_path = max(1, FAILURES_SHOWN // max(1, len(by_path)))
    for path, rows in by_path.items():
        bad = sorted((r for r in rows if not r["right"] or r["unsupported"]),
                     key=lambda r: (-len(r["missing"]) - len(r["rivals"]) - len(r["unsupported"]), r["case"].id))
        firsts: dict[str, dict[str, Any]] = {}
        for r in bad:
            firsts.setdefault(r["case"].category, r)
        for r in ([*firsts.values()] + [r for r in bad if r not in firsts.values()])[:per_path]:
            case = r["case"]
            shown.append({"path": path, "id": case.id, "category": case.category, "as_of": case.as_of.isoformat(),
                          "history": list(case.history), "question": case.question,
                          "gold": "abstain" if case.abstain else [f.describe() for f in case.facts],
                          "answer": r["answer"], "missing": r["missing"], "rivals": r["rivals"],
                          "other_days": r["other_days"], "unsupported": r["unsupported"],
                          "error": r["error"], "made_by": r["made_by"], "verified": r["verified"],
                          "evidence": r["evidence"][:3]})
    return shown[:FAILURES_SHOWN]


def answer_record(name: str, path: str, row: dict[str, Any]) -> dict[str, Any]:
    """One answer and its scoring, as a JSON-ready dict (``--answers``)."""
    case = row["case"]
    return {"set": name, "path": path, "id": case.id, "category": case.category, "key": case.key,
            "as_of": case.as_of.isoformat(), "timezone": case.timezone, "history": list(case.history),
            "question": case.question, "gold": "abstain" if case.abstain else [f.describe() for f in case.facts],
            "definition": case.definition, **{k: v for k, v in row.items() if k != "case"}}


def headline(sets: dict[str, dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """Per set and path: accuracy, the worst category, unsupported share, abstention, p95 and
    whether every target is met (the JSON's ``summary``)."""
    return {name: {path: {"accuracy": s["accuracy"], "worst_category": min(
        s["per_category"].items(), key=lambda kv: kv[1]["accuracy"], default=(None, None))[0],
        "unsupported_share": s["unsupported_share"], "abstention_accuracy": s["abstention_accuracy"],
        "latency_p95_s": s["latency_s"]["p95"], "meets_all_targets": all(s["meets_targets"].values())}
        for path, s in result["paths"].items()} for name, result in sets.items()}
