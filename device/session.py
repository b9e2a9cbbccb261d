"""``TuiSession``: everything the TUI asks of the device, as blocking calls for thread workers.

The widgets never touch the device context directly: they call this from workers and post the
results back to the app. It holds the clock (``now`` can be fixed, for ``tether tui --at`` and
for deterministic snapshots) and builds the heavy parts (model, embedded server) under a lock,
since two workers may need them at once.
"""

from __future__ import annotations

import logging
import shlex
import threading
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from rich.text import Text

from device.agent.status import read_agent_status
from device.ask import Answer, ask, guide_now
from device.context import DeviceContext
from device.forget import forget_on_device
from device.guidance import GuidanceItem
from device.pipeline.rollup import local_day_bounds
from device.client.api import ServerApi, ServerUnreachableError
from device.condense.state import current_state, state_lines
from device.status_probe import (
    DeviceStatus,
    EngineStats,
    ServerStatus,
    disabled_sensors,
    fetch_engine_stats,
    probe_server,
    sensor_rows,
    session_engine_stats,
)
from device.tui.widgets.timeline import day_lines, week_lines
from shared.observation import Observation
from shared.timeutil import to_utc, utc_now
from shared.wire import MAX_HISTORY_TURNS, ChatTurn, ForgetRequest, MemoryHit, MemorySearchResponse, PhaseMetrics

logger = logging.getLogger(__name__)

STATE_HISTORY = timedelta(days=2)
"""History read for the current state (last night's sleep may have begun the day before)."""
EVIDENCE_WINDOW = timedelta(days=2)
"""How far around a memory's start its source observations are looked up in the local store."""


@dataclass(frozen=True)
class TodayView:
    """The 'today at a glance' panel: state lines and a day (or week) picture."""

    now: datetime
    day: date
    week: bool
    state: list[str]
    picture: list[Text]


@dataclass(frozen=True)
class LogOutcome:
    """What logging by hand did."""

    observation: Observation
    synced: bool
    message: str


@dataclass(frozen=True)
class ForgetOutcome:
    """What forgetting a memory removed, on the server and on this device."""

    server: int
    device_observations: int
    device_queued: int

    def message(self) -> str:
        """One line for the person."""
        memories = f"{self.server} memor{'y' if self.server == 1 else 'ies'}"
        return (f"forgot {memories} on the server; removed {self.device_observations} observations "
                f"and {self.device_queued} queued ones on this device")


