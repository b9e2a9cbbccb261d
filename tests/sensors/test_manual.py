"""Manual logging: ``k=v`` parsing, modality per kind, durations, and the sensor's queue."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from sensors.manual import SENSOR, ManualSensor, manual_observation, parse_pairs, parse_value
from shared.observation import Modality
from shared.timeutil import utc_now

AT = datetime(2026, 3, 23, 8, 15, tzinfo=ZoneInfo("Europe/Berlin"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3", 3),
        ("-2", -2),
        ("0", 0),
        ("2.5", 2.5),
        (".5", 0.5),
        ("1e3", 1000.0),
        ("true", True),
        ("False", False),
        ("espresso", "espresso"),
        ("flat white", "flat white"),
        ("0.25", 0.25),
        ("007", "007"),  # leading zeros: an identifier, not a number
        ("01.5", "01.5"),
        ("nan", "nan"),  # would not survive JSON as a number
        ("1_000", "1_000"),
        ("", ""),
    ],
)
def test_parse_value(text: str, expected: object) -> None:
    value = parse_value(text)
    assert value == expected
    assert type(value) is type(expected)


def test_parse_pairs_keeps_everything_after_the_first_equals_sign() -> None:
    assert parse_pairs(["title=a=b", " food = ramen "]) == {"title": "a=b", "food": "ramen"}


@pytest.mark.parametrize(
    ("pairs", "message"),
    [
        (["espresso"], "'espresso' is not a key=value pair"),
        (["=3"], "'=3' has no key"),
        (["food=ramen", "food=pho"], "repeats the key 'food'"),
    ],
)
def test_bad_pairs_are_named_in_the_error(pairs: list[str], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        manual_observation("meal", pairs, AT)


def test_coffee_observation() -> None:
    observation = manual_observation("coffee", ["drink=espresso", "caffeine_mg=63", "decaf=false"], AT)

    assert observation.sensor == "manual"
    assert observation.kind == "coffee"
    assert observation.modality is Modality.gustatory
    assert observation.start == datetime(2026, 3, 23, 7, 15, tzinfo=timezone.utc)
    assert observation.end is None
    assert observation.data == {"drink": "espresso", "caffeine_mg": 63, "decaf": False}
    assert observation.id.startswith("manual-coffee-")


@pytest.mark.parametrize(
    ("kind", "modality"),
    [
        ("coffee", Modality.gustatory),
        ("meal", Modality.gustatory),
        ("exercise", Modality.physiological),
        ("sleep", Modality.physiological),
        ("conversation", Modality.auditory),
        ("mood", None),
        ("Coffee", Modality.gustatory),  # kinds are normalised to lower case
    ],
)
def test_modality_follows_the_kind(kind: str, modality: Modality | None) -> None:
    assert manual_observation(kind, [], AT).modality == modality


def test_duration_sets_the_end() -> None:
    observation = manual_observation("exercise", ["activity=run", "duration_min=42.5"], AT)
    assert observation.end == observation.start + timedelta(minutes=42.5)
    assert observation.data["duration_min"] == 42.5


@pytest.mark.parametrize("value", ["soon", "-5", "true", "99999999"])
def test_bad_duration_is_rejected(value: str) -> None:
    with pytest.raises(ValueError, match="duration_min"):
        manual_observation("exercise", [f"duration_min={value}"], AT)


@pytest.mark.parametrize("kind", ["", "  ", "two words", "café?"])
def test_unusable_kind_is_rejected(kind: str) -> None:
    with pytest.raises(ValueError, match="kind"):
        manual_observation(kind, [], AT)


def test_naive_time_is_rejected() -> None:
    with pytest.raises(ValueError, match="offset"):
        manual_observation("coffee", [], datetime(2026, 3, 23, 8, 15))


def test_default_time_is_now() -> None:
    before = utc_now()
    observation = manual_observation("coffee", [])
    assert before <= observation.start <= utc_now()


def test_ids_follow_the_content() -> None:
    first = manual_observation("meal", ["food=ramen"], AT)
    assert manual_observation("meal", ["food=ramen"], AT).id == first.id
    assert manual_observation("meal", ["food=pho"], AT).id != first.id
    assert manual_observation("meal", ["food=ramen"], AT + timedelta(seconds=1)).id != first.id


def test_sensor_poll_drains_its_queue() -> None:
    sensor = ManualSensor()
    assert sensor.poll() == []
    first = manual_observation("coffee", ["drink=filter"], AT)
    sensor.add(first)
    second = sensor.log("meal", ["food=ramen"], AT + timedelta(hours=4))

    assert sensor.poll() == [first, second]
    assert sensor.poll() == []


def test_module_exposes_the_sensor_class() -> None:
    assert SENSOR is ManualSensor
    assert ManualSensor.name == "manual"
