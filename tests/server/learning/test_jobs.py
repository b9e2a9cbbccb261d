"""Learning jobs: persistence across restarts, catch-up after downtime, sleep-time deferral, the API."""

from __future__ import annotations

import time
from datetime import date, datetime, timedelta, timezone
from types import SimpleNamespace

import pytest

from sensors.synthetic import generate_life
from server.errors import JobNotFoundError
from server.learning import jobs as jobs_module
from server.learning.jobs import (
    CONSOLIDATE,
    FOLD_MEMORIES,
    JOBS,
    LEARN_FACTS,
    MAX_DEFERRALS,
    ROUTINE_STATS,
    LearningScheduler,
)
from server.learning.presence import presence_at
from shared.observation import Observation
from shared.settings import ServerSettings
from shared.timeutil import parse_iso, utc_now
from tests.server.learning_support import ListStore, ScriptedEngine, WordEmbedder

TOKEN = "jobs-test-token"


def _settings(home) -> ServerSettings:
    return ServerSettings(home=home, timezone="Europe/Berlin", token=TOKEN)


def _services(store=None):
    return SimpleNamespace(store=store if store is not None else ListStore(), embedder=WordEmbedder(),
                           engine=ScriptedEngine(lambda messages, schema: {"op": "NOOP", "target": "none"}),
                           routines=None)


def _obs(obs_id: str, kind: str, start: datetime, end: datetime | None = None, **data) -> Observation:
    return Observation(id=obs_id, sensor="test", kind=kind, start=start, end=end, data=data)


