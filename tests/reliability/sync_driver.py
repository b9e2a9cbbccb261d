"""A device sync run as its own process, which can SIGKILL itself at the worst moment.

    python -m tests.reliability.sync_driver HOME URL TOKEN [--batch N] [--kill-after-post K]

Syncs ``HOME``'s outbox through the real pipeline and HTTP client. With ``--kill-after-post K`` it
sends itself SIGKILL right after the K-th batch was answered by the server (stored there) and before
the outbox acknowledged it, so the next run must send that batch again and the server must store it
only once. Prints one JSON line with the sync report when it finishes.
"""

from __future__ import annotations

import argparse
import json
import os
import signal
import sys
import time
from pathlib import Path

from device.client.http import HttpServerApi
from device.storage.outbox import Outbox
from device.pipeline.flow import DevicePipeline, SyncReport
from device.client.api import ServerRequestError, ServerUnreachableError
from device.storage.store import ObservationStore
from shared.wire import IngestResult


class _KillAfterPost:
    """Forwards to the real server; after the K-th answered POST the process dies with SIGKILL."""

    def __init__(self, inner: HttpServerApi, kill_after: int | None) -> None:
        self.inner = inner
        self.description = inner.description
        self.kill_after = kill_after
        self.posts = 0

    def post_observations(self, records: list[dict]) -> IngestResult:
        result = self.inner.post_observations(records)
        self.posts += 1
        if self.kill_after is not None and self.posts >= self.kill_after:
            os.kill(os.getpid(), signal.SIGKILL)  # the server has stored it; the outbox has not acked it
        return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("home", type=Path)
    parser.add_argument("url")
    parser.add_argument("token")
    parser.add_argument("--batch", type=int, default=50)
    parser.add_argument("--kill-after-post", type=int, default=None)
    args = parser.parse_args(argv)
    store = ObservationStore(args.home / "observations.sqlite3")
    pipeline = DevicePipeline(store, Outbox(args.home / "outbox.sqlite3"))
    server = _KillAfterPost(HttpServerApi(args.url, args.token), args.kill_after_post)
    report = SyncReport()
    try:
        while pipeline.outbox.depth() > 0:  # as a device does: wait out outages and backpressure
            try:
                done = pipeline.sync(server, args.batch)
            except ServerUnreachableError:
                time.sleep(0.25)
                continue
            except ServerRequestError as exc:
                if exc.status not in (429, 503):
                    raise
                time.sleep(exc.retry_after_s or 1.0)
                continue
            report.sent += done.sent
            report.accepted += done.accepted
            report.duplicates += done.duplicates
            report.remaining = done.remaining
    finally:
        pipeline.outbox.close()
        pipeline.store.close()
    sys.stdout.write(json.dumps({"sent": report.sent, "accepted": report.accepted, "duplicates": report.duplicates,
                                 "remaining": report.remaining}) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
