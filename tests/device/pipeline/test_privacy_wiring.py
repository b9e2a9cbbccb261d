"""One redactor for everything that leaves the device: observations of every sensor (webhook
records too) on their way through the pipeline, the chat request (question, condensed prompt,
earlier turns), and the audit log that counts what was redacted, never the values."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path

from device.client.audit import AuditingServerApi, AuditLog
from device.pipeline.flow import DevicePipeline
from device.pipeline.privacy import PrivacyFilter, redact_chat_request
from device.storage.outbox import Outbox
from device.storage.store import ObservationStore
from shared.observation import Observation
from shared.plan import QuestionPlan
from shared.settings import SensorSettings
from shared.wire import ChatRequest, ChatTurn, IngestResult

T = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)
SECRETS = ("0176 12345678", "Tr0ub4dor&3", "DE89 3704 0044 0532 0130 00", "4111 1111 1111 1111", "sk-proj-Ab3dEf9hIjKl")


class RecordingServer:
    """Keeps the bodies it is sent."""

    description = "recording"

    def __init__(self) -> None:
        self.bodies: list[list[dict]] = []

    def post_observations(self, records: list[dict]) -> IngestResult:
        self.bodies.append(records)
        return IngestResult(accepted=len(records), duplicates=0, rejected=[])


def test_observations_of_every_sensor_leave_redacted_and_the_audit_counts_by_kind(tmp_path: Path) -> None:
    privacy = PrivacyFilter(SensorSettings(), region="DE")
    pipeline = DevicePipeline(ObservationStore(tmp_path / "s.db"), Outbox(tmp_path / "o.db"), privacy)
    observations = [
        Observation(id="w", sensor="window", kind="computer", start=T, data={"app": "Firefox", "title": "Handy: 0176 12345678"}),
        Observation(id="h", sensor="webhook", kind="note", start=T,
                    data={"text": "wifi password is Tr0ub4dor&3", "tags": ["IBAN DE89 3704 0044 0532 0130 00"]}),
        Observation(id="m", sensor="manual", kind="conversation", start=T,
                    data={"with": "Tom", "text": "card 4111 1111 1111 1111, key sk-proj-Ab3dEf9hIjKlMnOpQrStUvWxYz0123456789"}),
        Observation(id="c", sensor="calendar", kind="meeting", start=T, data={"title": "Standup 09:30-09:45, room 1204"}),
    ]
    accepted = pipeline.accept(observations)
    assert accepted.redactions == 5
    stored = json.dumps([o.data for o in pipeline.store.between(T, T.replace(hour=10))])
    assert not any(secret in stored for secret in SECRETS)  # the local store holds what may leave

    server = RecordingServer()
    log = AuditLog(tmp_path / "audit.jsonl")
    pipeline.sync(AuditingServerApi(server, log))

    sent = json.dumps(server.bodies)
    assert not any(secret in sent for secret in SECRETS)
    assert "Standup 09:30-09:45, room 1204" in sent  # times and rooms left alone
    [entry] = log.entries()
    assert entry["redactions"] == {"account": 1, "card": 1, "phone": 1, "secret": 2}
    assert not any(secret in json.dumps(entry) for secret in SECRETS)
    pipeline.store.close()
    pipeline.outbox.close()


def test_the_chat_request_is_redacted_everywhere_it_carries_text() -> None:
    privacy = PrivacyFilter(SensorSettings(), region="DE")
    request = ChatRequest(
        question="What is Anna's number, 0176 12345678 or +33 1 42 68 53 00?",
        condensed="Now: 09:00. Open: Terminal — export GITHUB_TOKEN=ghp_16C7e42F292c6912E7710c838347Ae178B4a",
        as_of=T, timezone="Europe/Berlin", max_tokens=64,
        history=[ChatTurn(question="my password is hunter2, remember it?", answer="Card 4111 1111 1111 1111 was used.",
                          plan=QuestionPlan(filters={"title": "call 0176 12345678"}, topic="IBAN DE89 3704 0044 0532 0130 00"))],
    )
    red = redact_chat_request(request, privacy)
    assert red.question == "What is Anna's number, [phone] or [phone]?"
    assert red.condensed == "Now: 09:00. Open: Terminal — export GITHUB_TOKEN=[secret]"
    turn = red.history[0]
    assert (turn.question, turn.answer) == ("my password is [secret], remember it?", "Card [card] was used.")
    assert turn.plan is not None and turn.plan.filters == {"title": "call [phone]"} and turn.plan.topic == "IBAN [account]"
    assert (red.as_of, red.timezone, red.max_tokens, red.k) == (request.as_of, request.timezone, 64, request.k)

    off = PrivacyFilter(SensorSettings(redact=False))
    assert redact_chat_request(request, off) == request


def test_the_audit_counts_redactions_per_request_and_nothing_else(tmp_path: Path) -> None:
    log = AuditLog(tmp_path / "audit.jsonl")
    log.record("server", "POST /v1/observations", {"observations": [{"data": {"title": "[phone] and [phone]"}},
                                                                     {"data": {"text": ["[secret]"]}}]})
    log.record("server", "POST /v1/chat", {"question": "how did I sleep?"})
    first, second = log.entries()
    assert first["redactions"] == {"phone": 2, "secret": 1}
    assert second["redactions"] == {}
