"""What the leave-one-out benchmarks share (``bench_code_readers``: a code reader removed; ``bench_languages``: a language's word
table removed): asking a case with its earlier turns, a set's rows by part, adding them up over the sets, the summary of a half, the
JSON they print and write, and their command line."""

from __future__ import annotations

import argparse
import json
import os
import platform
import tempfile
import time
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from answers_cases import Case
from answers_evalset import build_cases
from answers_judge import judge
from answers_sets import SETS
from server.answers.service import GroundedAnswerer
from server.answers.typed_records import RecordStore
from shared.wire import ChatTurn

Rows = dict[str, dict[str, int]]
RunSet = Callable[[str, set[str], Path, list[dict[str, Any]]], Rows]
"""One set's rows by part: (set name, parts wanted, a scratch folder, the failures to add to)."""


def answer_case(answerer: GroundedAnswerer, case: Case) -> str:
    """Ask a case's earlier turns, then its question, carrying each turn's plan as the server does."""
    tz = ZoneInfo(case.timezone)
    history: list[ChatTurn] = []
    for earlier in case.history:
        said = answerer.answer(earlier, case.as_of, tz, history)
        history.append(ChatTurn(question=earlier, answer=said.text, plan=said.plan))
    return answerer.answer(case.question, case.as_of, tz, history).text


def run_set(name: str, wanted: set[str], home: Path, failures: list[dict[str, Any]], part_of: Callable[[str], str | None],
            ways: tuple[str, ...], answering: Callable[[str, str], AbstractContextManager[Any]], failing_way: str,
            tune: list[str], unit: str, refusals_failed: bool) -> Rows:
    """Per part of the set ``name`` (among ``wanted``; ``part_of`` says which part a question is for: the first of its
    turns that has one): cases, and for each way (answered inside ``answering(way, part)``) the right answers, abstentions
    kept and wrong answers that are no refusal. The wrong answers of ``failing_way`` for the tune half's parts are added to
    ``failures`` (refusals too when ``refusals_failed``), named by ``unit``."""
    spec = next(each for each in SETS if each.name == name)
    life = spec.life(spec.seed, 14)
    by_part: dict[str, list[Case]] = {}
    for case in build_cases(life, name):
        part = next((found for found in map(part_of, (case.question, *case.history)) if found is not None), None)
        if part in wanted:
            by_part.setdefault(part, []).append(case)
    if not by_part:
        return {}
    store = RecordStore(f"sqlite:///{home / (name + '.sqlite3')}")
    store.add(life.observations)
    rows: Rows = {}
    for part, cases in by_part.items():
        row = {"cases": len(cases), "abstain_cases": sum(c.abstain for c in cases)}
        for way in ways:
            right = abstained = wrong = 0
            with answering(way, part):
                answerer = GroundedAnswerer(store.query, None, ZoneInfo(life.tz_name))
                for case in cases:
                    answer = answer_case(answerer, case)
                    ok = bool(judge(case, answer)["right"])
                    right += ok
                    abstained += ok and case.abstain
                    refused = answer.startswith("I don't know")
                    wrong += not ok and not refused  # answered, and wrongly: worse than a refusal
                    if way == failing_way and not ok and (refusals_failed or not refused) and part in tune:
                        failures.append({unit: part, "set": name, "id": case.id, "question": case.question,
                                         "history": case.history, "answer": answer})
            row[f"{way}_right"], row[f"{way}_abstain_kept"], row[f"{way}_wrong"] = right, abstained, wrong
        rows[part] = row
    return rows


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


def run(description: str, option: str, ordered: list[str], failures_help: str, run_set: RunSet, benchmark: str, halves_rule: str,
        halves: dict[str, list[str]], ways: dict[str, str], unit: str) -> int:
    """A leave-one-out benchmark's command line: the parts to leave out in turn (``--<option>``, default all of ``ordered``),
    ``run_set`` over every tuning set (the held-out set is never built), the JSON printed and written."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument(f"--{option}", default="", help=f"{unit} to leave out in turn (comma-separated module names; default all "
                                                        f"{len(ordered)}: {', '.join(ordered)})")
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    parser.add_argument("--failures", type=Path, default=None, help=failures_help)
    args = parser.parse_args()
    wanted = {name.strip() for name in getattr(args, option).split(",") if name.strip()} or set(ordered)
    if wanted - set(ordered):
        parser.error(f"--{option} takes some of {', '.join(ordered)}")
    started = time.perf_counter()
    rows: Rows = {}
    failures: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory(prefix=f"bench-{option}-") as tmp:
        for spec in SETS:
            if not spec.held_out:  # the held-out set is never built here
                add_rows(rows, run_set(spec.name, wanted, Path(tmp), failures))
    emit(report(benchmark, halves_rule, halves, ways, unit, rows, started), args.out, failures, args.failures)
    return 0
