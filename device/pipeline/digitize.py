"""Digitize: pure transforms from raw observations to merged observations and episodes.

ActivityWatch style: no I/O and no clock. Every function takes observations and returns new
values, and every output keeps the ids of the observations it came from, so a memory built from
an episode can always name its sources.
"""

from __future__ import annotations

import logging
import math
import re
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from typing import Any, Callable, Iterable, Mapping

from shared.observation import Observation, effective_end

logger = logging.getLogger(__name__)

COMPUTER_KIND = "computer"
"""Observations of this kind (window/app focus) are grouped per app into episodes."""

MAX_TITLES_IN_LABEL = 3
_SNIPPET_CHARS = 60
_TITLE_CHARS = 48


def as_number(value: Any) -> float | None:
    """A data value as a number, or None (bools and text that is not a number are not numbers)."""
    if isinstance(value, bool):
        return None
    try:
        number = float(value) if isinstance(value, (int, float)) else float(str(value))
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def covered_seconds(intervals: Iterable[tuple[datetime, datetime]]) -> float:
    """Seconds covered by the union of ``(start, end)`` intervals (overlaps counted once)."""
    total = 0.0
    current_start: datetime | None = None
    current_end: datetime | None = None
    for start, end in sorted(intervals):
        if end <= start:
            continue
        if current_end is None or start > current_end:
            if current_start is not None and current_end is not None:
                total += (current_end - current_start).total_seconds()
            current_start, current_end = start, end
        else:
            current_end = max(current_end, end)
    if current_start is not None and current_end is not None:
        total += (current_end - current_start).total_seconds()
    return total


def normalize(observations: Iterable[Observation]) -> list[Observation]:
    """De-duplicate by id (the first occurrence wins) and sort by ``(start, id)``."""
    seen: set[str] = set()
    unique: list[Observation] = []
    duplicates = 0
    for observation in observations:
        if observation.id in seen:
            duplicates += 1
            continue
        seen.add(observation.id)
        unique.append(observation)
    if duplicates:
        logger.debug("normalize dropped %d duplicate observation ids", duplicates)
    unique.sort(key=lambda o: (o.start, o.id))
    return unique


def heartbeat_merge(last: Observation, new: Observation, pulsetime_s: float) -> Observation | None:
    """``last`` extended to cover ``new``, or None when they are not one continuing thing.

    They merge when sensor, kind, modality and data are equal and ``new`` starts no earlier than
    ``last`` and no later than ``pulsetime_s`` after ``last`` ended (its start, for instants).
    The result keeps ``last``'s id; callers that need provenance use ``merge_adjacent``.
    """
    if (last.sensor, last.kind, last.modality) != (new.sensor, new.kind, new.modality):
        return None
    if last.data != new.data:
        return None
    last_end = effective_end(last)
    if new.start < last.start or new.start > last_end + timedelta(seconds=pulsetime_s):
        return None
    merged_end = max(last_end, effective_end(new))
    if merged_end == last_end:
        return last
    # model_copy skips validation; merged_end is aware UTC and after start, so the record stays valid.
    return last.model_copy(update={"end": merged_end})


@dataclass(frozen=True)
class MergedObservation:
    """An observation extended over back-to-back identical ones, with the ids it absorbed."""

    observation: Observation
    source_ids: tuple[str, ...]


def merge_adjacent(observations: Iterable[Observation], pulsetime_s: float = 60.0) -> list[MergedObservation]:
    """Merge heartbeats: each (sensor, kind) stream folds a new observation into its previous one.

    Output is sorted by ``(start, first source id)``; every distinct input id appears in exactly
    one result's ``source_ids``.
    """
    merged: list[Observation] = []
    merged_ids: list[list[str]] = []
    last_index_by_stream: dict[tuple[str, str], int] = {}
    for observation in normalize(observations):
        stream = (observation.sensor, observation.kind)
        index = last_index_by_stream.get(stream)
        if index is not None:
            extended = heartbeat_merge(merged[index], observation, pulsetime_s)
            if extended is not None:
                merged[index] = extended
                merged_ids[index].append(observation.id)
                continue
        last_index_by_stream[stream] = len(merged)
        merged.append(observation)
        merged_ids.append([observation.id])
    return [MergedObservation(obs, tuple(ids)) for obs, ids in zip(merged, merged_ids)]


