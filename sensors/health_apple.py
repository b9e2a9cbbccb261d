"""Apple Health ``export.xml`` -> sleep, exercise, hourly steps and hourly heart-rate observations.

The export can be gigabytes, so it is streamed (``stream_elements``) and never held as a tree.
Sleep stages and workouts are yielded as they are read; step and heart-rate samples (thousands a
day) are summed into one observation per hour, yielded at the end of the file.

Steps are counted per hour and per recording source (iPhone, Watch), and the hour's figure is the
largest source's: both devices count the same walk, and Apple's own de-duplication is not in the
export. Heart rate from all sources is pooled. Hours are UTC hours.
"""

from __future__ import annotations

import os
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from xml.etree.ElementTree import Element

from sensors.health_xml import SkipCounter, finite, health_observation, local_name, stream_elements
from shared.observation import Observation
from shared.timeutil import to_utc

SLEEP_TYPE = "HKCategoryTypeIdentifierSleepAnalysis"
STEPS_TYPE = "HKQuantityTypeIdentifierStepCount"
HEART_RATE_TYPE = "HKQuantityTypeIdentifierHeartRate"

SLEEP_STAGES = {
    "HKCategoryValueSleepAnalysisInBed": "in_bed",
    "HKCategoryValueSleepAnalysisAsleep": "asleep",  # before iOS 16
    "HKCategoryValueSleepAnalysisAsleepUnspecified": "asleep",
    "HKCategoryValueSleepAnalysisAsleepCore": "core",
    "HKCategoryValueSleepAnalysisAsleepDeep": "deep",
    "HKCategoryValueSleepAnalysisAsleepREM": "rem",
    "HKCategoryValueSleepAnalysisAwake": "awake",
}

ACTIVITIES = {
    "Running": "run",
    "Cycling": "cycle",
    "HandCycling": "cycle",
    "Swimming": "swim",
    "Walking": "walk",
    "Hiking": "hike",
    "Rowing": "row",
    "Yoga": "yoga",
    "TraditionalStrengthTraining": "strength",
    "FunctionalStrengthTraining": "strength",
    "HighIntensityIntervalTraining": "hiit",
    "CrossCountrySkiing": "ski",
    "DownhillSkiing": "ski",
}

_DISTANCE_KM = {"km": 1.0, "m": 0.001, "mi": 1.609344, "yd": 0.0009144, "ft": 0.0003048}
_ENERGY_KCAL = {"kcal": 1.0, "Cal": 1.0, "cal": 0.001, "kJ": 1 / 4.184, "J": 1 / 4184}
_DURATION_MIN = {"min": 1.0, "s": 1 / 60, "sec": 1 / 60, "hr": 60.0, "h": 60.0}
_HOUR = timedelta(hours=1)
_MAX_STEP_SAMPLE_S = 24 * 3600  # phones write samples of minutes; a longer one is corrupt


def parse_apple_date(text: str) -> datetime:
    """``2026-11-20 07:12:00 +0100`` (Apple's export format) as aware UTC; ValueError otherwise."""
    value = text.strip()
    if len(value) == 25 and value[19] == " ":
        value = value[:19] + value[20:]  # fromisoformat takes "+0100" but not the space before it
    return to_utc(datetime.fromisoformat(value))


def workout_activity(activity_type: str) -> str:
    """``HKWorkoutActivityTypeRunning`` -> ``run``; unknown types in snake case (``table_tennis``)."""
    name = activity_type.removeprefix("HKWorkoutActivityType")
    if name in ACTIVITIES:
        return ACTIVITIES[name]
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower() or "workout"


@dataclass
class _HeartRateHour:
    total: float = 0.0
    samples: int = 0
    low: float = float("inf")
    high: float = float("-inf")

    def add(self, bpm: float) -> None:
        self.total += bpm
        self.samples += 1
        self.low = min(self.low, bpm)
        self.high = max(self.high, bpm)


class _HourCache:
    """Start of the UTC hour an Apple date falls in, parsed once per distinct hour.

    Heart-rate samples come every few minutes for years; parsing each full timestamp would be
    much of the import's time. Offsets of whole hours keep local and UTC hours aligned, so the
    local hour identifies the bucket; other offsets (+0530) take the full parse.
    """

    def __init__(self) -> None:
        self._starts: dict[str, datetime] = {}

    def of(self, text: str) -> datetime:
        if len(text) != 25 or text[13] != ":" or text[-2:] != "00":
            return _hour(parse_apple_date(text))
        key = text[:13] + text[19:]  # "2026-11-20 07" + " +0100"
        start = self._starts.get(key)
        if start is None:
            start = parse_apple_date(text[:13] + ":00:00" + text[19:])
            self._starts[key] = start
        return start


