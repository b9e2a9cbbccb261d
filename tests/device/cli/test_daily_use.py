"""Daily use without surprises (issue 16), through the real ``tether`` command: each command loads
only what it uses, no silent footguns, and errors of one line naming the option and what to do.

Commands run in-process through ``device.cli.main.main``; where what a process loads or how it
ends is the point (imported modules, a closed pipe), in a real subprocess.
"""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from device.cli.main import main
from sensors.synthetic import generate_life
from shared.observation import MAX_OBSERVATION_BYTES, Observation, write_jsonl
from shared.timeutil import resolve_timezone

TZ = "Europe/Berlin"
HEAVY = ("torch", "sentence_transformers", "transformers", "llama_cpp", "chromadb")
ROOT = Path(__file__).resolve().parents[3]


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def run_loaded(*argv: str, env: dict[str, str] | None = None) -> tuple[int, str, set[str]]:
    """``tether ARGV`` in a fresh Python; returns its exit code, output and the heavy packages it imported."""
    probe = ("import json, sys; from device.cli.main import main; code = main(sys.argv[1:]); "
             f"print('\\nLOADED=' + json.dumps(sorted({{m.split('.')[0] for m in sys.modules}} & set({list(HEAVY)!r}))))"
             "; sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, timeout=600, cwd=ROOT,
                          env={**os.environ, "TETHER_CONFIG": os.devnull, **(env or {})})
    out, _, loaded = done.stdout.rpartition("\nLOADED=")
    return done.returncode, out + done.stderr, set(json.loads(loaded or "[]"))


def close_own_parts(services) -> None:
    """Close a test server's own stores, not the session's engine it borrowed (others still use it)."""
    services.ingest.close()
    services.store.close()
    if services.records is not None:
        services.records.close()


def _day_file(tmp_path: Path, seed: int = 31, count: int = 30) -> tuple[Path, list[Observation]]:
    day = generate_life(date(2026, 11, 18), 1, seed=seed, tz=TZ)[:count]
    path = tmp_path / f"day-{seed}.jsonl"
    path.write_text(write_jsonl(day))
    return path, day


# --- speed: each command loads only what it uses -------------------------------------------------


def test_log_loads_no_model_and_leaves_syncing_to_the_agent(capsys, tmp_path, fresh_server, monkeypatch) -> None:
    url, token = fresh_server
    remote = ["--home", str(tmp_path / "home"), "--server", url, "--token", token]
    code, out, loaded = run_loaded("log", "coffee", "drink=cortado", "caffeine_mg=90", *remote)
    assert code == 0 and "logged coffee" in out and "1 queued" in out and "synced by the agent" in out, out
    assert not loaded, f"tether log imported {loaded}"
    monkeypatch.setenv("TETHER_SENSORS__ENABLED", '["manual"]')
    assert run(capsys, "agent", "--once", *remote)[0] == 0  # the agent delivers it
    code, out, _ = run(capsys, "memory", "search", "cortado", "--k", "1", "--json", *remote)
    assert "cortado" in json.loads(out)["hits"][0]["text"]


def test_memory_search_loads_only_the_embedder_and_jobs_nothing(tmp_path) -> None:
    path, _ = _day_file(tmp_path)
    home = ["--home", str(tmp_path / "home"), "--tz", TZ]
    code, out, _ = run_loaded("ingest", str(path), *home)
    assert code == 0, out
    code, out, loaded = run_loaded("memory", "search", "lunch", "--k", "3", "--json", *home)
    assert code == 0 and json.loads(out)["hits"], out
    assert loaded == {"chromadb"}, f"memory search imported {loaded}: the query embeds in NumPy"
    code, out, loaded = run_loaded("jobs", *home)
    assert code == 0 and "fold-memories" in out and not loaded, (out, loaded)


def test_numpy_query_embedding_agrees_with_sentence_transformers(server_services) -> None:
    """The NumPy encoder a search uses gives the vectors the server stored (cosine 1 to ~1e-6)."""
    import numpy as np

    from server.memory.numpy_bert import NumpyBertEmbedder
    from shared.model_locator import locate_embedding_model

    model_dir = locate_embedding_model(None)
    assert NumpyBertEmbedder.supports(model_dir)
    texts = ["coffee", "what did I have for dinner on the day I cycled 31 km", "Fri 20 Nov 08:15 coffee: flat white",
             "Grüße aus Köln — 東京 " * 60]
    ours = np.array(NumpyBertEmbedder(model_dir).embed(texts))
    theirs = np.array(server_services.embedder.embed(texts))
    assert ours.shape == theirs.shape and float((ours * theirs).sum(axis=1).min()) > 0.99999


# --- silent footguns --------------------------------------------------------------------------------


def _exec_start(unit: str) -> list[str]:
    import shlex

    line = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    return [arg.replace("%%", "%") for arg in shlex.split(line.removeprefix("ExecStart="))]


