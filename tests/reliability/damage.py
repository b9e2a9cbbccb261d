"""Real damage to real outbox files (truncation, garbage pages, a destroyed page 1, garbage inside
one row) and what then reaches the server: the ``outbox_corruption`` scenario."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

from tests.reliability.harness import DeviceClient, ServerProcess, ensure_running, make_observations

PAGE = 4096


def _truncate(path: Path, rng: random.Random) -> None:
    with path.open("r+b") as handle:
        handle.truncate(int(path.stat().st_size * 0.55))


def _garbage_pages(path: Path, rng: random.Random) -> None:
    pages = path.stat().st_size // PAGE
    first = rng.randrange(pages // 3, pages - 3)
    with path.open("r+b") as handle:
        handle.seek(first * PAGE)
        handle.write(rng.randbytes(3 * PAGE))


def _garbage_header(path: Path, rng: random.Random) -> None:
    with path.open("r+b") as handle:
        handle.write(rng.randbytes(PAGE))  # page 1: the header and the schema


def _garbage_in_one_row(path: Path, rng: random.Random) -> None:
    # Inside one record's JSON: the page structure stays valid, so only reading the row finds it.
    raw = path.read_bytes()
    at = raw.index(b'"text": "', len(raw) // 2)
    with path.open("r+b") as handle:
        handle.seek(at)
        handle.write(b"\xff\xfe\x00garbage")


DAMAGE = {"truncated": _truncate, "garbage_pages": _garbage_pages, "garbage_header_page": _garbage_header,
          "garbage_in_one_row": _garbage_in_one_row}


def outbox_corruption(work: Path, server: ServerProcess, count: int = 1500, seed: int = 11,
                      kinds: tuple[str, ...] = tuple(DAMAGE)) -> dict[str, Any]:
    """For each kind of real file damage: queue ``count`` observations, close, damage the file,
    reopen (the outbox quarantines and recovers), sync to the server and count what arrived."""
    ensure_running(server)
    results: dict[str, Any] = {}
    for kind in kinds:
        rng = random.Random(f"{seed}-{kind}")
        sensor = f"rel-corrupt-{kind.replace('_', '-')}"
        home = work / f"corrupt-{kind}"
        device = DeviceClient(home, server.url, server.token, batch=250)
        device.accept(make_observations(f"corrupt-{kind}", sensor, count))
        device.close()  # checkpoints the WAL into the file: the damage hits the real data
        DAMAGE[kind](home / "outbox.sqlite3", rng)
        device = DeviceClient(home, server.url, server.token, batch=250)
        try:
            recovery = device.outbox.recoveries[-1] if device.outbox.recoveries else None
            recovered = device.outbox.depth()
            device.sync_until_empty(deadline_s=300)
            damaged = device.outbox.damaged_count()
        finally:
            device.close()
        stored = server.count_sensor(sensor)
        quarantined = sorted(p.name for p in (home / "quarantine").glob("*.sqlite3"))
        results[kind] = {
            "sensor": sensor, "queued": count, "recovered": recovered, "stored": stored, "lost": count - stored,
            "detected": recovery is not None or damaged > 0, "method": recovery.method if recovery else None,
            "complete": recovery.complete if recovery else None, "damaged_rows_set_aside": damaged,
            "quarantined": quarantined,
        }
    return results
