from pathlib import Path

import pytest

from shared.settings import DeviceSettings, ServerSettings


def test_env_prefix(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("TETHER_HOME", str(tmp_path))
    monkeypatch.setenv("TETHER_SERVER_URL", "http://127.0.0.1:9")
    monkeypatch.setenv("TETHER_PORT", "9999")
    assert DeviceSettings().server_url == "http://127.0.0.1:9"
    assert DeviceSettings().device_dir == tmp_path / "device"
    assert ServerSettings().port == 9999
    assert ServerSettings().server_dir == tmp_path / "server"


def test_embedded_mode_is_the_default() -> None:
    assert DeviceSettings().server_url is None
    assert ServerSettings().host == "127.0.0.1"
