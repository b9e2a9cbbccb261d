"""ReplaySensor against real files: bad lines, appends, partial writes, truncation."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from sensors.base import HealthStatus
from sensors.replay import SENSOR, ReplaySensor


def _line(obs_id: str, **fields: Any) -> str:
    record: dict[str, Any] = {"id": obs_id, "sensor": "manual", "kind": "coffee", "start": "2026-03-23T08:15:00+01:00"}
    record.update(fields)
    return json.dumps(record) + "\n"


def _append(path: Path, text: str | bytes) -> None:
    with path.open("ab") as handle:
        handle.write(text.encode("utf-8") if isinstance(text, str) else text)


def test_first_poll_returns_valid_lines_and_keeps_bad_ones(tmp_path: Path) -> None:
    path = tmp_path / "life.jsonl"
    missing_kind = json.dumps({"id": "b", "sensor": "manual", "start": "2026-03-23T09:00:00+01:00"}) + "\n"
    path.write_text(
        _line("a")
        + "{this is not json\n"
        + missing_kind
        + "\n"  # blank lines are skipped but still counted
        + _line("c", mood="sleepy", data={"drink": "espresso"}),
        encoding="utf-8",
    )
    sensor = ReplaySensor(path)

    observations = sensor.poll()

    assert [obs.id for obs in observations] == ["a", "c"]
    assert observations[0].start == datetime(2026, 3, 23, 7, 15, tzinfo=timezone.utc)
    assert observations[1].data == {"drink": "espresso", "mood": "sleepy"}  # unknown field kept in data
    assert [error.line for error in sensor.errors] == [2, 3]
    assert "malformed JSON" in sensor.errors[0].message
    assert "kind" in sensor.errors[1].message
    assert str(sensor.errors[1]).startswith("line 3:")


def test_poll_after_append_returns_only_new_lines(tmp_path: Path) -> None:
    path = tmp_path / "life.jsonl"
    path.write_text(_line("a") + _line("b"), encoding="utf-8")
    sensor = ReplaySensor(path)
    assert [obs.id for obs in sensor.poll()] == ["a", "b"]
    assert sensor.poll() == []

    _append(path, _line("c") + '{"id": "d"}\n' + _line("e"))

    assert [obs.id for obs in sensor.poll()] == ["c", "e"]
    assert [error.line for error in sensor.errors] == [4]
    assert sensor.poll() == []


def test_half_written_line_waits_for_the_rest(tmp_path: Path) -> None:
    path = tmp_path / "life.jsonl"
    second = _line("b")
    path.write_text(_line("a") + second[:20], encoding="utf-8")
    sensor = ReplaySensor(path)

    assert [obs.id for obs in sensor.poll()] == ["a"]
    _append(path, second[20:])

    assert [obs.id for obs in sensor.poll()] == ["b"]
    assert sensor.errors == []


def test_last_line_without_newline_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "life.jsonl"
    path.write_text(_line("a").rstrip("\n"), encoding="utf-8")
    sensor = ReplaySensor(path)
    assert [obs.id for obs in sensor.poll()] == ["a"]
    assert sensor.poll() == []

    # The newline that finishes line 1 arrives later; the next bad line must still be line 2.
    _append(path, "\n{broken\n" + _line("b"))

    assert [obs.id for obs in sensor.poll()] == ["b"]
    assert [error.line for error in sensor.errors] == [2]


def test_non_utf8_line_is_an_error_not_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "life.jsonl"
    path.write_bytes(_line("a").encode() + b'{"id": "\xff"}\n' + _line("b").encode())
    sensor = ReplaySensor(path)

    assert [obs.id for obs in sensor.poll()] == ["a", "b"]
    assert [error.line for error in sensor.errors] == [2]
    assert "UTF-8" in sensor.errors[0].message


def test_missing_file_is_unavailable_until_it_appears(tmp_path: Path) -> None:
    path = tmp_path / "later.jsonl"
    sensor = ReplaySensor(path)

    health = sensor.health()
    assert health.status is HealthStatus.unavailable
    assert str(path) in health.reason
    assert sensor.poll() == []

    path.write_text(_line("a"), encoding="utf-8")
    assert sensor.health().status is HealthStatus.ok
    assert [obs.id for obs in sensor.poll()] == ["a"]


def test_directory_is_unavailable(tmp_path: Path) -> None:
    sensor = ReplaySensor(tmp_path)
    assert sensor.health().status is HealthStatus.unavailable
    assert sensor.poll() == []


def test_truncated_file_is_read_again_from_the_start(tmp_path: Path) -> None:
    path = tmp_path / "life.jsonl"
    path.write_text(_line("a") + _line("b"), encoding="utf-8")
    sensor = ReplaySensor(path)
    sensor.poll()

    path.write_text(_line("z"), encoding="utf-8")

    assert [obs.id for obs in sensor.poll()] == ["z"]


def test_module_exposes_the_sensor_class() -> None:
    assert SENSOR is ReplaySensor
    assert ReplaySensor.name == "replay"
