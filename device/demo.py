"""``tether demo``: a synthetic day through sensors, device, a real server on 127.0.0.1, memory, answers."""

from __future__ import annotations

import logging
import secrets
import shutil
import sys
import tempfile
import time
from contextlib import ExitStack
from datetime import date, datetime, time as dtime, timedelta
from pathlib import Path
from typing import Callable

from device.ask import Answer, ask
from device.context import DeviceContext
from device.client.http import HttpServerApi
from sensors.replay import ReplaySensor
from sensors.synthetic import generate_day, write_life_jsonl
from shared.settings import DeviceSettings, ServerSettings
from shared.timeutil import resolve_timezone

logger = logging.getLogger(__name__)

DEMO_TZ = "Europe/Berlin"
QUESTIONS = (
    "How much coffee did I have today?",
    "How did I sleep last night?",
    "What exercise did I do today, and how far?",
)
METRIC_ROWS = (
    ("condense_ms", "device condense ms"),
    ("tokens_before_condense", "tokens before condense"),
    ("tokens_after_condense", "tokens after condense"),
    ("retrieval_ms", "retrieval ms"),
    ("hits", "retrieval hits"),
    ("prompt_tokens", "server prompt tokens"),
    ("cached_prefix_tokens", "cached prefix tokens"),
    ("prefill_ms", "prefill ms"),
    ("ttft_ms", "TTFT ms"),
    ("decode_tokens", "decode tokens"),
    ("ms_per_output_token", "ms per output token"),
    ("total_ms", "server total ms"),
)


Echo = Callable[..., None]
"""Where the demo writes for the person (the CLI passes ``print``); ``file=sys.stderr`` for failures."""


def _stage(echo: Echo, name: str) -> float:
    echo(f"\n== {name}", flush=True)
    return time.perf_counter()


def metrics_table(answers: list[Answer]) -> str:
    """Per-phase metrics, one column per question."""
    header = ["metric"] + [f"Q{i}" for i in range(1, len(answers) + 1)]
    rows = [header]
    for key, label in METRIC_ROWS:
        values = [getattr(a.metrics, key) for a in answers]
        rows.append([label] + ["-" if v is None else f"{v:g}" if isinstance(v, float) else str(v) for v in values])
    widths = [max(len(r[i]) for r in rows) for i in range(len(header))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(r, widths))) for r in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def demo_day(today: date, seed: int, tz_name: str) -> date:
    """The latest day up to ``today`` whose synthetic life has exercise, so every question has facts."""
    for back in range(7):
        day = today - timedelta(days=back)
        if any(o.kind == "exercise" for o in generate_day(day, seed, tz_name)):
            return day
    return today


def run_demo(settings: DeviceSettings, echo: Echo, days: int = 1, seed: int = 7, keep: bool = False) -> int:
    """Run the demo; returns 0 when every stage worked."""
    from server.api.app import create_app
    from server.api.background import BackgroundServer

    started = time.perf_counter()
    with ExitStack() as stack:
        home = settings.home if keep else Path(tempfile.mkdtemp(prefix="tether-demo-"))
        if not keep:
            stack.callback(shutil.rmtree, home, ignore_errors=True)
        tz = resolve_timezone(settings.timezone or DEMO_TZ)
        tz_name = settings.timezone or DEMO_TZ
        today = demo_day(datetime.now(tz).date(), seed, tz_name)
        at = datetime.combine(today, dtime(21, 30), tzinfo=tz)
        echo(f"Tether demo: data in {home}; it is {at:%a %Y-%m-%d %H:%M} ({tz_name}) in the demo")

        t = _stage(echo, "sensors: synthetic life -> JSONL -> replay sensor")
        life_file = home / "synthetic-life.jsonl"
        home.mkdir(parents=True, exist_ok=True)
        count = write_life_jsonl(life_file, start=today - timedelta(days=days - 1), days=days, seed=seed, tz=tz_name)
        replay = ReplaySensor(life_file)
        observations = [o for o in replay.poll() if o.start <= at]
        if replay.errors or not observations:
            echo(f"replay failed: {replay.errors[:3]}", file=sys.stderr)
            return 1
        echo(f"{count} observations written; {len(observations)} up to now replayed ({time.perf_counter() - t:.1f} s)")

        t = _stage(echo, "server: start on 127.0.0.1 (loads SmolLM2 + MiniLM + chromadb)")
        token = secrets.token_urlsafe(24)
        server_settings = ServerSettings(home=home, token=token, timezone=tz_name, n_threads=settings.n_threads)
        url = stack.enter_context(BackgroundServer(create_app(server_settings)))
        echo(f"serving at {url} ({time.perf_counter() - t:.1f} s)")

        device_settings = DeviceSettings(home=home, server_url=url, token=token, timezone=tz_name,
                                         n_threads=settings.n_threads, model_path=settings.model_path)
        ctx = DeviceContext(device_settings, server=HttpServerApi(url, token))
        stack.callback(ctx.close)

        t = _stage(echo, "device: digitize -> local store + outbox -> sync over HTTP -> chromadb")
        accepted = ctx.pipeline.accept(observations)
        report = ctx.pipeline.sync(ctx.server, device_settings.sync_batch)
        health = ctx.server.health()
        echo(f"{accepted.stored} stored on the device, {accepted.queued} digitized observations queued; "
              f"server stored {report.accepted} ({report.duplicates} duplicates, {len(report.rejected)} rejected); "
              f"memory holds {health.memories} ({time.perf_counter() - t:.1f} s)")
        if report.rejected or report.remaining or health.memories < accepted.queued:
            echo("sync failed: not everything reached the server's memory", file=sys.stderr)
            return 1

        answers: list[Answer] = []
        for number, question in enumerate(QUESTIONS, start=1):
            _stage(echo, f"Q{number}: {question}")
            answer = ask(ctx, question, at=at.astimezone(tz), on_token=lambda s: echo(s, end="", flush=True))
            echo()
            echo(f"   device prompt: {answer.condensed.text.replace(chr(10), ' | ')}")
            echo(f"   evidence: {', '.join(h.source_ids[0] + ('+' if len(h.source_ids) > 1 else '') for h in answer.evidence)}")
            if answer.source != "server" or not answer.text:
                echo(f"answer failed (source {answer.source}: {answer.offline_reason})", file=sys.stderr)
                return 1
            answers.append(answer)

        echo("\n== per-phase metrics")
        echo(metrics_table(answers))
        echo(f"\ndemo finished in {time.perf_counter() - started:.1f} s")
    return 0
