"""Surviving a damaged outbox: recognise corruption, move the file aside, salvage what can be read.

A power cut mid-write, a failing disk or a copied-while-open file can leave ``outbox.sqlite3``
unreadable ("file is not a database", "database disk image is malformed"). The outbox must then
neither crash the agent forever nor silently drop what was queued. The steps:

1. ``is_corruption`` tells corruption (SQLITE_CORRUPT, SQLITE_NOTADB) from errors that are not
   (a full disk, a lock), which must reach the caller unchanged;
2. ``salvage`` reads a private copy: the whole queue in order if SQLite can; else row by row,
   stepping over the pages that fail; and when that did not read every row (page 1 gone, a damaged
   interior page), it carves the observation records (JSON) out of the raw bytes of the file and
   its WAL. Carved records are queued in the order they were found, not necessarily the original;
3. the outbox builds a fresh database from that beside the damaged one, then ``quarantine`` moves
   the damaged file and its WAL/SHM, untouched, to ``quarantine/`` (for a person to inspect, or to
   try ``sqlite3 .recover``) and the fresh one takes its place. A failure before that swap (a full
   disk) leaves the damaged file where it was, so the next start tries again and nothing is stranded.

Carving may find rows that had already been delivered (their old page versions linger); sending
them again is harmless because the server stores each observation id once. Deleted rows cannot come
back from the outbox's own pages: it runs with ``secure_delete`` and checkpoints after dropping rows.
"""

from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path

from pydantic import ValidationError

from shared.observation import Observation
from shared.timeutil import format_iso, utc_now

logger = logging.getLogger(__name__)

SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26
_COMPANIONS = ("-wal", "-shm", "-journal")
_PAGE = 500  # rows per read while salvaging
_CARVE_WINDOW = 16384  # bytes read per record start while carving
_MAX_MISSES = 100_000  # unreadable row slots skipped in a row before giving up when no bound is known
# to_json sorts keys, so a stored record starts with its first key present: data, end or id.
_RECORD_START = re.compile(rb'\{"(?:data|end|id)": ')


class OutboxCorruptError(RuntimeError):
    """The outbox database is damaged and was not (or could not be) recovered automatically."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(f"outbox {path} is damaged: {reason}")


@dataclass
class OutboxRecovery:
    """What happened when a damaged outbox was replaced: where the damaged file went and what was saved."""

    path: str
    """The outbox that was damaged (a fresh one now lives there)."""
    quarantined_to: str
    """Where the damaged database (and its WAL) was moved, unchanged."""
    reason: str
    """What SQLite said about it."""
    method: str
    """How rows were read back: ``sqlite`` (all of it), ``sqlite-rows`` (row by row, skipping
    unreadable pages), ``carve`` (records found in the raw bytes) or ``none``."""
    recovered: int
    """Queued observations saved into the fresh outbox."""
    delivered_ids: int
    """Ids known to be delivered already, carried over so they are not queued again."""
    damaged: int = 0
    """Rows that were found but could not be read as observations (kept in the quarantined file)."""
    complete: bool = False
    """True when every row was read; False means some queued observations may be lost."""
    at: str = ""
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        """One line for logs and status output."""
        loss = "every row was read" if self.complete else "some rows could not be read and may be lost"
        return (f"outbox {self.path} was damaged ({self.reason}); moved to {self.quarantined_to}; "
                f"recovered {self.recovered} queued observations and {self.delivered_ids} delivered ids "
                f"by {self.method}; {loss}")

    def to_dict(self) -> dict:
        """JSON-ready form (written beside the quarantined file)."""
        return asdict(self)


def is_corruption(exc: BaseException) -> bool:
    """Whether ``exc`` says the database file is damaged (not full, locked or missing)."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF in (SQLITE_CORRUPT, SQLITE_NOTADB)
    message = str(exc).lower()
    return "malformed" in message or "not a database" in message


def integrity_problem(connection: sqlite3.Connection) -> str | None:
    """``PRAGMA quick_check`` (structure of every page, O(size)); None when the file is sound."""
    rows = connection.execute("PRAGMA quick_check").fetchall()
    if rows == [("ok",)]:
        return None
    return "; ".join(str(row[0]) for row in rows[:3]) or "quick_check returned nothing"


def quarantine(path: Path, when: datetime) -> Path:
    """Move ``path`` and its ``-wal``/``-shm`` files to ``quarantine/NAME-TIME.sqlite3`` beside it."""
    folder = path.parent / "quarantine"
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{path.stem}-{when:%Y%m%dT%H%M%S%fZ}{path.suffix}"
    for suffix in ("", *_COMPANIONS):
        source = Path(f"{path}{suffix}")
        if source.exists():
            os.replace(source, Path(f"{target}{suffix}"))
    return target


def staging_path(path: Path) -> Path:
    """Where the fresh outbox is built before it takes the damaged one's place."""
    return path.with_name(path.name + ".recovering")