def test_agent_install_carries_server_zone_and_a_private_token_file(capsys, tmp_path, fresh_server, monkeypatch) -> None:
    url, token = fresh_server
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    home = tmp_path / "home"
    assert run(capsys, "agent", "install", "--platform", "linux", "--home", str(home), "--server", url,
               "--token", token, "--tz", "Asia/Tokyo")[0] == 0
    unit = (tmp_path / "xdg" / "systemd" / "user" / "tether-agent.service").read_text()
    argv = _exec_start(unit)
    token_file = home / "device" / "agent-token"
    assert argv[1:] == ["agent", "--home", str(home), "--server", url, "--tz", "Asia/Tokyo",
                        "--token-file", str(token_file)]
    assert token not in unit  # never on a command line
    assert token_file.read_text().strip() == token and stat.S_IMODE(token_file.stat().st_mode) == 0o600

    # What the unit runs is the remote agent: it delivers a coffee logged before to the server.
    assert run(capsys, "log", "coffee", "drink=ristretto", "--home", str(home))[0] == 0
    done = subprocess.run([*argv, "--once"], capture_output=True, text=True, timeout=300,
                          env={"PATH": "/usr/bin:/bin", "TETHER_CONFIG": os.devnull,
                               "TETHER_SENSORS__ENABLED": '["manual"]'})
    assert done.returncode == 0, done.stderr
    status = json.loads((home / "device" / "agent-status.json").read_text())
    assert status["server"] == url and status["synced"] == 1 and status["outbox_depth"] == 0


def test_a_record_refused_with_403_is_set_aside_and_the_rest_delivered(
        capsys, tmp_path, tmp_path_factory, server_settings, server_services, monkeypatch) -> None:
    """A device-bound token refuses another device's record: that one is set aside (agent status and
    audit say so), every valid record queued after it is delivered."""
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("bound-server")})
    code, out, _ = run(capsys, "token", "create", "--device", "phone", "--json", "--home", str(settings.home))
    bound = json.loads(out)["token"]
    services = build_services(settings, engine=server_services.scheduler.inner, embedder=server_services.embedder)
    _, day = _day_file(tmp_path, seed=41, count=12)
    foreign = day[2].model_copy(update={"data": {**day[2].data, "device": "laptop"}})
    path = tmp_path / "mixed.jsonl"
    path.write_text(write_jsonl([*day[:2], foreign, *day[3:]]))
    home = ["--home", str(tmp_path / "home")]
    assert run(capsys, "ingest", str(path), "--no-sync", *home)[0] == 0
    monkeypatch.setenv("TETHER_SENSORS__ENABLED", '["manual"]')
    with BackgroundServer(create_app(settings, services=services)) as url:
        assert run(capsys, "agent", "--once", *home, "--server", url, "--token", bound)[0] == 0
    stored = services.store.stored_observations()
    delivered = {o.id for o in stored} | {i for o in stored for i in o.data.get("source_ids", [])}
    assert delivered >= {o.id for o in day} - {foreign.id} and foreign.id not in delivered
    code, out, _ = run(capsys, "agent", "status", *home)
    assert "set aside: 1 records" in out and foreign.id in out and "refused by the server" in out
    code, out, _ = run(capsys, "audit", "--json", *home)
    (aside,) = json.loads(out)["set_aside"]
    assert aside["id"] == foreign.id and "another device" in aside["reason"]
    close_own_parts(services)


def test_sensors_says_the_webhook_listens_only_when_it_does(capsys, tmp_path) -> None:
    import socket

    from sensors.webhook import WebhookSensor

    with socket.socket() as free:  # a port nothing listens on
        free.bind(("127.0.0.1", 0))
        port = free.getsockname()[1]
    config = tmp_path / "config.toml"
    config.write_text(f"[sensors]\nwebhook_port = {port}\n")
    args = ["sensors", "--json", "--home", str(tmp_path / "home"), "--config", str(config)]
    for _ in range(2):  # probing starts nothing, so the second run sees what the first left: nothing
        code, out, _ = run(capsys, *args)
        webhook = {r["name"]: r for r in json.loads(out)["sensors"]}["webhook"]
        assert webhook["status"] == "unavailable"
        assert webhook["reason"].startswith(f"not listening: nothing serves http://127.0.0.1:{port}")
    running = WebhookSensor(tmp_path / "agent-webhook", port=port)  # what the agent holds while it runs
    try:
        running.start()
        code, out, _ = run(capsys, *args)
    finally:
        running.close()
    webhook = {r["name"]: r for r in json.loads(out)["sensors"]}["webhook"]
    assert webhook["status"] == "ok" and webhook["reason"].startswith(f"listening on http://127.0.0.1:{port}")