def parse_apple_health(path: str | os.PathLike[str]) -> Iterator[Observation]:
    """Observations from an Apple Health export, streamed; ``HealthFileError`` names a bad file.

    Yields kind ``sleep`` (data ``stage``), ``exercise`` (``activity``, ``duration_min``,
    ``distance_km``, ``energy_kcal``, ``avg_heart_rate`` where known), then one ``steps`` (``count``)
    and one ``heart_rate`` (``avg_bpm``, ``min_bpm``, ``max_bpm``, ``samples``) per hour.
    """
    skipped = SkipCounter(path)
    steps: dict[datetime, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    heart: dict[datetime, _HeartRateHour] = defaultdict(_HeartRateHour)
    hours = _HourCache()
    for item in stream_elements(path, frozenset({"Record", "Workout"})):
        if item.depth != 1:
            continue  # records inside a Correlation (blood pressure, food) are not ours
        attrs = item.element.attrib
        try:
            if item.name == "Workout":
                yield _workout(item.element)
                continue
            kind = attrs.get("type")
            if kind == SLEEP_TYPE:
                yield _sleep(attrs)
            elif kind == STEPS_TYPE:
                _add_steps(steps, attrs)
            elif kind == HEART_RATE_TYPE:
                heart[hours.of(attrs["startDate"])].add(finite(attrs["value"]))
        except (ValueError, KeyError, TypeError, OverflowError) as exc:
            skipped.skip(f"{item.name} {attrs.get('type') or attrs.get('workoutActivityType')}", exc)
    skipped.report()

    for hour in sorted(steps):
        count = round(max(steps[hour].values()))
        if count > 0:
            yield health_observation("steps", hour, hour + _HOUR, {"count": count}, "apple")
    for hour in sorted(heart):
        bucket = heart[hour]
        data = {
            "avg_bpm": round(bucket.total / bucket.samples, 1),
            "min_bpm": round(bucket.low, 1),
            "max_bpm": round(bucket.high, 1),
            "samples": bucket.samples,
        }
        yield health_observation("heart_rate", hour, hour + _HOUR, data, "apple")


def _sleep(attrs: dict[str, str]) -> Observation:
    value = attrs["value"]
    stage = SLEEP_STAGES.get(value) or re.sub(r"(?<!^)(?=[A-Z])", "_", value.removeprefix("HKCategoryValueSleepAnalysis")).lower()
    start, end = parse_apple_date(attrs["startDate"]), parse_apple_date(attrs["endDate"])
    # In bed and asleep often start together; the stage and source keep their ids apart.
    return health_observation("sleep", start, end, {"stage": stage}, "apple", attrs.get("sourceName", ""), value, end.isoformat())


def _workout(element: Element) -> Observation:
    attrs = element.attrib
    activity_type = attrs.get("workoutActivityType", "")
    start, end = parse_apple_date(attrs["startDate"]), parse_apple_date(attrs["endDate"])
    data: dict[str, Any] = {"activity": workout_activity(activity_type)}

    duration = _converted(attrs.get("duration"), attrs.get("durationUnit", "min"), _DURATION_MIN)
    data["duration_min"] = round(duration if duration is not None else (end - start).total_seconds() / 60, 1)
    distance = _converted(attrs.get("totalDistance"), attrs.get("totalDistanceUnit", "km"), _DISTANCE_KM)
    energy = _converted(attrs.get("totalEnergyBurned"), attrs.get("totalEnergyBurnedUnit", "kcal"), _ENERGY_KCAL)
    # iOS 16 and later put these in WorkoutStatistics children instead of attributes.
    for child in element:
        if local_name(child.tag) != "WorkoutStatistics":
            continue
        stat_type, unit = child.get("type", ""), child.get("unit", "")
        if distance is None and stat_type.startswith("HKQuantityTypeIdentifierDistance"):
            distance = _converted(child.get("sum"), unit, _DISTANCE_KM)
        elif energy is None and stat_type == "HKQuantityTypeIdentifierActiveEnergyBurned":
            energy = _converted(child.get("sum"), unit, _ENERGY_KCAL)
        elif stat_type == HEART_RATE_TYPE and child.get("average"):
            data["avg_heart_rate"] = round(finite(child.get("average", "")), 1)
    if distance is not None:
        data["distance_km"] = round(distance, 3)
    if energy is not None:
        data["energy_kcal"] = round(energy, 1)
    return health_observation("exercise", start, end, data, "apple", attrs.get("sourceName", ""), activity_type)


def _add_steps(steps: dict[datetime, dict[str, float]], attrs: dict[str, str]) -> None:
    """Spread one step sample over the hours it covers, in proportion to the time in each."""
    start, end = parse_apple_date(attrs["startDate"]), parse_apple_date(attrs["endDate"])
    count, source = finite(attrs["value"]), attrs.get("sourceName", "")
    span = (end - start).total_seconds()
    if span > _MAX_STEP_SAMPLE_S:
        raise ValueError(f"step sample spans {span / 3600:.0f} hours")
    if span <= 0:
        steps[_hour(start)][source] += count
        return
    hour = _hour(start)
    while hour < end:
        overlap = (min(end, hour + _HOUR) - max(start, hour)).total_seconds()
        steps[hour][source] += count * overlap / span
        hour += _HOUR


def _hour(moment: datetime) -> datetime:
    return moment.replace(minute=0, second=0, microsecond=0)


def _converted(value: str | None, unit: str, factors: dict[str, float]) -> float | None:
    """``value`` in ``unit`` converted by ``factors``; None when absent, ValueError for unknown units."""
    if value is None or value == "":
        return None
    if unit not in factors:
        raise ValueError(f"unknown unit {unit!r}")
    return finite(value) * factors[unit]
