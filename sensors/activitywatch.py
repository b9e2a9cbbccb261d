"""ActivityWatch sensor: imports the events of a running ActivityWatch server.

People who already run ActivityWatch keep their watchers (windows, AFK, browser tabs, editors);
this sensor reads every bucket over ActivityWatch's REST API and turns its events into
Observations with deterministic ids, so importing the same event twice stores it once.

The REST API is used directly with httpx rather than through ``aw-client``: aw-client depends on
aw-core, which pins ``platformdirs==3.10`` while Tether requires ``platformdirs>=4`` (seen with
aw-client 0.5.15 and aw-core 0.5.18), so the two cannot share one environment. The tests run a
real aw-server from its own virtualenv (``scripts/aw-server-venv``) for the same reason.

Incremental import: each bucket has a cursor (the latest event end imported) kept in
``activitywatch-cursors.json``. Heartbeats keep extending the newest event after it was imported,
so every poll re-reads from ``cursor - overlap`` and emits an event again only when its end moved
later (same id, longer duration). The server clips events at the query's start, so the true starts
of events near the cursor are remembered in the same file.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar
from typing import TYPE_CHECKING
from urllib.parse import quote

from sensors.base import HealthStatus, Sensor, SensorHealth
from shared.observation import Modality, Observation
from shared.settings import SensorSettings
from shared.timeutil import format_iso, parse_iso

if TYPE_CHECKING:  # httpx loads when a URL is set: `tether sensors` without one imports nothing heavy
    import httpx

logger = logging.getLogger(__name__)

CURSOR_FILE = "activitywatch-cursors.json"
_KINDS = {"currentwindow": "computer", "afkstatus": "afk", "web.tab.current": "browsing"}
_MAX_ID_LENGTH = 256  # Observation.id's limit
# Durations travel as float seconds, so an end clipped to a bound may come back a microsecond off.
_CLIP_TOLERANCE = timedelta(milliseconds=1)


@dataclass
class AwEvent:
    """One ActivityWatch event as read from a bucket (times aware UTC)."""

    key: str
    """The observation id: ``aw-<bucket>-<event id>``."""
    event_id: int | str | None
    start: datetime
    end: datetime
    data: dict[str, Any]


@dataclass
class _BucketState:
    cursor: datetime | None = None
    recent: dict[str, tuple[datetime, datetime]] = field(default_factory=dict)
    """Observation id -> (true start, end) of the events that end within ``overlap`` of the cursor."""


def observation_id(bucket_id: str, event_id: int | str | None, timestamp: str) -> str:
    """Deterministic id; AW event ids are unique only within a bucket, so the bucket is part of it."""
    if event_id is None:
        event_part = hashlib.sha256(f"{bucket_id}\n{timestamp}".encode()).hexdigest()[:16]
    else:
        event_part = str(event_id)
    candidate = f"aw-{bucket_id}-{event_part}"
    if len(candidate) <= _MAX_ID_LENGTH:
        return candidate
    return f"aw-{hashlib.sha256(bucket_id.encode()).hexdigest()[:16]}-{event_part}"[:_MAX_ID_LENGTH]


def parse_event(bucket_id: str, raw: Any) -> AwEvent:
    """An AW event dict (``id``, ``timestamp``, ``duration`` in seconds, ``data``); ValueError if malformed."""
    if not isinstance(raw, dict) or not isinstance(raw.get("timestamp"), str):
        raise ValueError(f"not an ActivityWatch event: {str(raw)[:200]}")
    duration = raw.get("duration") or 0.0
    if not isinstance(duration, (int, float)):
        raise ValueError(f"duration is not a number: {duration!r}")
    try:
        start = parse_iso(raw["timestamp"])
        end = start + timedelta(seconds=max(0.0, float(duration)))  # AW has seen negative durations
    except OverflowError as exc:  # a date near year 1 or 9999, or an absurd duration
        raise ValueError(f"time out of range: {raw['timestamp']} + {duration} s") from exc
    data = raw.get("data") if isinstance(raw.get("data"), dict) else {}
    event_id = raw.get("id")
    return AwEvent(observation_id(bucket_id, event_id, raw["timestamp"]), event_id, start, end, data)


def event_observation(bucket_type: str, event: AwEvent) -> Observation:
    """Map an event by its bucket's type: windows, AFK, browser tabs, anything else as ``aw_event``."""
    kind = _KINDS.get(bucket_type, "aw_event")
    if kind == "afk":
        data: dict[str, Any] = {"afk": event.data.get("status") == "afk"}
    elif kind == "aw_event":
        data = {**event.data, "bucket_type": bucket_type}
    else:  # app/title or url/title, plus whatever else the watcher sent (kept, never dropped)
        data = dict(event.data)
    return Observation(
        id=event.key,
        sensor="activitywatch",
        kind=kind,
        start=event.start,
        end=event.end if event.end > event.start else None,
        modality=Modality.digital,
        data=data,
    )