class TuiSession:
    """The TUI's gateway to the device: a clock, the device context, and the answers so far."""

    def __init__(self, ctx: DeviceContext, clock: Callable[[], datetime] | None = None,
                 phrase_guidance: bool = True) -> None:
        self.ctx = ctx
        self.settings = ctx.settings
        self.tz = ctx.tz
        self.phrase_guidance = phrase_guidance
        self._clock = clock or utc_now
        self._build_lock = threading.Lock()
        self._answer_metrics: list[PhaseMetrics] = []
        self._device_answers = 0
        self.clock_stopped = clock is not None
        """The clock is fixed (``tether tui --at``): what is logged is logged at that time."""
        self._turns: list[ChatTurn] = []
        """The chat's earlier turns: a follow-up ("and the day before?") is read against them."""

    @property
    def mode(self) -> str:
        """``embedded`` or the server URL."""
        return self.settings.server_url or "embedded"

    def now(self) -> datetime:
        """The session's 'now' (aware UTC)."""
        return to_utc(self._clock())

    def _server(self) -> ServerApi:
        with self._build_lock:
            return self.ctx.server

    def _warm_model(self) -> None:
        with self._build_lock:
            self.ctx.condenser  # noqa: B018 - builds the cached model once, under the lock

    # --- chat ---------------------------------------------------------------------------------

    def ask(self, question: str, on_token: Callable[[str], None]) -> Answer:
        """Answer ``question`` as ``tether ask`` does (server, or the device when it is unreachable)."""
        self._warm_model()
        self._server()
        answer = ask(self.ctx, question, at=self.now(), on_token=on_token, history=list(self._turns))
        self._turns = [*self._turns, answer.as_turn()][-MAX_HISTORY_TURNS:]
        if answer.source == "server":
            self._answer_metrics.append(answer.metrics)
        else:
            self._device_answers += 1
        return answer

    def evidence_observations(self, hit: MemoryHit) -> list[Observation]:
        """The observations a memory came from, as far as this device still holds them."""
        ids = set(hit.source_ids) | {hit.id}
        if hit.start is not None:
            around = to_utc(hit.start)
            found = self.ctx.store.between(around - EVIDENCE_WINDOW, around + EVIDENCE_WINDOW)
        else:
            found = self.ctx.store.recent(self.now() - timedelta(days=30))
        return [o for o in found if o.id in ids]

    # --- today --------------------------------------------------------------------------------

    def today(self, day: date | None = None, week: bool = False) -> TodayView:
        """Current state lines and the picture of ``day`` (default today), or of the 7 days up to it."""
        now = self.now()
        today = now.astimezone(self.tz).date()
        day = day or today
        history = self.ctx.store.between(now - STATE_HISTORY, now + timedelta(days=1))
        state = state_lines(current_state(history, now, self.tz), self.tz)
        first = day - timedelta(days=6 if week else 0)
        lo, _ = local_day_bounds(first, self.tz)
        _, hi = local_day_bounds(day, self.tz)
        observations = self.ctx.store.between(lo, hi)
        picture = week_lines(observations, day, self.tz, now) if week else day_lines(observations, day, self.tz, now)
        return TodayView(now, day, week, state, picture)

    def guidance(self) -> list[GuidanceItem]:
        """Guidance for now; the rule limiter is left alone (looking is not firing)."""
        if self.phrase_guidance:
            self._warm_model()
        return guide_now(self.ctx, self.now(), use_model=self.phrase_guidance, rate_limit=False)

    # --- memory -------------------------------------------------------------------------------

    def search(self, query: str, k: int = 10) -> MemorySearchResponse:
        """Memory hits for ``query``; time phrases ("yesterday") are read as of the session's now."""
        return self._server().search(query, k, self.now())

    @staticmethod
    def forget_request(hit: MemoryHit, dry_run: bool = False) -> ForgetRequest:
        """Forget a memory and the observations it came from."""
        return ForgetRequest(ids=[hit.id, *hit.source_ids], dry_run=dry_run)

    def forget_preview(self, hit: MemoryHit) -> int:
        """How many memories forgetting ``hit`` would remove on the server (a dry run)."""
        return self._server().forget(self.forget_request(hit, dry_run=True)).forgotten

    def forget(self, hit: MemoryHit) -> ForgetOutcome:
        """Forget ``hit`` everywhere: the server's memory, the local store and the outbox."""
        request = self.forget_request(hit)
        result = self._server().forget(request)
        stored, queued = forget_on_device(self.ctx, request)
        return ForgetOutcome(result.forgotten, stored, queued)

    # --- logging by hand ----------------------------------------------------------------------

    def log(self, line: str) -> LogOutcome:
        """Log ``KIND key=value ...`` as ``tether log`` does: store, queue, and sync when reachable."""
        from sensors.manual import manual_observation

        words = shlex.split(line)
        if not words:
            raise ValueError("write what to log, e.g. coffee drink=espresso caffeine_mg=63")
        observation = manual_observation(words[0], words[1:], at=self.now())
        accepted = self.ctx.pipeline.accept([observation])
        if accepted.set_aside:
            raise ValueError(f"not logged: {accepted.set_aside[0]}")
        logged = f"logged {observation.kind}" + (f" at {self.stopped_time()} (stopped clock)" if self.clock_stopped else "")
        try:
            report = self.ctx.pipeline.sync(self._server(), self.settings.sync_batch)
        except ServerUnreachableError as exc:
            logger.info("logged %s kept for later sync: %s", observation.id, exc)
            return LogOutcome(observation, False, f"{logged}; kept on the device (server unreachable)")
        return LogOutcome(observation, True, f"{logged}; synced ({report.accepted} stored)")

    def stopped_time(self) -> str:
        """The session's time as a person reads it, ``Fri 20 Nov 16:30``."""
        return f"{self.now().astimezone(self.tz):%a %d %b %H:%M}"

    def sync(self) -> str:
        """Send the outbox now; a line saying what happened."""
        report = self.ctx.pipeline.sync(self._server(), self.settings.sync_batch)
        return f"synced {report.accepted} observations ({report.duplicates} already there), {report.remaining} still queued"

    # --- status -------------------------------------------------------------------------------

    def server_status(self) -> ServerStatus:
        """The server's health (builds the embedded server on first use)."""
        return probe_server(self._server())

    def engine_stats(self) -> EngineStats:
        """The remote server's ``/metrics`` when there is one, else this session's answers."""
        remote = fetch_engine_stats(self.settings)
        if remote is not None:
            return replace(remote, device_answers=self._device_answers)
        return session_engine_stats(self._answer_metrics, self._device_answers)

    def device_status(self, probe_sensors: bool = True) -> DeviceStatus:
        """Outbox depth, local store size, the agent's last status and the sensors' health."""
        agent = read_agent_status(self.settings)
        rows, source = sensor_rows(self.settings, agent) if probe_sensors else ([], "not probed")
        return DeviceStatus(self.ctx.outbox.depth(), self.ctx.store.count(), agent, rows, source,
                            disabled_sensors(self.settings))
