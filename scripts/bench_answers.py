#!/usr/bin/env python3
"""Answers benchmark: are answers about the person's own records right, grounded and honest?

A seeded synthetic life (``answers_life``) goes into a real ``tether server`` subprocess through
``POST /v1/observations``; every question of the evaluation set (``answers_evalset``) is asked
through ``POST /v1/chat`` as of its moment and in the person's zone, once per answer path
("grounded" and "model", side by side in the same run). Eight sets, each in a fresh server, each
with its own seed, start day, zone and phrasings: ``dev``, ``dev2``, ``dev3``, ``dev4``, ``dev5``,
``dev6`` and ``dev7`` (tuned on; dev2 was the held-out set until its phrasings had been read while
tuning, dev5 until its failures were read on 2026-12-04, after its final measurement, dev6, which
replaced it, until its failures were read on 2026-12-04 after its measurement (accuracy 0.898), and
dev7, which replaced dev6, until its failures were read on 2026-12-04 after its measurement
(accuracy 0.908); dev3 to dev7 are asked only when named in ``--sets``) and ``heldout`` (written on
2026-12-04 to replace dev7; not to be read while tuning: its questions and answers are left out of the output unless ``--show-heldout``). Prints one
JSON object; the scoring rules are in ``DEFINITIONS`` (and docs/benchmarks.md, "Answers").

    .venv/bin/python scripts/bench_answers.py [--sets dev,dev2,heldout] [--limit 40] [--paths grounded,model]
        [--out FILE] [--answers FILE] [--show-heldout]
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import secrets
import statistics
import sys
import tempfile
import time
import unicodedata
from contextlib import contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, Iterator
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))
os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

import bench_memory  # noqa: E402
from answers_evalset import CATEGORIES, VARIANTS, Case, Fact, build_cases, variant_life  # noqa: E402
from answers_life import MONTHS, Life  # noqa: E402
from device.client.api import ServerError, ServerRequestError  # noqa: E402
from device.client.http import HttpServerApi  # noqa: E402
from shared.wire import ChatFinalEvent, ChatRequest, ChatTurn  # noqa: E402

TARGETS = {"accuracy": 0.9, "category_accuracy_min": 0.8, "unsupported_share": 0.0, "abstention_accuracy": 0.9,
           "latency_p95_s": 3.0}
INGEST_BATCH = 500
FAILURES_SHOWN = 10
DEFAULT_SETS = "dev,dev2,heldout"
"""dev3 to dev7 are left out by default, so that a full run keeps its length (hours on the model path); ask
them with --sets dev3,dev4,dev5,dev6,dev7, or all eight with --sets dev,dev2,dev3,dev4,dev5,dev6,dev7,heldout."""
UNDATED = ("said_fact", "habit_relation", "unanswerable")
"""Categories whose answers may name any day (a quote's date, a relation's span)."""
DEFINITIONS = {
    "right": "every gold fact is in the answer: a text (any listed spelling, case- and accent-insensitive, as whole "
             "words); a number within its tolerance (km also read from m or miles, mg from g; counts also as the "
             "words one..twenty, 0 as no/none/zero); a duration in minutes within its tolerance ('7 h 24 min', "
             "'7.4 hours', '444 minutes', 'an hour'); a time HH:MM ('22:35', '10:35 pm', '10:35 PM'; '10:35' alone "
             "is 10:35); a date (November 4, Nov 4th, Sept 4, 4 November, 11/4 (4/11 in a zone outside the Americas), "
             "2026-11-04); and the answer names no "
             "rival (another food, place, person, activity or said title of the same kind as a text fact: a list "
             "of candidates is not an answer) and no date outside the days the question is about (except for "
             "said facts and habit relations). Unanswerable cases: right when the answer abstains.",
    "abstains": "the answer says it does not know or has no record: don't know / can't find / no record(s) / no data / "
                "not recorded / nothing logged / not yet / didn't ... (ABSTAIN in bench_answers.py)",
    "unsupported": "a date, clock time, duration, number, or capitalised name (mid-sentence, or a multi-word name "
                   "anywhere; weekdays, months and a short list of function words aside) in the answer that is in "
                   "none of: the gold facts (and their sums, differences, roundings, h/min splits), the question and "
                   "earlier turns, the evidence texts and the evidence times and dates in the person's zone. Word "
                   "numbers ('one') are not claims. A share of all answers.",
    "latency": "wall seconds per ask, request sent to final event, follow-up first turns included",
}

SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})(?:/\d{2,4})?\b")
MONTH_RE = "Sept|" + "|".join(m[:3] + f"(?:{m[3:]})?" if len(m) > 3 else m for m in MONTHS)
DATE_RES = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), lambda g: (int(g[1]), int(g[2]))),
    (re.compile(rf"\b({MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?\b(?![:.]\d)(?:,?\s*\d{{4}})?"),
     lambda g: (_month(g[0]), int(g[1]))),
    (re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?({MONTH_RE})\b\.?(?:,?\s*\d{{4}})?"),
     lambda g: (_month(g[1]), int(g[0]))),
    (SLASH_DATE, lambda g: (int(g[0]), int(g[1]))),  # month first; parse_claims turns it where days come first
    (re.compile(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b"), lambda g: (0, int(g[0]))),  # month unsaid
)
TIME_RE = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b([01]?\d|2[0-3]):([0-5]\d)\b|\b(noon|midnight)\b",
                     re.I)
HOUR_UNIT, MIN_UNIT = r"(?:h|hr|hrs|hours?)(?![a-z])", r"(?:m|min|mins|minutes?)(?![a-z])"
DURATION_RE = re.compile(rf"(\d+(?:\.\d+)?)\s*{HOUR_UNIT}(?:,?\s*(?:and\s*)?([1-5]?\d)(?!\d)\s*{MIN_UNIT})?|(\d+(?:\.\d+)?)\s*"
                         rf"(?:min|mins|minutes?)(?![a-z])|\b(an hour and a half|half an hour|an hour)\b", re.I)
NUMBER_RE = re.compile(r"(?<![\w.:/])(\d{1,3}(?:,\d{3})+|\d+)(\.\d+)?(?![\d:/])\s*([a-z%]+)?", re.I)
UNITS = {"km": {**dict.fromkeys(("km", "kms", "kilometer", "kilometers", "kilometre", "kilometres"), 1.0),
                **dict.fromkeys(("m", "meter", "meters", "metre", "metres"), 0.001),
                **dict.fromkeys(("mi", "mile", "miles"), 1.609344)},
         "mg": {"mg": 1.0, "milligram": 1.0, "milligrams": 1.0, "g": 1000.0, "grams": 1000.0},
         "bpm": {"bpm": 1.0, "beats": 1.0}}
KNOWN_UNITS = {u for table in UNITS.values() for u in table} | {"h", "hr", "hrs", "hour", "hours", "min", "mins",
                                                                "minute", "minutes", "am", "pm", "percent", "%"}
WORD_NUMBERS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                                           "fourteen fifteen sixteen seventeen eighteen nineteen twenty".split())}
ABSTAIN = re.compile(
    r"\b(?:don'?t|do not|can'?t|cannot|couldn'?t|could not|unable to|wasn'?t able to)\b[^.]{0,40}?\b(?:know|find|"
    r"tell|say|see|determine|answer|have|recall|remember)\b|\bno (?:record|records|data|information|entr(?:y|ies)|"
    r"mention|logs?|memor(?:y|ies)|evidence|such)\b|\bnot (?:recorded|logged|mentioned|available|yet)\b|\bnothing "
    r"(?:recorded|logged|about|on|for|in)\b|\bhaven'?t (?:had|recorded|logged|eaten)\b|\b(?:didn'?t|did not) (?:have|"
    r"run|swim|cycle|ride|go|record|log|attend|meet|mention|recommend|say|exercise|eat)\b|\bthere (?:is|was|are|were) "
    r"no\b|\bunknown\b|\bnot sure\b|\bno one\b|\bnobody\b|\bisn'?t (?:in|any)\b", re.I)
STOP = set("i a an the you your yes no on at in it its that this there based according however sorry so and but also "
           "then here today yesterday tonight last next not none nothing unfortunately my we they he she after before "
           "during both overall total average from with for of to as if what when who which how why sure well ok okay "
           "note answer memory memories record records evidence tether am pm great let here's you've you're it's that's "
           "there's i'm i've around about approximately roughly please hi hello compared meanwhile while by utc est "
           "edt pst pdt et pt aest aedt".split())
CALENDAR = {w.lower() for w in (*MONTHS, *(m[:3] for m in MONTHS))} | {
    d.lower() for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")} | {
    d[:3].lower() for d in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")} | {
    "sept", "tues", "thur", "thurs"}


def _month(name: str) -> int:
    return next(i + 1 for i, m in enumerate(MONTHS) if m.lower().startswith(name.lower()[:3]))


def normalize(text: str) -> str:
    """Lower case, no accents, '&' as 'and', hyphens and curly quotes plain, single spaces."""
    text = text.replace("\u2019", "'").replace("\u2018", "'")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = text.lower().replace("&", " and ").replace("-", " ")
    return re.sub(r"\s+", " ", text).strip()


def _cut(pattern: re.Pattern[str], text: str) -> tuple[list[re.Match[str]], str]:
    found = list(pattern.finditer(text))
    return found, pattern.sub(" ; ", text)


def reads_day_first(tz_name: str) -> bool:
    """Whether a person in the zone writes 3/5 for 3 May: roughly, anywhere outside the Americas."""
    return not tz_name.startswith("America/")


def parse_claims(text: str, day_first: bool = False) -> dict[str, list]:
    """Dates (month, day), times (minutes after midnight), durations (minutes) and bare numbers
    (value, unit word), each taken out of the text before the next is looked for; ``day_first``:
    a slash date is day/month."""
    dates: list[tuple[int, int]] = []
    for pattern, read in DATE_RES:
        found, text = _cut(pattern, text)
        read_all = [read(m.groups()) for m in found]
        dates += [(d, m) for m, d in read_all] if day_first and pattern is SLASH_DATE else read_all
    times = []
    found, text = _cut(TIME_RE, text)
    for m in found:
        if m[6]:
            times.append(720 if m[6].lower() == "noon" else 0)
        elif m[3]:
            times.append((int(m[1]) % 12 + (12 if m[3].lower() == "p" else 0)) * 60 + int(m[2] or 0))
        else:
            times.append(int(m[4]) * 60 + int(m[5]))
    durations = []
    found, text = _cut(DURATION_RE, text)
    for m in found:
        words = {"an hour": 60.0, "half an hour": 30.0, "an hour and a half": 90.0}
        durations.append(words[m[4].lower()] if m[4] else float(m[3]) if m[3] else float(m[1]) * 60 + float(m[2] or 0))
    numbers = [(float(m[1].replace(",", "") + (m[2] or "")), (m[3] or "").lower()) for m in NUMBER_RE.finditer(text)]
    return {"dates": dates, "times": times, "durations": durations, "numbers": numbers}


def fact_found(fact: Fact, answer: str, claims: dict[str, list]) -> bool:
    """Whether the answer states ``fact`` (see DEFINITIONS["right"])."""
    if fact.kind == "text":
        said = normalize(answer)
        return any(re.search(rf"(?<![a-z0-9]){re.escape(normalize(v))}(?![a-z0-9])", said) for v in fact.value)
    if fact.kind == "time":
        hour, minute = map(int, fact.value.split(":"))
        return any(abs(t - (hour * 60 + minute)) <= 1 for t in claims["times"])
    if fact.kind == "date":
        _, month, day = map(int, fact.value.split("-"))
        return (month, day) in claims["dates"]
    if fact.kind == "duration":
        return any(abs(d - fact.value) <= fact.tolerance for d in claims["durations"])
    values = [v * UNITS[fact.unit][u] if fact.unit in UNITS and u in UNITS[fact.unit] else v
              for v, u in claims["numbers"] if not (u in KNOWN_UNITS and u not in UNITS.get(fact.unit, {}))]
    if float(fact.value).is_integer() and 0 <= fact.value <= 20:
        words = re.findall(r"[a-z]+", answer.lower())
        values += [WORD_NUMBERS[w] for w in words if w in WORD_NUMBERS]
        values += [0.0 for w in words if w in ("no", "none")] if fact.value == 0 else []
    return any(abs(v - fact.value) <= fact.tolerance + 1e-9 for v in values)


def judge(case: Case, answer: str) -> dict[str, Any]:
    """Whether ``answer`` is right (DEFINITIONS["right"]), and what it lacks or adds that makes it wrong."""
    claims = parse_claims(answer, reads_day_first(case.timezone))
    missing = [f.describe() for f in case.facts if not fact_found(f, answer, claims)]
    # A rival named like a month ("June") is not named by a date ("4 June", "June 4th").
    dateless = re.sub(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{MONTH_RE})\b|\b(?:{MONTH_RE})\s+\d{{1,2}}\b", " ", answer)
    rivals = [r for r in case.rivals if fact_found(Fact("text", (r,)), dateless, claims)]
    asked = {(d.month, d.day) for d in case.days}
    other_days = [f"{m}/{d}" for m, d in claims["dates"] if asked and case.category not in UNDATED
                  and (m, d) not in asked and not (m == 0 and d in {day for _, day in asked})]
    abstained = abstains(answer)
    right = abstained if case.abstain else not (missing or rivals or other_days)
    return {"right": right, "missing": missing, "rivals": rivals, "other_days": other_days, "abstained": abstained}


def abstains(answer: str) -> bool:
    return bool(ABSTAIN.search(answer.replace("\u2019", "'")))


def _variants(x: float) -> set[float]:
    """x and what an answer may make of it: roundings, hours as h+min, minutes as hours, km as m."""
    out = {x, round(x), round(x, 1), round(x, 2), x * 1000, round(x / 1.609344, 1)}
    out |= {math.floor(x), round((x % 1) * 60)} if x % 1 else set()
    out |= {round(x / 60, 1), round(x / 60, 2), x // 60, round(x % 60)}
    return out


def support_of(case: Case, evidence: list[Any]) -> dict[str, Any]:
    """What an answer to ``case`` may mention: gold facts, the question(s), and the evidence."""
    tz = ZoneInfo(case.timezone)
    texts = [case.question, *case.history, *(h.text for h in evidence)]
    gold = [*case.facts, *case.history_facts]
    support: dict[str, Any] = {"words": set(), "numbers": set(), "times": set(), "dates": set(), "durations": set()}
    for fact in gold:
        texts += list(fact.value) if fact.kind == "text" else [str(fact.value)]
    golden = [float(f.value) for f in gold if f.kind in ("number", "duration")]
    golden += [a + s * b for a in golden for b in golden for s in (1, -1) if a != b]
    support["durations"] |= set(golden)
    for value in golden:
        support["numbers"] |= _variants(abs(value))
    for text in texts:
        claims = parse_claims(text, reads_day_first(case.timezone))
        support["words"] |= set(re.findall(r"[a-z0-9]+", normalize(text)))
        support["dates"] |= set(claims["dates"])
        support["times"] |= set(claims["times"])
        times = claims["times"]
        support["durations"] |= {(b - a) % 1440 for a, b in zip(times, times[1:])} | set(claims["durations"])
        for value in [n for n, _ in claims["numbers"]] + claims["durations"]:
            support["numbers"] |= _variants(value)
            support["durations"] |= {value, value * 60}
    kinds = [h.kind for h in evidence]
    support["numbers"] |= {float(len(evidence))} | {float(kinds.count(k)) for k in set(kinds)}  # "2 coffees" of 2 hits
    moments = [h.start for h in evidence if h.start] + [case.as_of, case.as_of - timedelta(days=1)]
    support["times"] |= {m.astimezone(tz).hour * 60 + m.astimezone(tz).minute for m in moments}
    support["dates"] |= {(m.astimezone(tz).month, m.astimezone(tz).day) for m in moments}
    support["dates"] |= {(d.month, d.day) for d in case.days}
    return support


def unsupported_claims(answer: str, case: Case, evidence: list[Any]) -> list[str]:
    """Dates, times, durations, numbers and names in ``answer`` found in no gold fact, question or evidence."""
    support, claims = support_of(case, evidence), parse_claims(answer, reads_day_first(case.timezone))
    days = {d for _, d in support["dates"]}
    out = [f"date {m}/{d}" for m, d in claims["dates"] if (m, d) not in support["dates"] and not (m == 0 and d in days)]
    out += [f"time {t // 60:02d}:{t % 60:02d}" for t in claims["times"] if all(abs(t - s) > 1 for s in support["times"])]
    out += [f"duration {d:g} min" for d in claims["durations"] if all(abs(d - s) > 6 for s in support["durations"])]
    out += [f"number {v:g}{' ' + u if u else ''}" for v, u in claims["numbers"]
            if all(abs(v - s) > 0.051 for s in support["numbers"])]
    for sentence in re.split(r"(?<=[.!?])\s+|\n+|:\s+|;\s+|\(|\)|\s[-*\u2022]\s", answer):
        words = re.findall(r"[A-Za-z][\w'\u2019&]*", sentence)
        for i, word in enumerate(words):
            capital = word[0].isupper() and (i > 0 or (len(words) > 1 and words[1][0].isupper()))
            token = normalize(re.sub(r"['\u2019]s$", "", word))
            parts = re.findall(r"[a-z0-9]+", token)
            if capital and len(token) > 1 and token not in STOP | CALENDAR and not set(parts) <= support["words"]:
                out.append(f"name {word}")
    return out


def take_balanced(cases: list[Case], limit: int | None) -> list[Case]:
    """The first ``limit`` cases taking one category at a time, so a short run sees every category."""
    if limit is None or limit >= len(cases):
        return cases
    queues = {c: [x for x in cases if x.category == c] for c in CATEGORIES}
    out: list[Case] = []
    while len(out) < limit:
        out += [q.pop(0) for q in queues.values() if q][: limit - len(out)]
    return out


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


def run_set(name: str, seed: int, days: int, limit: int | None, paths: list[str], home: Path,
            answers: list[dict[str, Any]], show_questions: bool = True) -> dict[str, Any]:
    """Ask one set in a fresh server; ``show_questions`` False: report only the numbers, no question,
    answer or failure verbatim (in the JSON or in ``answers``)."""
    life = variant_life(name, seed, days)  # type: ignore[arg-type]
    all_cases = build_cases(life, name)  # type: ignore[arg-type]
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
                        help=f"sets to run (comma-separated, of {', '.join(VARIANTS)}; default {DEFAULT_SETS})")
    parser.add_argument("--seed-dev", type=int, default=11, help="seed of the dev life")
    parser.add_argument("--seed-dev2", type=int, default=29, help="seed of the dev2 life (the former held-out one)")
    parser.add_argument("--seed-heldout", type=int, default=107, help="seed of the held-out life")
    parser.add_argument("--seed-dev3", type=int, default=53, help="seed of the dev3 life (the third tuning set)")
    parser.add_argument("--seed-dev4", type=int, default=61, help="seed of the dev4 life (the fourth tuning set)")
    parser.add_argument("--seed-dev5", type=int, default=47,
                        help="seed of the dev5 life (the held-out one until 2026-12-04)")
    parser.add_argument("--seed-dev6", type=int, default=71,
                        help="seed of the dev6 life (the held-out one until its failures were read on 2026-12-04)")
    parser.add_argument("--seed-dev7", type=int, default=89,
                        help="seed of the dev7 life (the held-out one until its failures were read on 2026-12-04)")
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
    if not sets or set(sets) - set(VARIANTS):
        parser.error(f"--sets takes some of {', '.join(VARIANTS)}, not {args.sets!r}")
    seeds = {"dev": args.seed_dev, "dev2": args.seed_dev2, "heldout": args.seed_heldout, "dev3": args.seed_dev3,
             "dev4": args.seed_dev4, "dev5": args.seed_dev5, "dev6": args.seed_dev6,
             "dev7": args.seed_dev7}
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-answers-") as tmp:
        home = args.work_dir or Path(tmp)
        out: dict[str, Any] = {"benchmark": "answers", "machine": machine(home), "targets": TARGETS,
                               "config": {"days": args.days, "limit": args.limit, "paths": paths, "sets": sets},
                               "definitions": DEFINITIONS}
        answers: list[dict[str, Any]] = []
        out["sets"] = {name: run_set(name, seeds[name], args.days, args.limit, paths, home, answers,
                                     show_questions=name != "heldout" or args.show_heldout) for name in sets}
    if args.answers:
        args.answers.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in answers))
    out["summary"] = {name: {path: {"accuracy": s["accuracy"], "worst_category": min(
        s["per_category"].items(), key=lambda kv: kv[1]["accuracy"], default=(None, None))[0],
        "unsupported_share": s["unsupported_share"], "abstention_accuracy": s["abstention_accuracy"],
        "latency_p95_s": s["latency_s"]["p95"], "meets_all_targets": all(s["meets_targets"].values())}
        for path, s in result["paths"].items()} for name, result in out["sets"].items()}
    out["wall_s"] = round(time.perf_counter() - started, 1)
    out["finished_at"] = datetime.now().astimezone().isoformat(timespec="seconds")
    text = json.dumps(out, indent=2, ensure_ascii=False)
    if args.out:
        args.out.write_text(text + "\n")
    print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