def finish_interrupted_swap(path: Path) -> None:
    """Clean up after a recovery that stopped half-way (the process died, the disk filled up).

    A staging file is complete once it exists without a WAL (it was closed). If the damaged file is
    still in place the recovery simply runs again; if it was already moved aside, the staging file
    takes its place now, so the recovered rows are not stranded.
    """
    staging = staging_path(path)
    if not staging.exists() or Path(f"{staging}-wal").exists():
        return
    if path.exists():
        staging.unlink()
    else:
        os.replace(staging, path)
        logger.warning("outbox %s: finished a recovery that was interrupted", path)


def replace_damaged(path: Path, reason: str, create: Callable[[Path], sqlite3.Connection]) -> OutboxRecovery:
    """Salvage the damaged outbox at ``path``, build a fresh one from it beside it with ``create``,
    then swap: the damaged file (and WAL) goes to ``quarantine/`` and the fresh one takes its place.

    Until the swap nothing is moved, so a failure (a full disk) leaves everything as it was. The
    caller must have closed its own connection to ``path``.
    """
    now = utc_now()
    stamp = format_iso(now)
    logger.error("outbox %s is damaged (%s); recovering what can be read into a fresh outbox", path, reason)
    saved = salvage(path)
    queued = [(i, body) for i, body in saved.queued if i not in saved.delivered]
    staging = staging_path(path)
    _build(staging, create, saved.delivered, queued, stamp)
    try:
        quarantined = quarantine(path, now)
    except OSError as exc:
        raise OutboxCorruptError(path, f"{reason}; moving it aside failed: {exc}") from exc
    os.replace(staging, path)
    recovery = OutboxRecovery(
        path=str(path), quarantined_to=str(quarantined), reason=reason, method=saved.method,
        recovered=len(queued), delivered_ids=len(saved.delivered), damaged=saved.damaged,
        complete=saved.complete, at=stamp, notes=saved.notes,
    )
    try:
        write_report(recovery)
    except OSError as exc:
        logger.warning("could not write the recovery report beside %s: %s", quarantined, exc)
    logger.log(logging.WARNING if recovery.complete else logging.ERROR, "%s", recovery.summary())
    return recovery


def _build(staging: Path, create: Callable[[Path], sqlite3.Connection], delivered: set[str],
           queued: list[tuple[str, str]], stamp: str) -> None:
    """A complete, closed outbox at ``staging`` (removed again if building it fails)."""
    for suffix in ("", *_COMPANIONS):
        Path(f"{staging}{suffix}").unlink(missing_ok=True)
    try:
        connection = create(staging)
        try:
            connection.execute("BEGIN IMMEDIATE")
            connection.executemany("INSERT OR IGNORE INTO delivered (id, delivered_at) VALUES (?, ?)",
                                   [(i, stamp) for i in sorted(delivered)])
            connection.executemany("INSERT OR IGNORE INTO queue (id, body, queued_at) VALUES (?, ?, ?)",
                                   [(i, body, stamp) for i, body in queued])
            connection.execute("COMMIT")
        finally:
            connection.close()  # folds the WAL into the file: one file to move into place
    except BaseException:
        for suffix in ("", *_COMPANIONS):
            Path(f"{staging}{suffix}").unlink(missing_ok=True)
        raise


def write_report(recovery: OutboxRecovery) -> Path:
    """The recovery as JSON beside the quarantined file (``....sqlite3.json``)."""
    report = Path(f"{recovery.quarantined_to}.json")
    report.write_text(json.dumps(recovery.to_dict(), indent=2) + "\n", encoding="utf-8")
    return report


@dataclass
class Salvage:
    """Rows read back from a damaged outbox."""

    queued: list[tuple[str, str]] = field(default_factory=list)
    """(id, body) of queued observations in queue order; bodies are valid observation JSON."""
    delivered: set[str] = field(default_factory=set)
    damaged: int = 0
    method: str = "none"
    complete: bool = False
    notes: list[str] = field(default_factory=list)


def salvage(damaged: Path) -> Salvage:
    """Everything readable in a damaged outbox, read from a private copy beside it (the file and
    its WAL stay exactly as they are).

    SQLite reads first (in queue order); if it could not read every queued row, records carved from
    the raw bytes are added, minus ids known to be delivered.
    """
    result = Salvage()
    # Scratch space beside the outbox, not in /tmp: same disk, and a full disk fails loudly here,
    # before anything was moved.
    with tempfile.TemporaryDirectory(prefix=".outbox-salvage-", dir=damaged.parent) as scratch:
        copy = Path(scratch) / "outbox.sqlite3"
        for suffix in ("", "-wal"):  # the WAL holds the newest rows; the SHM index is rebuilt from it
            source = Path(f"{damaged}{suffix}")
            if source.exists():
                shutil.copyfile(source, Path(f"{copy}{suffix}"))
        try:
            _read_with_sqlite(copy, result)
        except sqlite3.DatabaseError as exc:
            result.notes.append(f"SQLite could not read the file ({exc})")
    if not result.complete:
        known = {observation_id for observation_id, _ in result.queued} | result.delivered
        carved, unreadable = _carve([damaged, Path(f"{damaged}-wal")])
        extra = [(observation_id, body) for observation_id, body in carved if observation_id not in known]
        result.queued.extend(extra)
        result.damaged += unreadable
        result.notes.append(f"carved {len(carved)} records from the raw bytes, {len(extra)} of them not read otherwise")
        if extra or result.method == "none":
            result.method = "carve" if result.method == "none" else f"{result.method}+carve"
    return result


