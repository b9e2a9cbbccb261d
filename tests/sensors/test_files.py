"""FilesSensor with the real watchdog observer on temporary folders, plus the pure summary."""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

import pytest

from sensors.base import HealthStatus
from sensors.files import SENSOR, FileEvent, FilesSensor, is_noise, project_of, summarize_events
from shared.observation import Modality, Observation
from shared.settings import SensorSettings

COUNTS = ("created", "modified", "deleted", "moved")
T0 = datetime(2026, 3, 23, 9, 0, tzinfo=timezone.utc)


@pytest.fixture
def root(tmp_path: Path) -> Path:
    folder = tmp_path / "code"
    folder.mkdir()
    return folder


@pytest.fixture
def sensor(root: Path) -> Iterator[FilesSensor]:
    files = FilesSensor([root])
    files.start()
    yield files
    files.close()


def _totals(observations: list[Observation]) -> dict[str, dict[str, int]]:
    """Counts per project summed over polls."""
    totals: dict[str, dict[str, int]] = {}
    for observation in observations:
        project = totals.setdefault(observation.data["project"], dict.fromkeys(COUNTS, 0))
        for kind in COUNTS:
            project[kind] += observation.data[kind]
    return totals


def _poll_until(sensor: FilesSensor, done: Callable[[list[Observation]], bool], timeout_s: float = 5.0) -> list[Observation]:
    """Poll every 0.1 s, collecting observations, until ``done`` holds or the time is up."""
    collected: list[Observation] = []
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        collected.extend(sensor.poll())
        if done(collected):
            return collected
        time.sleep(0.1)
    return collected


def _counts(**given: int) -> dict[str, int]:
    return {kind: given.get(kind, 0) for kind in COUNTS}


# --- pure parts -------------------------------------------------------------------------------


def test_noise_and_projects() -> None:
    for noisy in (".git/index", "a/.git/HEAD", "pkg/__pycache__/m.cpython-311.pyc", "web/node_modules/x/i.js", ".notes.swp", "draft.txt~", "a/.DS_Store"):
        assert is_noise(Path(noisy)), noisy
    for kept in ("src/app.py", "gitignore.md", "README", "a/b/c.swpx"):
        assert not is_noise(Path(kept)), kept
    assert project_of(Path("/h/code"), Path("/h/code/tether/src/x.py")) == "tether"
    assert project_of(Path("/h/code"), Path("/h/code/notes.md")) == "code"


def test_summary_counts_distinct_files_per_project() -> None:
    root = Path("/h/code")
    events = [
        FileEvent(T0, "created", root, root / "tether/a.py"),
        FileEvent(T0 + timedelta(seconds=1), "modified", root, root / "tether/a.py"),  # new file: created only
        FileEvent(T0 + timedelta(seconds=2), "modified", root, root / "tether/b.py"),
        FileEvent(T0 + timedelta(seconds=3), "modified", root, root / "tether/b.py"),  # one file, twice
        FileEvent(T0 + timedelta(seconds=4), "deleted", root, root / "notes.md"),
        *(FileEvent(T0 + timedelta(seconds=5 + n), "moved", root, root / f"tether/m{n}.py") for n in range(6)),
    ]

    tether, top = summarize_events(events)

    assert tether == {
        "project": "tether", "root": "/h/code", "created": 1, "modified": 1, "deleted": 0, "moved": 6,
        "sample_paths": ["tether/a.py", "tether/b.py", "tether/m0.py", "tether/m1.py", "tether/m2.py"],
        "start": T0, "end": T0 + timedelta(seconds=10),
    }
    assert (top["project"], top["deleted"], top["start"], top["end"]) == ("code", 1, T0 + timedelta(seconds=4), T0 + timedelta(seconds=4))


def test_a_creation_echoed_by_the_walk_of_a_new_folder_counts_once(root: Path) -> None:
    from watchdog.events import FileCreatedEvent, FileDeletedEvent, FileMovedEvent

    from sensors.files import _QueueingHandler

    sensor = FilesSensor([root])
    handler = _QueueingHandler(root, sensor)
    draft, elsewhere = root / "essay/draft.md", root.parent / "elsewhere.md"
    for event in (
        FileCreatedEvent(str(draft)),
        FileCreatedEvent(str(draft)),  # watchdog's walk of the new folder reports it again
        FileDeletedEvent(str(draft)),
        FileCreatedEvent(str(draft)),  # created anew after a deletion: a real creation
        FileMovedEvent(str(draft), str(elsewhere)),
        FileMovedEvent(str(elsewhere), str(draft)),  # moved back in: created again
    ):
        handler.on_any_event(event)

    kinds = []
    while not sensor._events.empty():
        kinds.append(sensor._events.get_nowait().kind)
    assert kinds == ["created", "deleted", "created", "deleted", "created"]


# --- the real observer ------------------------------------------------------------------------