class ActivityWatchSensor(Sensor):
    """Events of every bucket of an ActivityWatch server (aw-server; aw-server-rust serves the same API)."""

    name: ClassVar[str] = "activitywatch"

    def __init__(
        self,
        url: str | None,
        state_dir: Path,
        *,
        overlap: timedelta = timedelta(minutes=5),
        page_size: int = 1000,
        timeout_s: float = 10.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.url = url.rstrip("/") if url else None
        self.state_path = Path(state_dir) / CURSOR_FILE
        self.overlap = overlap
        self.page_size = page_size
        self._client = None
        if self.url:
            import httpx

            self._client = httpx.Client(base_url=self.url, timeout=timeout_s, transport=transport)
        self._states = self._load_states()

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "ActivityWatchSensor":
        """Reads ``activitywatch_url``; unset leaves the sensor unavailable rather than failing."""
        return cls(settings.activitywatch_url, state_dir)

    def poll(self) -> list[Observation]:
        """Events new or extended since the previous poll, oldest first; [] when AW is unreachable."""
        if self._client is None:
            return []
        import httpx

        try:
            buckets = self._get_json("/api/0/buckets/")
        except (httpx.HTTPError, ValueError) as exc:
            logger.warning("cannot list ActivityWatch buckets at %s: %s", self.url, exc)
            return []
        if not isinstance(buckets, dict):
            logger.warning("ActivityWatch at %s listed buckets as %s, not an object", self.url, type(buckets).__name__)
            return []
        observations: list[Observation] = []
        for bucket_id, meta in sorted(buckets.items()):
            bucket_type = str(meta.get("type") or "") if isinstance(meta, dict) else ""
            try:
                observations.extend(self._import_bucket(bucket_id, bucket_type))
            except (httpx.HTTPError, ValueError) as exc:
                logger.warning("skipped ActivityWatch bucket %s this time: %s", bucket_id, exc)
        self._save_states()
        observations.sort(key=lambda obs: (obs.start, obs.id))
        return observations

    def health(self) -> SensorHealth:
        """Unavailable when no URL is set; error naming the URL when the server cannot be reached."""
        if self._client is None:
            return SensorHealth(HealthStatus.unavailable, "set TETHER_SENSORS__ACTIVITYWATCH_URL")
        import httpx

        try:
            info = self._get_json("/api/0/info")
        except httpx.HTTPStatusError as exc:
            return SensorHealth(HealthStatus.error, f"ActivityWatch at {self.url} answered HTTP {exc.response.status_code}")
        except (httpx.HTTPError, ValueError) as exc:
            return SensorHealth(HealthStatus.error, f"cannot reach ActivityWatch at {self.url}: {exc}")
        version = info.get("version", "?") if isinstance(info, dict) else "?"
        return SensorHealth(HealthStatus.ok, f"ActivityWatch {version} at {self.url}")

    def close(self) -> None:
        """Close the HTTP connection pool."""
        if self._client is not None:
            self._client.close()

    # -- one bucket ---------------------------------------------------------------------------

    def _import_bucket(self, bucket_id: str, bucket_type: str) -> list[Observation]:
        state = self._states.setdefault(bucket_id, _BucketState())
        since = state.cursor - self.overlap if state.cursor is not None else None
        events = self._fetch_events(bucket_id, since)
        out: list[Observation] = []
        recent = dict(state.recent)
        for event in events:
            seen = recent.get(event.key)
            if seen is not None and seen[1] >= event.end:
                continue  # nothing new: same event, not extended
            try:
                out.append(event_observation(bucket_type, event))
            except ValueError as exc:  # one odd event must not hold the whole bucket back
                logger.warning("skipped ActivityWatch event %s: %s", event.key, exc)
            recent[event.key] = (event.start, event.end)
        if events:
            newest_end = max(event.end for event in events)
            state.cursor = newest_end if state.cursor is None else max(state.cursor, newest_end)
        if state.cursor is not None:
            horizon = state.cursor - self.overlap
            state.recent = {key: span for key, span in recent.items() if span[1] >= horizon}
        return out

    def _fetch_events(self, bucket_id: str, since: datetime | None) -> list[AwEvent]:
        """Events ending at or after ``since`` (all when None), paged newest first, merged by id."""
        path = f"/api/0/buckets/{quote(bucket_id, safe='')}/events"
        merged: dict[str, AwEvent] = {}
        page_ends: list[datetime] = []
        while True:
            params = {"limit": str(self.page_size)}
            if since is not None:
                params["start"] = format_iso(since)
            if page_ends:
                params["end"] = format_iso(page_ends[-1])
            page = self._get_json(path, params)
            if not isinstance(page, list):
                raise ValueError(f"events of {bucket_id} are a {type(page).__name__}, not a list")
            starts = []
            for raw in page:
                try:
                    event = parse_event(bucket_id, raw)
                except ValueError as exc:
                    logger.warning("skipped a malformed event in ActivityWatch bucket %s: %s", bucket_id, exc)
                    continue
                starts.append(event.start)
                self._merge(merged, event)
            if len(page) < self.page_size:
                break
            oldest = min(starts, default=None)
            if oldest is None or (page_ends and oldest >= page_ends[-1]):
                logger.warning("ActivityWatch bucket %s: over %d events share one time; some skipped", bucket_id, self.page_size)
                break
            page_ends.append(oldest)  # the next page holds what began before this one's oldest event
        for event in merged.values():
            # The server clips events to the query's bounds; a piece touching a bound may be partial.
            clipped_start = since is not None and event.start <= since
            clipped_end = any(abs(event.end - bound) <= _CLIP_TOLERANCE for bound in page_ends)
            if clipped_start or clipped_end:
                self._restore_true_span(bucket_id, event, remembered_start_suffices=not clipped_end)
        return sorted(merged.values(), key=lambda event: (event.start, event.key))

    def _restore_true_span(self, bucket_id: str, event: AwEvent, remembered_start_suffices: bool) -> None:
        """Undo the server's clipping: the remembered start, or else the event fetched on its own."""
        seen = self._states[bucket_id].recent.get(event.key)
        if remembered_start_suffices and seen is not None:
            event.start = min(event.start, seen[0])
            return
        if event.event_id is None:
            return  # cannot be fetched alone; keep the clipped span
        whole = self._get_json(f"/api/0/buckets/{quote(bucket_id, safe='')}/events/{quote(str(event.event_id), safe='')}", missing_ok=True)
        if whole is None:
            return
        full = parse_event(bucket_id, whole)
        event.start, event.end = min(event.start, full.start), max(event.end, full.end)

    @staticmethod
    def _merge(merged: dict[str, AwEvent], event: AwEvent) -> None:
        """Pages overlap at their bounds: one event may arrive as several clipped pieces."""
        known = merged.get(event.key)
        if known is None:
            merged[event.key] = event
        else:
            known.start, known.end = min(known.start, event.start), max(known.end, event.end)

    def _get_json(self, path: str, params: dict[str, str] | None = None, missing_ok: bool = False) -> Any:
        """GET one API path as JSON; None for a 404 when ``missing_ok`` (an event deleted meanwhile)."""
        assert self._client is not None
        response = self._client.get(path, params=params)
        if missing_ok and response.status_code == 404:
            return None
        response.raise_for_status()
        return response.json()

    # -- cursors ------------------------------------------------------------------------------

    def _load_states(self) -> dict[str, _BucketState]:
        try:
            raw = json.loads(self.state_path.read_text(encoding="utf-8"))
            states: dict[str, _BucketState] = {}
            for bucket_id, entry in raw.get("buckets", {}).items():
                cursor = parse_iso(entry["cursor"]) if entry.get("cursor") else None
                recent = {key: (parse_iso(span[0]), parse_iso(span[1])) for key, span in entry.get("recent", {}).items()}
                states[bucket_id] = _BucketState(cursor, recent)
            return states
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, TypeError, KeyError, AttributeError, IndexError) as exc:
            # Starting over only re-imports events under the same ids, which ingest stores once.
            logger.warning("ignoring unreadable ActivityWatch cursors in %s (%s); importing again", self.state_path, exc)
            return {}

    def _save_states(self) -> None:
        payload = {
            "version": 1,
            "buckets": {
                bucket_id: {
                    "cursor": format_iso(state.cursor) if state.cursor else None,
                    "recent": {key: [format_iso(s), format_iso(e)] for key, (s, e) in state.recent.items()},
                }
                for bucket_id, state in self._states.items()
            },
        }
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.state_path.with_suffix(".json.tmp")
        tmp.write_text(json.dumps(payload, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(tmp, self.state_path)  # atomic: a crash leaves the old cursors, never half a file


SENSOR = ActivityWatchSensor
