#!/usr/bin/env python3
"""Answers benchmark: are answers about the person's own records right, grounded and honest?

A seeded synthetic life (``answers_life``) goes into a real ``tether server`` subprocess through
``POST /v1/observations``; every question of the evaluation set (``answers_evalset``) is asked
through ``POST /v1/chat`` as of its moment and in the person's zone, once per answer path
("grounded" and "model", side by side in the same run). Every set of ``answers_sets.SETS`` runs in
a fresh server with its own seed, start day, zone and phrasings: the tuning sets ``dev`` to
``dev135`` (dev3 to dev135 only when named in ``--sets``) and ``heldout`` (not to be read while tuning:
its questions and answers are left out of the output unless ``--show-heldout``). Answers are
scored by ``answers_judge`` and summed up by ``answers_report``. Prints one JSON object; the
scoring rules are in ``DEFINITIONS`` (and docs/benchmarks.md, "Answers").

    .venv/bin/python scripts/bench_answers.py [--sets dev,dev2,heldout] [--limit 40] [--paths grounded,model]
        [--out FILE] [--answers FILE] [--show-heldout]
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import sys
import tempfile
import time
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import bench_memory  # noqa: E402
from answers_cases import Case  # noqa: E402
from answers_evalset import build_cases, take_balanced  # noqa: E402
from answers_judge import DEFINITIONS, judge, unsupported_claims  # noqa: E402
from answers_life import Life  # noqa: E402
from answers_report import TARGETS, answer_record, headline, summarize, worst_failures  # noqa: E402
from answers_sets import EVAL_SETS, SETS  # noqa: E402
from device.client.api import ServerError, ServerRequestError  # noqa: E402
from device.client.http import HttpServerApi  # noqa: E402
from shared.wire import ChatFinalEvent, ChatRequest, ChatTurn  # noqa: E402

INGEST_BATCH = 500
DEFAULT_SETS = ",".join(s.name for s in SETS if s.by_default)
"""dev3 to dev135 are left out by default, so that a full run keeps its length (hours on the model path); ask
them with --sets dev3,dev4,dev5,dev6,dev7,dev8,dev9,dev10,dev11,dev12,dev13,dev14,dev15,dev16,dev17,dev18,dev19,dev20,
dev21,dev22,dev23,dev24,dev25,dev26,dev27,dev28,dev29,dev30,dev31,dev32,dev33,dev34,dev35,dev36,dev37,dev38,dev39,
dev40,dev41,dev42,dev43,dev44,dev45,dev46,dev47,dev48,dev49,dev50,dev51,dev52,dev53,dev54,dev55,dev56,dev57,dev58,
dev59,dev60,dev61,dev62,dev63,dev64,dev65,dev66,dev67,dev68,dev69,dev70,dev71,dev72,dev73,dev74,dev75,dev76,dev77,dev78,dev79,dev80,dev81,dev82,dev83,dev84,dev85,dev86,dev87,dev88,dev89,dev90,dev91,dev92,dev93,dev94,dev95,dev96,dev97,dev98,dev99,dev100,dev101,dev102,dev103,dev104,dev105,dev106,dev107,dev108,dev109,dev110,dev111,dev112,dev113,dev114,dev115,dev116,dev117,dev118,dev119,dev120,dev121,dev122,dev123,dev124,dev125,dev126,dev127,dev128,dev129,dev130,dev131,dev132,dev133,dev134,dev135, or all of them by naming each."""


@contextmanager
def server_for(life: Life, home: Path) -> Iterator[HttpServerApi]:
    """A fresh ``tether server`` subprocess (``bench_memory.server_process``) writing memories in the
    life's zone, with the life ingested through ``POST /v1/observations``."""
    token = secrets.token_urlsafe(16)
    saved, bench_memory.TZ_NAME = bench_memory.TZ_NAME, life.tz_name  # the zone server_process starts it in
    try:
        with bench_memory.server_process(home, token) as (url, _):
            bench_memory.TZ_NAME = saved
            api = HttpServerApi(url, token, timeout_s=600)
            records = [o.to_wire() for o in life.observations]
            for first in range(0, len(records), INGEST_BATCH):
                while True:
                    try:
                        result = api.post_observations(records[first:first + INGEST_BATCH])
                        break
                    except ServerRequestError as exc:  # backpressure: the documented 429/503 with Retry-After
                        if exc.status not in (429, 503):
                            raise
                        time.sleep(exc.retry_after_s or 1.0)
                if result.rejected:
                    raise RuntimeError(f"the server rejected observations: {result.rejected[:3]}")
            try:
                yield api
            finally:
                api.close()
    finally:
        bench_memory.TZ_NAME = saved


def ask(api: HttpServerApi, case: Case, question: str, path: str,
        history: list[ChatTurn]) -> tuple[ChatFinalEvent | None, float, str]:
    """One question through ``POST /v1/chat``: the final event, the seconds it took, and an error (or "")."""
    request = ChatRequest(question=question, as_of=case.as_of, timezone=case.timezone, history=history, answer_path=path)
    started = time.perf_counter()
    final = None
    try:
        for event in api.chat(request):
            if isinstance(event, ChatFinalEvent):
                final = event
    except ServerError as exc:
        return None, time.perf_counter() - started, str(exc)
    return final, time.perf_counter() - started, "" if final else "no final event"