def test_an_oversized_observation_is_set_aside_on_the_device(capsys, tmp_path) -> None:
    """Over the one limit (the server's too) nothing is stored, queued or embedded; the command says
    so and exits 1; the record stays kept aside and audit lists it."""
    from device.storage.outbox import Outbox
    from device.storage.store import ObservationStore

    home = ["--home", str(tmp_path / "home"), "--tz", TZ]
    huge = "x" * (MAX_OBSERVATION_BYTES + 10)
    code, out, err = run(capsys, "log", "note", f"text={huge}", *home)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert "not logged" in err and "over the 1 MB limit of one observation" in err and "tether audit" in err
    path, day = _day_file(tmp_path, seed=43, count=5)
    big = Observation(id="big-note", sensor="manual", kind="note", start=day[0].start, data={"text": huge})
    path.write_text(write_jsonl([*day, big]))
    code, out, err = run(capsys, "ingest", str(path), "--no-sync", *home)
    assert code == 1 and "5 new on the device, 5 queued" in out and "1 set aside" in out and "big-note" in err
    with Outbox(tmp_path / "home" / "device" / "outbox.sqlite3") as outbox:
        assert outbox.depth() == 5 and outbox.damaged_count() == 2
    with ObservationStore(tmp_path / "home" / "device" / "observations.sqlite3") as store:
        assert store.count() == 5
    code, out, _ = run(capsys, "audit", *home)
    assert "set aside" in out and "big-note" in out and "over the 1 MB limit" in out


def test_a_record_the_server_refuses_as_too_large_makes_ingest_exit_1(capsys, tmp_path, tmp_path_factory,
                                                                      server_settings, server_services) -> None:
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path_factory.mktemp("small-body-server"),
                                                  "max_body_bytes": 64 * 1024})
    services = build_services(settings, engine=server_services.scheduler.inner, embedder=server_services.embedder)
    path, day = _day_file(tmp_path, seed=47, count=6)
    note = Observation(id="long-note", sensor="manual", kind="note", start=day[0].start, data={"text": "y" * 100_000})
    path.write_text(write_jsonl([*day, note]))
    with BackgroundServer(create_app(settings, services=services)) as url:
        code, out, err = run(capsys, "ingest", str(path), "--home", str(tmp_path / "home"), "--server", url,
                             "--token", settings.token)
    close_own_parts(services)
    assert code == 1 and "1 set aside, 0 still queued" in out and "long-note" in err and "body limit" in err


def test_the_server_refuses_one_observation_over_the_limit_by_itself(server_settings, server_services, tmp_path) -> None:
    """The same limit holds on the server (and so in embedded mode): the record is rejected, the rest stored."""
    from server.services.container import build_services

    settings = server_settings.model_copy(update={"home": tmp_path})
    services = build_services(settings, engine=server_services.scheduler.inner, embedder=server_services.embedder)
    _, day = _day_file(tmp_path, seed=53, count=3)
    big = Observation(id="big", sensor="manual", kind="note", start=day[0].start, data={"text": "z" * MAX_OBSERVATION_BYTES})
    result = services.ingest.ingest([o.to_wire() for o in [*day, big]])
    close_own_parts(services)
    assert result.accepted == 3 and [(r.id, "over the 1 MB limit" in r.error) for r in result.rejected] == [("big", True)]


def test_search_output_clips_long_texts(capsys, tmp_path, fresh_server) -> None:
    url, token = fresh_server
    remote = ["--home", str(tmp_path / "home"), "--server", url, "--token", token]
    note = Observation(id="essay", sensor="manual", kind="note", start=datetime(2026, 11, 18, 9, tzinfo=resolve_timezone(TZ)),
                       data={"text": "marmalade " * 600})
    path = tmp_path / "essay.jsonl"
    path.write_text(write_jsonl([note]))
    assert run(capsys, "ingest", str(path), *remote)[0] == 0
    code, out, _ = run(capsys, "memory", "search", "marmalade", "--k", "1", *remote)
    first = out.splitlines()[0]
    assert code == 0 and "marmalade" in first and len(first) < 400 and "characters)" in first
    code, out, _ = run(capsys, "memory", "search", "marmalade", "--k", "1", "--json", *remote)
    assert json.loads(out)["hits"][0]["text"].count("marmalade") == 600  # --json keeps it whole


@pytest.mark.parametrize("where", ["flag", "environment", "config file"])
def test_an_unknown_zone_is_refused_when_the_settings_are_read(capsys, tmp_path, monkeypatch, where: str) -> None:
    args = ["config", "show", "--home", str(tmp_path)]
    if where == "flag":
        args += ["--tz", "Mars/Olympus"]
    elif where == "environment":
        monkeypatch.setenv("TETHER_TIMEZONE", "Mars/Olympus")
    else:
        config = tmp_path / "config.toml"
        config.write_text('timezone = "Mars/Olympus"\n')
        args += ["--config", str(config)]
    code, out, err = run(capsys, *args)
    assert code == 1 and out == "" and err.count("\n") == 1
    assert err.startswith("tether: error: setting timezone (--tz or TETHER_TIMEZONE or `timezone` in the config file): "
                          "unknown time zone 'Mars/Olympus'; use an IANA name like Europe/Berlin")


