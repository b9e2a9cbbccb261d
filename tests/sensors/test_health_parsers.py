"""Apple Health, GPX and TCX parsers against real fixture files; unsafe XML; random input; streaming."""

from __future__ import annotations

import tracemalloc
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sensors.health_apple import parse_apple_date, parse_apple_health, workout_activity
from sensors.health_workouts import activity_name, haversine_km, parse_gpx, parse_tcx, parse_workout_file
from sensors.health_xml import HealthFileError, UnsafeXMLError
from shared.observation import Modality, Observation

FIXTURES = Path(__file__).parent / "fixtures" / "health"
UTC = timezone.utc


def _utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=UTC)


def _of_kind(observations: Iterable[Observation], kind: str) -> list[Observation]:
    return [obs for obs in observations if obs.kind == kind]


@pytest.fixture(scope="module")
def apple() -> list[Observation]:
    return list(parse_apple_health(FIXTURES / "export.xml"))


def test_sleep_stages_across_midnight(apple: list[Observation]) -> None:
    watch = [obs for obs in _of_kind(apple, "sleep")][:6]

    assert [(obs.data["stage"], obs.start, obs.end) for obs in watch] == [
        ("in_bed", _utc(2026, 11, 19, 22, 10), _utc(2026, 11, 20, 6, 5)),
        ("core", _utc(2026, 11, 19, 22, 25), _utc(2026, 11, 19, 23, 40)),  # 23:25 to 00:40 local
        ("deep", _utc(2026, 11, 19, 23, 40), _utc(2026, 11, 20, 0, 30)),
        ("rem", _utc(2026, 11, 20, 0, 30), _utc(2026, 11, 20, 1, 10)),
        ("awake", _utc(2026, 11, 20, 1, 10), _utc(2026, 11, 20, 1, 15)),
        ("core", _utc(2026, 11, 20, 1, 15), _utc(2026, 11, 20, 5, 50)),
    ]
    assert all(obs.sensor == "health" and obs.modality is Modality.physiological for obs in apple)
    # The iPhone's in-bed record starts with the Watch's: same time and stage, another id.
    in_bed = [obs for obs in _of_kind(apple, "sleep") if obs.data["stage"] == "in_bed"]
    assert len(in_bed) == 2 and in_bed[0].id != in_bed[1].id


def test_workouts_in_both_export_styles(apple: list[Observation]) -> None:
    run, ride = _of_kind(apple, "exercise")

    assert (run.start, run.end) == (_utc(2026, 11, 18, 17, 0), _utc(2026, 11, 18, 17, 31, 30))
    assert run.data == {
        "activity": "run",
        "duration_min": 31.5,
        "distance_km": 5.2,
        "energy_kcal": 320.0,
        "avg_heart_rate": 152.4,
    }
    # iOS 16+ style: figures in WorkoutStatistics, here in miles and kilojoules.
    assert ride.data["activity"] == "cycle"
    assert ride.data["duration_min"] == 45.0
    assert ride.data["distance_km"] == pytest.approx(9.32 * 1.609344, abs=0.001)
    assert ride.data["energy_kcal"] == pytest.approx(1674 / 4.184, abs=0.1)


def test_steps_per_hour_split_across_hours_largest_source_wins(apple: list[Observation]) -> None:
    steps = _of_kind(apple, "steps")

    # 06Z: Watch 400 + 300 (half of 07:50-08:10 local) = 700, iPhone 380 + 290 = 670.
    # 07Z: Watch 300 + 500 = 800, iPhone 290 + 520 = 810.
    assert [(obs.start, obs.end, obs.data) for obs in steps] == [
        (_utc(2026, 11, 20, 6), _utc(2026, 11, 20, 7), {"count": 700}),
        (_utc(2026, 11, 20, 7), _utc(2026, 11, 20, 8), {"count": 810}),
    ]


def test_heart_rate_per_hour(apple: list[Observation]) -> None:
    assert [(obs.start, obs.data) for obs in _of_kind(apple, "heart_rate")] == [
        (_utc(2026, 11, 20, 6), {"avg_bpm": 82.3, "min_bpm": 62.0, "max_bpm": 110.0, "samples": 3}),
        (_utc(2026, 11, 20, 7), {"avg_bpm": 109.5, "min_bpm": 70.0, "max_bpm": 142.0, "samples": 4}),
    ]


def test_other_records_are_ignored(apple: list[Observation]) -> None:
    assert {obs.kind for obs in apple} == {"sleep", "exercise", "steps", "heart_rate"}
    assert len(apple) == 7 + 2 + 2 + 2


def test_ids_are_deterministic_and_unique(apple: list[Observation]) -> None:
    again = list(parse_apple_health(FIXTURES / "export.xml"))
    assert [obs.id for obs in again] == [obs.id for obs in apple]
    assert len({obs.id for obs in apple}) == len(apple)
    gpx = FIXTURES / "morning-run.gpx"
    assert [obs.id for obs in parse_gpx(gpx)] == [obs.id for obs in parse_gpx(gpx)]


