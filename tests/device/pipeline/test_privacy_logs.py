"""No recorded text in the logs, on either side, on the noisy paths: records the server rejects,
syncs that fail, and learning jobs whose model answers garbage that echoes what it was shown.

Every logger runs at DEBUG; a unique marker sits in titles, notes, conversations and the model's
garbage, and must never appear in a log record (message or traceback). The server's happy paths are
covered by tests/server/api/test_security_logs.py.
"""

from __future__ import annotations

import logging
import threading
import uuid
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from device.agent.reporter import StatusReporter
from device.agent.sync import Syncer
from device.client.api import ServerRequestError, ServerUnreachableError
from device.context import DeviceContext
from server.engine.base import parse_json_output
from server.learning.consolidation import consolidate_day, summary_id
from server.learning.facts import FactCandidate, FactLearner, model_candidates
from shared.observation import Observation, ObservationError, parse_observation
from shared.settings import DeviceSettings
from shared.wire import IngestResult, RejectedRecord
from tests.server.learning_support import ListStore, ScriptedEngine, WordEmbedder, fact_observation

MARKER = f"zebracorn{uuid.uuid4().hex[:10]}"
TZ = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 17)
LOGGERS = ("", "device", "server", "sensors", "shared", "httpx", "httpcore")


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    for name in LOGGERS:
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def assert_no_marker(caplog: pytest.LogCaptureFixture) -> None:
    leaked = [f"{r.name}: {r.getMessage()}" for r in caplog.records if MARKER in r.getMessage()]
    assert not leaked, leaked
    assert MARKER not in caplog.text  # formatted records, tracebacks included


def _day_observations() -> list[Observation]:
    start = datetime(2026, 11, 17, 9, tzinfo=TZ)
    return [
        Observation(id="w-1", sensor="window", kind="computer", start=start, end=start + timedelta(minutes=40),
                    data={"app": "firefox", "title": f"Diagnosis results for {MARKER}"}),
        Observation(id="m-1", sensor="manual", kind="meeting", start=start + timedelta(hours=2),
                    end=start + timedelta(hours=3), data={"title": f"{MARKER} review"}),
        Observation(id="c-1", sensor="manual", kind="conversation", start=start + timedelta(hours=4),
                    data={"with": "Dr. Example", "text": f"we talked about {MARKER} and the lab numbers"}),
    ]


class RefusingServer:
    """A server double that rejects every record it is sent, with the error the real parser gives."""

    description = "refusing"

    def __init__(self, failure: Exception | None = None) -> None:
        self.failure = failure

    def post_observations(self, records: list[dict]) -> IngestResult:
        if self.failure is not None:
            raise self.failure
        rejected = []
        for index, record in enumerate(records):
            try:
                parse_observation({**record, "start": record["data"].get("title", MARKER)})
            except ObservationError as exc:
                rejected.append(RejectedRecord(index=index, id=record["id"], error=str(exc)))
        return IngestResult(accepted=0, duplicates=0, rejected=rejected)

    def close(self) -> None:
        pass


@pytest.mark.parametrize("failure", [
    None,  # every record rejected, then dropped from the outbox
    ServerRequestError(413, "request body over 8 MiB"),  # too large: split, then set aside
    ServerRequestError(422, "observations: invalid"),
    ServerUnreachableError("connection refused"),
], ids=["rejected", "too-large", "invalid", "unreachable"])
def test_rejected_records_and_failed_syncs_log_no_recorded_text(tmp_path: Path, logs, failure) -> None:
    settings = DeviceSettings(home=tmp_path / "home")
    ctx = DeviceContext(settings, server=RefusingServer(failure))
    try:
        report = ctx.pipeline.accept(_day_observations())
        assert report.stored == 3
        syncer = Syncer(ctx, settings, StatusReporter(settings), threading.Event(), interval_s=60)
        worked = syncer.sync()
        assert worked is (failure is None or getattr(failure, "status", None) == 413)
        assert any(r.name.startswith("device") for r in logs.records)  # the capture works
    finally:
        ctx.close()
    assert_no_marker(logs)


def _garbage(kind: str) -> ScriptedEngine:
    """An engine answering garbage that repeats what it was shown, as small models do."""
    def answer(messages, schema):
        echoed = messages[-1].content
        if kind == "not-json":
            try:
                parse_json_output(f"Sure! {echoed}", "scripted")
            except Exception as exc:  # the real engine's error, with the real message
                return exc
        if kind == "too-long":
            return {"headline": f"{echoed} " * 3, "facts": [echoed] * 3, "op": echoed, "target": echoed}
        return [echoed]
    return ScriptedEngine(answer)


@pytest.mark.parametrize("kind", ["too-long", "list"])
def test_learning_jobs_with_garbage_model_output_log_no_recorded_text(logs, kind: str) -> None:
    store = ListStore()
    store.add(_day_observations())
    engine = _garbage(kind)
    result = consolidate_day(store, engine, DAY, TZ)
    assert result.outcome == "added"
    model_candidates(engine, [store.items[summary_id(DAY)]])
    existing = fact_observation("fact-1", f"I often read about {MARKER} in the evening", datetime(2026, 11, 1, tzinfo=TZ))
    store.add([existing])  # a related fact: the model is asked to decide between them
    FactLearner(store, WordEmbedder(), engine).learn([FactCandidate(f"I often read about {MARKER} in the morning", ())])
    assert sum(MARKER in str(messages) for messages, _ in engine.calls) >= 3  # it saw the text, and echoed it
    assert_no_marker(logs)


def test_unparsable_model_output_is_not_logged(logs) -> None:
    store = ListStore()
    store.add(_day_observations())
    engine = _garbage("not-json")
    consolidate_day(store, engine, DAY, TZ)
    model_candidates(engine, [store.items[summary_id(DAY)]])
    assert any(MARKER in str(messages) for messages, _ in engine.calls)
    assert_no_marker(logs)