def _read_with_sqlite(copy: Path, result: Salvage) -> None:
    """Fill ``result`` from the copy through SQLite; raises ``DatabaseError`` if the schema is unreadable."""
    connection = sqlite3.connect(str(copy), isolation_level=None)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if "queue" not in tables:
            raise sqlite3.DatabaseError("the queue table is missing")
        if "delivered" in tables:
            _read_delivered(connection, result)
        result.complete = _read_queue(connection, result)
    finally:
        connection.close()


def _accept(result: Salvage, observation_id: str, body: str) -> None:
    try:
        Observation.model_validate_json(body)
    except (ValidationError, ValueError):
        result.damaged += 1
        return
    result.queued.append((observation_id, body))


def _read_queue(connection: sqlite3.Connection, result: Salvage) -> bool:
    """Read the queue in order; on a damaged page, step over it row by row. True if nothing was skipped."""
    try:
        for observation_id, body in connection.execute("SELECT id, body FROM queue ORDER BY seq"):
            _accept(result, observation_id, body)
        result.method = "sqlite"
        return True
    except sqlite3.DatabaseError as exc:
        result.notes.append(f"queue: {exc}; reading row by row")
    result.queued.clear()
    result.damaged = 0
    result.method = "sqlite-rows"
    upper = _upper_bound(connection)
    last, misses, skipped = 0, 0, 0
    while upper is None or last < upper:
        try:
            rows = connection.execute(
                "SELECT seq, id, body FROM queue WHERE seq > ? ORDER BY seq LIMIT ?", (last, _PAGE)
            ).fetchall()
        except sqlite3.DatabaseError:
            # The next rows sit on a damaged page: try the next slot alone, then read on from there.
            last += 1
            skipped += 1
            misses += 1
            if upper is None and misses > _MAX_MISSES:
                result.notes.append(f"gave up after {_MAX_MISSES} unreadable slots past seq {last - misses}")
                break
            try:
                row = connection.execute("SELECT id, body FROM queue WHERE seq = ?", (last,)).fetchone()
            except sqlite3.DatabaseError:
                continue
            if row is not None:
                _accept(result, *row)
            continue
        if not rows:
            break
        misses = 0
        for _, observation_id, body in rows:
            _accept(result, observation_id, body)
        last = rows[-1][0]
    result.notes.append(f"queue: {skipped} row slots were unreadable")
    return False


def _upper_bound(connection: sqlite3.Connection) -> int | None:
    """The highest seq ever used (AUTOINCREMENT keeps it in sqlite_sequence), or the largest present."""
    for sql in ("SELECT seq FROM sqlite_sequence WHERE name = 'queue'", "SELECT MAX(seq) FROM queue"):
        try:
            row = connection.execute(sql).fetchone()
        except sqlite3.DatabaseError:
            continue
        if row is not None and row[0] is not None:
            return int(row[0])
    return None


def _read_delivered(connection: sqlite3.Connection, result: Salvage) -> None:
    """Read the delivered ids in key order as far as the pages allow (they only prevent re-sending)."""
    last = ""
    while True:
        try:
            rows = connection.execute(
                "SELECT id FROM delivered WHERE id > ? ORDER BY id LIMIT ?", (last, _PAGE)
            ).fetchall()
        except sqlite3.DatabaseError as exc:
            result.notes.append(f"delivered ids after {last!r}: {exc}; those may be sent again (stored once)")
            return
        if not rows:
            return
        result.delivered.update(row[0] for row in rows)
        last = rows[-1][0]


def _carve(paths: list[Path]) -> tuple[list[tuple[str, str]], int]:
    """Observation records found in the raw bytes of ``paths`` (file order, first copy of each id),
    and how many record starts led to nothing readable."""
    decoder = json.JSONDecoder()
    found: dict[str, str] = {}
    damaged = 0
    for path in paths:
        if not path.exists():
            continue
        raw = path.read_bytes()
        covered = 0
        for match in _RECORD_START.finditer(raw):
            if match.start() < covered:
                continue  # inside a record already read (its data may hold an "id" key of its own)
            # A body that overflowed its page continues elsewhere; such a record fails to parse here.
            window = raw[match.start():match.start() + _CARVE_WINDOW]
            text = window.decode("utf-8", errors="replace")
            try:
                value, end = decoder.raw_decode(text)
                observation = Observation.model_validate(value)
            except (ValueError, ValidationError):
                damaged += 1
                continue
            covered = match.start() + len(text[:end].encode("utf-8", errors="replace"))
            found.setdefault(observation.id, observation.to_json())
    return list(found.items()), damaged
