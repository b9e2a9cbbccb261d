"""Handlers of the ``tether`` subcommands: parse nothing, call services, print results."""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import datetime

from device.ask import ask, condense_now
from device.cli import EXIT_FAILED, EXIT_OK, print_json
from device.cli_agent import cmd_agent
from device.cli_config import cmd_config
from device.cli_progress import Progress, ProgressServer, step
from device.cli_server import cmd_server
from device.cli_tokens import cmd_token
from device.context import DeviceContext
from device.client.api import ServerError, ServerRequestError, ServerUnreachableError
from shared.model_locator import ModelNotFoundError
from shared.observation import LineError, read_jsonl
from shared.settings import DeviceSettings
from shared.timeutil import NaiveDatetimeError, parse_user_time, resolve_timezone

from server.errors import TetherServerError

USER_ERRORS: tuple[type[Exception], ...] = (
    TetherServerError,
    ModelNotFoundError, ServerError, FileNotFoundError, NaiveDatetimeError, ValueError, PermissionError,
)


def _at(args: argparse.Namespace, settings: DeviceSettings) -> datetime | None:
    if not getattr(args, "at", None):
        return None
    try:
        return parse_user_time(args.at, resolve_timezone(settings.timezone))
    except ValueError as exc:
        raise ValueError(f"--at {args.at!r} is not an ISO 8601 time (e.g. 2026-11-20T14:30): {exc}") from None


def _print_metrics(metrics: dict) -> None:
    rows = [(k, v) for k, v in metrics.items() if v is not None]
    width = max((len(k) for k, _ in rows), default=0)
    for key, value in rows:
        print(f"  {key:<{width}}  {value}")


