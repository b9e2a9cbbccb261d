"""``LearningScheduler``: the learning jobs on apscheduler, persisted in SQLite under the data directory.

Jobs (ids are stable: the CLI, the API and the job store use them):

- ``consolidate-days`` daily at 03:30 local: day summaries of yesterday and of the week before it
  (unchanged days cost no model call, so a catch-up after downtime redoes nothing);
- ``learn-facts`` daily at 04:00 local: routine statistics of the last four weeks merged into the
  profile facts;
- ``routine-stats`` hourly: the routine statistics, kept for ``status()`` and for chat (no model, no writes);
- ``fold-memories`` daily at 04:30 local: the storage budget (``budget``): over
  ``memory_budget_observations`` raw memories, the oldest days before the horizon are folded into
  their day summaries (no model).

Jobs live in a ``SQLAlchemyJobStore`` (``home/server/jobs.sqlite``), so their next run times
survive restarts; ``coalesce`` and ``misfire_grace_time`` make a run missed during downtime happen
once at start. apscheduler persists a job as a *reference* to a module-level function plus
pickled arguments, so jobs call ``run_job(instance_id, job_id)`` with strings only and the live
scheduler (and through it the services) is looked up in ``_LIVE``, filled by ``start()``. The
instance id is derived from the job store's path, so it is the same after a restart.

Heavy jobs (consolidation, facts) run as sleep-time compute: only while the person rests
(``presence``); otherwise they re-schedule themselves ``DEFER`` later, at most ``MAX_DEFERRALS``
times, and the next scheduled run picks the work up. Their model calls go through the engine's
fair queue at background priority, so a chat request is served first. Every run is recorded in
``job_runs`` (``JobRunLog``).
"""

from __future__ import annotations

import hashlib
import logging
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable

from server.errors import JobNotFoundError
from server.learning.budget import fold_to_budget
from server.learning.consolidation import consolidate_days
from server.learning.facts import learn_facts
from server.learning.failures import describe_failure
from server.learning.job_runs import JobRun, JobRunLog
from server.learning.presence import LOOKBACK as PRESENCE_LOOKBACK
from server.learning.presence import Presence, presence_at
from server.learning.recall import DAY_SUMMARY_KIND
from server.learning.routines import Routines, learn_routines
from server.services.container import ServerServices
from shared.settings import ServerSettings
from shared.timeutil import format_iso, resolve_timezone, utc_now

if TYPE_CHECKING:  # apscheduler is imported when the jobs start, not with this module
    from apscheduler.events import JobExecutionEvent
    from apscheduler.schedulers.base import BaseScheduler
    from apscheduler.triggers.base import BaseTrigger

logger = logging.getLogger(__name__)

CONSOLIDATE = "consolidate-days"
LEARN_FACTS = "learn-facts"
ROUTINE_STATS = "routine-stats"
FOLD_MEMORIES = "fold-memories"
MISFIRE_GRACE_S = 12 * 3600
"""A run missed by less than this is made up once at start; the look-back of the heavy jobs
covers anything older."""
DEFER = timedelta(minutes=30)
MAX_DEFERRALS = 8
"""Retries of a heavy job while the person is active (4 h); then the next scheduled run takes over."""
CONSOLIDATE_DAYS = 7
"""Days before today that consolidation (re)checks."""
ROUTINE_WINDOW = timedelta(days=28)
"""Observations routine statistics and facts are learned from."""

_LIVE: dict[str, LearningScheduler] = {}
_LIVE_LOCK = threading.Lock()


def run_job(instance_id: str, job_id: str, attempt: int = 0) -> None:
    """What apscheduler calls: run ``job_id`` on the live scheduler registered as ``instance_id``."""
    learning = _LIVE.get(instance_id)
    if learning is None:
        logger.warning("job %s fired for scheduler %s, which is not running here; skipped", job_id, instance_id)
        return
    learning.execute(job_id, trigger="scheduled" if attempt == 0 else "deferred", attempt=attempt)


@dataclass(frozen=True)
class JobSpec:
    """One learning job: its schedule and whether it waits for the person to rest."""

    id: str
    name: str
    trigger: Callable[[tzinfo], BaseTrigger]
    """Builds the apscheduler trigger in the person's time zone."""
    heavy: bool


def _cron(hour: int, minute: int) -> Callable[[tzinfo], BaseTrigger]:
    def build(tz: tzinfo) -> BaseTrigger:
        from apscheduler.triggers.cron import CronTrigger

        return CronTrigger(hour=hour, minute=minute, timezone=tz)
    return build


def _hourly(tz: tzinfo) -> BaseTrigger:
    from apscheduler.triggers.interval import IntervalTrigger

    return IntervalTrigger(hours=1, timezone=tz)


JOBS: dict[str, JobSpec] = {spec.id: spec for spec in (
    JobSpec(CONSOLIDATE, "Consolidate yesterday (and the week before) into day summaries", _cron(3, 30), heavy=True),
    JobSpec(LEARN_FACTS, "Learn profile facts from routines", _cron(4, 0), heavy=True),
    JobSpec(ROUTINE_STATS, "Routine statistics", _hourly, heavy=False),
    JobSpec(FOLD_MEMORIES, "Fold old observations into day summaries when over the storage budget", _cron(4, 30),
            heavy=False),
)}


