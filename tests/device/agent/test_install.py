"""``tether agent install``: a systemd user unit or a launchd plist that really runs this agent."""

from __future__ import annotations

import plistlib
import shlex
import shutil
import subprocess
from pathlib import Path

import pytest

from device.cli.main import main


def _exec_start(unit: str) -> list[str]:
    line = next(line for line in unit.splitlines() if line.startswith("ExecStart="))
    return [arg.replace("%%", "%") for arg in shlex.split(line.removeprefix("ExecStart="))]


def test_linux_unit_runs_this_tether_on_this_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    home = tmp_path / "data home"  # a space, to prove the quoting
    assert main(["agent", "install", "--platform", "linux", "--home", str(home)]) == 0
    out = capsys.readouterr().out
    unit_path = tmp_path / "xdg" / "systemd" / "user" / "tether-agent.service"
    assert f"wrote {unit_path}" in out and "systemctl --user enable --now tether-agent" in out
    unit = unit_path.read_text()
    argv = _exec_start(unit)
    assert Path(argv[0]).is_absolute() and Path(argv[0]).is_file()
    assert argv[1:] == ["agent", "--home", str(home)]
    assert "Restart=on-failure" in unit and "KillSignal=SIGTERM" in unit and "WantedBy=default.target" in unit
    if shutil.which("systemd-analyze"):
        verify = subprocess.run(["systemd-analyze", "verify", str(unit_path)], capture_output=True, text=True)
        assert verify.returncode == 0, verify.stderr

    # The command the unit runs works: one cycle against an unreachable server, exit 0, data kept.
    done = subprocess.run([*argv, "--once", "--server", "http://127.0.0.1:9", "--token", "t"],
                          capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "TETHER_CONFIG": "/dev/null", "TETHER_SENSORS__ENABLED": '["system"]'})
    assert done.returncode == 0, done.stderr
    assert (home / "device" / "agent-status.json").is_file() and (home / "logs" / "agent.log").is_file()


def test_install_refuses_to_overwrite_without_force(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg"))
    args = ["agent", "install", "--platform", "linux", "--home", str(tmp_path / "h")]
    assert main(args) == 0
    unit_path = tmp_path / "xdg" / "systemd" / "user" / "tether-agent.service"
    unit_path.write_text("# edited by hand\n")
    capsys.readouterr()
    assert main(args) == 1
    assert "already exists; add --force" in capsys.readouterr().err
    assert unit_path.read_text() == "# edited by hand\n"
    assert main([*args, "--force"]) == 0
    assert "ExecStart=" in unit_path.read_text()


def test_macos_plist_parses_and_print_writes_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    monkeypatch.setenv("HOME", str(tmp_path / "user"))
    config = tmp_path / "tether.toml"
    config.write_text("sync_interval_s = 30\n")
    home = tmp_path / "h"
    args = ["agent", "install", "--platform", "macos", "--home", str(home), "--config", str(config)]
    assert main([*args, "--print"]) == 0
    printed = plistlib.loads(capsys.readouterr().out.encode())
    plist_path = tmp_path / "user" / "Library" / "LaunchAgents" / "org.tether.agent.plist"
    assert not plist_path.exists()

    assert main(args) == 0
    out = capsys.readouterr().out
    assert f"launchctl load -w {plist_path}" in out
    written = plistlib.loads(plist_path.read_bytes())
    assert written == printed
    program = written["ProgramArguments"]
    assert Path(program[0]).is_absolute() and Path(program[0]).is_file()
    assert program[1:] == ["agent", "--home", str(home), "--config", str(config)]
    assert written["Label"] == "org.tether.agent" and written["RunAtLoad"] is True
    assert written["KeepAlive"] == {"SuccessfulExit": False}
    assert written["StandardErrorPath"].startswith(str(home / "logs"))
