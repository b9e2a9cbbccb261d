"""IdleSensor: idle-time output parsed from recorded samples, the AFK state machine driven by a fake
runner and clock, and the real sensor on this (headless) machine."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from device.pipeline.digitize import merge_adjacent
from sensors.base import HealthStatus
from sensors.idle import SENSOR, IdleSensor, parse_idle_ms, parse_ioreg_idle
from sensors.commands import CommandError
from sensors.window import NO_DISPLAY_REASON
from shared.observation import Modality
from shared.settings import SensorSettings

# Recorded from ``ioreg -c IOHIDSystem`` on macOS 14 (shortened; the real one lists more keys).
IOREG_OUTPUT = """\
+-o Root  <class IORegistryEntry, id 0x100000100, retain 30>
  +-o IOResources  <class IOResources, id 0x100000112, registered, matched, active, busy 0 (0 ms), retain 42>
    +-o IOHIDSystem  <class IOHIDSystem, id 0x1000003d2, registered, matched, active, busy 0 (0 ms), retain 21>
      | {
      |   "IOClass" = "IOHIDSystem"
      |   "HIDParameters" = {"HIDClickTime"=500000000,"HIDKeyRepeat"=83333333,"HIDClickSpace"={5,3}}
      |   "HIDIdleTime" = 212345678901
      |   "IOProviderClass" = "IOResources"
      |   "CFBundleIdentifier" = "com.apple.iokit.IOHIDFamily"
      | }