def test_file_activity_is_summarized_per_project(root: Path, tmp_path: Path) -> None:
    (root / "alpha").mkdir()
    (root / "alpha/existing.txt").write_text("v1")
    (root / "alpha/old.txt").write_text("bye")
    sensor = FilesSensor([root])
    try:
        sensor.start()
        # touch() creates without writing, so a creation never also shows up as a later modification.
        (root / "alpha/src").mkdir()
        (root / "alpha/src/a.py").touch()
        (root / "alpha/b.txt").touch()
        with (root / "alpha/existing.txt").open("a") as handle:
            handle.write("v2")
        (root / "alpha/old.txt").unlink()
        (root / "beta").mkdir()
        (root / "beta/readme.md").touch()
        (root / "top.txt").touch()
        expected = {
            "alpha": _counts(created=2, modified=1, deleted=1),
            "beta": _counts(created=1),
            "code": _counts(created=1),
        }

        observations = _poll_until(sensor, lambda seen: _totals(seen) == expected)

        assert _totals(observations) == expected
        for observation in observations:
            assert (observation.sensor, observation.kind, observation.modality) == ("files", "files", Modality.digital)
            assert observation.data["root"] == str(root)
            assert observation.end is not None and observation.start <= observation.end
            assert observation.start.utcoffset() is not None
        samples = {path for obs in observations for path in obs.data["sample_paths"]}
        assert {"alpha/src/a.py", "alpha/b.txt", "alpha/existing.txt", "alpha/old.txt", "beta/readme.md", "top.txt"} == samples
        assert len({obs.id for obs in observations}) == len(observations)
        assert sensor.poll() == []
    finally:
        sensor.close()


def test_moves_renames_and_atomic_saves(sensor: FilesSensor, root: Path, tmp_path: Path) -> None:
    project = root / "proj"
    project.mkdir()
    outside = tmp_path / "outside"
    outside.mkdir()
    (project / "keep.txt").touch()
    (project / "leaving.txt").touch()
    (outside / "arriving.txt").touch()
    _poll_until(sensor, lambda seen: _totals(seen).get("proj", {}).get("created") == 2)

    (project / "keep.txt").rename(project / "kept.txt")  # a rename inside the project
    (project / "leaving.txt").rename(outside / "leaving.txt")  # gone from the watched folder
    (outside / "arriving.txt").rename(project / "arriving.txt")  # new to the watched folder
    (project / ".notes.txt.swp").touch()
    (project / ".notes.txt.swp").rename(project / "notes.txt")  # an editor's atomic save
    expected = {"proj": _counts(created=1, modified=1, deleted=1, moved=1)}

    observations = _poll_until(sensor, lambda seen: _totals(seen) == expected)

    assert _totals(observations) == expected
    samples = {path for obs in observations for path in obs.data["sample_paths"]}
    assert samples == {"proj/kept.txt", "proj/leaving.txt", "proj/arriving.txt", "proj/notes.txt"}


def test_noise_is_ignored(sensor: FilesSensor, root: Path) -> None:
    for noisy in (".git/objects/ab/cdef", "proj/__pycache__/m.cpython-311.pyc", "proj/node_modules/p/index.js"):
        (root / noisy).parent.mkdir(parents=True, exist_ok=True)
        (root / noisy).write_text("x")
    for noisy in ("proj/.main.py.swp", "proj/main.py~", "proj/.DS_Store"):
        (root / noisy).write_text("x")
        (root / noisy).unlink()
    (root / "proj/main.py").touch()  # events arrive in order: once this is seen, so is the noise

    observations = _poll_until(sensor, lambda seen: "proj/main.py" in {p for o in seen for p in o.data["sample_paths"]})

    assert _totals(observations) == {"proj": _counts(created=1)}
    assert [obs.data["sample_paths"] for obs in observations] == [["proj/main.py"]]


def test_nested_roots_report_each_file_once(root: Path) -> None:
    inner = root / "work"
    inner.mkdir()
    sensor = FilesSensor([root, inner])
    try:
        sensor.start()
        (inner / "repo").mkdir()
        (inner / "repo/x.py").touch()

        observations = _poll_until(sensor, lambda seen: bool(seen))
        time.sleep(0.2)
        observations += sensor.poll()

        assert [(obs.data["root"], obs.data["project"], obs.data["created"]) for obs in observations] == [(str(inner), "repo", 1)]
    finally:
        sensor.close()


def test_health_and_folders_that_appear_later(tmp_path: Path) -> None:
    nothing = FilesSensor.from_settings(SensorSettings(), tmp_path)
    assert nothing.health().status is HealthStatus.unavailable
    assert "TETHER_SENSORS__WATCH_FOLDERS" in nothing.health().reason
    assert nothing.poll() == []
    nothing.close()

    later = tmp_path / "later"
    sensor = FilesSensor.from_settings(SensorSettings(watch_folders=[str(later)]), tmp_path)  # must not raise
    try:
        health = sensor.health()
        assert health.status is HealthStatus.unavailable
        assert str(later) in health.reason
        assert sensor.poll() == []

        later.mkdir()
        assert sensor.health().status is HealthStatus.ok
        assert sensor.poll() == []  # starts watching the new folder
        (later / "first.txt").touch()
        observations = _poll_until(sensor, lambda seen: bool(seen))
        assert [obs.data["created"] for obs in observations] == [1]
        assert observations[0].data["project"] == "later"
    finally:
        sensor.close()


def test_close_stops_the_observer_threads(root: Path) -> None:
    sensor = FilesSensor([root])
    sensor.poll()
    observer: Any = sensor._observer
    assert observer is not None and observer.is_alive()

    sensor.close()

    assert not observer.is_alive()
    sensor.close()  # a second close is harmless


def test_module_exposes_the_sensor_class() -> None:
    assert SENSOR is FilesSensor
    assert FilesSensor.name == "files"
    assert os.fspath(FilesSensor(["~/x"]).roots[0]).startswith(os.path.expanduser("~"))
