"""AppsSensor: the classification table, exclusion, and real polls that see spawned processes."""

from __future__ import annotations

import secrets
import shutil
import subprocess
import time
from collections.abc import Iterator
from pathlib import Path

import psutil
import pytest

from sensors.apps import DEFAULT_ACTIVITY_TABLE, SENSOR, AppsSensor, classify_process, identify_process
from sensors.base import HealthStatus, SensorConfigError
from shared.observation import Modality
from shared.settings import SensorSettings


@pytest.mark.parametrize(
    ("name", "cmdline", "activity"),
    [
        ("code", ["/usr/share/code/code", "--type=renderer"], "coding"),
        ("nvim", ["nvim", "README.md"], "coding"),
        ("emacs", ["emacs"], "coding"),
        ("java", ["/opt/pycharm-community-2024.1/jbr/bin/java", "-Didea.platform.prefix=PyCharmCore", "com.intellij.idea.Main"], "coding"),
        ("java", ["/usr/lib/jvm/java-17/bin/java", "-classpath", "/opt/idea/lib/app.jar", "com.intellij.idea.Main"], "coding"),
        ("firefox", ["/usr/lib/firefox/firefox"], "browsing"),
        ("Isolated Web Co", ["/usr/lib/firefox/firefox", "-contentproc", "-childID", "3"], "browsing"),
        ("chrome", ["/opt/google/chrome/chrome", "--type=renderer"], "browsing"),
        ("Google Chrome Helper (Renderer)", ["/Applications/Google Chrome.app/Contents/Frameworks/Google Chrome Framework.framework/Helpers/Google Chrome Helper (Renderer).app/Contents/MacOS/Google Chrome Helper (Renderer)"], "browsing"),
        ("Safari", ["/Applications/Safari.app/Contents/MacOS/Safari"], "browsing"),
        ("brave", ["/opt/brave.com/brave/brave"], "browsing"),
        ("zoom", ["/opt/zoom/zoom"], "meeting"),
        ("teams-for-linux", ["/opt/teams-for-linux/teams-for-linux"], "meeting"),
        ("slack", ["/usr/lib/slack/slack", "--type=gpu-process"], "chat"),
        ("Discord", ["/usr/share/discord/Discord"], "chat"),
        ("signal-desktop", ["/opt/Signal/signal-desktop"], "chat"),
        ("spotify", ["/usr/share/spotify/spotify"], "media"),
        ("vlc", ["/usr/bin/vlc", "film.mkv"], "media"),
        ("gnome-terminal-server", ["/usr/libexec/gnome-terminal-server"], "terminal"),
        ("kitty", ["kitty"], "terminal"),
        ("iTerm2", ["/Applications/iTerm.app/Contents/MacOS/iTerm2"], "terminal"),
        ("soffice.bin", ["/usr/lib/libreoffice/program/soffice.bin", "--writer"], "office"),
        ("EXCEL.EXE", ["C:\\Program Files\\Microsoft Office\\root\\Office16\\EXCEL.EXE"], "office"),
        ("bash", ["-bash"], None),
        ("python3", ["python3", "/home/me/code/tool.py"], None),  # a script in ~/code is not an editor
        ("java", ["/usr/bin/java", "-jar", "server.jar"], None),
        ("systemd", ["/sbin/init"], None),
    ],
)
def test_classification_table(name: str, cmdline: list[str], activity: str | None) -> None:
    assert classify_process(name, cmdline) == activity


def test_identify_names_the_matching_program() -> None:
    assert identify_process("Isolated Web Co", ["/usr/lib/firefox/firefox", "-contentproc"]) == ("firefox", "browsing")
    assert identify_process("anything", [], {"anything": "testing"}) == ("anything", "testing")
    assert set(DEFAULT_ACTIVITY_TABLE.values()) == {"coding", "browsing", "meeting", "chat", "media", "terminal", "office"}


@pytest.fixture
def sleeper(tmp_path: Path) -> Iterator[tuple[str, subprocess.Popen[bytes]]]:
    """A ``sleep 30`` child under a name no other process here has: ``(name, process)``."""
    name = f"tsleep{secrets.token_hex(3)}"  # within Linux's 15-character process names
    program = tmp_path / name
    shutil.copy2(shutil.which("sleep") or "/bin/sleep", program)
    child = subprocess.Popen([str(program), "30"])
    try:
        yield name, child
    finally:
        child.kill()
        child.wait(timeout=10)


def test_real_poll_sees_a_spawned_process(sleeper: tuple[str, subprocess.Popen[bytes]]) -> None:
    name, process = sleeper
    sensor = AppsSensor({name: "testing"})

    [observation] = sensor.poll()

    assert (observation.sensor, observation.kind, observation.modality) == ("apps", "apps", Modality.digital)
    assert observation.data["activities"] == {"testing": [name]}
    assert observation.end is not None and observation.end >= observation.start
    assert sensor.health().status is HealthStatus.ok

    process.kill()
    process.wait(timeout=10)
    [after] = sensor.poll()
    assert after.data["activities"] == {}
    assert after.start == observation.end  # spans adjoin
    assert after.id != observation.id


def test_excluded_apps_never_appear(sleeper: tuple[str, subprocess.Popen[bytes]]) -> None:
    name, _ = sleeper
    [shown] = AppsSensor({name: "testing"}, exclude_apps=["^firefox$"]).poll()
    assert shown.data["activities"] == {"testing": [name]}

    [hidden] = AppsSensor({name: "testing"}, exclude_apps=["^firefox$", f"^{name.upper()}$"]).poll()
    assert hidden.data == {"activities": {}, "foreground_hint": None}


def test_foreground_hint_is_the_busiest_activity(
    sleeper: tuple[str, subprocess.Popen[bytes]], busy_child: subprocess.Popen[bytes]
) -> None:
    name, _ = sleeper
    spinner_name = psutil.Process(busy_child.pid).name()
    sensor = AppsSensor({name: "waiting", spinner_name: "spinning"})
    time.sleep(0.5)

    [observation] = sensor.poll()

    assert observation.data["activities"]["waiting"] == [name]
    assert spinner_name in observation.data["activities"]["spinning"]
    assert observation.data["foreground_hint"] == "spinning"


def test_from_settings_uses_exclude_apps(tmp_path: Path) -> None:
    sensor = AppsSensor.from_settings(SensorSettings(exclude_apps=["slack"]), tmp_path)
    assert isinstance(sensor, AppsSensor)
    assert sensor._excluded("Slack", "slack")
    assert not sensor._excluded("firefox", "firefox")
    with pytest.raises(SensorConfigError, match="exclude_apps"):
        AppsSensor(exclude_apps=["[unclosed"])


def test_listing_failure_is_reported_through_health(monkeypatch: pytest.MonkeyPatch) -> None:
    sensor = AppsSensor({"nothing-here": "testing"})

    def denied(*args: object, **kwargs: object) -> object:
        raise psutil.AccessDenied(msg="no /proc here")

    with monkeypatch.context() as patch:
        patch.setattr(psutil, "process_iter", denied)
        assert sensor.poll() == []
        assert sensor.health().status is HealthStatus.error
        assert "no /proc here" in sensor.health().reason

    assert len(sensor.poll()) == 1
    assert sensor.health().status is HealthStatus.ok


def test_module_exposes_the_sensor_class() -> None:
    assert SENSOR is AppsSensor
    assert AppsSensor.name == "apps"
