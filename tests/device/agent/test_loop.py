"""The agent does its real job against a real server (the TUI's tests are in tests/device/tui/)."""

import json
from datetime import date

from device.agent.loop import run_agent
from device.agent.status import status_path
from sensors.synthetic import write_life_jsonl
from shared.settings import DeviceSettings, SensorSettings


def test_agent_once_senses_and_syncs(tmp_path, live_server, server_settings) -> None:
    life = tmp_path / "life.jsonl"
    write_life_jsonl(life, start=date(2026, 11, 17), days=1, seed=33, tz="Europe/Berlin")
    settings = DeviceSettings(home=tmp_path / "home", server_url=live_server, token=server_settings.token,
                              sensors=SensorSettings(enabled=["system", "no-such-sensor"]))
    assert run_agent(settings, once=True, replay=life) == 0
    status = json.loads(status_path(settings).read_text())
    assert status["cycles"] == 1 and status["outbox_depth"] == 0 and status["last_error"] is None
    assert status["sensors"]["system"] == "ok" and status["sensors"]["replay"] == "ok"
    assert status["sensors"]["no-such-sensor"].startswith("error: unknown sensor 'no-such-sensor'; known sensors:")
    assert status["observations"] > 40  # the replayed day plus the system sensor's reading


def test_agent_keeps_everything_when_the_server_is_down(tmp_path) -> None:
    settings = DeviceSettings(home=tmp_path / "home", server_url="http://127.0.0.1:9", token="t",
                              sensors=SensorSettings(enabled=["system"]))
    assert run_agent(settings, once=True) == 0
    status = json.loads(status_path(settings).read_text())
    assert status["outbox_depth"] == 1 and status["last_error"].startswith("sync: cannot reach")

