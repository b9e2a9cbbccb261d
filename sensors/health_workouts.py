"""GPX and TCX workout files -> one ``exercise`` observation per track (GPX) or activity (TCX).

Both are streamed with ``stream_elements`` (track points are detached as they are read). Data:
``activity`` (run, cycle, walk, ...), ``distance_km``, ``duration_min``, ``avg_heart_rate`` where
the file has heart rate, ``energy_kcal`` where a TCX has calories, and ``source`` (the file name).

GPX distance is the haversine sum between consecutive points of each segment, and the duration is
the elapsed time from the first to the last point (pauses included). TCX figures are the sums of
its laps (DistanceMeters, TotalTimeSeconds, Calories) as the device recorded them.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sensors.health_xml import (
    HealthFileError,
    SkipCounter,
    child_text,
    descendant_text,
    finite,
    health_observation,
    local_name,
    parse_xml_time,
    stream_elements,
)
from shared.observation import Observation

WORKOUT_SUFFIXES = frozenset({".gpx", ".tcx"})
EARTH_RADIUS_KM = 6371.0088
"""Mean Earth radius (IUGG); the haversine error against the ellipsoid stays well under 1%."""

_ACTIVITY_WORDS = {
    "run": "run",
    "running": "run",
    "trail_running": "run",
    "ride": "cycle",
    "cycle": "cycle",
    "cycling": "cycle",
    "biking": "cycle",
    "road_biking": "cycle",
    "mountain_biking": "cycle",
    "walk": "walk",
    "walking": "walk",
    "hike": "hike",
    "hiking": "hike",
    "swim": "swim",
    "swimming": "swim",
    "open_water_swimming": "swim",
}


def activity_name(text: str | None, default: str = "run") -> str:
    """A workout type as written by apps and devices (``Running``, ``biking``) -> ``run``, ``cycle``, ..."""
    word = "_".join((text or "").strip().lower().replace("-", " ").split())
    if not word:
        return default
    return _ACTIVITY_WORDS.get(word, word)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance between two points in degrees, in kilometres."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi, dlmb = phi2 - phi1, math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class _Samples:
    """Running totals over the points of one track or activity."""

    first: datetime | None = None
    last: datetime | None = None
    distance_km: float = 0.0
    heart_total: float = 0.0
    heart_count: int = 0
    previous: tuple[float, float] | None = field(default=None, repr=False)

    def add_time(self, moment: datetime) -> None:
        self.first = moment if self.first is None else min(self.first, moment)
        self.last = moment if self.last is None else max(self.last, moment)

    def add_position(self, lat: float, lon: float) -> None:
        if not (-90.0 <= lat <= 90.0 and -180.0 <= lon <= 180.0):
            raise ValueError(f"position out of range: {lat}, {lon}")
        if self.previous is not None:
            self.distance_km += haversine_km(*self.previous, lat, lon)
        self.previous = (lat, lon)

    def add_heart_rate(self, bpm: float) -> None:
        self.heart_total += bpm
        self.heart_count += 1

    def average_heart_rate(self) -> float | None:
        return round(self.heart_total / self.heart_count, 1) if self.heart_count else None


def parse_gpx(path: str | os.PathLike[str]) -> list[Observation]:
    """One ``exercise`` observation per GPX track that has timed points; HealthFileError for a bad file."""
    source = Path(path).name
    skipped = SkipCounter(path)
    observations: list[Observation] = []
    track = _Samples()
    for item in stream_elements(path, frozenset({"trkpt", "trkseg", "trk"})):
        element = item.element
        if item.name == "trkpt":
            try:
                point_time = child_text(element, "time")
                moment = parse_xml_time(point_time) if point_time else None
                heart = descendant_text(element, "hr")
                bpm = finite(heart) if heart else None
                track.add_position(finite(element.get("lat", "")), finite(element.get("lon", "")))
            except (ValueError, OverflowError) as exc:
                skipped.skip("trkpt", exc)
                continue
            if moment is not None:
                track.add_time(moment)
            if bpm is not None:
                track.add_heart_rate(bpm)
        elif item.name == "trkseg":
            track.previous = None  # a gap between segments is not distance travelled
        else:
            data: dict[str, Any] = {"activity": activity_name(child_text(element, "type"))}
            name = child_text(element, "name")
            if name:
                data["name"] = name
            try:
                observation = _exercise(track, data, source, track.first, track.last, skipped)
            except (ValueError, OverflowError) as exc:
                skipped.skip("trk", exc)
                observation = None
            if observation is not None:
                observations.append(observation)
            track = _Samples()
    skipped.report()
    return observations


def parse_tcx(path: str | os.PathLike[str]) -> list[Observation]:
    """One ``exercise`` observation per TCX activity; HealthFileError for a bad file."""
    source = Path(path).name
    skipped = SkipCounter(path)
    observations: list[Observation] = []
    points = _Samples()
    laps = _LapTotals()
    for item in stream_elements(path, frozenset({"Trackpoint", "Lap", "Activity"})):
        element = item.element
        try:
            if item.name == "Trackpoint":
                _read_trackpoint(element, points)
            elif item.name == "Lap":
                laps.add(element)
        except (ValueError, OverflowError) as exc:
            skipped.skip(item.name, exc)
            continue
        if item.name != "Activity":
            continue
        try:
            observation = _tcx_activity(element, points, laps, source, skipped)
        except (ValueError, OverflowError) as exc:
            skipped.skip("Activity", exc)
            observation = None
        if observation is not None:
            observations.append(observation)
        points, laps = _Samples(), _LapTotals()
    skipped.report()
    return observations


def parse_workout_file(path: str | os.PathLike[str]) -> list[Observation]:
    """A GPX or TCX file by its suffix; HealthFileError for other suffixes and bad files."""
    suffix = Path(path).suffix.lower()
    if suffix == ".gpx":
        return parse_gpx(path)
    if suffix == ".tcx":
        return parse_tcx(path)
    raise HealthFileError(path, f"not a workout file (expected {', '.join(sorted(WORKOUT_SUFFIXES))})")


def _tcx_activity(element: Any, points: _Samples, laps: "_LapTotals", source: str, skipped: SkipCounter) -> Observation | None:
    """The observation of one ended TCX Activity from the laps and points read inside it."""
    data: dict[str, Any] = {"activity": activity_name(element.get("Sport"), default="workout")}
    start_text = child_text(element, "Id")
    start = parse_xml_time(start_text) if start_text else laps.start or points.first
    if laps.seconds > 0:
        if laps.has_distance:
            points.distance_km = laps.meters / 1000
        end = start + timedelta(seconds=laps.seconds) if start is not None else None
    else:
        end = points.last
    if laps.calories:
        data["energy_kcal"] = round(laps.calories, 1)
    if not points.heart_count and laps.heart_seconds:
        # No per-point heart rate: the laps' averages, weighted by their length.
        points.heart_total, points.heart_count = laps.heart_weighted / laps.heart_seconds, 1
    return _exercise(points, data, source, start, end, skipped)


@dataclass
class _LapTotals:
    start: datetime | None = None
    seconds: float = 0.0
    meters: float = 0.0
    has_distance: bool = False
    calories: float = 0.0
    heart_weighted: float = 0.0
    heart_seconds: float = 0.0

    def add(self, lap: Any) -> None:
        seconds = finite(child_text(lap, "TotalTimeSeconds") or "0")
        meters = child_text(lap, "DistanceMeters")
        calories = child_text(lap, "Calories")
        started = lap.get("StartTime")
        heart = _bpm(lap, "AverageHeartRateBpm")
        if seconds < 0:
            raise ValueError(f"negative lap time {seconds}")
        if started:
            moment = parse_xml_time(started)
            self.start = moment if self.start is None else min(self.start, moment)
        if meters:
            self.meters += finite(meters)
            self.has_distance = True
        if calories:
            self.calories += finite(calories)
        if heart is not None:
            self.heart_weighted += heart * seconds
            self.heart_seconds += seconds
        self.seconds += seconds


def _read_trackpoint(point: Any, samples: _Samples) -> None:
    moment_text = child_text(point, "Time")
    bpm = _bpm(point, "HeartRateBpm")
    position = next((child for child in point if local_name(child.tag) == "Position"), None)
    if moment_text:
        samples.add_time(parse_xml_time(moment_text))
    if bpm is not None:
        samples.add_heart_rate(bpm)
    if position is not None:
        latitude = finite(child_text(position, "LatitudeDegrees") or "")
        samples.add_position(latitude, finite(child_text(position, "LongitudeDegrees") or ""))


def _bpm(element: Any, name: str) -> float | None:
    """The ``<name><Value>`` heart rate under ``element``, if present."""
    for child in element:
        if local_name(child.tag) == name:
            value = child_text(child, "Value")
            return finite(value) if value else None
    return None


def _exercise(
    samples: _Samples, data: dict[str, Any], source: str, start: datetime | None, end: datetime | None, skipped: SkipCounter
) -> Observation | None:
    """The exercise observation, or None (counted as skipped) when it has no usable times."""
    if start is None:
        skipped.skip("workout", ValueError("no timestamps"))
        return None
    end = end if end is not None and end >= start else start
    data["distance_km"] = round(samples.distance_km, 3)
    data["duration_min"] = round((end - start).total_seconds() / 60, 1)
    average = samples.average_heart_rate()
    if average is not None:
        data["avg_heart_rate"] = average
    data["source"] = source
    return health_observation("exercise", start, end, data, source)
