"""Device pipeline: digitize into store and outbox, sync in batches, nothing lost."""

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from device.storage.outbox import Outbox
from device.pipeline.flow import DevicePipeline
from device.client.api import ServerUnreachableError
from device.storage.store import ObservationStore
from shared.observation import Observation, parse_observation
from shared.wire import IngestResult, RejectedRecord

T0 = datetime(2026, 11, 20, 9, 0, tzinfo=timezone.utc)


def heartbeat(i: int, minutes: int = 5) -> Observation:
    start = T0 + timedelta(minutes=minutes * i)
    return Observation(id=f"hb-{i}", sensor="window", kind="computer", start=start,
                       end=start + timedelta(minutes=minutes), data={"app": "VS Code", "title": "tether"})


class RecordingServer:
    """A server double that stores what it receives (fakes are fine for the unit path)."""

    description = "recording"

    def __init__(self, fail_after: int | None = None, reject: set[str] = frozenset()) -> None:
        self.received: dict[str, dict] = {}
        self.calls = 0
        self.fail_after = fail_after
        self.reject = reject

    def post_observations(self, records: list[dict]) -> IngestResult:
        self.calls += 1
        if self.fail_after is not None and self.calls > self.fail_after:
            raise ServerUnreachableError("connection refused")
        accepted = dup = 0
        rejected = []
        for index, record in enumerate(records):
            if record["id"] in self.reject:
                rejected.append(RejectedRecord(index=index, id=record["id"], error="kind: bad"))
                continue
            parse_observation(record)
            if record["id"] in self.received:
                dup += 1
            else:
                self.received[record["id"]] = record
                accepted += 1
        return IngestResult(accepted=accepted, duplicates=dup, rejected=rejected)


@pytest.fixture
def pipeline(tmp_path: Path):
    p = DevicePipeline(ObservationStore(tmp_path / "s.db"), Outbox(tmp_path / "o.db"))
    yield p
    p.store.close()
    p.outbox.close()


def test_heartbeats_are_merged_with_their_sources(pipeline) -> None:
    report = pipeline.accept([heartbeat(i) for i in range(4)])
    assert (report.received, report.stored, report.queued) == (4, 4, 1)
    server = RecordingServer()
    pipeline.sync(server)
    (record,) = server.received.values()
    assert record["data"]["source_ids"] == ["hb-0", "hb-1", "hb-2", "hb-3"]
    assert record["end"] == (T0 + timedelta(minutes=20)).isoformat()


def test_accept_is_idempotent(pipeline) -> None:
    pipeline.accept([heartbeat(0)])
    assert pipeline.accept([heartbeat(0)]).queued == 0
    assert pipeline.store.count() == 1 and pipeline.outbox.depth() == 1


def test_sync_in_batches_and_resume_after_outage(pipeline) -> None:
    # Instants far apart: nothing merges, 25 observations go out one by one.
    obs = [Observation(id=f"c-{i}", sensor="manual", kind="coffee", start=T0 + timedelta(hours=i)) for i in range(25)]
    pipeline.accept(obs)
    server = RecordingServer(fail_after=2)
    with pytest.raises(ServerUnreachableError):
        pipeline.sync(server, batch_size=10)
    assert len(server.received) == 20 and pipeline.outbox.depth() == 5
    server.fail_after = None
    report = pipeline.sync(server, batch_size=10)
    assert report.sent == 5 and report.remaining == 0
    assert sorted(server.received) == sorted(o.id for o in obs)


def test_rejected_records_are_dropped_not_retried(pipeline) -> None:
    pipeline.accept([Observation(id=i, sensor="manual", kind="coffee", start=T0 + timedelta(hours=n))
                     for n, i in enumerate(["ok-1", "bad-1", "ok-2"])])
    report = pipeline.sync(RecordingServer(reject={"bad-1"}))
    assert report.accepted == 2 and report.rejected == ["bad-1: kind: bad"] and report.remaining == 0
    assert pipeline.outbox.depth() == 0


class LimitedServer(RecordingServer):
    """Answers 413 to any batch with more than ``limit`` records, and to the record ``huge``."""

    def __init__(self, limit: int, huge: str) -> None:
        super().__init__()
        self.limit, self.huge, self.sizes = limit, huge, []

    def post_observations(self, records: list[dict]) -> IngestResult:
        from device.client.api import ServerRequestError

        self.sizes.append(len(records))
        if len(records) > self.limit or any(r["id"] == self.huge for r in records):
            raise ServerRequestError(413, "request body is larger than 1000 bytes")
        return super().post_observations(records)


def test_batches_over_the_body_limit_are_split_and_a_record_too_large_is_set_aside(pipeline) -> None:
    pipeline.accept([Observation(id=f"c-{n}", sensor="manual", kind="coffee", start=T0 + timedelta(hours=n))
                     for n in range(10)])
    server = LimitedServer(limit=3, huge="c-4")
    report = pipeline.sync(server, batch_size=10)
    assert sorted(server.received) == sorted(f"c-{n}" for n in range(10) if n != 4)
    assert report.remaining == 0 and pipeline.outbox.damaged_count() == 1
    assert report.set_aside == ["c-4: larger than the server's body limit (set aside)"] and report.rejected == []
    assert max(server.sizes[1:]) <= 5  # halved after the first refusal


def test_other_request_errors_still_stop_the_sync_with_everything_queued(pipeline) -> None:
    from device.client.api import ServerRequestError

    class Refusing(RecordingServer):
        def post_observations(self, records):
            raise ServerRequestError(403, "this token may not write for device x")

    pipeline.accept([Observation(id="c-1", sensor="manual", kind="coffee", start=T0)])
    with pytest.raises(ServerRequestError):
        pipeline.sync(Refusing())
    assert pipeline.outbox.depth() == 1 and pipeline.outbox.damaged_count() == 0
