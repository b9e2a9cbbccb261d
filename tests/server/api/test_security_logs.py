"""No personal data in logs: a unique marker goes through ingest, ask and the OpenAI route of a real
server (CLI, device pipeline, uvicorn, chromadb, the model) with every logger at DEBUG, and must
never appear in a log record."""

from __future__ import annotations

import json
import logging
import uuid
from pathlib import Path

import httpx
import pytest

from device.cli.main import main


def test_personal_text_never_reaches_the_logs(fresh_server, tmp_path: Path, capsys,
                                              caplog: pytest.LogCaptureFixture) -> None:
    # caplog last: its levels are restored before the server's teardown logs anything.
    url, token = fresh_server
    marker = f"zebracorn{uuid.uuid4().hex[:10]}"
    caplog.set_level(logging.DEBUG)
    for name in ("uvicorn", "uvicorn.access", "uvicorn.error", "httpx", "httpcore", "chromadb", "server", "device"):
        caplog.set_level(logging.DEBUG, logger=name)
    records = [
        {"id": "log-w-1", "sensor": "window", "kind": "computer", "start": "2026-11-20T09:00:00+01:00",
         "end": "2026-11-20T09:40:00+01:00", "data": {"app": "firefox", "title": f"Diagnosis results for {marker}"}},
        {"id": "log-c-1", "sensor": "manual", "kind": "conversation", "start": "2026-11-20T10:00:00+01:00",
         "data": {"with": "Dr. Example", "text": f"we talked about {marker} and the lab numbers"}},
        {"id": "log-bad-1", "sensor": "manual", "start": f"{marker}", "data": {"note": marker}},  # rejected, named
    ]
    path = tmp_path / "day.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records))
    remote = ["--home", str(tmp_path / "home"), "--server", url, f"--token={token}",  # = form: a token may start with "-"
              "--tz", "Europe/Berlin", "-vv"]

    assert main(["ingest", str(path), *remote]) == 1  # one bad line
    assert "line 3" in capsys.readouterr().err
    assert main(["ask", f"What did I read about {marker}?", "--at", "2026-11-20T12:00", "--max-tokens", "8",
                 "--json", *remote]) == 0
    answer = json.loads(capsys.readouterr().out)
    assert answer["source"] == "server" and any(marker in hit["text"] for hit in answer["evidence"])
    response = httpx.post(f"{url}/v1/chat/completions", headers={"Authorization": f"Bearer {token}"}, timeout=120,
                          json={"messages": [{"role": "user", "content": f"Tell me about {marker}"}], "max_tokens": 4})
    assert response.status_code == 200 and marker in json.dumps(response.json()["tether"]["evidence"])

    bad = {"observations": [{"id": f"id-{marker}", "sensor": "manual", "kind": "note", "start": marker,
                             "data": {"text": marker}}]}
    response = httpx.post(f"{url}/v1/observations", headers={"Authorization": f"Bearer {token}"}, json=bad, timeout=60)
    assert response.json()["rejected"][0]["id"] == f"id-{marker}"  # echoed to its sender, not logged

    # The capture works: the server's own records (in the uvicorn thread) and DEBUG records are there.
    assert any(r.name == "server.services.ingest" for r in caplog.records)
    assert any(r.levelno == logging.DEBUG for r in caplog.records)
    leaked = [f"{r.name}: {r.getMessage()}" for r in caplog.records if marker in r.getMessage()]
    assert not leaked, leaked
    assert marker not in caplog.text  # formatted records, tracebacks included