def cmd_ingest(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Read JSONL, report bad lines, pass good ones through the device pipeline, sync."""
    if str(args.file) != "-" and not args.file.is_file():
        raise FileNotFoundError(f"no such file: {args.file}")
    stream = sys.stdin if str(args.file) == "-" else args.file.open(encoding="utf-8")
    good, bad = [], []
    reading = Progress(f"reading {args.file}", unit="lines")  # progress only on a terminal
    with stream:
        for item in read_jsonl(stream):
            (bad if isinstance(item, LineError) else good).append(item)
            reading.advance()
    reading.finish()
    for err in bad:
        print(f"tether: {args.file}: {err}", file=sys.stderr)
    ctx = DeviceContext(settings)
    try:
        with step(f"storing {len(good)} observations on the device"):
            accepted = ctx.pipeline.accept(good)
        print(f"read {len(good)} observations ({len(bad)} bad lines); {accepted.stored} new on the device, "
              f"{accepted.queued} queued for the server")
        if not args.no_sync:
            with step("connecting to the server" if settings.server_url else "loading the server parts (embedded mode)"):
                server = ctx.server
            sending = Progress("syncing", total=ctx.outbox.depth(), unit="observations")
            report = _sync_through_backpressure(ctx, ProgressServer(server, sending), settings.sync_batch)
            sending.finish()
            print(f"synced to {ctx.server.description}: {report.accepted} stored, {report.duplicates} already there, "
                  f"{len(report.rejected)} rejected, {report.remaining} still queued")
    finally:
        ctx.close()
    return EXIT_FAILED if bad else EXIT_OK


BACKPRESSURE_PATIENCE_S = 600.0
"""How long ``tether ingest`` keeps retrying a server that answers 429/503 with Retry-After."""


def _sync_through_backpressure(ctx: DeviceContext, server: object, batch: int):
    """Sync; when the server says "busy, retry after N s", wait N s and go on (up to the patience)."""
    deadline = time.monotonic() + BACKPRESSURE_PATIENCE_S
    while True:
        try:
            return ctx.pipeline.sync(server, batch)  # type: ignore[arg-type]
        except ServerRequestError as exc:
            wait = exc.retry_after_s
            if wait is None or time.monotonic() + wait > deadline:
                raise
            print(f"server busy ({exc.status}); retrying in {wait:.0f} s", file=sys.stderr)
            time.sleep(wait)


def cmd_ask(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Stream an answer, then evidence and metrics (or one JSON object)."""
    ctx = DeviceContext(settings)
    try:
        stream = None if args.json else (lambda text: print(text, end="", flush=True))
        answer = ask(ctx, args.question, at=_at(args, settings), on_token=stream, max_tokens=args.max_tokens)
    finally:
        ctx.close()
    if args.json:
        print_json(answer.as_dict())
        return EXIT_OK
    print()
    if answer.source == "device":
        print(f"(answered on the device: {answer.offline_reason})")
    if answer.evidence:
        print("evidence:")
        for hit in answer.evidence:
            print(f"  [{', '.join(hit.source_ids)}] {hit.text}")
    print("metrics:")
    _print_metrics(answer.metrics.model_dump())
    return EXIT_OK


def _forget_request(args: argparse.Namespace, settings: DeviceSettings):
    from server.memory.timeparse import parse_time_filter
    from shared.timeutil import utc_now
    from shared.wire import ForgetRequest

    tz = resolve_timezone(settings.timezone)
    start = parse_user_time(args.since, tz) if args.since else None
    end = parse_user_time(args.until, tz) if args.until else None
    if args.when:
        window = parse_time_filter(args.when, utc_now(), tz)
        if window is None:
            raise ValueError(f"--when {args.when!r} is not a time phrase I understand (try 'yesterday', 'last Tuesday')")
        start, end = window.start, window.end
    return ForgetRequest(ids=args.ids or None, start=start, end=end, kind=args.kind, sensor=args.sensor,
                         dry_run=args.dry_run)


def cmd_forget(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """``memory forget``: server first, then the device's own copies."""
    from device.forget import forget_on_device

    request = _forget_request(args, settings)
    if not (request.ids or request.start or request.end or request.kind or request.sensor):
        raise ValueError("say what to forget: ids, --kind, --sensor, --since/--until or --when")
    ctx = DeviceContext(settings)
    try:
        if not request.dry_run and not args.yes:
            preview = ctx.server.forget(request.model_copy(update={"dry_run": True}))
            if not sys.stdin.isatty():
                raise ValueError(f"this would forget {preview.forgotten} memories; add --yes to confirm")
            answer = input(f"Forget {preview.forgotten} memories on the server and the matching data on this device? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("nothing forgotten")
                return EXIT_OK
        result = ctx.server.forget(request)
        stored, queued = forget_on_device(ctx, request)
    finally:
        ctx.close()
    if args.json:
        print_json({**result.model_dump(), "device_observations": stored, "device_queued": queued})
    else:
        verb = "would forget" if result.dry_run else "forgot"
        print(f"{verb} {result.forgotten} memories on {ctx.server.description}; "
              f"removed {stored} observations and {queued} queued ones on this device")
    return EXIT_OK


def cmd_memory(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """``memory search``, ``memory forget``, ``memory pin`` and ``memory unpin``."""
    if args.memory_command == "forget":
        return cmd_forget(args, settings)
    if args.memory_command in ("pin", "unpin"):
        from device.cli_memory import cmd_pin

        return cmd_pin(args, settings)
    ctx = DeviceContext(settings)
    try:
        result = ctx.server.search(args.query, args.k, _at(args, settings))
    finally:
        ctx.close()
    if args.json:
        print_json(result.model_dump(mode="json"))
        return EXIT_OK
    for hit in result.hits:
        print(f"{hit.score:.3f}  {hit.text}\n       sources: {', '.join(hit.source_ids)}")
    print(f"{len(result.hits)} hits in {result.retrieval_ms:.1f} ms")
    return EXIT_OK


def cmd_condense(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Show the condensed prompt and its token counts."""
    ctx = DeviceContext(settings)
    try:
        condensed = condense_now(ctx, args.query, _at(args, settings))
    finally:
        ctx.close()
    if args.json:
        print_json(condensed.as_dict())
        return EXIT_OK
    print(condensed.text)
    print(f"--\ntokens {condensed.tokens_before} -> {condensed.tokens_after} "
          f"({condensed.tokens_before / max(1, condensed.tokens_after):.1f}x) in {condensed.condense_ms:.0f} ms")
    return EXIT_OK


def cmd_log(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Log a manual observation; sync it now if the server is reachable."""
    from sensors.manual import manual_observation

    obs = manual_observation(args.kind, args.fields, at=_at(args, settings))
    ctx = DeviceContext(settings)
    try:
        ctx.pipeline.accept([obs])
        print(f"logged {obs.kind} ({obs.id})")
        try:
            report = ctx.pipeline.sync(ctx.server, settings.sync_batch)
            print(f"synced to {ctx.server.description} ({report.accepted} stored)")
        except ServerUnreachableError as exc:
            print(f"kept on the device for later sync: {exc}", file=sys.stderr)
    finally:
        ctx.close()
    return EXIT_OK


def cmd_guide(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Guidance items, each citing its observations."""
    from device.ask import guide_now

    ctx = DeviceContext(settings)
    try:
        items = guide_now(ctx, _at(args, settings), use_model=not args.no_model, rate_limit=not args.all)
    finally:
        ctx.close()
    if args.json:
        print_json({"items": [item.as_dict() for item in items]})
        return EXIT_OK
    for item in items:
        print(f"- {item.text}\n  ({item.rule}; sources: {', '.join(item.source_ids) or 'none'})")
    if not items:
        print("nothing to point out right now")
    return EXIT_OK


def cmd_sensors(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Every registered sensor: enabled or not, and its health here."""
    from sensors.base import SensorConfigError
    from sensors.registry import load_default_registry

    rows = []
    for cls in sorted(load_default_registry(), key=lambda c: c.name):
        enabled = cls.name in settings.sensors.enabled
        try:
            sensor = cls.from_settings(settings.sensors, settings.device_dir / "sensors" / cls.name)
            health = sensor.health()
            status, reason = health.status.value, health.reason
            sensor.close()
        except SensorConfigError as exc:
            status, reason = "unconfigured", str(exc)
        rows.append({"name": cls.name, "enabled": enabled, "status": status, "reason": reason})
    if args.json:
        print_json({"sensors": rows})
        return EXIT_OK
    for row in rows:
        mark = "on " if row["enabled"] else "off"
        print(f"{mark}  {row['name']:<14} {row['status']}{': ' + row['reason'] if row['reason'] else ''}")
    return EXIT_OK


def cmd_audit(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """What left the device, newest last."""
    from device.client.audit import AuditLog

    entries = AuditLog(settings.device_dir / "audit.jsonl").entries(args.limit)
    if args.json:
        print_json({"entries": entries})
        return EXIT_OK
    for entry in entries:
        body = entry["body"]
        what = f"{len(body['observations'])} observations" if "observations" in body else json.dumps(body)[:120]
        print(f"{entry['at']}  {entry['destination']}  {entry['route']}  {what}")
    if not entries:
        print(f"nothing sent yet (log: {settings.device_dir / 'audit.jsonl'})")
    return EXIT_OK


def cmd_jobs(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """List the learning jobs, or run one now."""
    ctx = DeviceContext(settings)
    try:
        if args.action == "run":
            if not args.job_id:
                raise ValueError("say which job to run: tether jobs run consolidate-days|learn-facts|routine-stats")
            record = ctx.server.run_job(args.job_id)
            if args.json:
                print_json(record.model_dump())
            else:
                print(f"{record.job_id}: {record.outcome}" + (f" — {record.result}" if record.result else "")
                      + (f" (error: {record.error})" if record.error else ""))
            return EXIT_OK if record.outcome != "error" else EXIT_FAILED
        jobs = ctx.server.jobs()
    finally:
        ctx.close()
    if args.json:
        print_json([job.model_dump() for job in jobs])
        return EXIT_OK
    for job in jobs:
        print(f"{job.id:<18} next {job.next_run_time or '-'}  last {job.last_outcome or 'never'}"
              + (f": {job.last_result}" if job.last_result else "") + (f" (error: {job.last_error})" if job.last_error else ""))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """The whole path on a synthetic day."""
    from device.demo import run_demo

    return run_demo(settings, print, days=args.days, seed=args.seed, keep=args.keep)


def cmd_tui(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """The terminal assistant."""
    from device.tui.app import TetherApp

    TetherApp(settings, now=_at(args, settings)).run()
    return EXIT_OK


HANDLERS = {
    "ingest": cmd_ingest,
    "ask": cmd_ask,
    "memory": cmd_memory,
    "condense": cmd_condense,
    "log": cmd_log,
    "server": cmd_server,
    "guide": cmd_guide,
    "sensors": cmd_sensors,
    "audit": cmd_audit,
    "jobs": cmd_jobs,
    "demo": cmd_demo,
    "agent": cmd_agent,
    "config": cmd_config,
    "tui": cmd_tui,
    "token": cmd_token,
}