# --- error messages: one line, naming the option and what to do -----------------------------------


@pytest.mark.parametrize("argv, expected", [
    (["ask", ""], 'the question is empty; write it in quotes, e.g. tether ask "How much coffee did I have today?"'),
    (["ask", "   "], "the question is empty"),
    (["ask", "hi", "--max-tokens", "0"], "--max-tokens 0 is out of range; give a number from 1 to 2048"),
    (["ask", "hi", "--max-tokens", "5000"], "--max-tokens 5000 is out of range; give a number from 1 to 2048"),
    (["memory", "forget", "--since", "nope", "--yes"], "--since 'nope' is not an ISO 8601 time (e.g. 2026-11-20"),
    (["memory", "forget", "--until", "soon", "--yes"], "--until 'soon' is not an ISO 8601 time"),
])
def test_bad_input_is_one_line_naming_the_option(capsys, tmp_path, argv: list[str], expected: str) -> None:
    code, out, err = run(capsys, *argv, "--home", str(tmp_path))
    assert code == 1 and out == "" and err.count("\n") == 1 and "https://" not in err
    assert err.startswith(f"tether: error: {expected}")


def _closed_pipe_run(*argv: str) -> subprocess.CompletedProcess:
    """``tether ARGV | head -0``: stdout's reader is gone before anything is written."""
    read, write = os.pipe()
    os.close(read)
    try:
        return subprocess.run([sys.executable, "-m", "device.cli", *argv], stdout=write, stderr=subprocess.PIPE,
                              text=True, timeout=600, cwd=ROOT, env={**os.environ, "TETHER_CONFIG": os.devnull})
    finally:
        os.close(write)


def test_a_closed_pipe_ends_quietly(tmp_path, live_server, server_settings) -> None:
    done = _closed_pipe_run("config", "show", "--home", str(tmp_path))
    assert (done.returncode, done.stderr) == (0, "")
    done = _closed_pipe_run("ask", "How much coffee did I have today?", "--home", str(tmp_path), "--server", live_server,
                            "--token", server_settings.token)
    assert (done.returncode, done.stderr) == (0, "")


def test_ingest_names_a_directory_and_a_binary_file(capsys, tmp_path) -> None:
    code, _, err = run(capsys, "ingest", str(tmp_path), "--home", str(tmp_path / "home"))
    assert code == 1 and err == f"tether: error: {tmp_path} is a directory; name a JSON Lines file (one observation " \
                                "per line), or '-' for stdin\n"
    path, _ = _day_file(tmp_path, seed=59, count=3)
    binary = tmp_path / "photo.jsonl"
    binary.write_bytes(path.read_bytes() + b"\x89PNG\r\n\x1a\n\x00\xff\xfe\n")
    code, out, err = run(capsys, "ingest", str(binary), "--no-sync", "--home", str(tmp_path / "home"))
    assert code == 1 and "read 3 observations (3 bad lines)" in out
    assert f"tether: {binary}: line 4: not UTF-8 text (byte 0x89 at column 1)" in err
    assert f"tether: {binary}: line 6: not UTF-8 text (byte 0xff at column 2)" in err


def test_forget_dry_run_says_what_would_go_and_removes_nothing(capsys, tmp_path, fresh_server) -> None:
    from device.storage.store import ObservationStore

    url, token = fresh_server
    remote = ["--home", str(tmp_path / "home"), "--server", url, "--token", token, "--tz", TZ]
    path, day = _day_file(tmp_path, seed=61, count=20)
    assert run(capsys, "ingest", str(path), *remote)[0] == 0
    meal = next(o.id for o in day if o.kind == "meal")
    code, out, _ = run(capsys, "memory", "forget", meal, "--dry-run", *remote)
    assert code == 0 and out.startswith(f"would forget 1 memory on server {url}, and remove 1 observation and "
                                        "0 queued ones on this device (nothing forgotten yet")
    with ObservationStore(tmp_path / "home" / "device" / "observations.sqlite3") as store:
        assert meal in {o.id for o in store.recent(day[0].start - timedelta(days=1))}


def test_jobs_help_names_every_job(capsys) -> None:
    from server.learning.jobs import JOBS
    from shared.jobs import JOB_IDS

    assert tuple(JOBS) == JOB_IDS
    with pytest.raises(SystemExit):
        main(["jobs", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert all(job in text for job in JOB_IDS) and "fold-memories" in text
