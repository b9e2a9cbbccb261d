"""ShellSensor: history formats parsed from recorded samples, and real history files that grow,
get rewritten, and outlive the sensor."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from sensors.base import HealthStatus
from sensors.shell import (
    CURSOR_FILE,
    SENSOR,
    HistoryEntry,
    ShellSensor,
    parse_history,
    shell_of,
    unmetafy_zsh,
)
from shared.observation import Modality
from shared.settings import SensorSettings

NOW = datetime(2026, 3, 23, 12, 0, tzinfo=timezone.utc)
TS = 1774252800  # 2026-03-23T08:00:00Z

ZSH_HISTORY = (
    f": {TS}:0;git status\n"
    f": {TS + 5}:12;for f in *.py; do\\\n  black $f\\\ndone\n"
    f": {TS + 30}:0;cd ~/code\n"
).encode()
BASH_TIMESTAMPED = f"#{TS}\nls -la\n#{TS + 60}\nfor i in 1 2\ndo echo $i\ndone\n#{TS + 90}\nmake test\n".encode()


def _append(path: Path, data: bytes | str) -> None:
    with path.open("ab") as handle:
        handle.write(data.encode() if isinstance(data, str) else data)


def _commands(observations: list) -> list[str]:
    return [obs.data["command"] for obs in observations]


# --- parsing ----------------------------------------------------------------------------------


def test_zsh_extended_history_with_a_multi_line_command() -> None:
    entries, consumed = parse_history(ZSH_HISTORY, "zsh", base_offset=100)

    assert entries == [
        HistoryEntry(100, "git status", TS, 0),
        HistoryEntry(100 + len(f": {TS}:0;git status\n"), "for f in *.py; do\n  black $f\ndone", TS + 5, 12),
        HistoryEntry(100 + ZSH_HISTORY.index(b": " + str(TS + 30).encode()), "cd ~/code", TS + 30, 0),
    ]
    assert consumed == len(ZSH_HISTORY)


def test_incomplete_records_wait_for_the_rest() -> None:
    continued = f": {TS}:0;ls\n: {TS + 1}:0;echo one\\\n".encode()
    entries, consumed = parse_history(continued, "zsh")
    assert [e.command for e in entries] == ["ls"]
    assert consumed == len(f": {TS}:0;ls\n")

    unterminated = b"ls\npwd"
    entries, consumed = parse_history(unterminated, "bash")
    assert [e.command for e in entries] == ["ls"] and consumed == 3

    waiting_timestamp = f"#{TS}\nls\n#{TS + 9}\n".encode()
    entries, consumed = parse_history(waiting_timestamp, "bash")
    assert [e.command for e in entries] == ["ls"]
    assert consumed == len(f"#{TS}\nls\n")


def test_bash_timestamps_time_the_lines_after_them() -> None:
    entries, consumed = parse_history(BASH_TIMESTAMPED, "bash")

    assert [(e.offset, e.command, e.timestamp) for e in entries] == [
        (0, "ls -la", TS),
        (BASH_TIMESTAMPED.index(f"#{TS + 60}".encode()), "for i in 1 2\ndo echo $i\ndone", TS + 60),
        (BASH_TIMESTAMPED.index(f"#{TS + 90}".encode()), "make test", TS + 90),
    ]
    assert consumed == len(BASH_TIMESTAMPED)


def test_plain_lines_blank_lines_and_bad_bytes() -> None:
    raw = b"ls\n\n# a comment, not a timestamp\ncat caf\xe9.txt\r\n"
    entries, consumed = parse_history(raw, "bash")

    assert [(e.command, e.timestamp) for e in entries] == [
        ("ls", None),
        ("# a comment, not a timestamp", None),
        ("cat caf\ufffd.txt", None),
    ]
    assert consumed == len(raw)


def test_zsh_metafied_bytes_are_decoded() -> None:
    # zsh stores "ă" (c4 83) as c4 83 a3: 0x83 is its escape byte, and the next byte is xor 0x20.
    raw = f": {TS}:0;echo ".encode() + b"\xc4\x83\xa3" + b"\n"
    assert unmetafy_zsh(b"a\x83\xa3b") == b"a\x83b"
    [entry], _ = parse_history(raw, "zsh")
    assert entry.command == "echo ă"


def test_shell_is_told_by_name_or_format() -> None:
    assert shell_of(Path("/h/.zsh_history")) == "zsh"
    assert shell_of(Path("/h/.bash_history")) == "bash"
    assert shell_of(Path("/h/history"), f": {TS}:0;ls\n".encode()) == "zsh"
    assert shell_of(Path("/h/.sh_history"), b"ls\n") == "sh"


# --- the sensor on real files -----------------------------------------------------------------


def _sensor(path: Path | list[Path], state: Path | None, **kwargs: object) -> ShellSensor:
    paths = path if isinstance(path, list) else [path]
    return ShellSensor(paths, state, clock=lambda: NOW, **kwargs)  # type: ignore[arg-type]


def test_first_run_starts_at_the_end_and_later_lines_are_emitted(tmp_path: Path) -> None:
    history = tmp_path / ".zsh_history"
    history.write_bytes(ZSH_HISTORY)
    sensor = _sensor(history, tmp_path / "state")

    assert sensor.poll() == []  # the past is not imported
    _append(history, f": {TS + 100}:3;pytest -q\n")

    [observation] = sensor.poll()
    assert (observation.sensor, observation.kind, observation.modality) == ("shell", "command", Modality.digital)
    assert observation.data == {"command": "pytest -q", "shell": "zsh"}
    assert observation.start == datetime.fromtimestamp(TS + 100, timezone.utc)
    assert observation.end == observation.start + timedelta(seconds=3)
    assert sensor.poll() == []
    assert sensor.health().status is HealthStatus.ok


def test_from_start_imports_everything_with_deterministic_ids(tmp_path: Path) -> None:
    history = tmp_path / ".bash_history"
    history.write_bytes(b"ls\ngit log\n")

    first = _sensor(history, tmp_path / "a", from_start=True).poll()
    again = _sensor(history, tmp_path / "b", from_start=True).poll()

    assert _commands(first) == ["ls", "git log"]
    assert all(obs.start == NOW and obs.end is None for obs in first)  # no timestamps: poll time
    assert all(obs.data["shell"] == "bash" for obs in first)
    assert [obs.id for obs in first] == [obs.id for obs in again]
    assert len({obs.id for obs in first}) == 2


def test_cursor_survives_a_restart(tmp_path: Path) -> None:
    history = tmp_path / ".bash_history"
    state = tmp_path / "state"
    history.write_bytes(b"old\n")
    sensor = _sensor(history, state)
    sensor.poll()
    _append(history, f"#{TS}\nmake\n")
    assert _commands(sensor.poll()) == ["make"]

    restarted = _sensor(history, state)
    assert restarted.poll() == []
    _append(history, "ls\n")
    assert _commands(restarted.poll()) == ["ls"]
    saved = json.loads((state / CURSOR_FILE).read_text())
    assert saved["files"][str(history)]["offset"] == history.stat().st_size


def test_partial_line_is_read_once_complete(tmp_path: Path) -> None:
    history = tmp_path / ".zsh_history"
    history.write_bytes(b"")
    sensor = _sensor(history, None)
    sensor.poll()

    _append(history, f": {TS}:0;echo a\\\n")
    assert sensor.poll() == []
    _append(history, "b\n: " + str(TS)[:4])
    assert _commands(sensor.poll()) == ["echo a\nb"]
    _append(history, str(TS)[4:] + ":0;ls\n")
    [observation] = sensor.poll()
    assert observation.data["command"] == "ls"
    assert observation.start == datetime.fromtimestamp(TS, timezone.utc)


def test_truncated_file_is_read_from_the_start(tmp_path: Path) -> None:
    history = tmp_path / ".bash_history"
    history.write_bytes(b"one\ntwo\nthree\n")
    sensor = _sensor(history, tmp_path / "state")
    sensor.poll()

    history.write_bytes(b"fresh\n")  # shrank: rotated or cleared with history -c; history -w

    assert _commands(sensor.poll()) == ["fresh"]


@pytest.mark.parametrize("keep_lines", [40, 50], ids=["shrinks", "grows"])
def test_rewritten_file_resumes_after_the_last_command_read(tmp_path: Path, keep_lines: int) -> None:
    history = tmp_path / ".bash_history"
    history.write_bytes(b"".join(f"command {n}\n".encode() for n in range(50)))
    sensor = _sensor(history, tmp_path / "state")
    sensor.poll()
    size_before = history.stat().st_size

    # bash at exit: append the session's commands, then cut the file to HISTFILESIZE lines.
    new = [b"git commit -m 'first new one'\n", b"git push origin main --tags\n"]
    lines = history.read_bytes().splitlines(keepends=True) + new
    history.write_bytes(b"".join(lines[-keep_lines:]))
    assert (history.stat().st_size > size_before) == (keep_lines == 50)

    assert _commands(sensor.poll()) == ["git commit -m 'first new one'", "git push origin main --tags"]


def test_missing_file_is_read_from_the_start_once_it_appears(tmp_path: Path) -> None:
    history = tmp_path / ".zsh_history"
    sensor = _sensor(history, tmp_path / "state")

    health = sensor.health()
    assert health.status is HealthStatus.unavailable
    assert str(history) in health.reason and "TETHER_SENSORS__SHELL_HISTORY" in health.reason
    assert sensor.poll() == []

    history.write_bytes(f": {TS}:0;first command\n".encode())
    assert _commands(sensor.poll()) == ["first command"]


SECRET_COMMANDS = {
    "export GITHUB_TOKEN=abc123": "export GITHUB_TOKEN=[secret]",
    "mysql --password hunter2": "mysql --password [secret]",
    "mysql -u root -pHunter2secret db": "mysql -u root -p[secret] db",
    "curl https://me:pa55@example.com": "curl https://me:[secret]@example.com",
    "export OPENAI_API_KEY=sk-proj-Ab3dEf9hIjKlMnOpQrStUvWxYz0123456789": "export OPENAI_API_KEY=[secret]",
    "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY": "aws_secret_access_key = [secret]",
    "sshpass -p Tr0ub4dor&3 ssh pi@raspberrypi.local": "sshpass -p [secret] ssh pi@raspberrypi.local",
    "vault kv get secret/prod": "vault kv get secret/prod",  # a path that says "secret" is no secret
    "git push": "git push",
}


def test_secrets_in_commands_are_redacted_by_the_device_redactor(tmp_path: Path) -> None:
    history = tmp_path / ".bash_history"
    history.write_bytes(b"")
    sensor = _sensor(history, None)
    sensor.poll()
    _append(history, "".join(f"{command}\n" for command in SECRET_COMMANDS))

    observations = sensor.poll()

    assert _commands(observations) == list(SECRET_COMMANDS.values())
    assert len({obs.id for obs in observations}) == len(SECRET_COMMANDS)


def test_the_id_does_not_depend_on_the_secret(tmp_path: Path) -> None:
    # The id hashes the redacted command: a guessed password cannot be checked against it.
    history = tmp_path / ".bash_history"
    ids = []
    for password in ("Tr0ub4dor&3", "Other-Pass9"):
        history.write_bytes(f"sshpass -p {password} ssh pi@raspberrypi.local\n".encode())
        [observation] = _sensor(history, None, from_start=True).poll()
        ids.append(observation.id)
    assert ids[0] == ids[1]


def test_redaction_off_keeps_commands_as_typed(tmp_path: Path) -> None:
    history = tmp_path / ".bash_history"
    history.write_bytes(b"")
    sensor = ShellSensor.from_settings(SensorSettings(shell_history=[str(history)], redact=False), tmp_path / "state")
    sensor.poll()
    _append(history, "export GITHUB_TOKEN=abc123\n")

    assert _commands(sensor.poll()) == ["export GITHUB_TOKEN=abc123"]


def test_corrupt_cursor_file_is_ignored(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    history = tmp_path / ".bash_history"
    history.write_bytes(b"old\n")
    state = tmp_path / "state"
    state.mkdir()
    (state / CURSOR_FILE).write_text("{not json")

    sensor = _sensor(history, state)

    assert "ignoring unreadable" in caplog.text
    assert sensor.poll() == []
    _append(history, "new\n")
    assert _commands(sensor.poll()) == ["new"]
    assert json.loads((state / CURSOR_FILE).read_text())["version"] == 1


def test_from_settings_reads_the_configured_files(tmp_path: Path) -> None:
    history = tmp_path / "my_history"
    history.write_bytes(b"ls\n")
    sensor = ShellSensor.from_settings(SensorSettings(shell_history=[str(history)]), tmp_path / "state")

    assert isinstance(sensor, ShellSensor)
    assert sensor.paths == [history]
    assert sensor.health().status is HealthStatus.ok
    assert sensor.poll() == []
    _append(history, "pwd\n")
    [observation] = sensor.poll()
    assert observation.data == {"command": "pwd", "shell": "sh"}
    assert (tmp_path / "state" / CURSOR_FILE).exists()

    default = ShellSensor.from_settings(SensorSettings(), tmp_path)
    assert [path.name for path in default.paths] == [".bash_history", ".zsh_history"]


def test_module_exposes_the_sensor_class() -> None:
    assert SENSOR is ShellSensor
    assert ShellSensor.name == "shell"
