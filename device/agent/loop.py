"""``tether agent``: sensors on their own schedules, digitize, queue, sync; survives outages.

``Agent`` is the life cycle: it builds the parts, schedules them, and stops them in order.

- ``device.agent.poller.SensorPoller``: the sensing step, run for each enabled sensor
  (``device.agent.sensors``) by an apscheduler job on the monotonic clock
  (``device.agent.scheduler``). What a poll returns goes through the device pipeline into the
  local store and the durable outbox (``device.agent.writer`` holds it while the disk is full).
- ``device.agent.sync.Syncer``: the sync step, delivering the outbox and backing off
  exponentially while the server fails.
- ``device.agent.reporter.StatusReporter``: the status the steps update, written to the status
  file (``device.agent.status``) that the TUI and ``tether agent status`` read.

SIGTERM or SIGINT: no new polls; the write in progress finishes; one last sync within
``shutdown_sync_s``; the status says stopped; exit 0. Nothing the pipeline accepted is lost either
way, since the outbox is on disk.
"""

from __future__ import annotations

import logging
import signal
import threading
from collections.abc import Callable
from pathlib import Path
from types import FrameType

from apscheduler.events import EVENT_JOB_MAX_INSTANCES

from device.agent.logs import add_file_log, remove_file_log
from device.agent.poller import SensorPoller, job_id
from device.agent.reporter import StatusReporter
from device.agent.scheduler import SteadyScheduler
from device.agent.sensors import build_sensors, poll_interval
from device.agent.status import AgentStatus
from device.agent.sync import Syncer, http_server
from device.agent.writer import BufferedWriter
from device.client.api import ServerApi
from device.context import DeviceContext
from sensors.base import Sensor
from sensors.registry import load_default_registry
from sensors.replay import ReplaySensor
from shared.settings import DeviceSettings
from shared.timeutil import utc_now

logger = logging.getLogger(__name__)

STATUS_EVERY_S = 5.0
"""How often a running agent rewrites its status file (only when something changed)."""
SYNC_TICK_S = 1.0
"""How often the sync job checks whether a sync is due (the due time itself is monotonic)."""


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
        self.reporter = StatusReporter(settings)
        if context is None:
            # The agent's own client: sync requests time out sooner than a chat answer may take.
            remote = http_server(settings, settings.sync_timeout_s) if settings.server_url else None
            context = DeviceContext(settings, server=remote)
        self.ctx = context
        problems: dict[str, str] = {}
        if sensors is None:
            sensors, problems = build_sensors(settings, load_default_registry())
        self.sensors = list(sensors)
        if replay is not None:
            self.sensors.append(ReplaySensor(replay))
        with self.reporter.update() as status:
            status.sensors.update(problems)
            status.server = self.ctx.settings.server_url or "embedded"
        self.stopping = threading.Event()
        self.writer = BufferedWriter(self.ctx.pipeline)
        self.poller = SensorPoller(self.writer, self.reporter, self.stopping)
        self.sync_interval_s = interval_s if interval_s is not None else settings.sync_interval_s
        self.syncer = Syncer(self.ctx, settings, self.reporter, self.stopping, self.sync_interval_s)

    @property
    def status(self) -> AgentStatus:
        """The live status (the reporter's); once the agent runs, change it only inside ``reporter.update()``."""
        return self.reporter.status

    def sense(self, sensor: Sensor) -> None:
        """Poll one sensor and write what it read (see ``SensorPoller.sense``)."""
        self.poller.sense(sensor)

    def sync(self, server: ServerApi | None = None, wait_s: float | None = None) -> bool:
        """Deliver the outbox once (see ``Syncer.sync``); returns whether it worked."""
        return self.syncer.sync(server, wait_s)

    def write_status(self) -> None:
        """Write the status file if anything changed; a failure (full disk) is logged, not raised."""
        self.reporter.write(refresh=self._refresh_gauges)

    def _refresh_gauges(self, status: AgentStatus) -> None:
        status.pending = self.writer.pending
        status.outbox_depth = self.syncer.depth()
        status.set_aside = self.syncer.set_aside_count()

    def _poll_interval(self, sensor: Sensor) -> float:
        return poll_interval(sensor, self.settings, self.interval_s)

    # -- life cycle --------------------------------------------------------------------------

    def _mark_started(self) -> None:
        self.reporter.mark_started({sensor.name: self._poll_interval(sensor) for sensor in self.sensors})

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
        scheduler = SteadyScheduler()
        scheduler.add_listener(self.poller.count_skipped, EVENT_JOB_MAX_INSTANCES)
        # Its "skipped: maximum number of running instances" warning would repeat for every slow
        # poll; the listener counts those in the sensor's stats instead.
        logging.getLogger("apscheduler.scheduler").setLevel(logging.ERROR)
        for sensor in self.sensors:
            # The first poll comes at once, so a short-lived agent still reads every sensor.
            scheduler.add_job(self.poller.sense, "interval", args=[sensor], seconds=self._poll_interval(sensor),
                              id=job_id(sensor), name=f"sense {sensor.name}", executor="sense", next_run_time=utc_now())
        scheduler.add_job(self.syncer.tick, "interval", seconds=min(SYNC_TICK_S, self.sync_interval_s), id="sync",
                          executor="sync", next_run_time=utc_now())
        scheduler.add_job(self.write_status, "interval", seconds=STATUS_EVERY_S, id="status", next_run_time=utc_now())
        names = ", ".join(f"{s.name} every {self._poll_interval(s):g} s" for s in self.sensors)
        self.echo(f"tether agent (pid {self.status.pid}): {names or 'no sensors'}; syncing to {self.status.server} "
                  f"every {self.sync_interval_s:g} s; status in {self.reporter.path}")
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
        if not self.poller.wait_idle(timeout_s=10.0):
            logger.warning("a sensor is still being polled; stopping without waiting for it")
        self.writer.flush()
        self.syncer.final_sync()
        self._finish()

    def _finish(self) -> None:
        self.reporter.mark_stopped()
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
