"""Faults and load on real processes: ``tether server`` killed with SIGKILL and restarted, the server
down for a whole logging period, the device's sync process killed, damaged outboxes, many devices at
once while a person chats. Small sizes here; ``scripts/reliability.py`` runs the full sizes.

One server (a subprocess with its own data directory) serves the whole module; each test starts it
if an earlier one left it down, and counts only its own sensor's memories.
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Iterator

import pytest

from tests.reliability import damage, load, scenarios
from tests.reliability.harness import BACKPRESSURE, ServerProcess

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[ServerProcess]:
    home = tmp_path_factory.mktemp("reliability-server")
    # One batch stored, one waiting: the small load test then meets real backpressure (503 + Retry-After).
    process = ServerProcess(home, secrets.token_urlsafe(16), ingest_max_waiting="1")
    try:
        yield process
    finally:
        process.stop()


@pytest.fixture
def work(tmp_path: Path) -> Path:
    return tmp_path


def test_sigkilled_server_restarts_and_stores_every_observation_exactly_once(server, work) -> None:
    result = scenarios.server_sigkill(work, server, count=600, kills=3, clients=2, batch=100)

    assert result["sigkills"] == 3, result  # every kill landed while a batch was in flight
    assert result["errors"] == [] and result["stored"] == result["sent"] == 600 and result["lost"] == 0
    assert result["jobs_survived"] is True  # the job run recorded before the kills is still there

    # The server's own files, read directly after one more SIGKILL: each id once, both indexes agree.
    audit = scenarios.audit_server_store(server, {"rel-kill": scenarios.sent_ids("kill", 600)}, restart=False)
    assert audit["per_sensor"]["rel-kill"] == {"sent": 600, "stored": 600, "duplicated": 0, "lost": 0,
                                               "unexpected": 0}
    assert audit["keyword_index_matches_chroma"] is True


def test_server_down_for_a_whole_logging_period(server, work) -> None:
    result = scenarios.server_down(work, server, count=150, chunks=3)

    assert result["queued_while_down"] == 150  # the agent kept everything in its outbox
    assert result["stored"] == 150 and result["lost"] == 0
    assert result["agent_exit"] == 0  # SIGTERM stops it cleanly


def test_sync_process_sigkilled_mid_sync_resumes_without_duplicates(server, work) -> None:
    batch = 25
    result = scenarios.sync_sigkill(work, server, count=300, kills=1, batch=batch)

    ingest = result["ingest"]
    assert ingest["sigkills"] == 1 and ingest["outbox_quick_check"] == ["ok"]
    assert ingest["stored"] == 300 and ingest["remaining"] == 0
    worst = result["kill_between_store_and_ack"]
    assert worst["killed_by"] == 9, worst  # SIGKILL, right after the server stored batch 2
    assert worst["resent"] == 3 * batch and worst["deduplicated_by_server"] == batch  # batch 2 came again...
    assert worst["stored"] == 4 * batch and worst["remaining"] == 0  # ...and is stored once


def test_damaged_outboxes_deliver_what_was_saved(server, work) -> None:
    result = damage.outbox_corruption(work, server, count=400, kinds=("garbage_header_page", "garbage_pages"))

    header, pages = result["garbage_header_page"], result["garbage_pages"]
    assert header["detected"] and header["quarantined"] and header["stored"] == 400  # carved back whole
    assert pages["detected"] and pages["quarantined"] and pages["stored"] == pages["recovered"] > 300


def test_many_devices_at_once_while_chatting(server, work) -> None:
    result = load.many_devices_while_chatting(work, server, clients=4, per_client=200, batch=100, chat_tokens=8,
                                              baseline_chats=1, warmup_chats=0)

    assert result["errors"] == [] and set(result["backpressure"]) <= {str(s) for s in BACKPRESSURE}
    assert result["stored"] == result["sent"] == 800
    assert result["ingest_latency"]["n"] >= 8 and result["chat_under_load"]["errors"] == []
