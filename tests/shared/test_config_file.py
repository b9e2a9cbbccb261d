"""The TOML config file: precedence flags > env > file > defaults, the [server] table, typos, the docs."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from device.cli.main import main
from shared.config_file import ConfigFileError, default_config_path, resolve_config_path
from shared.settings_reference import SETTINGS_TABLE_END, SETTINGS_TABLE_START
from shared.settings import DeviceSettings, SensorSettings, ServerSettings

CONFIGURATION_DOC = Path(__file__).resolve().parents[2] / "docs" / "configuration.md"

CONFIG = """
home = "~/tether-data"
server_url = "http://file.example:8765"
token = "file-token"
sync_interval_s = 30
n_threads = 3

[sensors]
enabled = ["system", "calendar"]
poll_intervals = { system = 120 }
exclude_apps = ["KeePass"]

[server]
port = 9999
n_threads = 8
learning = false
"""


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    path.chmod(0o600)
    monkeypatch.setenv("TETHER_CONFIG", str(path))
    return path


def test_the_file_sets_what_flags_and_env_do_not(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    settings = DeviceSettings()
    assert settings.home == Path("~/tether-data").expanduser()
    assert settings.server_url == "http://file.example:8765" and settings.token == "file-token"
    assert settings.sync_interval_s == 30 and settings.n_threads == 3
    assert settings.sensors.enabled == ["system", "calendar"] and settings.sensors.poll_intervals == {"system": 120}
    assert settings.config_path == config
    assert DeviceSettings(config_path=os.devnull).server_url is None  # the flag names another file


def test_precedence_is_flags_then_env_then_file_then_defaults(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TETHER_SERVER_URL", "http://env.example:1")
    monkeypatch.setenv("TETHER_SENSORS__EXCLUDE_APPS", '["Signal"]')
    settings = DeviceSettings(token="flag-token")
    assert settings.token == "flag-token"  # flag over file
    assert settings.server_url == "http://env.example:1"  # env over file
    # Nested tables merge key by key: env replaces one sensor setting, the file keeps the others.
    assert settings.sensors.exclude_apps == ["Signal"] and settings.sensors.enabled == ["system", "calendar"]
    assert settings.condense_budget == DeviceSettings.model_fields["condense_budget"].default  # default
    assert DeviceSettings(server_url="http://flag.example:2").server_url == "http://flag.example:2"


def test_server_reads_top_level_keys_with_its_table_on_top(config: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    server = ServerSettings()
    assert server.port == 9999 and server.learning is False
    assert server.n_threads == 8  # [server] over the top level
    assert server.token == "file-token" and server.home == Path("~/tether-data").expanduser()  # shared top-level keys
    monkeypatch.setenv("TETHER_PORT", "7000")
    assert ServerSettings().port == 7000 and ServerSettings(port=7001).port == 7001


def test_typos_and_bad_toml_fail_with_the_file_and_key_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "config.toml"
    monkeypatch.setenv("TETHER_CONFIG", str(path))
    path.write_text('severr_url = "http://x"\n')
    with pytest.raises(ConfigFileError, match=r"unknown setting 'severr_url' \(did you mean 'server_url'\?\)"):
        DeviceSettings()
    path.write_text('[sensors]\nenabeld = ["system"]\n')
    with pytest.raises(ConfigFileError, match=r"unknown setting sensors.enabeld \(did you mean 'enabled'\?\)"):
        DeviceSettings()
    path.write_text('[server]\nport = "not a number"\n')
    with pytest.raises(ValueError, match="port"):
        ServerSettings()
    path.write_text("home = \n")
    with pytest.raises(ConfigFileError, match=f"{re.escape(str(path))} is not valid TOML"):
        DeviceSettings()


def test_a_missing_file_is_no_error_and_the_default_path_is_per_user(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TETHER_CONFIG", str(tmp_path / "absent.toml"))
    assert DeviceSettings().server_url is None
    monkeypatch.delenv("TETHER_CONFIG")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    assert resolve_config_path() == default_config_path() == tmp_path / "xdg" / "tether" / "config.toml"
    assert resolve_config_path(tmp_path / "given.toml") == tmp_path / "given.toml"


def test_config_show_masks_secrets_and_config_path_names_the_file(config: Path, capsys) -> None:
    assert main(["config", "show", "--json", "--server", "http://flag.example:3"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert shown["config_file"] == str(config) and shown["config_file_exists"] is True
    values = shown["settings"]
    assert values["server_url"] == "http://flag.example:3" and values["sync_interval_s"] == 30
    assert values["token"] == "(set, hidden)" and values["server"]["token"] == "(set, hidden)"
    assert values["server"]["port"] == 9999 and values["sensors"]["enabled"] == ["system", "calendar"]
    assert main(["config", "show"]) == 0
    text = capsys.readouterr().out
    assert "file-token" not in text and 'token = "(set, hidden)"' in text and "[server]" in text
    assert main(["config", "path", "--config", "/somewhere/else.toml"]) == 0
    assert capsys.readouterr().out.strip() == "/somewhere/else.toml"


def test_the_configuration_doc_documents_every_setting() -> None:
    doc = CONFIGURATION_DOC.read_text(encoding="utf-8")
    block = doc[doc.index(SETTINGS_TABLE_START):doc.index(SETTINGS_TABLE_END)]
    missing = []
    for model, toml_prefix, env_prefix in ((DeviceSettings, "", "TETHER_"), (SensorSettings, "sensors.", "TETHER_SENSORS__"),
                                           (ServerSettings, "server.", "TETHER_")):
        for name in model.model_fields:
            if name in ("config_path", "sensors"):
                continue
            if f"| `{toml_prefix}{name}` | `{env_prefix}{name.upper()}` |" not in block:
                missing.append(f"{toml_prefix}{name}")
    assert not missing, f"docs/configuration.md lacks {missing}; run .venv/bin/python scripts/settings_table.py --write"


def test_the_example_config_in_the_docs_is_valid(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    doc = CONFIGURATION_DOC.read_text(encoding="utf-8")
    example = doc.split("# ~/.config/tether/config.toml\n", 1)[1].split("```", 1)[0]
    path = tmp_path / "config.toml"
    path.write_text(example)
    monkeypatch.setenv("TETHER_CONFIG", str(path))
    assert DeviceSettings().sensors.poll_intervals == {"window": 10}
    assert ServerSettings().n_threads == 8


def test_config_show_prints_valid_toml(config: Path, capsys) -> None:
    import tomllib

    assert main(["config", "show"]) == 0
    shown = tomllib.loads(capsys.readouterr().out)
    assert shown["sensors"]["poll_intervals"] == {"system": 120.0} and shown["server"]["port"] == 9999
