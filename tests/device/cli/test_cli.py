"""The ``tether`` command: help, bad input, errors, and both modes through the real parts."""

import json
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from device.cli.main import main
from sensors.synthetic import generate_life
from shared.observation import write_jsonl


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("command", ["", "demo", "server", "agent", "tui", "ingest", "ask", "memory", "memory search",
                                     "condense", "log"])
def test_help(capsys, command: str) -> None:
    with pytest.raises(SystemExit) as info:
        main([*command.split(), "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("usage: tether")
    if command in ("ask", "condense", "memory search"):
        assert "--json" in out


def test_usage_error_exits_2(capsys) -> None:
    with pytest.raises(SystemExit) as info:
        main(["frobnicate"])
    assert info.value.code == 2


def _bad_file(tmp_path: Path) -> Path:
    good = generate_life(date(2026, 11, 18), 1, seed=11, tz="Europe/Berlin")[:20]
    lines = write_jsonl(good).splitlines()
    lines.insert(3, "{this is not json")
    lines.insert(6, json.dumps({"id": "no-kind", "sensor": "manual", "start": "2026-11-18T10:00:00+01:00"}))
    path = tmp_path / "day.jsonl"
    path.write_text("\n".join(lines) + "\n")
    return path


def test_ingest_reports_bad_lines_and_stores_the_rest(capsys, tmp_path, fresh_server) -> None:
    url, token = fresh_server
    remote = ["--home", str(tmp_path / "home"), "--server", url, "--token", token]
    code, out, err = run(capsys, "ingest", str(_bad_file(tmp_path)), *remote)
    assert code == 1
    assert "line 4: malformed JSON" in err and "line 7: kind: Field required (id no-kind)" in err
    assert "read 20 observations (2 bad lines)" in out and "0 rejected, 0 set aside, 0 still queued" in out
    code, out, _ = run(capsys, "memory", "search", "lunch", "--k", "3", "--json", *remote)
    hits = json.loads(out)["hits"]
    assert code == 0 and len(hits) == 3
    assert all(h["source_ids"] and all(i.startswith("syn-11-") for i in h["source_ids"]) for h in hits)
    # The same file again: nothing new anywhere (idempotent end to end).
    code, out, _ = run(capsys, "ingest", str(_bad_file(tmp_path)), *remote)
    assert "0 new on the device, 0 queued" in out


def test_wrong_token_is_one_clear_line(capsys, tmp_path, live_server) -> None:
    code, _, err = run(capsys, "memory", "search", "x", "--home", str(tmp_path), "--server", live_server, "--token", "nope")
    assert code == 1
    assert err.startswith("tether: error: the server refused the token") and err.count("\n") == 1


def test_unreachable_server_keeps_data_for_later(capsys, tmp_path, live_server, server_settings, monkeypatch) -> None:
    """`tether log` only queues; the agent's sync fails while the server is down and delivers later."""
    home = ["--home", str(tmp_path / "home")]
    monkeypatch.setenv("TETHER_SENSORS__ENABLED", '["manual"]')
    down = ["--server", "http://127.0.0.1:9", "--token", "t"]
    code, out, _ = run(capsys, "log", "coffee", "drink=cortado", "caffeine_mg=90", *home, *down)
    assert code == 0 and "logged coffee" in out and "1 queued" in out
    assert run(capsys, "agent", "--once", *home, *down)[0] == 0
    code, out, _ = run(capsys, "log", "meal", "food=dal", *home, "--server", live_server, "--token", server_settings.token)
    assert "2 queued" in out  # the first is still there
    up = ["--server", live_server, "--token", server_settings.token]
    assert run(capsys, "agent", "--once", *home, *up)[0] == 0
    code, out, _ = run(capsys, "agent", "status", *home)
    assert "queue: 0 observations waiting" in out
    code, out, _ = run(capsys, "memory", "search", "cortado coffee", "--k", "1", "--json", *home, *up)
    assert "cortado" in json.loads(out)["hits"][0]["text"]


def test_missing_model_is_one_clear_line(capsys, tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("TETHER_MODEL_PATH", str(tmp_path / "nope.gguf"))
    code, _, err = run(capsys, "condense", "--home", str(tmp_path))
    assert code == 1 and err == f"tether: error: GGUF model not found at {tmp_path / 'nope.gguf'} (check TETHER_MODEL_PATH / --model)\n"


def test_bad_time_is_one_clear_line(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "condense", "--home", str(tmp_path), "--at", "teatime")
    assert code == 1 and err.startswith("tether: error: --at 'teatime' is not an ISO 8601 time")


def test_missing_file(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "ingest", str(tmp_path / "nope.jsonl"), "--home", str(tmp_path))
    assert code == 1 and err.startswith("tether: error: no such file")


def test_condense_json(capsys, tmp_path) -> None:
    day = generate_life(date(2026, 11, 18), 1, seed=5, tz="Europe/Berlin")
    path = tmp_path / "d.jsonl"
    path.write_text(write_jsonl(day))
    home = ["--home", str(tmp_path / "home"), "--tz", "Europe/Berlin"]
    assert run(capsys, "ingest", str(path), "--no-sync", *home)[0] == 0
    code, out, _ = run(capsys, "condense", "--at", "2026-11-18T19:00", "--query", "How much coffee today?", "--json", *home)
    body = json.loads(out)
    assert code == 0
    assert set(body) >= {"prompt", "tokens_before", "tokens_after", "compression", "condense_ms", "facts"}
    assert body["prompt"].startswith("Now: Wednesday 18 November 19:00") and body["tokens_after"] < body["tokens_before"]
    assert all(i.startswith("syn-5-") for f in body["facts"] for i in f["source_ids"])


@pytest.mark.slow
def test_embedded_mode_end_to_end(capsys, tmp_path) -> None:
    """No server URL: the server parts run in-process on the same data directory."""
    day = generate_life(date(2026, 11, 18), 1, seed=9, tz="Europe/Berlin")
    path = tmp_path / "d.jsonl"
    path.write_text(write_jsonl(day))
    home = ["--home", str(tmp_path / "home"), "--tz", "Europe/Berlin"]
    code, out, _ = run(capsys, "ingest", str(path), *home)
    assert code == 0 and "synced to embedded" in out
    assert (tmp_path / "home" / "server" / "chroma").is_dir()
    code, out, _ = run(capsys, "ask", "What did I eat for lunch?", "--at", "2026-11-18T20:00", "--json",
                       "--max-tokens", "24", *home)
    body = json.loads(out)
    assert code == 0 and body["source"] == "server" and body["answer"]
    assert body["evidence"] and all(i.startswith("syn-9-") for h in body["evidence"] for i in h["source_ids"])
    lunch = next(o for o in day if o.kind == "meal" and o.data["meal"] == "lunch")
    assert body["made_by"] == "computed" and body["verified"] and lunch.data["food"] in body["answer"]
    m = body["metrics"]
    for key in ("condense_ms", "tokens_before_condense", "tokens_after_condense", "retrieval_ms", "hits", "ttft_ms"):
        assert m[key] is not None, key
    code, out, _ = run(capsys, "memory", "search", "lunch", "--json", *home)
    assert code == 0 and json.loads(out)["hits"]


def test_sensors_lists_health(capsys, tmp_path) -> None:
    code, out, _ = run(capsys, "sensors", "--json", "--home", str(tmp_path))
    rows = {r["name"]: r for r in json.loads(out)["sensors"]}
    assert code == 0
    assert rows["system"] == {"name": "system", "enabled": True, "status": "ok", "reason": ""}
    assert rows["replay"]["status"] == "unconfigured" and "--replay" in rows["replay"]["reason"]


def test_audit_shows_what_was_sent(capsys, tmp_path, fresh_server, monkeypatch) -> None:
    url, token = fresh_server
    home = ["--home", str(tmp_path)]
    code, out, _ = run(capsys, "audit", *home)
    assert code == 0 and out.startswith("nothing sent yet")
    run(capsys, "log", "coffee", "note=call me on +49 30 1234 5678", *home, "--server", url, "--token", token)
    monkeypatch.setenv("TETHER_SENSORS__ENABLED", '["manual"]')
    run(capsys, "agent", "--once", *home, "--server", url, "--token", token)  # the agent sends it
    code, out, _ = run(capsys, "audit", "--json", *home)
    (entry,) = json.loads(out)["entries"]
    assert entry["destination"] == f"server {url}" and entry["route"] == "POST /v1/observations"
    (record,) = entry["body"]["observations"]
    assert record["kind"] == "coffee" and record["data"]["note"] == "call me on [phone]"


def test_guide_json(capsys, tmp_path) -> None:
    home = ["--home", str(tmp_path), "--tz", "Europe/Berlin"]
    run(capsys, "log", "meeting", "title=Standup", "--at", "2026-11-20T10:05", *home, "--server", "http://127.0.0.1:9")
    code, out, _ = run(capsys, "guide", "--at", "2026-11-20T10:00", "--no-model", "--json", *home)
    (item,) = json.loads(out)["items"]
    assert code == 0 and item["rule"] == "meeting_soon" and item["text"].startswith("Standup starts at 10:05")
    code, out, _ = run(capsys, "guide", "--at", "2026-11-20T10:01", "--no-model", "--json", *home)
    assert json.loads(out)["items"] == []  # rate-limited


def test_forget_everywhere(capsys, tmp_path, fresh_server) -> None:
    """Forgetting removes memories on the server (vectors + keyword index) and the device's copies."""
    from device.storage.store import ObservationStore

    url, token = fresh_server
    day = generate_life(date(2026, 11, 18), 1, seed=17, tz="Europe/Berlin")
    path = tmp_path / "d.jsonl"
    path.write_text(write_jsonl(day))
    remote = ["--home", str(tmp_path / "home"), "--server", url, "--token", token, "--tz", "Europe/Berlin"]
    assert run(capsys, "ingest", str(path), *remote)[0] == 0
    coffees = [o.id for o in day if o.kind == "coffee"]
    assert coffees
    code, _, err = run(capsys, "memory", "forget", "--kind", "coffee", *remote)
    assert code == 1 and "add --yes to confirm" in err  # no terminal to ask on: nothing happens
    code, out, _ = run(capsys, "memory", "forget", "--kind", "coffee", "--dry-run", "--json", *remote)
    assert json.loads(out)["forgotten"] == len(coffees) and json.loads(out)["dry_run"]
    code, out, _ = run(capsys, "memory", "forget", "--kind", "coffee", "--yes", "--json", *remote)
    body = json.loads(out)
    assert code == 0 and body["forgotten"] == len(coffees) and body["device_observations"] == len(coffees)
    hits = json.loads(run(capsys, "memory", "search", "coffee espresso caffeine", "--k", "20", "--json", *remote)[1])["hits"]
    assert not {i for h in hits for i in h["source_ids"]} & set(coffees)
    with ObservationStore(tmp_path / "home" / "device" / "observations.sqlite3") as store:
        assert not [o for o in store.recent(day[0].start) if o.kind == "coffee"]
    # One observation by id, then nothing left to forget for it.
    meal = next(o.id for o in day if o.kind == "meal")
    assert json.loads(run(capsys, "memory", "forget", meal, "--yes", "--json", *remote)[1])["forgotten"] == 1
    assert json.loads(run(capsys, "memory", "forget", meal, "--yes", "--json", *remote)[1])["forgotten"] == 0
    code, _, err = run(capsys, "memory", "forget", "--yes", *remote)
    assert code == 1 and "say what to forget" in err


def test_jobs_list_and_run(capsys, tmp_path, tmp_path_factory, server_settings, server_services) -> None:
    """A real server with its learning scheduler started; the CLI lists and runs jobs remotely."""
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("jobs-server")})
    services = build_services(settings, engine=server_services.scheduler.inner, embedder=server_services.embedder)
    with BackgroundServer(create_app(settings, services=services, start_learning=True)) as url:
        remote = ["--home", str(tmp_path), "--server", url, "--token", settings.token]
        code, out, _ = run(capsys, "jobs", "--json", *remote)
        jobs = {j["id"]: j for j in json.loads(out)}
        assert code == 0 and set(jobs) == {"consolidate-days", "learn-facts", "routine-stats", "fold-memories"}
        assert all(j["next_run_time"] for j in jobs.values())
        code, out, _ = run(capsys, "jobs", "run", "routine-stats", "--json", *remote)
        assert code == 0 and json.loads(out)["outcome"] == "ok"
        code, out, _ = run(capsys, "jobs", "--json", *remote)
        assert {j["id"]: j for j in json.loads(out)}["routine-stats"]["last_outcome"] == "ok"
        code, _, err = run(capsys, "jobs", "run", "no-such-job", *remote)
        assert code == 1 and "no-such-job" in err


def test_ingest_waits_out_server_backpressure(capsys, tmp_path, monkeypatch) -> None:
    """A server that answers 503 with Retry-After is retried after that long, and nothing is lost."""
    from device.cli.commands import ingest
    from device.context import DeviceContext
    from device.client.api import ServerRequestError
    from shared.settings import DeviceSettings
    from shared.wire import IngestResult

    class BusyOnceServer:
        description = "busy-once"

        def __init__(self) -> None:
            self.calls: list[int] = []

        def post_observations(self, records: list[dict]) -> IngestResult:
            self.calls.append(len(records))
            if len(self.calls) == 1:
                raise ServerRequestError(503, "ingest_busy", retry_after_s=0.05)
            return IngestResult(accepted=len(records), duplicates=0)

    sleeps: list[float] = []
    monkeypatch.setattr(ingest.time, "sleep", sleeps.append)
    ctx = DeviceContext(DeviceSettings(home=tmp_path))
    try:
        observations = generate_life(date(2026, 11, 2), days=1, seed=3)[:20]
        ctx.pipeline.accept(observations)
        server = BusyOnceServer()
        report = ingest._sync_through_backpressure(ctx, server, 500)
        assert sleeps == [0.05]
        assert report.remaining == 0 and ctx.outbox.depth() == 0
        assert server.calls[0] == server.calls[1] > 0
    finally:
        ctx.close()
    assert "server busy (503)" in capsys.readouterr().err


def test_ask_reads_at_and_continues_a_conversation(capsys, tmp_path, fresh_server) -> None:
    """`tether ask --at` reaches the server: "yesterday" is the day before --at; --continue follows up."""
    url, token = fresh_server
    remote = ["--home", str(tmp_path / "home"), "--server", url, "--token", token, "--tz", "Europe/Berlin"]
    life = generate_life(date(2026, 11, 16), 3, seed=12, tz="Europe/Berlin")
    path = tmp_path / "life.jsonl"
    path.write_text(write_jsonl(life))
    assert run(capsys, "ingest", str(path), *remote)[0] == 0

    def coffees(day: int) -> int:
        return sum(1 for o in life if o.kind == "coffee" and o.start.astimezone(ZoneInfo("Europe/Berlin")).day == day)

    at = ["--at", "2026-11-18T21:00"]
    code, out, _ = run(capsys, "ask", "How many coffees did I have yesterday?", *at, "--json", *remote)
    first = json.loads(out)
    assert code == 0 and first["made_by"] == "computed" and first["verified"] is True
    assert f"{coffees(17)} coffee" in first["answer"] and first["plan"]["operation"] == "count"
    code, out, _ = run(capsys, "ask", "And the day before?", *at, "--continue", "--json", *remote)
    follow = json.loads(out)
    assert follow["plan"]["parsed_by"] == "follow-up" and f"{coffees(16)} coffee" in follow["answer"]
    # Without --continue a new conversation starts: the same words have nothing to follow.
    code, out, _ = run(capsys, "ask", "And the day before?", *at, "--json", *remote)
    assert json.loads(out)["plan"] is None


def test_the_question_is_redacted_before_it_leaves_the_device(capsys, tmp_path, fresh_server) -> None:
    url, token = fresh_server
    home = tmp_path / "home"
    remote = ["--home", str(home), "--server", url, "--token", token, "--tz", "Europe/Berlin"]
    code, _, _ = run(capsys, "ask", "Did I call +49 176 12345678 today?", "--json", *remote)
    sent = (home / "device" / "audit.jsonl").read_text()
    assert code == 0 and "POST /v1/chat" in sent and "12345678" not in sent and "[phone]" in sent
