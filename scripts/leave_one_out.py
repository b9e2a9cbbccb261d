"""What the leave-one-out benchmarks share (``bench_code_readers``: a code reader removed; ``bench_languages``: a language's word
table removed): asking a case with its earlier turns, adding up each part's rows over the sets, the summary of a half, and
the JSON they print and write."""

from __future__ import annotations

import json
import os
import platform
import time
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from answers_cases import Case
from server.answers.service import GroundedAnswerer
from shared.wire import ChatTurn

Rows = dict[str, dict[str, int]]


def answer_case(answerer: GroundedAnswerer, case: Case) -> str:
    """Ask a case's earlier turns, then its question, carrying each turn's plan as the server does."""
    tz = ZoneInfo(case.timezone)
    history: list[ChatTurn] = []
    for earlier in case.history:
        said = answerer.answer(earlier, case.as_of, tz, history)
        history.append(ChatTurn(question=earlier, answer=said.text, plan=said.plan))
    return answerer.answer(case.question, case.as_of, tz, history).text


def add_rows(rows: Rows, more: Rows) -> None:
    """Add ``more`` (one set's rows, by part) into ``rows``: a part read in several sets counts all of its cases."""
    for name, row in more.items():
        total = rows.setdefault(name, dict.fromkeys(row, 0))
        for key, value in row.items():
            total[key] += value


def summary(rows: Rows, names: list[str], ways: tuple[str, ...], unit: str) -> dict[str, Any]:
    """A half's parts (``unit``: "readers", "languages"), cases, and each way's right answers, abstentions kept and wrong
    answers (no refusal)."""
    chosen = [rows[name] for name in names if name in rows]
    cases = sum(row["cases"] for row in chosen)
    out: dict[str, Any] = {unit: len(chosen), "cases": cases, "abstain_cases": sum(row["abstain_cases"] for row in chosen)}
    for way in ways:
        right, wrong = sum(row[f"{way}_right"] for row in chosen), sum(row[f"{way}_wrong"] for row in chosen)
        out[way] = {"right": right, "accuracy": round(right / cases, 3) if cases else None,
                    "abstain_kept": sum(row[f"{way}_abstain_kept"] for row in chosen), "wrong_answers": wrong,
                    "wrong_share": round(wrong / cases, 3) if cases else None}
    return out


def report(benchmark: str, halves_rule: str, halves: dict[str, list[str]], ways: dict[str, str], unit: str, rows: Rows,
           started: float) -> dict[str, Any]:
    """The benchmark's JSON object: the machine, the halves and their rule, each part's row and each half's summary."""
    return {"benchmark": benchmark,
            "machine": {"cores": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                        "model": None, "threads": 1},
            "halves_rule": halves_rule, "halves": halves, "ways": ways,
            unit: dict(sorted(rows.items())),
            "summary": {half: summary(rows, names, tuple(ways), unit) for half, names in halves.items()},
            "wall_s": round(time.perf_counter() - started, 1),
            "finished_at": datetime.now().astimezone().isoformat(timespec="seconds")}


def emit(out: dict[str, Any], path: Path | None, failures: list[dict[str, Any]], failures_path: Path | None) -> None:
    """Print the JSON, write it to ``path`` and the failures (JSON Lines) to ``failures_path`` when given."""
    if failures_path:
        failures_path.write_text("".join(json.dumps(f, ensure_ascii=False) + "\n" for f in failures))
    text = json.dumps(out, indent=2, ensure_ascii=False)
    if path:
        path.write_text(text + "\n")
    print(text)
