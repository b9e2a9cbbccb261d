"""WindowSensor: xprop / osascript output parsed from recorded samples, poll driven by a fake runner,
and the real sensor on this (headless) machine."""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path

import pytest

from sensors.base import HealthStatus, SensorConfigError
from sensors.window import (
    EXCLUDED_TITLE,
    NO_DISPLAY_REASON,
    SENSOR,
    FocusedWindow,
    WindowSensor,
    parse_active_window_id,
    parse_osascript_front,
    parse_xprop_window,
)
from sensors.commands import CommandError, run_command
from shared.observation import Modality
from shared.settings import SensorSettings

# Recorded from xprop 1.2.5 on Xorg (GNOME) and XFCE; escapes as xprop prints them.
XPROP_ROOT = "_NET_ACTIVE_WINDOW(WINDOW): window id # 0x3a00007\n"
XPROP_ROOT_NOTHING_FOCUSED = "_NET_ACTIVE_WINDOW(WINDOW): window id # 0x0\n"
XPROP_ROOT_NO_EWMH = "_NET_ACTIVE_WINDOW:  not found.\n"
XPROP_FIREFOX = (
    'WM_CLASS(STRING) = "Navigator", "firefox"\n'
    '_NET_WM_NAME(UTF8_STRING) = "Tether – design notes — Mozilla Firefox"\n'
    'WM_NAME(COMPOUND_TEXT) = "Tether - design notes - Mozilla Firefox"\n'
)
XPROP_XTERM_LATIN1 = (
    'WM_CLASS(STRING) = "xterm", "XTerm"\n'
    "_NET_WM_NAME:  not found.\n"
    'WM_NAME(STRING) = "vim \\"caf\\351.txt\\" \\\\ notes"\n'
)
XPROP_UTF8_IN_C_LOCALE = (
    'WM_CLASS(STRING) = "gnome-terminal-server", "Gnome-terminal"\n'
    '_NET_WM_NAME(UTF8_STRING) = "caf\\303\\251 \\342\\200\\224 ~/code"\n'
    'WM_NAME(STRING) = "cafe - ~/code"\n'
)
XPROP_BARE_WINDOW = "WM_CLASS:  not found.\n_NET_WM_NAME:  not found.\nWM_NAME:  not found.\n"
OSASCRIPT_SAFARI = "Safari\nTether – GitHub\n"
OSASCRIPT_FINDER_NO_WINDOW = "Finder\n\n"


class FakeRunner:
    """Answers commands with recorded output (or raises), keyed by the command's first words."""

    def __init__(self, answers: dict[tuple[str, ...], str | Exception]) -> None:
        self.answers = answers
        self.calls: list[tuple[list[str], float]] = []

    def __call__(self, argv: Sequence[str], timeout_s: float) -> str:
        self.calls.append((list(argv), timeout_s))
        for prefix, answer in self.answers.items():
            if tuple(argv[: len(prefix)]) == prefix:
                if isinstance(answer, Exception):
                    raise answer
                return answer
        raise AssertionError(f"unexpected command {argv}")


def _x11_sensor(runner: FakeRunner, **kwargs: object) -> WindowSensor:
    return WindowSensor(runner, platform="linux", env={"DISPLAY": ":0"}, which=lambda tool: f"/usr/bin/{tool}", **kwargs)  # type: ignore[arg-type]


def _x11_runner(window_output: str | Exception = XPROP_FIREFOX, root: str = XPROP_ROOT) -> FakeRunner:
    return FakeRunner({("xprop", "-root"): root, ("xprop", "-id", "0x3a00007"): window_output})


# --- parsers ----------------------------------------------------------------------------------


def test_active_window_id_parsing() -> None:
    assert parse_active_window_id(XPROP_ROOT) == "0x3a00007"
    assert parse_active_window_id("_NET_ACTIVE_WINDOW(WINDOW): window id # 0x1e00006, 0x0\n") == "0x1e00006"
    assert parse_active_window_id(XPROP_ROOT_NOTHING_FOCUSED) is None
    assert parse_active_window_id(XPROP_ROOT_NO_EWMH) is None
    assert parse_active_window_id("") is None


def test_xprop_window_parsing_prefers_net_wm_name_and_the_class() -> None:
    assert parse_xprop_window(XPROP_FIREFOX) == FocusedWindow("firefox", "Tether – design notes — Mozilla Firefox")


def test_xprop_escapes_are_undone_per_string_type() -> None:
    assert parse_xprop_window(XPROP_XTERM_LATIN1) == FocusedWindow("XTerm", 'vim "café.txt" \\ notes')
    assert parse_xprop_window(XPROP_UTF8_IN_C_LOCALE) == FocusedWindow("Gnome-terminal", "café — ~/code")


def test_xprop_window_without_properties() -> None:
    assert parse_xprop_window(XPROP_BARE_WINDOW) == FocusedWindow("", "")


def test_osascript_parsing() -> None:
    assert parse_osascript_front(OSASCRIPT_SAFARI) == FocusedWindow("Safari", "Tether – GitHub")
    assert parse_osascript_front(OSASCRIPT_FINDER_NO_WINDOW) == FocusedWindow("Finder", "")
    assert parse_osascript_front("Preview\nmissing value\n") == FocusedWindow("Preview", "")
    assert parse_osascript_front("\n") is None


# --- poll with a fake runner ------------------------------------------------------------------