def _wait_for(predicate, timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out waiting"
        time.sleep(0.05)


@pytest.fixture
def learning_factory(tmp_path):
    """Builds schedulers on one data directory and stops them all at the end."""
    made: list[LearningScheduler] = []

    def make(services=None, **kwargs) -> LearningScheduler:
        learning = LearningScheduler(services or _services(), _settings(tmp_path), **kwargs)
        made.append(learning)
        return learning

    yield make
    for learning in made:
        learning.stop()


def test_jobs_and_their_next_runs_survive_a_restart(learning_factory) -> None:
    first = learning_factory()
    first.start()
    before = {row["id"]: row["next_run_time"] for row in first.status()}
    first.stop()
    stopped = {row["id"]: row["next_run_time"] for row in first.status()}  # read from the job store

    second = learning_factory()
    second.start()
    after = {row["id"]: row["next_run_time"] for row in second.status()}

    assert set(before) == set(JOBS) == {CONSOLIDATE, LEARN_FACTS, ROUTINE_STATS, FOLD_MEMORIES}
    assert stopped == before
    assert all(before.values()) and after == before
    job = second._scheduler.get_job(CONSOLIDATE)
    # Persisted by reference with plain string arguments, so any later process can load it.
    assert job.func_ref == "server.learning.jobs:run_job"
    assert job.args == (second.instance_id, CONSOLIDATE)
    assert second.instance_id == first.instance_id
    local = parse_iso(after[CONSOLIDATE]).astimezone(second.tz)
    assert (local.hour, local.minute) == (3, 30)


def test_runs_missed_during_downtime_are_caught_up_once(learning_factory, tmp_path) -> None:
    from apscheduler.jobstores.sqlalchemy import SQLAlchemyJobStore

    first = learning_factory()
    first.start()
    first.stop()

    # Downtime: the stored next runs lie in the past (hourly job: four missed runs).
    store = SQLAlchemyJobStore(url=f"sqlite:///{first.path}")
    store.start(SimpleNamespace(timezone=timezone.utc), "default")  # only the time zone is asked of a scheduler
    now = utc_now()
    for job_id, missed_since in ((ROUTINE_STATS, timedelta(hours=3, minutes=10)), (CONSOLIDATE, timedelta(hours=1))):
        job = store.lookup_job(job_id)
        job._modify(next_run_time=now - missed_since)
        store.update_job(job)
    store.shutdown()

    second = learning_factory()
    second.start()
    _wait_for(lambda: second.runs.last(ROUTINE_STATS) and second.runs.last(CONSOLIDATE))
    time.sleep(1.0)  # room for a wrong second run to show up

    for job_id in (ROUTINE_STATS, CONSOLIDATE):
        runs = second.runs.runs(job_id)
        assert len(runs) == 1, runs
        assert (runs[0].trigger, runs[0].outcome) == ("scheduled", "ok")
    assert second.runs.last(CONSOLIDATE).result == "no observations in the last 7 days"
    assert second.runs.last(LEARN_FACTS) is None
    for row in second.status():
        assert parse_iso(row["next_run_time"]) > now


def test_heavy_jobs_wait_while_the_person_is_active(learning_factory) -> None:
    now = utc_now()
    store = ListStore()
    store.add([_obs("typing", "computer", now - timedelta(minutes=20), now - timedelta(minutes=2), app="VS Code")])
    learning = learning_factory(_services(store))
    learning.start()

    deferred = learning.execute(CONSOLIDATE, trigger="scheduled")
    assert deferred.outcome == "deferred" and "active" in deferred.result
    retry_at = parse_iso(next(row for row in learning.status() if row["id"] == CONSOLIDATE)["retry_at"])
    assert timedelta(minutes=29) < retry_at - now < timedelta(minutes=31)

    given_up = learning.execute(CONSOLIDATE, trigger="deferred", attempt=MAX_DEFERRALS)
    assert given_up.outcome == "skipped" and "next scheduled run" in given_up.result
    assert learning.execute(ROUTINE_STATS, trigger="scheduled").outcome == "ok"  # light: runs anyway
    manual = learning.run_now(CONSOLIDATE)
    assert (manual.trigger, manual.outcome) == ("manual", "ok")


def test_presence_rules() -> None:
    now = datetime(2026, 11, 20, 2, 0, tzinfo=timezone.utc)
    assert presence_at([], now).resting
    assert presence_at([_obs("s", "sleep", now - timedelta(hours=3), now + timedelta(hours=4))], now).resting
    assert presence_at([_obs("a", "afk", now - timedelta(minutes=40), now - timedelta(minutes=1), afk=True)], now).resting
    typing = _obs("c", "computer", now - timedelta(minutes=30), now - timedelta(minutes=5))
    assert not presence_at([typing], now).resting
    assert presence_at([typing.model_copy(update={"end": now - timedelta(minutes=31)})], now).resting
    back = _obs("b", "afk", now - timedelta(minutes=3), now, afk=False)
    assert not presence_at([back], now).resting
    planned = _obs("m", "meeting", now + timedelta(hours=7), now + timedelta(hours=8))
    assert presence_at([planned, typing.model_copy(update={"end": now - timedelta(hours=2)})], now).resting


def test_failures_are_recorded_and_unknown_jobs_refused(learning_factory) -> None:
    class BrokenStore(ListStore):
        def stored_observations(self, *args, **kwargs):
            raise RuntimeError("disk on fire")

    learning = learning_factory(_services(BrokenStore()))
    run = learning.run_now(ROUTINE_STATS)
    assert run.outcome == "error" and run.error == "RuntimeError: disk on fire"
    row = next(row for row in learning.status() if row["id"] == ROUTINE_STATS)
    assert (row["last_outcome"], row["last_error"]) == ("error", "RuntimeError: disk on fire")
    assert row["next_run_time"] is None  # never started on this data directory
    with pytest.raises(JobNotFoundError, match="no job 'nope'"):
        learning.run_now("nope")


def test_a_job_fired_without_a_live_scheduler_is_skipped(caplog) -> None:
    jobs_module.run_job("not-running", CONSOLIDATE)
    assert "not running here" in caplog.text


def test_jobs_api(learning_factory) -> None:
    from fastapi.testclient import TestClient

    from server.api.app import create_app
    from server.api.routes import jobs as jobs_routes

    learning = learning_factory()
    learning.start()
    services = _services()
    app = create_app(_settings(learning.path.parent.parent), services=services)  # type: ignore[arg-type]
    app.include_router(jobs_routes.router)  # the lead mounts it in create_app
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with TestClient(app) as client:
        assert client.get("/v1/jobs").status_code == 401
        assert client.get("/v1/jobs", headers=auth).json()["error"] == "learning_unavailable"
        app.state.learning = learning
        listed = client.get("/v1/jobs", headers=auth)
        assert listed.status_code == 200
        assert [row["id"] for row in listed.json()] == list(JOBS)
        assert all(row["next_run_time"] for row in listed.json())
        ran = client.post(f"/v1/jobs/{ROUTINE_STATS}/run", headers=auth)
        assert ran.status_code == 200 and ran.json()["outcome"] == "ok" and ran.json()["trigger"] == "manual"
        assert client.get("/v1/jobs", headers=auth).json()[2]["last_outcome"] == "ok"
        missing = client.post("/v1/jobs/nope/run", headers=auth)
        assert missing.status_code == 404 and missing.json()["error"] == "job_not_found"


# -- the real thing: chromadb, the embedder and SmolLM2 -------------------------------------------

def test_real_jobs_consolidate_and_learn(tmp_path_factory, server_settings, server_services) -> None:
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("jobs-home")})
    services = build_services(settings, engine=server_services.scheduler.inner, embedder=server_services.embedder)
    services.store.add(generate_life(date(2026, 11, 16), 2, seed=4, tz="Europe/Berlin"))
    night = datetime(2026, 11, 18, 2, 30, tzinfo=timezone.utc)  # 03:30 in Berlin, the person asleep
    learning = LearningScheduler(services, settings, clock=lambda: night)

    assert learning.presence().resting
    consolidated = learning.execute(CONSOLIDATE, trigger="scheduled")
    assert consolidated.outcome == "ok", consolidated.error
    assert "2026-11-16: added" in consolidated.result and "2026-11-17: added" in consolidated.result
    learned = learning.execute(LEARN_FACTS, trigger="scheduled")
    assert learned.outcome == "ok" and "ADD" in learned.result
    stats = learning.run_now(ROUTINE_STATS)
    assert stats.result.startswith("2 days observed")

    assert [o.id for o in services.store.stored_observations(kinds=["day_summary"])] == [
        "day-summary-2026-11-16", "day-summary-2026-11-17"]
    assert services.store.stored_observations(kinds=["profile_fact"])
    assert learning.execute(CONSOLIDATE, trigger="scheduled").result.count("unchanged") == 2


def test_the_run_log_keeps_the_newest_runs_per_job(tmp_path) -> None:
    from server.learning.job_runs import JobRunLog

    log = JobRunLog(tmp_path / "jobs.sqlite", keep=3)
    now = utc_now()
    for n in range(5):
        log.record(ROUTINE_STATS, "scheduled", now, now, "ok", f"run {n}")
        log.record(CONSOLIDATE, "scheduled", now, now, "ok", f"run {n}")
    assert [run.result for run in log.runs(ROUTINE_STATS)] == ["run 4", "run 3", "run 2"]
    assert len(log.runs()) == 6 and log.last(CONSOLIDATE).result == "run 4"
