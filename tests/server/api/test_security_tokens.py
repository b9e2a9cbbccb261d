"""API tokens: the store keeps digests only, and ``tether token create|list|revoke`` drives a real server."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import httpx
import pytest

from device.cli.main import main
from server.api.tokens import Scope, TokenStore, parse_scopes


def test_store_keeps_only_a_digest_and_verifies_in_constant_time(tmp_path: Path) -> None:
    store = TokenStore(tmp_path / "tokens.sqlite3")
    created = store.create("laptop", [Scope.read], device="laptop-1")
    assert created.secret.startswith(f"tether_{created.record.id}_")
    assert created.secret not in repr(created)
    store.close()  # the secret must not be anywhere on disk, WAL included
    on_disk = b"".join(p.read_bytes() for p in tmp_path.iterdir())
    random_part = created.secret.split("_", 2)[2]  # the random part may itself contain "_"
    assert len(random_part) >= 40
    assert created.secret.encode() not in on_disk and random_part.encode() not in on_disk
    [row] = sqlite3.connect(tmp_path / "tokens.sqlite3").execute("SELECT digest FROM tokens").fetchall()
    assert len(row[0]) == 64  # sha256 hex
    assert (tmp_path / "tokens.sqlite3").stat().st_mode & 0o077 == 0

    reopened = TokenStore(tmp_path / "tokens.sqlite3")
    record = reopened.verify(created.secret)
    assert record is not None and record.device == "laptop-1" and record.scopes == {Scope.read}
    for wrong in ("", "tether", created.secret + "x", created.secret.replace(created.record.id, "0" * 12)):
        assert reopened.verify(wrong) is None
    reopened.revoke(created.record.id)
    assert reopened.verify(created.secret) is None
    assert reopened.list()[0].revoked_at is not None


def test_scopes_and_device_ids_are_checked() -> None:
    assert parse_scopes(["READ", " admin"]) == {Scope.read, Scope.admin}
    with pytest.raises(ValueError, match="unknown scope 'root'"):
        parse_scopes(["root"])


def test_token_cli_against_a_real_server(capsys, tmp_path_factory, server_settings, server_services) -> None:
    from server.api.app import create_app
    from server.api.background import BackgroundServer
    from server.services.container import build_services

    home = tmp_path_factory.mktemp("token-cli")
    settings = server_settings.model_copy(update={"home": home})
    app = create_app(settings, services=build_services(settings, engine=server_services.engine,
                                                       embedder=server_services.embedder))

    def tether(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--home", str(home)])
        out, err = capsys.readouterr()
        return code, out, err

    code, out, _ = tether("token", "create", "--name", "phone", "--device", "phone-1", "--scope", "read,write", "--json")
    phone = json.loads(out)
    assert code == 0 and phone["scopes"] == ["read", "write"] and phone["device"] == "phone-1"
    code, out, _ = tether("token", "create", "--scope", "read")
    assert code == 0 and "shown only now" in out
    reader = out.strip().splitlines()[-1]
    code, out, _ = tether("token", "list")
    assert code == 0 and "phone-1" in out and phone["token"] not in out and reader not in out
    code, _, err = tether("token", "create", "--device", "has space")
    assert code == 1 and "device id" in err

    with BackgroundServer(app) as url:
        def get(token: str) -> int:
            return httpx.get(f"{url}/v1/memory/search", params={"q": "x"}, headers={"Authorization": f"Bearer {token}"},
                             timeout=60).status_code

        body = {"observations": [{"id": "cli-tok-1", "sensor": "manual", "kind": "note", "start": "2026-11-20T08:00:00Z"}]}
        post = httpx.post(f"{url}/v1/observations", json=body, headers={"Authorization": f"Bearer {reader}"}, timeout=60)
        assert (get(phone["token"]), get(reader), get(settings.token), post.status_code) == (200, 200, 200, 403)
        code, out, _ = tether("token", "revoke", phone["id"], "--json")
        assert code == 0 and json.loads(out)["revoked_at"]
        assert get(phone["token"]) == 401 and get(reader) == 200  # at once, without a restart
    code, _, err = tether("token", "revoke", "000000000000")
    assert code == 1 and "no token with id" in err


def test_token_help(capsys) -> None:
    for action in ("create", "list", "revoke"):
        with pytest.raises(SystemExit) as info:
            main(["token", action, "--help"])
        assert info.value.code == 0 and capsys.readouterr().out.startswith("usage: tether token")
