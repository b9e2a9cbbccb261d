from datetime import datetime, timedelta, timezone

import pytest

from shared.observation import LineError, Observation, ObservationError, parse_observation, read_jsonl, write_jsonl

GOOD = {"id": "a1", "sensor": "manual", "kind": "coffee", "start": "2026-11-20T08:15:00+01:00"}


def test_times_become_utc_and_round_trip() -> None:
    obs = parse_observation({**GOOD, "end": "2026-11-20T08:20:00+01:00", "modality": "gustatory"})
    assert obs.start == datetime(2026, 11, 20, 7, 15, tzinfo=timezone.utc)
    assert obs.start.utcoffset() == timedelta(0)
    assert obs.duration_s == 300
    again = next(read_jsonl([obs.to_json()]))
    assert again == obs


def test_unknown_fields_are_kept_in_data() -> None:
    obs = parse_observation({**GOOD, "drink": "flat white", "data": {"caffeine_mg": 120}})
    assert obs.data == {"drink": "flat white", "caffeine_mg": 120}


def test_data_wins_over_a_top_level_field_of_the_same_name() -> None:
    obs = parse_observation({**GOOD, "drink": "tea", "data": {"drink": "espresso"}})
    assert obs.data["drink"] == "espresso"


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"kind": None}, "kind"),
        ({"id": ""}, "id"),
        ({"start": "2026-11-20T08:15:00"}, "start"),
        ({"start": "yesterday"}, "start"),
        ({"modality": "telepathic"}, "modality"),
        ({"data": [1, 2]}, "data"),
        ({"end": "2026-11-20T07:00:00+01:00"}, "record"),
    ],
)
def test_invalid_records_name_the_field(change: dict, field: str) -> None:
    raw = {**GOOD, **change}
    raw = {k: v for k, v in raw.items() if v is not None}
    with pytest.raises(ObservationError) as info:
        parse_observation(raw)
    assert info.value.field == field
    assert field in str(info.value)


def test_end_before_start_message() -> None:
    with pytest.raises(ObservationError, match="end is before start"):
        parse_observation({**GOOD, "end": "2026-11-20T07:00:00+01:00"})


def test_missing_field_is_named() -> None:
    raw = dict(GOOD)
    del raw["sensor"]
    with pytest.raises(ObservationError, match="^sensor: Field required"):
        parse_observation(raw)


def test_jsonl_reports_bad_lines_and_keeps_good_ones() -> None:
    lines = [
        '{"id": "1", "sensor": "s", "kind": "meal", "start": "2026-11-20T12:00:00Z"}',
        "{not json",
        "",
        '{"id": "2", "sensor": "s", "start": "2026-11-20T12:00:00Z"}',
        "[1, 2]",
        '{"id": "3", "sensor": "s", "kind": "meal", "start": "2026-11-20T13:00:00Z"}',
    ]
    items = list(read_jsonl(lines))
    good = [i for i in items if isinstance(i, Observation)]
    bad = [i for i in items if isinstance(i, LineError)]
    assert [o.id for o in good] == ["1", "3"]
    assert [e.line for e in bad] == [2, 4, 5]
    assert "malformed JSON" in bad[0].message
    assert bad[1].message.startswith("kind:")
    assert "JSON object" in bad[2].message
    assert write_jsonl(good).count("\n") == 2


def test_time_out_of_range_in_utc_is_a_field_error() -> None:
    with pytest.raises(ObservationError, match="^start: time is out of range"):
        parse_observation({**GOOD, "start": "0001-01-01T00:00:00+05:00"})
