"""``tether server``: a warning when it would serve other machines in plain HTTP, quiet loading off a terminal."""

from __future__ import annotations

import os
import secrets
import signal
import sys
from pathlib import Path

import pytest

from device.cli.commands.server import exposure_warning, is_loopback
from shared.settings import ServerSettings
from tests.local_servers import free_port, running_server

REPO = Path(__file__).resolve().parents[3]


def test_loopback_addresses_are_recognised() -> None:
    assert all(is_loopback(h) for h in ("127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost"))
    assert not any(is_loopback(h) for h in ("0.0.0.0", "::", "192.168.1.20", "tether.example.org"))


def test_the_warning_names_the_fixes_and_tls_silences_it(tmp_path: Path) -> None:
    assert exposure_warning(ServerSettings(home=tmp_path)) is None
    warning = exposure_warning(ServerSettings(home=tmp_path, host="0.0.0.0", port=8765))
    assert warning is not None and "0.0.0.0:8765" in warning and "reverse proxy" in warning and "TLS" in warning
    tls = ServerSettings(home=tmp_path, host="0.0.0.0", tls_certfile="cert.pem", tls_keyfile="key.pem")
    assert exposure_warning(tls) is None


@pytest.mark.slow  # a real `tether server` process loads its models (about 30 s on 2 cores)
def test_server_on_all_interfaces_warns_and_stays_quiet_without_a_terminal(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "server.log"
    env = {**os.environ, "TETHER_TOKEN": secrets.token_urlsafe(8), "TETHER_LEARNING": "false"}
    argv = [sys.executable, "-m", "device.cli", "server", "--host", "0.0.0.0", "--port", str(port),
            "--home", str(tmp_path / "home")]
    with running_server(argv, f"http://127.0.0.1:{port}/healthz", log, 300, "tether server", cwd=REPO, env=env) as process:
        process.send_signal(signal.SIGTERM)
        assert process.wait(timeout=60) == 0
    output = log.read_text()
    assert "WARNING" in output and f"binding to 0.0.0.0:{port}" in output and "reverse proxy" in output
    assert f"tether server on http://0.0.0.0:{port}" in output
    assert "loading the embedding model" not in output  # progress is for terminals only