def run_case(api: HttpServerApi, case: Case, path: str) -> dict[str, Any]:
    """Ask a case (its earlier turns first, carried in ``history``) and score the answer."""
    history: list[ChatTurn] = []
    seconds = []
    for earlier in case.history:
        final, took, error = ask(api, case, earlier, path, history)
        seconds.append(took)
        history.append(ChatTurn(question=earlier, answer=final.answer if final else "", plan=final.plan if final else None))
    final, took, error = ask(api, case, case.question, path, history)
    seconds.append(took)
    answer = final.answer if final else ""
    evidence = final.evidence if final else []
    verdict = judge(case, answer)
    return {"case": case, "answer": answer, "error": error, "seconds": seconds, **verdict,
            "right": verdict["right"] and not error, "evidence": [h.text[:160] for h in evidence],
            "unsupported": unsupported_claims(answer, case, evidence),
            "made_by": final.made_by if final else None, "verified": final.verified if final else None}


def run_set(name: str, seed: int, days: int, limit: int | None, paths: list[str], home: Path,
            answers: list[dict[str, Any]], show_questions: bool = True) -> dict[str, Any]:
    """Ask one set in a fresh server; ``show_questions`` False: report only the numbers, no question,
    answer or failure verbatim (in the JSON or in ``answers``)."""
    life = EVAL_SETS[name].life(seed, days)
    all_cases = build_cases(life, name)
    cases = take_balanced(all_cases, limit)
    started = time.perf_counter()
    rows: dict[str, list[dict[str, Any]]] = {p: [] for p in paths}
    with server_for(life, home / name) as api:
        ingest_s = time.perf_counter() - started
        for case in cases:  # the paths take turns case by case, so both meet the same server state
            for path in paths:
                rows[path].append(run_case(api, case, path))
    answers += [answer_record(name, p, row) for p, r in rows.items() for row in r] if show_questions else []
    return {"seed": seed, "start": life.start.isoformat(), "days": days, "timezone": life.tz_name,
            "observations": len(life.observations), "cases_in_set": len(all_cases), "cases_asked": len(cases),
            "server_start_and_ingest_s": round(ingest_s, 1), "paths": {p: summarize(r) for p, r in rows.items()},
            "worst_failures": worst_failures(rows) if show_questions else [], "questions_shown": show_questions}


def machine(home: Path) -> dict[str, Any]:
    from shared.model_locator import locate_gguf

    settings = bench_memory.bench_settings(home / "facts")
    facts = bench_memory.machine_facts(settings)
    gguf = locate_gguf(settings.model_path)
    return {**facts, "llm_path": str(gguf), "llm_bytes": gguf.stat().st_size}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sets", default=DEFAULT_SETS,
                        help=f"sets to run (comma-separated, of {', '.join(EVAL_SETS)}; default {DEFAULT_SETS})")
    for each in SETS:
        parser.add_argument(f"--seed-{each.name}", type=int, default=each.seed, help=f"seed of {each.description}")
    parser.add_argument("--days", type=int, default=14, help="days of life per set")
    parser.add_argument("--limit", type=int, default=None, help="cases per set, balanced over categories (quick runs)")
    parser.add_argument("--paths", default="grounded,model", help="answer paths to compare (comma-separated)")
    parser.add_argument("--out", type=Path, default=None, help="also write the JSON here")
    parser.add_argument("--answers", type=Path, default=None, help="write every answer and its scoring here (JSON Lines)")
    parser.add_argument("--work-dir", type=Path, default=None, help="keep the servers' data here")
    parser.add_argument("--show-heldout", action="store_true",
                        help="also print the held-out set's worst failures and write its answers (keep it unread "
                             "while tuning the answer planner)")
    args = parser.parse_args()
    paths = [p.strip() for p in args.paths.split(",") if p.strip()]
    sets = [s.strip() for s in args.sets.split(",") if s.strip()]
    if not sets or set(sets) - set(EVAL_SETS):
        parser.error(f"--sets takes some of {', '.join(EVAL_SETS)}, not {args.sets!r}")
    seeds = {each.name: getattr(args, f"seed_{each.name}") for each in SETS}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-answers-") as tmp:
        home = args.work_dir or Path(tmp)
        out: dict[str, Any] = {"benchmark": "answers", "machine": machine(home), "targets": TARGETS,
                               "config": {"days": args.days, "limit": args.limit, "paths": paths, "sets": sets},
                               "definitions": DEFINITIONS}
        answers: list[dict[str, Any]] = []
        out["sets"] = {name: run_set(name, seeds[name], args.days, args.limit, paths, home, answers,
                                     show_questions=not EVAL_SETS[name].held_out or args.show_heldout) for name in sets}
    if args.answers:
        args.answers.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in answers))
    out["summary"] = headline(out["sets"])
    out["wall_s"] = round(time.perf_counter() - started, 1)
    out["finished_at"] = datetime.now().astimezone().isoformat(timespec="seconds")
    text = json.dumps(out, indent=2, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