@dataclass(frozen=True)
class Episode:
    """A stretch of one kind of activity, ready to become a memory or a prompt line.

    ``end`` equals ``start`` for instants. ``data`` is a summary (treat it as read-only).
    """

    kind: str
    start: datetime
    end: datetime
    label: str
    data: dict[str, Any]
    source_ids: tuple[str, ...]

    @property
    def duration_s(self) -> float:
        """Length in seconds (0 for instants)."""
        return (self.end - self.start).total_seconds()


def group_episodes(
    observations: Iterable[Observation], gap_s: float = 300.0, pulsetime_s: float = 60.0
) -> list[Episode]:
    """Episodes from observations, sorted by start.

    Back-to-back identical observations are merged first (``merge_adjacent``). Consecutive
    ``computer`` observations of the same app with gaps of at most ``gap_s`` become one episode
    even when window titles differ; every other kind gives one episode per merged observation.
    Screen focus is exclusive, so a computer episode is cut where the next one begins and
    computer episodes never overlap.
    """
    merged = merge_adjacent(observations, pulsetime_s)
    episodes: list[Episode] = []
    computer_runs: list[list[MergedObservation]] = []
    run_end: datetime | None = None
    gap = timedelta(seconds=gap_s)
    for item in merged:
        observation = item.observation
        if observation.kind != COMPUTER_KIND:
            episodes.append(_single_episode(item))
            continue
        same_app = bool(computer_runs) and _app_name(observation) == _app_name(computer_runs[-1][0].observation)
        if same_app and run_end is not None and observation.start - run_end <= gap:
            computer_runs[-1].append(item)
            run_end = max(run_end, effective_end(observation))
        else:
            computer_runs.append([item])
            run_end = effective_end(observation)
    for index, run in enumerate(computer_runs):
        next_start = computer_runs[index + 1][0].observation.start if index + 1 < len(computer_runs) else None
        episodes.append(_computer_episode(run, next_start))
    episodes.sort(key=lambda e: (e.start, e.kind, e.source_ids[0]))
    return episodes


def episode_text(episode: Episode, tz: tzinfo) -> str:
    """One line with local times: ``2026-11-20 09:02-11:47 computer: VS Code — tether (3 sessions)``."""
    start = episode.start.astimezone(tz)
    end = episode.end.astimezone(tz)
    when = f"{start:%Y-%m-%d %H:%M}"
    if end.date() != start.date():
        when += f"-{end:%Y-%m-%d %H:%M}"
    elif f"{end:%H:%M}" != f"{start:%H:%M}":
        when += f"-{end:%H:%M}"
    return f"{when} {episode.label}"


def describe_observation(observation: Observation) -> str:
    """A short deterministic label, ``kind: key details`` (e.g. ``coffee: flat white``)."""
    return describe(observation.kind, observation.data, observation.duration_s)


def describe(kind: str, data: Mapping[str, Any], duration_s: float = 0.0) -> str:
    """Label for a kind with its data: known kinds name their key fields, others their first values."""
    detail_of = _DETAIL_BY_KIND.get(kind, _generic_detail)
    detail = detail_of(data, duration_s)
    return f"{kind}: {detail}" if detail else kind


# --- episodes -------------------------------------------------------------------------------


def _single_episode(item: MergedObservation) -> Episode:
    observation = item.observation
    return Episode(
        kind=observation.kind,
        start=observation.start,
        end=effective_end(observation),
        label=describe_observation(observation),
        data=dict(observation.data),
        source_ids=item.source_ids,
    )


def _computer_episode(run: list[MergedObservation], next_start: datetime | None) -> Episode:
    start = run[0].observation.start
    end = max(effective_end(item.observation) for item in run)
    if next_start is not None and next_start < end:
        end = max(start, next_start)
    app = _app_name(run[0].observation)
    seconds_by_title: dict[str, float] = {}
    for item in run:
        title = _clean_text(item.observation.data.get("title"))
        if title:
            # dicts keep insertion order, so equal durations rank by first appearance.
            seconds_by_title[title] = seconds_by_title.get(title, 0.0) + item.observation.duration_s
    ranked = sorted(seconds_by_title.items(), key=lambda pair: -pair[1])
    main_titles = [_truncate(title, _TITLE_CHARS) for title, _ in ranked[:MAX_TITLES_IN_LABEL]]
    label = f"{COMPUTER_KIND}: {app}"
    if main_titles:
        label += " — " + "; ".join(main_titles)
    if len(run) > 1:
        label += f" ({len(run)} sessions)"
    data = {
        "app": app,
        "titles": main_titles,
        "sessions": len(run),
        "active_s": round(covered_seconds((item.observation.start, effective_end(item.observation)) for item in run), 1),
    }
    source_ids = tuple(source_id for item in run for source_id in item.source_ids)
    return Episode(COMPUTER_KIND, start, end, label, data, source_ids)