def test_gpx_track_distance_duration_and_heart_rate() -> None:
    [run] = parse_gpx(FIXTURES / "morning-run.gpx")

    # Ten steps of 0.0045 degrees along a meridian at 52.5 N: 5.007 km on the WGS84 ellipsoid.
    # The gap between the two segments is not counted.
    assert run.data["distance_km"] == pytest.approx(5.007, rel=0.01)
    assert (run.start, run.end) == (_utc(2026, 11, 21, 7, 0), _utc(2026, 11, 21, 7, 27, 30))
    assert run.data["duration_min"] == 27.5
    assert run.data["avg_heart_rate"] == 138.8  # (795 + 870) / 12 points
    assert run.data["activity"] == "run"
    assert run.data["name"] == "Morning run"
    assert run.data["source"] == "morning-run.gpx"
    assert run.kind == "exercise" and run.modality is Modality.physiological


def test_gpx_without_heart_rate_or_type_defaults_to_a_run(tmp_path: Path) -> None:
    path = tmp_path / "walk.gpx"
    path.write_text(
        '<gpx version="1.0" xmlns="http://www.topografix.com/GPX/1/0"><trk><trkseg>'
        '<trkpt lat="48.0" lon="11.0"><time>2026-11-22T10:00:00Z</time></trkpt>'
        '<trkpt lat="48.0" lon="11.01"><time>2026-11-22T10:10:00</time></trkpt>'  # no offset: GPX means UTC
        "</trkseg></trk><trk><trkseg><trkpt lat='48.0' lon='11.0'/></trkseg></trk></gpx>",
        encoding="utf-8",
    )

    [walk] = parse_gpx(path)  # the second track has no times and is skipped

    assert walk.data["activity"] == "run"
    assert "avg_heart_rate" not in walk.data
    assert walk.data["distance_km"] == pytest.approx(haversine_km(48.0, 11.0, 48.0, 11.01), abs=0.001)
    assert walk.data["duration_min"] == 10.0


def test_tcx_laps_summed() -> None:
    [ride] = parse_tcx(FIXTURES / "evening-ride.tcx")

    assert (ride.start, ride.end) == (_utc(2026, 11, 21, 15, 0), _utc(2026, 11, 21, 15, 25))
    assert ride.data == {
        "activity": "cycle",
        "distance_km": 10.501,
        "duration_min": 25.0,
        "energy_kcal": 260.0,
        "avg_heart_rate": 136.0,
        "source": "evening-ride.tcx",
    }


def test_workout_file_dispatch_by_suffix(tmp_path: Path) -> None:
    assert parse_workout_file(FIXTURES / "evening-ride.tcx")[0].data["activity"] == "cycle"
    with pytest.raises(HealthFileError, match="not a workout file"):
        parse_workout_file(tmp_path / "notes.txt")


@pytest.mark.parametrize(
    ("fixture", "parser"),
    [("billion-laughs.xml", parse_apple_health), ("xxe.gpx", parse_gpx), ("xxe.gpx", parse_apple_health)],
)
def test_entity_bombs_and_external_entities_are_refused(fixture: str, parser: Callable[[Path], Iterable[Observation]]) -> None:
    with pytest.raises(UnsafeXMLError) as raised:
        list(parser(FIXTURES / fixture))
    assert fixture in str(raised.value)
    assert isinstance(raised.value, ValueError)


def test_parameter_entity_in_a_tcx_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xxe.tcx"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd"> %remote;]>'
        "<TrainingCenterDatabase/>",
        encoding="utf-8",
    )
    with pytest.raises(UnsafeXMLError, match="xxe.tcx"):
        parse_tcx(path)


def test_external_dtd_is_never_loaded(tmp_path: Path) -> None:
    path = tmp_path / "dtd.gpx"
    path.write_text(
        '<?xml version="1.0"?><!DOCTYPE gpx SYSTEM "file:///etc/passwd"><gpx><trk><name>&root;</name></trk></gpx>',
        encoding="utf-8",
    )
    # The DTD is not read, so the entity it might define stays undefined: an error, no expansion.
    with pytest.raises(HealthFileError, match="dtd.gpx: not well-formed XML"):
        parse_gpx(path)


def test_malformed_and_missing_files_name_the_file(tmp_path: Path) -> None:
    broken = tmp_path / "export.xml"
    broken.write_text("<HealthData><Record type='x'>", encoding="utf-8")
    with pytest.raises(HealthFileError, match="export.xml: not well-formed XML"):
        list(parse_apple_health(broken))
    with pytest.raises(HealthFileError, match="gone.gpx: cannot read file"):
        parse_gpx(tmp_path / "gone.gpx")


