"""The learning jobs never log the person's text: not the facts they prompt with, not what the
model answered (``ModelOutputError`` quotes it), not the routines they learn.

The jobs run on real memory (chromadb and the keyword index, the session's embedder) over a
synthetic week with a note of made-up names, behind an engine that answers the way a small model
often does: by echoing the facts back instead of JSON, or by raising with the prompt in the
message. Every log record of every level, from every logger, is checked for the week's texts.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta
from typing import Any, Iterator

import pytest

from sensors.synthetic import generate_life
from server.engine.base import ChatMessage, GenerationStats, TokenPiece, parse_json_output
from server.errors import EngineError
from server.learning.jobs import JOBS, LearningScheduler
from shared.observation import Observation
from shared.timeutil import resolve_timezone

TZ_NAME = "Europe/Berlin"
NOW = datetime(2026, 11, 21, 10, 0, tzinfo=resolve_timezone(TZ_NAME))
NOTE = "Sleek told Marigold Quennell about the Lindqvist biopsy results"
"""A note only this test writes: any of its words in a log came from the person's data."""


class EchoingEngine:
    """Answers every structured request by echoing its facts (not JSON), or by failing with them
    in the error, alternately: both are what a small model and a broken upstream really do."""

    name = "echoing"
    model_name = "echoing"
    model_path = None
    max_concurrent = 1

    def __init__(self) -> None:
        self.calls = 0

    def complete_json(self, messages: list[ChatMessage], schema: dict[str, Any], max_tokens: int = 256) -> Any:
        self.calls += 1
        facts = messages[-1].content
        if self.calls % 2:
            return parse_json_output('{ "headline" : "' + facts, self.name)  # raises ModelOutputError quoting it
        raise EngineError(f"upstream refused the prompt: {facts[:300]}")

    def generate(self, messages: list[ChatMessage], max_tokens: int, cancel: Any = None) -> Iterator[Any]:
        yield TokenPiece(messages[-1].content[:200])
        yield GenerationStats(1, 0, 1.0, 1.0, 1, 1.0, "stop")

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def close(self) -> None:
        pass


def personal_texts(observations: list[Observation]) -> set[str]:
    """Every text value the week holds that is long enough to be telling (names, titles, notes)."""
    found: set[str] = set()

    def walk(value: Any) -> None:
        if isinstance(value, str) and len(value) >= 8 and not value.startswith("syn-"):
            found.add(value)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for observation in observations:
        walk({k: v for k, v in observation.data.items() if k != "source_ids"})
    return found | {"Marigold", "Quennell", "Lindqvist", "biopsy"}


@pytest.fixture
def learning(tmp_path, server_settings, server_services):
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path, "timezone": TZ_NAME})
    services = build_services(settings, engine=EchoingEngine(), embedder=server_services.embedder)
    week = generate_life(date(2026, 11, 14), 7, seed=23, tz=TZ_NAME)
    note = Observation(id="note-1", sensor="manual", kind="note", start=NOW - timedelta(days=1, hours=3),
                       data={"text": NOTE})
    services.ingest.ingest([o.to_wire() for o in [*week, note]])
    yield LearningScheduler(services, settings, clock=lambda: NOW, model_fact_candidates=True), [*week, note]
    services.close()


def test_learning_jobs_log_no_personal_text(learning, caplog) -> None:
    scheduler, observations = learning
    texts = personal_texts(observations)
    caplog.set_level(logging.DEBUG)  # every level of every logger
    for job_id in JOBS:
        run = scheduler.run_now(job_id)
        assert run.outcome == "ok", (job_id, run.error)
    logged = [record.getMessage() for record in caplog.records]
    assert any("no headline for" in line for line in logged), logged  # the echoing engine was asked and failed
    leaks = sorted({text for text in texts for line in logged if text in line})
    assert not leaks, f"personal text in the logs: {leaks[:5]}"


def test_a_failed_job_logs_where_it_failed_but_not_its_message(learning, caplog, monkeypatch) -> None:
    scheduler, _ = learning
    from server.learning import jobs

    def fail(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError(f"cannot fold: {NOTE}")

    monkeypatch.setattr(jobs, "fold_to_budget", fail)
    caplog.set_level(logging.DEBUG)
    run = scheduler.run_now("fold-memories")
    assert run.outcome == "error" and NOTE in (run.error or "")  # the person sees it in `tether jobs`
    logged = "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)
    assert "learning job fold-memories failed: RuntimeError at " in logged
    assert "Marigold" not in logged and "biopsy" not in logged