def _app_name(observation: Observation) -> str:
    data = observation.data
    return _clean_text(data.get("app") or data.get("application")) or "unknown app"


# --- labels ---------------------------------------------------------------------------------


def _clean_text(value: Any) -> str:
    """Text of a data value on one line (whitespace collapsed); empty for None."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return ", ".join(_clean_text(v) for v in value if _clean_text(v))
    return re.sub(r"\s+", " ", str(value)).strip()


def _truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def _format_number(value: float) -> str:
    return f"{round(value, 1):g}"


def _minutes_text(data: Mapping[str, Any], duration_s: float) -> str:
    minutes = duration_s / 60 if duration_s > 0 else as_number(data.get("duration_min"))
    return f"{minutes:.0f} min" if minutes is not None and minutes >= 1 else ""


def _join(parts: Iterable[str]) -> str:
    return ", ".join(part for part in parts if part)


def _coffee_detail(data: Mapping[str, Any], duration_s: float) -> str:
    drink = _clean_text(data.get("drink") or data.get("name"))
    caffeine = as_number(data.get("caffeine_mg"))
    return _join([drink, f"{_format_number(caffeine)} mg caffeine" if caffeine is not None else ""])


def _meal_detail(data: Mapping[str, Any], duration_s: float) -> str:
    food = _truncate(_clean_text(data.get("food") or data.get("items") or data.get("dish")), _SNIPPET_CHARS)
    meal = _clean_text(data.get("meal"))
    if food and meal:
        return f"{food} ({meal})"
    return food or meal


def _exercise_detail(data: Mapping[str, Any], duration_s: float) -> str:
    activity = _clean_text(data.get("activity") or data.get("type"))
    distance = as_number(data.get("distance_km"))
    distance_text = f"{_format_number(distance)} km" if distance is not None else ""
    head = " ".join(part for part in (activity, distance_text) if part)
    return _join([head, _minutes_text(data, duration_s)])


def _sleep_detail(data: Mapping[str, Any], duration_s: float) -> str:
    hours = f"{duration_s / 3600:.1f} h" if duration_s > 0 else ""
    quality = _clean_text(data.get("quality"))
    return _join([hours, f"quality {quality}" if quality else ""])


def _meeting_detail(data: Mapping[str, Any], duration_s: float) -> str:
    title = _truncate(_clean_text(data.get("title") or data.get("summary")), _SNIPPET_CHARS)
    attendees = data.get("attendees")
    if isinstance(attendees, (list, tuple)) and attendees:
        names = [_clean_text(a) for a in attendees[:3]]
        more = f" +{len(attendees) - 3}" if len(attendees) > 3 else ""
        return f"{title or 'meeting'} with {', '.join(names)}{more}"
    return title


def _conversation_detail(data: Mapping[str, Any], duration_s: float) -> str:
    speaker = _clean_text(data.get("speaker"))
    text = _truncate(_clean_text(data.get("text")), _SNIPPET_CHARS)
    quoted = f'"{text}"' if text else ""
    return f"{speaker}: {quoted}" if speaker and quoted else speaker or quoted


def _computer_detail(data: Mapping[str, Any], duration_s: float) -> str:
    app = _clean_text(data.get("app") or data.get("application"))
    title = _truncate(_clean_text(data.get("title")), _TITLE_CHARS)
    return " — ".join(part for part in (app, title) if part)


def _generic_detail(data: Mapping[str, Any], duration_s: float) -> str:
    """First three scalar values by key name, so unknown kinds still get a stable label."""
    parts = []
    for key in sorted(data):
        value = data[key]
        if isinstance(value, (str, int, float, bool)) and _clean_text(value):
            parts.append(f"{key}={_truncate(_clean_text(value), 32)}")
        if len(parts) == 3:
            break
    return _join(parts)


_DETAIL_BY_KIND: dict[str, Callable[[Mapping[str, Any], float], str]] = {
    "coffee": _coffee_detail,
    "meal": _meal_detail,
    "exercise": _exercise_detail,
    "sleep": _sleep_detail,
    "meeting": _meeting_detail,
    "conversation": _conversation_detail,
    COMPUTER_KIND: _computer_detail,
}
