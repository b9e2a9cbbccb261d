"""``tether agent``: sensors on their own schedules, digitize, queue, sync; survives outages.

Each enabled sensor is polled on its own interval (``device.agent.sensors``) by an apscheduler
job on the monotonic clock (``device.agent.scheduler``). What a poll returns goes through the
device pipeline into the local store and the durable outbox (``device.agent.writer`` holds it while
the disk is full). A sync job delivers the outbox, backing off exponentially while the server
fails (``device.agent.sync``). The status file (``device.agent.status``) tells the TUI and
``tether agent status`` what is going on.

SIGTERM or SIGINT: no new polls; the write in progress finishes; one last sync within
``shutdown_sync_s``; the status says stopped; exit 0. Nothing the pipeline accepted is lost either
way, since the outbox is on disk.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import asdict
from datetime import timedelta
from pathlib import Path
from types import FrameType

import psutil
from apscheduler.events import EVENT_JOB_MAX_INSTANCES, JobSubmissionEvent

from device.agent.logs import add_file_log, remove_file_log
from device.agent.scheduler import SteadyScheduler
from device.agent.sensors import build_sensors, poll_interval
from device.agent.status import AgentStatus, write_agent_status
from device.agent.sync import Backoff, BudgetedServer, SyncInterrupted, http_server
from device.agent.writer import BufferedWriter, is_storage_error
from device.client.audit import AuditingServerApi
from device.context import DeviceContext
from device.client.api import ServerApi, ServerError
from sensors.base import HealthStatus, Sensor
from sensors.registry import load_default_registry
from sensors.replay import ReplaySensor
from shared.settings import DeviceSettings
from shared.timeutil import format_iso, utc_now

logger = logging.getLogger(__name__)

STATUS_EVERY_S = 5.0
"""How often a running agent rewrites its status file (only when something changed)."""
SYNC_TICK_S = 1.0
"""How often the sync job checks whether a sync is due (the due time itself is monotonic)."""


def _now() -> str:
    return format_iso(utc_now())


class Agent:
    """The logging agent: build with settings, then ``run_once()`` or ``run()`` until ``stop()``.

    ``context`` and ``sensors`` may be given (tests); otherwise they are built from the settings.
    ``interval_s`` overrides every sensor's poll interval and the sync interval.
    """

    def __init__(self, settings: DeviceSettings, *, context: DeviceContext | None = None,
                 sensors: list[Sensor] | None = None, replay: Path | None = None, interval_s: float | None = None,
                 echo: Callable[[str], None] = logger.info) -> None:
        self.settings = settings
        self.echo = echo
        self.interval_s = interval_s
        self.status = AgentStatus()
        if context is None:
            # The agent's own client: sync requests time out sooner than a chat answer may take.
            remote = http_server(settings, settings.sync_timeout_s) if settings.server_url else None
            context = DeviceContext(settings, server=remote)
        self.ctx = context
        if sensors is None:
            sensors, problems = build_sensors(settings, load_default_registry())
            self.status.sensors.update(problems)
        self.sensors = list(sensors)
        if replay is not None:
            self.sensors.append(ReplaySensor(replay))
        self.writer = BufferedWriter(self.ctx.pipeline)
        self.sync_interval_s = interval_s if interval_s is not None else settings.sync_interval_s
        self.backoff = Backoff(min(10.0, self.sync_interval_s), max(settings.sync_backoff_max_s, min(10.0, self.sync_interval_s)))
        self.status.server = self.ctx.settings.server_url or "embedded"
        self.stopping = threading.Event()
        self._status_lock = threading.RLock()
        self._sync_lock = threading.Lock()
        self._next_sync_at = 0.0  # monotonic; 0: at the first tick
        self._contacted_server = False
        self._sensing = 0
        self._idle = threading.Condition()
        self._last_written = ""
        self._scheduler: SteadyScheduler | None = None
        self._sync_thread: threading.Thread | None = None

    # -- one sensor -------------------------------------------------------------------------

    def sense(self, sensor: Sensor) -> None:
        """Poll one sensor and write what it read (the job each sensor's schedule runs)."""
        if self.stopping.is_set():
            return
        with self._sensing_now():
            if self.writer.paused_reason is not None:
                self._write(None)  # retry what is held; stay paused while that fails
                if self.writer.paused_reason is not None:
                    return  # sensing stays paused: polling now would read more than we can keep
            health = sensor.health()
            self._set_sensor_health(sensor.name, health.status.value + (f": {health.reason}" if health.reason else ""))
            if health.status is HealthStatus.unavailable:
                return
            try:
                observations = sensor.poll()
            except Exception as exc:  # a broken sensor must not stop the others
                logger.exception("sensor %s failed", sensor.name, extra={"sensor": sensor.name})
                with self._status_lock:
                    self.status.sensors[sensor.name] = f"error: {exc}"
                    self._stats(sensor.name)["errors"] += 1
                    self.status.add_error(_now(), f"sensor {sensor.name}", str(exc))
                return
            with self._status_lock:
                stats = self._stats(sensor.name)
                stats["polls"] += 1
                stats["observations"] += len(observations)
                stats["last_poll"] = _now()
                self.status.polls += 1
            if observations:
                logger.debug("sensor %s read %d observations", sensor.name, len(observations),
                             extra={"sensor": sensor.name, "count": len(observations)})
            self._write(observations)

    def _write(self, observations: list | None) -> None:
        report = self.writer.write(observations) if observations else self.writer.flush()
        with self._status_lock:
            self.status.pending = self.writer.pending
            reason = self.writer.paused_reason
            if reason is not None and self.status.paused_reason != reason:
                self.status.add_error(_now(), "storage", f"{reason}: {self.writer.last_error}")
            self.status.paused_reason = reason
            if report is not None:
                self.status.observations += report.stored
                self.status.excluded += report.excluded
                self.status.redactions += report.redactions

    # -- sync --------------------------------------------------------------------------------

    def sync_tick(self) -> None:
        """Sync when due: every sync interval, or after the backoff delay following a failure."""
        if self.stopping.is_set() or time.monotonic() < self._next_sync_at:
            return
        if self._sync_thread is not None and self._sync_thread.is_alive():
            return  # the previous sync is still sending (a slow server); it schedules the next itself
        # A daemon thread: a request hanging on a silent server cannot hold the process past its
        # last sync on SIGTERM (the outbox acknowledges only what the server answered, so nothing
        # is lost if the thread dies with the process).
        self._sync_thread = threading.Thread(target=self.sync, name="tether-sync", daemon=True)
        self._sync_thread.start()

    def sync(self, server: ServerApi | None = None, wait_s: float | None = None) -> bool:
        """Deliver the outbox once; schedules the next attempt. Returns whether it worked.

        With ``wait_s``, gives up (False) if another sync is still running after that long.
        """
        if not self._sync_lock.acquire(timeout=-1 if wait_s is None else wait_s):
            logger.info("a sync is still running; not starting another")
            return False
        try:
            return self._sync_locked(server)
        finally:
            self._sync_lock.release()

    def _sync_locked(self, server: ServerApi | None) -> bool:
        started = time.monotonic()
        with self._status_lock:
            self.status.cycles += 1
            self.status.last_cycle = _now()
        try:
            if self.ctx.outbox.depth() == 0:
                report = None  # nothing to send: no reason to wake the server (or load the embedded one)
            else:
                target = server or BudgetedServer(self.ctx.server, stop=self.stopping)
                report = self.ctx.pipeline.sync(target, self.settings.sync_batch)
                self._contacted_server = True
        except SyncInterrupted as exc:
            logger.info("sync ended early: %s", exc)
            with self._status_lock:
                self.status.outbox_depth = self._depth()
            return False
        except Exception as exc:  # server down, refused, or the device's disk: count, back off, retry
            delay = self.backoff.failure()
            # The server's own Retry-After (429/503 backpressure) wins over a shorter backoff.
            delay = max(delay, getattr(exc, "retry_after_s", None) or 0.0)
            self._next_sync_at = started + delay
            where = "sync" if isinstance(exc, ServerError) else "sync (device)"
            if not isinstance(exc, ServerError) and not is_storage_error(exc):
                logger.exception("sync failed unexpectedly")
            logger.warning("%s failed (%d in a row), next attempt in %.0f s: %s", where, self.backoff.failures, delay, exc,
                           extra={"failures": self.backoff.failures, "retry_in_s": round(delay, 1)})
            with self._status_lock:
                self.status.last_error = f"sync: {exc}"
                self.status.sync_failures = self.backoff.failures
                self.status.next_sync = format_iso(utc_now() + timedelta(seconds=delay))
                self.status.add_error(_now(), where, str(exc))
                self.status.outbox_depth = self._depth()
            return False
        self.backoff.success()
        self._next_sync_at = started + self.sync_interval_s
        with self._status_lock:
            self.status.sync_failures = 0
            self.status.last_error = None
            self.status.next_sync = format_iso(utc_now() + timedelta(seconds=self.sync_interval_s))
            self.status.outbox_depth = self._depth()
            if report is not None:
                self.status.last_sync = _now()
                self.status.synced += report.accepted + report.duplicates
                logger.info("synced %d observations (%d new, %d already there, %d rejected), %d queued",
                            report.sent, report.accepted, report.duplicates, len(report.rejected), report.remaining,
                            extra={"sent": report.sent, "accepted": report.accepted, "duplicates": report.duplicates,
                                   "rejected": len(report.rejected), "queued": report.remaining})
        return True

    def _depth(self) -> int:
        try:
            return self.ctx.outbox.depth()
        except Exception:  # a closed or failing outbox must not break the status
            return self.status.outbox_depth

    # -- status ------------------------------------------------------------------------------

    def write_status(self) -> None:
        """Write the status file if anything changed; a failure (full disk) is logged, not raised."""
        with self._status_lock:
            self.status.pending = self.writer.pending
            self.status.outbox_depth = self._depth()
            snapshot = AgentStatus(**asdict(self.status))
        text = repr(asdict(snapshot))
        if text == self._last_written:
            return
        try:
            write_agent_status(self.settings, snapshot)
            self._last_written = text
        except OSError as exc:
            logger.warning("cannot write the agent status: %s", exc)

    def _poll_skipped(self, event: JobSubmissionEvent) -> None:
        """A poll came due while the previous one of the same sensor was still running."""
        name = event.job_id.removeprefix("sense-")
        logger.debug("poll of %s skipped: the previous one is still running", name, extra={"sensor": name})
        with self._status_lock:
            if event.job_id.startswith("sense-"):
                self._stats(name)["skipped"] += 1

    def _set_sensor_health(self, name: str, health: str) -> None:
        with self._status_lock:
            self.status.sensors[name] = health

    def _stats(self, name: str) -> dict:
        return self.status.sensor_stats.setdefault(
            name, {"interval_s": None, "polls": 0, "observations": 0, "errors": 0, "skipped": 0, "last_poll": None})

    @contextmanager
    def _sensing_now(self) -> Iterator[None]:
        with self._idle:
            self._sensing += 1
        try:
            yield
        finally:
            with self._idle:
                self._sensing -= 1
                self._idle.notify_all()

    def _wait_sensing_done(self, timeout_s: float) -> bool:
        with self._idle:
            return self._idle.wait_for(lambda: self._sensing == 0, timeout=timeout_s)

    # -- life cycle --------------------------------------------------------------------------

    def _mark_started(self) -> None:
        me = psutil.Process()
        with self._status_lock:
            self.status.running = True
            self.status.pid = me.pid
            self.status.pid_started = me.create_time()
            self.status.started = _now()
            self.status.stopped = None
            for sensor in self.sensors:
                self._stats(sensor.name)["interval_s"] = poll_interval(sensor, self.settings, self.interval_s)

    def run_once(self) -> AgentStatus:
        """One cycle: poll every sensor once, write, sync once, write the status (cron, tests)."""
        self._mark_started()
        try:
            for sensor in self.sensors:
                self.sense(sensor)
            self.sync()
        finally:
            self._finish()
        return self.status

    def run(self) -> AgentStatus:
        """Run the schedules until ``stop()`` (or SIGTERM/SIGINT in the main thread); then shut down."""
        self._mark_started()
        self._install_signal_handlers()
        scheduler = self._scheduler = SteadyScheduler()
        scheduler.add_listener(self._poll_skipped, EVENT_JOB_MAX_INSTANCES)
        # Its "skipped: maximum number of running instances" warning would repeat for every slow
        # poll; the listener counts those in the sensor's stats instead.
        logging.getLogger("apscheduler.scheduler").setLevel(logging.ERROR)
        for sensor in self.sensors:
            interval = poll_interval(sensor, self.settings, self.interval_s)
            # The first poll comes at once, so a short-lived agent still reads every sensor.
            scheduler.add_job(self.sense, "interval", args=[sensor], seconds=interval, id=f"sense-{sensor.name}",
                              name=f"sense {sensor.name}", executor="sense", next_run_time=utc_now())
        scheduler.add_job(self.sync_tick, "interval", seconds=min(SYNC_TICK_S, self.sync_interval_s), id="sync",
                          executor="sync", next_run_time=utc_now())
        scheduler.add_job(self.write_status, "interval", seconds=STATUS_EVERY_S, id="status", next_run_time=utc_now())
        names = ", ".join(f"{s.name} every {poll_interval(s, self.settings, self.interval_s):g} s" for s in self.sensors)
        self.echo(f"tether agent (pid {self.status.pid}): {names or 'no sensors'}; syncing to {self.status.server} "
                  f"every {self.sync_interval_s:g} s; status in {self.settings.device_dir / 'agent-status.json'}")
        logger.info("agent started with %d sensors", len(self.sensors),
                    extra={"sensors": [s.name for s in self.sensors], "server": self.status.server})
        scheduler.start()
        try:
            while not self.stopping.wait(5.0):
                pass
        finally:
            self._shutdown(scheduler)
        return self.status

    def stop(self) -> None:
        """Ask ``run()`` to shut down (safe from a signal handler or another thread)."""
        self.stopping.set()

    def _install_signal_handlers(self) -> None:
        if threading.current_thread() is not threading.main_thread():
            return

        def handle(signum: int, _frame: FrameType | None) -> None:
            logger.info("received %s; stopping", signal.Signals(signum).name)
            self.stop()

        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, handle)

    def _shutdown(self, scheduler: SteadyScheduler) -> None:
        self.stopping.set()
        scheduler.shutdown(wait=False)  # no new runs; the ones running finish below
        # The write in progress finishes (a sense job counts itself while it polls and writes).
        # A sync in progress ends after its current request (BudgetedServer sees ``stopping``).
        if not self._wait_sensing_done(timeout_s=10.0):
            logger.warning("a sensor is still being polled; stopping without waiting for it")
        self.writer.flush()
        self._final_sync()
        self._finish()

    def _final_sync(self) -> None:
        budget = self.settings.shutdown_sync_s
        if budget <= 0 or self._depth() == 0:
            return
        if self.settings.server_url:
            inner = http_server(self.settings, timeout_s=budget)
            server: ServerApi = AuditingServerApi(inner, self.ctx.audit)
        elif self._contacted_server:
            inner, server = None, self.ctx.server
        else:
            logger.info("embedded server not loaded; %d observations stay queued for the next start", self._depth())
            return
        deadline = time.monotonic() + budget
        try:
            self.sync(BudgetedServer(server, deadline=deadline), wait_s=budget)
        finally:
            if inner is not None:
                inner.close()

    def _finish(self) -> None:
        with self._status_lock:
            self.status.running = False
            self.status.stopped = _now()
            self.status.next_sync = None
        self.write_status()
        for sensor in self.sensors:
            try:
                sensor.close()
            except Exception:  # closing one sensor must not keep the others open
                logger.exception("closing sensor %s failed", sensor.name)
        self.ctx.close()
        self.echo(f"tether agent stopped: {self.status.observations} observations stored, {self.status.synced} synced, "
                  f"{self.status.outbox_depth} queued" + (f"; last error: {self.status.last_error}" if self.status.last_error else ""))


def run_agent(settings: DeviceSettings, once: bool = False, interval_s: float | None = None, replay: Path | None = None,
              echo: Callable[[str], None] = logger.info) -> int:
    """Run the agent (one cycle with ``once``), logging to ``home/logs/agent.log`` too; returns 0."""
    handler = add_file_log(settings.home / "logs" / "agent.log", settings.log_format,
                           settings.log_max_bytes, settings.log_backups)
    try:
        agent = Agent(settings, replay=replay, interval_s=interval_s, echo=echo)
        agent.status.log_file = str(settings.home / "logs" / "agent.log")
        agent.run_once() if once else agent.run()
    finally:
        remove_file_log(handler)
    return 0
