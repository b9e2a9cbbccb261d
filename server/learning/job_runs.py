"""The record of every learning job run: a small ``job_runs`` table next to the job store."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from shared.timeutil import format_iso

_SCHEMA = """
CREATE TABLE IF NOT EXISTS job_runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    job_id TEXT NOT NULL,
    trigger TEXT NOT NULL,
    started TEXT NOT NULL,
    finished TEXT,
    outcome TEXT NOT NULL,
    result TEXT,
    error TEXT
);
CREATE INDEX IF NOT EXISTS job_runs_by_job ON job_runs (job_id, id);
"""


@dataclass(frozen=True)
class JobRun:
    """One run of a job. ``outcome``: ok, error, deferred (the person was active) or skipped."""

    job_id: str
    trigger: str
    """scheduled, deferred (a retry after the person was active) or manual."""
    started: str
    finished: str | None
    outcome: str
    result: str | None = None
    error: str | None = None
    id: int | None = None

    def as_dict(self) -> dict[str, Any]:
        """JSON-ready fields."""
        return asdict(self)


class JobRunLog:
    """Appends runs to SQLite and answers the newest per job (one connection per call: jobs and
    requests run on different threads, and runs are rare)."""

    def __init__(self, path: Path, keep: int = 500) -> None:
        self.path = Path(path)
        self.keep = keep
        """Runs kept per job; older ones are pruned (the hourly job would otherwise add 8,760 a year)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        with self._connect() as db:
            db.executescript(_SCHEMA)

    def _connect(self) -> sqlite3.Connection:
        return sqlite3.connect(self.path, timeout=10.0)

    def record(self, job_id: str, trigger: str, started: datetime, finished: datetime | None, outcome: str,
               result: str | None = None, error: str | None = None) -> JobRun:
        """Store one run and return it with its row id."""
        run = JobRun(job_id, trigger, format_iso(started), None if finished is None else format_iso(finished),
                     outcome, result, error)
        with self._lock, closing(self._connect()) as db, db:
            cursor = db.execute(
                "INSERT INTO job_runs (job_id, trigger, started, finished, outcome, result, error) VALUES (?,?,?,?,?,?,?)",
                (run.job_id, run.trigger, run.started, run.finished, run.outcome, run.result, run.error),
            )
            db.execute("DELETE FROM job_runs WHERE job_id = ? AND id NOT IN "
                       "(SELECT id FROM job_runs WHERE job_id = ? ORDER BY id DESC LIMIT ?)",
                       (run.job_id, run.job_id, self.keep))
            return JobRun(**{**asdict(run), "id": cursor.lastrowid})

    def runs(self, job_id: str | None = None, limit: int = 50) -> list[JobRun]:
        """The newest runs first (of one job, or of all)."""
        query = "SELECT job_id, trigger, started, finished, outcome, result, error, id FROM job_runs"
        args: tuple[Any, ...] = ()
        if job_id is not None:
            query += " WHERE job_id = ?"
            args = (job_id,)
        with closing(self._connect()) as db:
            rows = db.execute(query + " ORDER BY id DESC LIMIT ?", (*args, limit)).fetchall()
        return [JobRun(*row) for row in rows]

    def last(self, job_id: str) -> JobRun | None:
        """The newest run of ``job_id``."""
        runs = self.runs(job_id, limit=1)
        return runs[0] if runs else None