def _same_schedule(a: BaseTrigger, b: BaseTrigger) -> bool:
    """Whether two triggers fire alike (an interval's start date differs on every build)."""
    if type(a) is not type(b) or str(getattr(a, "timezone", "")) != str(getattr(b, "timezone", "")):
        return False
    if hasattr(a, "interval"):
        return a.interval == b.interval
    return str(a) == str(b)


class LearningScheduler:
    """Runs the learning jobs for one server's services and data directory."""

    def __init__(self, services: ServerServices, settings: ServerSettings, clock: Callable[[], datetime] = utc_now,
                 model_fact_candidates: bool = False) -> None:
        self.services = services
        self.settings = settings
        self.tz = resolve_timezone(settings.timezone)
        self.path: Path = settings.server_dir / "jobs.sqlite"
        self.instance_id = hashlib.sha1(str(self.path.resolve()).encode("utf-8")).hexdigest()[:16]
        self.runs = JobRunLog(self.path)
        self.clock = clock
        self.model_fact_candidates = model_fact_candidates
        """Also ask the model for facts from day summaries (off: a small model mostly invents)."""
        self.routines: Routines | None = None
        self._scheduler: BaseScheduler | None = None
        self._running = {job_id: threading.Lock() for job_id in JOBS}

    # -- lifecycle ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        """Whether the scheduler is started."""
        return self._scheduler is not None

    def start(self) -> None:
        """Open the job store, add the jobs it lacks, and start firing (missed runs first, once)."""
        from apscheduler.events import EVENT_JOB_MISSED
        from apscheduler.executors.pool import ThreadPoolExecutor
        from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore
        from apscheduler.schedulers.background import BackgroundScheduler

        if self._scheduler is not None:
            return
        with _LIVE_LOCK:
            if self.instance_id in _LIVE:
                raise RuntimeError(f"learning jobs already run on {self.path} in this process")
            _LIVE[self.instance_id] = self
        scheduler = BackgroundScheduler(
            jobstores={"default": SQLAlchemyJobStore(url=f"sqlite:///{self.path}")},
            executors={"default": ThreadPoolExecutor(1)},  # one job at a time: they share one model
            job_defaults={"coalesce": True, "misfire_grace_time": MISFIRE_GRACE_S, "max_instances": 1},
            timezone=self.tz,
        )
        scheduler.add_listener(self._missed, EVENT_JOB_MISSED)
        try:
            scheduler.start(paused=True)
            for spec in JOBS.values():
                self._ensure_job(scheduler, spec)
            scheduler.resume()
        except Exception:
            with _LIVE_LOCK:
                _LIVE.pop(self.instance_id, None)
            if scheduler.running:
                scheduler.shutdown(wait=False)
            raise
        self._scheduler = scheduler
        logger.info("learning jobs started (store %s)", self.path)

    def _ensure_job(self, scheduler: BaseScheduler, spec: JobSpec) -> None:
        """Add the job when missing; keep a stored one (and its pending next run time) unless its
        schedule changed in code."""
        trigger = spec.trigger(self.tz)
        job = scheduler.get_job(spec.id)
        if job is None:
            scheduler.add_job(run_job, trigger, args=[self.instance_id, spec.id], id=spec.id, name=spec.name)
            return
        if list(job.args[:2]) != [self.instance_id, spec.id]:
            job.modify(args=[self.instance_id, spec.id])
        if not _same_schedule(job.trigger, trigger):
            logger.info("schedule of %s changed to %s", spec.id, trigger)
            scheduler.reschedule_job(spec.id, trigger=trigger)

    def stop(self) -> None:
        """Stop firing; waits for a running job to finish."""
        scheduler, self._scheduler = self._scheduler, None
        if scheduler is not None:
            scheduler.shutdown(wait=True)
        with _LIVE_LOCK:
            if _LIVE.get(self.instance_id) is self:
                del _LIVE[self.instance_id]

    def _missed(self, event: JobExecutionEvent) -> None:
        now = self.clock()
        self.runs.record(event.job_id.split(":")[0], "scheduled", now, now, "missed",
                         f"run time {event.scheduled_run_time} was missed by more than {MISFIRE_GRACE_S // 3600} h")

    # -- running -----------------------------------------------------------------------------

    def execute(self, job_id: str, trigger: str = "manual", attempt: int = 0) -> JobRun:
        """Run one job now and record it. Heavy jobs not run by hand wait while the person is active."""
        spec = JOBS.get(job_id)
        if spec is None:
            raise JobNotFoundError(f"no job {job_id!r}; jobs are {', '.join(JOBS)}")
        started = self.clock()
        lock = self._running[job_id]
        if not lock.acquire(blocking=False):
            return self.runs.record(job_id, trigger, started, started, "skipped", "already running")
        try:
            if spec.heavy and trigger != "manual":
                presence = self.presence()
                if not presence.resting:
                    return self._defer(job_id, trigger, attempt, started, presence)
            result = self._work(job_id)
        except Exception as exc:  # a job must never take the scheduler down; the error is recorded
            # The type and place only: the message may quote the person's data (see ``failures``).
            logger.error("learning job %s failed: %s", job_id, describe_failure(exc))
            return self.runs.record(job_id, trigger, started, self.clock(), "error", error=f"{type(exc).__name__}: {exc}")
        finally:
            lock.release()
        run = self.runs.record(job_id, trigger, started, self.clock(), "ok", result)
        logger.info("learning job %s finished; `tether jobs` shows its result", job_id)  # results quote routines
        return run

    def run_now(self, job_id: str) -> JobRun:
        """Run ``job_id`` now in this thread (whether or not the person rests); returns the run."""
        return self.execute(job_id, trigger="manual")

    def _defer(self, job_id: str, trigger: str, attempt: int, started: datetime, presence: Presence) -> JobRun:
        if attempt >= MAX_DEFERRALS or self._scheduler is None:
            return self.runs.record(job_id, trigger, started, self.clock(), "skipped",
                                    f"person active ({presence.reason}) after {attempt} retries; "
                                    "the next scheduled run takes over")
        at = started + DEFER
        self._scheduler.add_job(run_job, "date", run_date=at, args=[self.instance_id, job_id, attempt + 1],
                                id=f"{job_id}:retry", name=f"{JOBS[job_id].name} (retry)", replace_existing=True)
        return self.runs.record(job_id, trigger, started, self.clock(), "deferred",
                                f"person active ({presence.reason}); retry {attempt + 1} at {format_iso(at)}")

    def presence(self) -> Presence:
        """Whether the person rests now, from the newest observations in memory."""
        now = self.clock()
        observations = self.services.store.stored_observations(start=now - PRESENCE_LOOKBACK, end=now + timedelta(seconds=1))
        return presence_at(observations, now)

    def _work(self, job_id: str) -> str:
        store, engine = self.services.store, self.services.engine
        now = self.clock()
        if job_id == CONSOLIDATE:
            today = now.astimezone(self.tz).date()
            days = [today - timedelta(days=n) for n in range(1, CONSOLIDATE_DAYS + 1)]
            results = consolidate_days(store, engine, days, self.tz)
            done = [r for r in results if r.outcome != "empty"]
            return "; ".join(r.line() for r in done) if done else f"no observations in the last {CONSOLIDATE_DAYS} days"
        if job_id == FOLD_MEMORIES:
            return fold_to_budget(store, self.tz, self.settings.memory_budget_observations,
                                  self.settings.memory_fold_after_days, now).summary()
        routines = self._routines(now)
        if job_id == ROUTINE_STATS:
            return " | ".join(routines.lines())
        summaries = []
        if self.model_fact_candidates:
            summaries = store.stored_observations(start=now - timedelta(days=1), end=now, kinds=[DAY_SUMMARY_KIND])
        report = learn_facts(store, self.services.embedder, engine, routines, summaries, clock=self.clock)
        return report.summary()

    def _routines(self, now: datetime) -> Routines:
        observations = self.services.store.stored_observations(start=now - ROUTINE_WINDOW, end=now)
        self.routines = learn_routines(observations, self.tz)
        if self.services.routines is not None:
            self.services.routines.update(self.routines, now)  # chat reads them for habit questions
        return self.routines

    # -- status ------------------------------------------------------------------------------

    def _next_runs(self) -> dict[str, datetime | None]:
        """Next run time per job id: from the running scheduler, else read from the job store (so
        ``tether jobs`` in embedded mode shows what a server on this data directory will do)."""
        if self._scheduler is not None:
            return {job.id: job.next_run_time for job in self._scheduler.get_jobs()}
        if not self.path.exists():
            return {}
        from types import SimpleNamespace

        from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

        store = SQLAlchemyJobStore(url=f"sqlite:///{self.path}")
        store.start(SimpleNamespace(timezone=self.tz), "default")  # only the time zone is asked of a scheduler
        try:
            return {job.id: job.next_run_time for job in store.get_all_jobs()}
        finally:
            store.shutdown()

    def status(self) -> list[dict[str, Any]]:
        """Per job: id, name, next run time (ISO, None when not scheduled), and the last run."""
        out = []
        next_runs = self._next_runs()
        for spec in JOBS.values():
            last = self.runs.last(spec.id)
            out.append({
                "id": spec.id,
                "name": spec.name,
                "next_run_time": _iso(next_runs.get(spec.id)),
                "retry_at": _iso(next_runs.get(f"{spec.id}:retry")),
                "last_run": last.started if last else None,
                "last_finished": last.finished if last else None,
                "last_outcome": last.outcome if last else None,
                "last_result": last.result if last else None,
                "last_error": last.error if last else None,
            })
        return out


def _iso(value: datetime | None) -> str | None:
    return None if value is None else format_iso(value)