"""
T0 = datetime(2026, 3, 23, 9, 0, tzinfo=timezone.utc)


class IdleMachine:
    """A fake clock plus a fake ``xprintidle``: set ``now`` and ``idle_s``, then poll."""

    def __init__(self) -> None:
        self.now = T0
        self.idle_s = 0.0
        self.calls: list[list[str]] = []

    def clock(self) -> datetime:
        return self.now

    def runner(self, argv: Sequence[str], timeout_s: float) -> str:
        self.calls.append(list(argv))
        return f"{round(self.idle_s * 1000)}\n"

    def at(self, seconds: float, idle_s: float) -> "IdleMachine":
        self.now, self.idle_s = T0 + timedelta(seconds=seconds), idle_s
        return self


def _sensor(machine: IdleMachine, threshold_s: float = 180.0, tools: tuple[str, ...] = ("xprintidle",)) -> IdleSensor:
    return IdleSensor(
        machine.runner,
        threshold_s=threshold_s,
        platform="linux",
        env={"DISPLAY": ":0"},
        which=lambda tool: f"/usr/bin/{tool}" if tool in tools else None,
        clock=machine.clock,
    )


def _span(observation: object) -> tuple[float, float]:
    start, end = observation.start, observation.end  # type: ignore[attr-defined]
    return (start - T0).total_seconds(), (end - T0).total_seconds()


def test_parsers_read_recorded_output() -> None:
    assert parse_idle_ms("184532\n") == 184.532
    assert parse_idle_ms("0") == 0.0
    assert parse_idle_ms("couldn't open display\n") is None
    assert parse_idle_ms("") is None
    assert parse_ioreg_idle(IOREG_OUTPUT) == pytest.approx(212.345678901)
    assert parse_ioreg_idle("+-o Root  <class IORegistryEntry>\n") is None


def test_afk_state_machine_emits_mergeable_heartbeats() -> None:
    machine = IdleMachine()
    sensor = _sensor(machine)

    [present] = sensor.poll() if machine.at(0, 5) else []
    assert (present.sensor, present.kind, present.modality) == ("idle", "afk", Modality.digital)
    assert present.data == {"afk": False, "idle_s": 5.0}
    assert _span(present) == (-5, -5)  # present at the last input; later is not known yet
    assert sensor.afk is False

    [typing] = sensor.poll() if machine.at(60, 2) else []
    assert typing.data == present.data
    assert _span(typing) == (-5, 58)

    assert (sensor.poll() if machine.at(120, 62) else None) == []  # no input since: nothing new

    # Idle for 182 s at T0+240 s: the person went away at T0+58 s, when the input stopped.
    [away] = sensor.poll() if machine.at(240, 182) else []
    assert away.data == {"afk": True, "idle_s": 182.0}
    assert _span(away) == (58, 240)
    assert sensor.afk is True

    [still_away] = sensor.poll() if machine.at(300, 242) else []
    assert still_away.data == away.data
    assert _span(still_away) == (240, 300)

    # Input at T0+390 s: the away stretch runs up to it, and presence starts there.
    away_end, back = sensor.poll() if machine.at(400, 10) else []
    assert away_end.data == away.data
    assert _span(away_end) == (300, 390)
    assert back.data == {"afk": False, "idle_s": 10.0}
    assert _span(back) == (390, 390)
    assert sensor.afk is False

    [working] = sensor.poll() if machine.at(460, 0) else []
    assert _span(working) == (390, 460)

    observations = [present, typing, away, still_away, away_end, back, working]
    assert len({obs.id for obs in observations}) == len(observations)
    merged = [item.observation for item in merge_adjacent(observations, pulsetime_s=60)]
    assert [(obs.data["afk"], _span(obs)) for obs in merged] == [
        (False, (-5, 58)),
        (True, (58, 390)),  # one away stretch, from when input stopped until it resumed
        (False, (390, 460)),
    ]
    assert machine.calls == [["xprintidle"]] * 7


def test_first_poll_while_away_starts_when_idleness_began() -> None:
    machine = IdleMachine()
    sensor = _sensor(machine, threshold_s=60)

    [away] = sensor.poll() if machine.at(0, 600) else []

    assert away.data == {"afk": True, "idle_s": 600.0}
    assert _span(away) == (-600, 0)


def test_xssstate_is_the_fallback() -> None:
    machine = IdleMachine().at(0, 1)
    sensor = _sensor(machine, tools=("xssstate",))

    assert len(sensor.poll()) == 1
    assert machine.calls == [["xssstate", "-i"]]


def test_macos_reads_hid_idle_time() -> None:
    calls: list[list[str]] = []

    def ioreg(argv: Sequence[str], timeout_s: float) -> str:
        calls.append(list(argv))
        return IOREG_OUTPUT

    sensor = IdleSensor(ioreg, platform="darwin", env={}, which=lambda tool: "/usr/sbin/ioreg", clock=lambda: T0)

    [away] = sensor.poll()

    assert calls == [["ioreg", "-c", "IOHIDSystem"]]
    assert away.data == {"afk": True, "idle_s": 212.3}
    assert away.start == T0 - timedelta(seconds=212.345678901)


def test_unreadable_output_and_failures_are_health_errors() -> None:
    answers: list[str | Exception] = ["couldn't open display :0\n", CommandError("xprintidle did not answer within 2 s"), "1000\n"]

    def runner(argv: Sequence[str], timeout_s: float) -> str:
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    sensor = IdleSensor(runner, platform="linux", env={"DISPLAY": ":0"}, which=lambda tool: "/usr/bin/" + tool)

    assert sensor.poll() == []
    assert sensor.health().status is HealthStatus.error
    assert "printed no idle time" in sensor.health().reason
    assert sensor.poll() == []
    assert "did not answer" in sensor.health().reason
    assert len(sensor.poll()) == 1
    assert sensor.health().status is HealthStatus.ok


def test_health_names_what_is_missing() -> None:
    def never(argv: Sequence[str], timeout_s: float) -> str:
        raise AssertionError("an unavailable sensor must not run commands")

    headless = IdleSensor(never, platform="linux", env={}, which=lambda tool: "/usr/bin/" + tool)
    assert headless.health().reason == NO_DISPLAY_REASON
    assert headless.poll() == []

    no_tools = IdleSensor(never, platform="linux", env={"DISPLAY": ":0"}, which=lambda tool: None)
    assert no_tools.health().status is HealthStatus.unavailable
    assert "install xprintidle" in no_tools.health().reason
    assert no_tools.poll() == []

    with pytest.raises(ValueError, match="threshold_s"):
        IdleSensor(never, threshold_s=0)


@pytest.mark.skipif(sys.platform == "darwin" or bool(os.environ.get("DISPLAY")), reason="needs a headless Linux machine")
def test_real_sensor_on_a_headless_machine_is_unavailable(tmp_path: Path) -> None:
    sensor = IdleSensor.from_settings(SensorSettings(), tmp_path)
    health = sensor.health()
    assert health.status is HealthStatus.unavailable
    assert health.reason == NO_DISPLAY_REASON
    assert sensor.poll() == []


def test_module_exposes_the_sensor_class() -> None:
    assert SENSOR is IdleSensor
    assert IdleSensor.name == "idle"