def test_bad_records_are_skipped_not_fatal(tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    at = 'startDate="2026-11-20 07:10:00 +0100" endDate="2026-11-20 07:10:00 +0100"'
    path.write_text(
        "<HealthData>"
        '<Record type="HKQuantityTypeIdentifierHeartRate" startDate="yesterday" endDate="x" value="70"/>'
        f'<Record type="HKQuantityTypeIdentifierHeartRate" {at} value="NaN"/>'
        '<Record type="HKQuantityTypeIdentifierStepCount" startDate="2020-01-01 00:00:00 +0100" '
        'endDate="2026-11-20 07:10:00 +0100" value="5"/>'  # one sample over six years: corrupt
        f'<Record type="HKQuantityTypeIdentifierHeartRate" {at} value="64"/>'
        "</HealthData>",
        encoding="utf-8",
    )
    [heart] = parse_apple_health(path)
    assert heart.data == {"avg_bpm": 64.0, "min_bpm": 64.0, "max_bpm": 64.0, "samples": 1}


def test_date_and_activity_names() -> None:
    assert parse_apple_date("2026-11-20 07:12:00 +0100") == _utc(2026, 11, 20, 6, 12)
    assert parse_apple_date("2026-07-01 23:30:00 -0700") == _utc(2026, 7, 2, 6, 30)
    with pytest.raises(ValueError):
        parse_apple_date("2026-11-20 07:12:00")
    assert workout_activity("HKWorkoutActivityTypeRunning") == "run"
    assert workout_activity("HKWorkoutActivityTypeSwimming") == "swim"
    assert workout_activity("HKWorkoutActivityTypeTableTennis") == "table_tennis"
    assert activity_name("Biking") == "cycle"
    assert activity_name(None) == "run"
    assert activity_name("Stand Up Paddling") == "stand_up_paddling"


_PARSERS = {"export.xml": lambda p: list(parse_apple_health(p)), "track.gpx": parse_gpx, "ride.tcx": parse_tcx}


def _parse_or_documented_error(directory: Path, name: str, content: bytes) -> None:
    path = directory / name
    path.write_bytes(content)
    try:
        result = _PARSERS[name](path)
    except HealthFileError as exc:
        assert name in str(exc)
        return
    assert all(isinstance(obs, Observation) for obs in result)


@pytest.fixture(scope="module")
def fuzz_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(name=st.sampled_from(sorted(_PARSERS)), content=st.binary(max_size=300))
def test_random_bytes_raise_only_the_documented_error(fuzz_dir: Path, name: str, content: bytes) -> None:
    _parse_or_documented_error(fuzz_dir, name, content)


_SEEDS = {
    "export.xml": (FIXTURES / "export.xml").read_bytes(),
    "track.gpx": (FIXTURES / "morning-run.gpx").read_bytes(),
    "ride.tcx": (FIXTURES / "evening-ride.tcx").read_bytes(),
}


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    name=st.sampled_from(sorted(_PARSERS)),
    cuts=st.lists(st.tuples(st.floats(0, 1), st.binary(max_size=8)), min_size=1, max_size=4),
)
def test_damaged_real_files_raise_only_the_documented_error(
    fuzz_dir: Path, name: str, cuts: list[tuple[float, bytes]]
) -> None:
    content = _SEEDS[name]
    for where, noise in cuts:
        at = int(where * (len(content) - 1))
        content = content[:at] + noise + content[at + len(noise) :]
    _parse_or_documented_error(fuzz_dir, name, content)


def _write_big_export(path: Path, records: int) -> None:
    """An export of ``records`` heart-rate samples (one a minute), written in chunks."""
    head = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE HealthData [\n<!ELEMENT HealthData ANY>\n]>\n'
        '<HealthData locale="en_US">\n'
    )
    start = datetime(2026, 1, 1, tzinfo=timezone(timedelta(hours=1)))
    with path.open("w", encoding="utf-8") as handle:
        handle.write(head)
        chunk: list[str] = []
        for i in range(records):
            stamp = (start + timedelta(minutes=i)).strftime("%Y-%m-%d %H:%M:%S %z")
            chunk.append(
                f' <Record type="HKQuantityTypeIdentifierHeartRate" sourceName="Watch" sourceVersion="11.1" '
                f'unit="count/min" creationDate="{stamp}" startDate="{stamp}" endDate="{stamp}" value="{60 + i % 60}">\n'
                '  <MetadataEntry key="HKMetadataKeyHeartRateMotionContext" value="0"/>\n </Record>\n'
            )
            if len(chunk) == 5000:
                handle.write("".join(chunk))
                chunk.clear()
        handle.write("".join(chunk) + "</HealthData>\n")


@pytest.mark.slow
def test_large_export_is_streamed_in_bounded_memory(tmp_path: Path) -> None:
    path = tmp_path / "export.xml"
    records = 160_000
    _write_big_export(path, records)
    assert path.stat().st_size > 45_000_000

    tracemalloc.start()
    try:
        hours = 0
        samples = 0
        for obs in parse_apple_health(path):
            hours += 1
            samples += obs.data["samples"]
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()

    assert samples == records
    assert hours == records // 60 + (1 if records % 60 else 0)
    assert peak < 20_000_000, f"peak {peak / 1e6:.1f} MB while streaming a {path.stat().st_size / 1e6:.0f} MB file"