def test_x11_poll_emits_one_heartbeat() -> None:
    runner = _x11_runner()
    sensor = _x11_sensor(runner, timeout_s=1.5)

    [observation] = sensor.poll()

    assert observation.sensor == "window"
    assert observation.kind == "computer"
    assert observation.modality is Modality.digital
    assert observation.data == {"app": "firefox", "title": "Tether – design notes — Mozilla Firefox"}
    assert observation.start == observation.end
    assert observation.start.utcoffset() is not None
    assert runner.calls == [
        (["xprop", "-root", "_NET_ACTIVE_WINDOW"], 1.5),
        (["xprop", "-id", "0x3a00007", "WM_CLASS", "_NET_WM_NAME", "WM_NAME"], 1.5),
    ]
    assert sensor.health().status is HealthStatus.ok


def test_heartbeat_ids_are_unique() -> None:
    sensor = _x11_sensor(_x11_runner())
    ids = [obs.id for _ in range(20) for obs in sensor.poll()]
    assert len(set(ids)) == 20


def test_nothing_focused_gives_nothing() -> None:
    sensor = _x11_sensor(_x11_runner(root=XPROP_ROOT_NOTHING_FOCUSED))
    assert sensor.poll() == []
    assert sensor.health().status is HealthStatus.ok


def test_failing_command_is_reported_through_health_then_recovers() -> None:
    runner = _x11_runner(CommandError("xprop exited with 1: X Error of failed request: BadWindow"))
    sensor = _x11_sensor(runner)

    assert sensor.poll() == []
    health = sensor.health()
    assert health.status is HealthStatus.error
    assert "BadWindow" in health.reason

    runner.answers[("xprop", "-id", "0x3a00007")] = XPROP_FIREFOX
    assert len(sensor.poll()) == 1
    assert sensor.health().status is HealthStatus.ok


def test_macos_poll_uses_osascript() -> None:
    runner = FakeRunner({("osascript", "-e"): OSASCRIPT_SAFARI})
    sensor = WindowSensor(runner, platform="darwin", env={}, which=lambda tool: "/usr/bin/osascript")

    [observation] = sensor.poll()

    assert observation.data == {"app": "Safari", "title": "Tether – GitHub"}
    assert "System Events" in runner.calls[0][0][2]


def test_macos_permission_error_names_the_setting() -> None:
    error = CommandError("osascript exited with 1: execution error: Not authorized to send Apple events to System Events. (-1743)")
    sensor = WindowSensor(FakeRunner({("osascript",): error}), platform="darwin", env={}, which=lambda tool: "/x")

    assert sensor.poll() == []
    health = sensor.health()
    assert health.status is HealthStatus.error
    assert "Automation" in health.reason and "-1743" in health.reason


def test_excluded_app_is_dropped_and_excluded_title_hidden() -> None:
    assert _x11_sensor(_x11_runner(), exclude_apps=["^FIRE"]).poll() == []

    [observation] = _x11_sensor(_x11_runner(), exclude_titles=["design notes"]).poll()
    assert observation.data == {"app": "firefox", "title": EXCLUDED_TITLE}

    with pytest.raises(SensorConfigError, match="exclude_titles"):
        WindowSensor(exclude_titles=["(unclosed"])


def test_from_settings_applies_the_privacy_filters(tmp_path: Path) -> None:
    sensor = WindowSensor.from_settings(SensorSettings(exclude_apps=["keepass"], exclude_titles=["bank"]), tmp_path)
    assert isinstance(sensor, WindowSensor)
    assert sensor._exclude_apps is not None and sensor._exclude_apps.search("KeePassXC")
    assert sensor._exclude_titles is not None and sensor._exclude_titles.search("My Bank - login")


# --- health -----------------------------------------------------------------------------------


def test_health_names_what_is_missing() -> None:
    runner = FakeRunner({})
    no_display = WindowSensor(runner, platform="linux", env={"WAYLAND_DISPLAY": "wayland-0"}, which=lambda tool: "/x")
    assert no_display.health().reason == NO_DISPLAY_REASON
    assert no_display.poll() == []

    no_xprop = WindowSensor(runner, platform="linux", env={"DISPLAY": ":0"}, which=lambda tool: None)
    health = no_xprop.health()
    assert health.status is HealthStatus.unavailable
    assert "install x11-utils for xprop" in health.reason
    assert no_xprop.poll() == []

    windows = WindowSensor(runner, platform="win32", env={}, which=lambda tool: None)
    assert windows.health().status is HealthStatus.unavailable
    assert runner.calls == []  # an unavailable sensor never runs anything


@pytest.mark.skipif(sys.platform == "darwin" or bool(os.environ.get("DISPLAY")), reason="needs a headless Linux machine")
def test_real_sensor_on_a_headless_machine_is_unavailable() -> None:
    sensor = WindowSensor()
    health = sensor.health()
    assert health.status is HealthStatus.unavailable
    assert health.reason == NO_DISPLAY_REASON
    assert sensor.poll() == []


# --- the real command runner ------------------------------------------------------------------


def test_run_command_returns_stdout_and_explains_failures() -> None:
    assert run_command([sys.executable, "-c", "print('héllo')"], 10) == "héllo\n"

    with pytest.raises(CommandError, match="not installed"):
        run_command(["tether-no-such-tool-xyz"], 5)
    with pytest.raises(CommandError, match="exited with 3: broken"):
        run_command([sys.executable, "-c", "import sys; sys.stderr.write('broken'); sys.exit(3)"], 10)
    with pytest.raises(CommandError, match="did not answer within 0.3 s"):
        run_command([sys.executable, "-c", "import time; time.sleep(10)"], 0.3)


def test_module_exposes_the_sensor_class() -> None:
    assert SENSOR is WindowSensor
    assert WindowSensor.name == "window"
