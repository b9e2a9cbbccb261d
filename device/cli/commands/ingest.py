"""``tether ingest``: feed a JSONL file of observations through the device pipeline, then sync."""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

from device.cli.output import EXIT_FAILED, EXIT_OK
from device.cli.progress import Progress, ProgressServer, step
from shared.settings import DeviceSettings

if TYPE_CHECKING:
    from device.context import DeviceContext

NAME = "ingest"

BACKPRESSURE_PATIENCE_S = 600.0
"""How long ``tether ingest`` keeps retrying a server that answers 429/503 with Retry-After."""
MAX_BAD_LINES_SHOWN = 20
"""Bad lines reported one by one (a binary file would otherwise print one per line); the rest are counted."""


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether ingest``."""
    p = sub.add_parser(NAME, parents=[common], help="feed a JSONL file of observations through the device into memory")
    p.add_argument("file", type=Path, help="JSON Lines file, one observation per line ('-' for stdin)")
    p.add_argument("--no-sync", action="store_true", help="only queue on the device; sync later")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Read JSONL, report bad lines, pass good ones through the device pipeline, sync."""
    from device.context import DeviceContext
    from shared.observation import LineError, read_jsonl

    stdin = str(args.file) == "-"
    if not stdin:
        if args.file.is_dir():
            raise ValueError(f"{args.file} is a directory; name a JSON Lines file (one observation per line), "
                             "or '-' for stdin")
        if not args.file.is_file():
            raise FileNotFoundError(f"no such file: {args.file}")
    stream = sys.stdin.buffer if stdin else args.file.open("rb")
    good, bad = [], []
    reading = Progress(f"reading {args.file}", unit="lines")  # progress only on a terminal
    with stream:
        for item in read_jsonl(stream):
            (bad if isinstance(item, LineError) else good).append(item)
            reading.advance()
    reading.finish()
    for err in bad[:MAX_BAD_LINES_SHOWN]:
        print(f"tether: {args.file}: {err}", file=sys.stderr)
    if len(bad) > MAX_BAD_LINES_SHOWN:
        print(f"tether: {args.file}: {len(bad) - MAX_BAD_LINES_SHOWN} more bad lines not shown", file=sys.stderr)
    set_aside: list[str] = []
    ctx = DeviceContext(settings)
    try:
        with step(f"storing {len(good)} observations on the device"):
            accepted = ctx.pipeline.accept(good)
        set_aside += accepted.set_aside
        print(f"read {len(good)} observations ({len(bad)} bad lines); {accepted.stored} new on the device, "
              f"{accepted.queued} queued for the server"
              + (f"; {len(accepted.set_aside)} set aside" if accepted.set_aside else ""))
        if not args.no_sync:
            with step("connecting to the server" if settings.server_url else "loading the server parts (embedded mode)"):
                server = ctx.server
            sending = Progress("syncing", total=ctx.outbox.depth(), unit="observations")
            report = _sync_through_backpressure(ctx, ProgressServer(server, sending), settings.sync_batch)
            sending.finish()
            set_aside += report.set_aside
            print(f"synced to {ctx.server.description}: {report.accepted} stored, {report.duplicates} already there, "
                  f"{len(report.rejected)} rejected, {len(report.set_aside)} set aside, {report.remaining} still queued")
            for message in report.rejected:
                print(f"tether: rejected by the server: {message}", file=sys.stderr)
            bad_records = bool(report.rejected)
        else:
            bad_records = False
    finally:
        ctx.close()
    for message in set_aside:
        print(f"tether: set aside (kept on this device, never sent; `tether audit` lists it): {message}", file=sys.stderr)
    return EXIT_FAILED if bad or set_aside or bad_records else EXIT_OK


def _sync_through_backpressure(ctx: DeviceContext, server: object, batch: int):
    """Sync; when the server says "busy, retry after N s", wait N s and go on (up to the patience)."""
    from device.client.api import ServerRequestError

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
