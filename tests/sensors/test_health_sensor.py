"""HealthSensor over real files: incremental import, batching, state on disk, errors in health()."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

from sensors.base import HealthStatus
from sensors.health import SENSOR, STATE_FILE, HealthSensor
from shared.settings import SensorSettings

FIXTURES = Path(__file__).parent / "fixtures" / "health"


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """A copy of the fixtures the test may change: export.xml plus a workouts folder."""
    root = tmp_path / "data"
    (root / "workouts" / "2026").mkdir(parents=True)
    shutil.copy(FIXTURES / "export.xml", root / "export.xml")
    shutil.copy(FIXTURES / "morning-run.gpx", root / "workouts" / "morning-run.gpx")
    shutil.copy(FIXTURES / "evening-ride.tcx", root / "workouts" / "2026" / "EVENING-RIDE.TCX")
    (root / "workouts" / "notes.txt").write_text("not a workout", encoding="utf-8")
    return root


def _sensor(data_dir: Path, state_dir: Path, **kwargs: int) -> HealthSensor:
    return HealthSensor(data_dir / "export.xml", [data_dir / "workouts"], state_dir, **kwargs)


def test_first_poll_imports_everything_then_nothing(data_dir: Path, tmp_path: Path) -> None:
    sensor = _sensor(data_dir, tmp_path / "state")

    observations = sensor.poll()

    kinds = sorted(obs.kind for obs in observations)
    assert kinds.count("exercise") == 4  # two Apple workouts, one GPX, one TCX (upper-case suffix too)
    assert {"sleep", "steps", "heart_rate"} <= set(kinds)
    assert len({obs.id for obs in observations}) == len(observations)
    assert sensor.health().status is HealthStatus.ok
    assert sensor.poll() == []


def test_import_state_survives_a_restart(data_dir: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    first = _sensor(data_dir, state).poll()

    saved = json.loads((state / STATE_FILE).read_text(encoding="utf-8"))
    assert str((data_dir / "export.xml").resolve()) in saved["files"]
    assert _sensor(data_dir, state).poll() == []
    # Without the state file everything comes back, with the same ids: ingest keeps one copy.
    (state / STATE_FILE).unlink()
    assert sorted(obs.id for obs in _sensor(data_dir, state).poll()) == sorted(obs.id for obs in first)


def test_changed_and_new_files_are_imported_again(data_dir: Path, tmp_path: Path) -> None:
    sensor = _sensor(data_dir, tmp_path / "state")
    before = {obs.id for obs in sensor.poll()}

    gpx = data_dir / "workouts" / "morning-run.gpx"
    gpx.write_text(gpx.read_text(encoding="utf-8").replace("Morning run", "Morning run with Omar"), encoding="utf-8")
    os.utime(gpx, ns=(gpx.stat().st_atime_ns, gpx.stat().st_mtime_ns + 1_000_000_000))
    [again] = sensor.poll()
    assert again.data["name"] == "Morning run with Omar"
    assert again.id in before  # same track, same id: re-import is idempotent

    shutil.copy(FIXTURES / "morning-run.gpx", data_dir / "workouts" / "2026" / "copy.gpx")
    [copy] = sensor.poll()
    assert copy.data["source"] == "copy.gpx"
    assert sensor.poll() == []


def test_large_imports_are_spread_over_polls(data_dir: Path, tmp_path: Path) -> None:
    everything = {obs.id for obs in _sensor(data_dir, tmp_path / "all").poll()}
    sensor = _sensor(data_dir, tmp_path / "batched", max_per_poll=3)

    seen: list[str] = []
    for _ in range(20):
        batch = sensor.poll()
        assert len(batch) <= 3
        if not batch:
            break
        seen.extend(obs.id for obs in batch)

    assert sorted(seen) == sorted(everything)
    assert sensor.poll() == []


def test_close_mid_import_reimports_from_the_start(data_dir: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    sensor = _sensor(data_dir, state, max_per_poll=2)
    first_two = sensor.poll()
    sensor.close()

    restarted = _sensor(data_dir, state).poll()
    assert {obs.id for obs in first_two} <= {obs.id for obs in restarted}


def test_unsafe_file_is_refused_and_reported_until_it_changes(data_dir: Path, tmp_path: Path) -> None:
    bomb = data_dir / "workouts" / "bomb.gpx"
    shutil.copy(FIXTURES / "xxe.gpx", bomb)
    sensor = _sensor(data_dir, tmp_path / "state")

    observations = sensor.poll()
    assert all(obs.data.get("source") != "bomb.gpx" for obs in observations)
    assert len([obs for obs in observations if obs.kind == "exercise"]) == 4  # the others still import
    health = sensor.health()
    assert health.status is HealthStatus.error
    assert "bomb.gpx" in health.reason and "unsafe XML" in health.reason
    assert sensor.poll() == []  # not retried while unchanged

    shutil.copy(FIXTURES / "morning-run.gpx", bomb)
    assert [obs.data["source"] for obs in sensor.poll()] == ["bomb.gpx"]
    assert sensor.health().status is HealthStatus.ok


def test_billion_laughs_export_is_an_error(tmp_path: Path) -> None:
    sensor = HealthSensor(FIXTURES / "billion-laughs.xml", [], tmp_path / "state")

    assert sensor.poll() == []
    health = sensor.health()
    assert health.status is HealthStatus.error
    assert "billion-laughs.xml" in health.reason
    assert not (tmp_path / "state" / STATE_FILE).exists()


def test_missing_sources_are_errors_naming_them(tmp_path: Path) -> None:
    sensor = HealthSensor(tmp_path / "nowhere" / "export.xml", [tmp_path / "no-workouts"], tmp_path / "state")

    assert sensor.poll() == []
    health = sensor.health()
    assert health.status is HealthStatus.error
    assert str(tmp_path / "nowhere" / "export.xml") in health.reason
    assert str(tmp_path / "no-workouts") in health.reason


def test_export_folder_is_accepted(data_dir: Path, tmp_path: Path) -> None:
    sensor = HealthSensor(data_dir, [], tmp_path / "state")
    assert any(obs.kind == "sleep" for obs in sensor.poll())


def test_corrupt_state_file_means_a_harmless_reimport(data_dir: Path, tmp_path: Path) -> None:
    state = tmp_path / "state"
    state.mkdir()
    (state / STATE_FILE).write_text("{not json", encoding="utf-8")
    assert _sensor(data_dir, state).poll()


def test_unconfigured_sensor_says_what_to_set(tmp_path: Path) -> None:
    sensor = HealthSensor.from_settings(SensorSettings(), tmp_path)

    health = sensor.health()
    assert health.status is HealthStatus.unavailable
    assert "TETHER_SENSORS__HEALTH_EXPORT" in health.reason and "TETHER_SENSORS__WORKOUT_FILES" in health.reason
    assert sensor.poll() == []


def test_from_settings(data_dir: Path, tmp_path: Path) -> None:
    settings = SensorSettings(health_export=str(data_dir / "export.xml"), workout_files=[str(data_dir / "workouts")])
    sensor = HealthSensor.from_settings(settings, tmp_path / "state")

    assert sensor.export == data_dir / "export.xml"
    assert sensor.workout_paths == [data_dir / "workouts"]
    assert sensor.state_path == tmp_path / "state" / STATE_FILE


def test_module_exposes_the_sensor_class() -> None:
    assert SENSOR is HealthSensor
    assert SENSOR.name == "health"
