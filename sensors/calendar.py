"""Calendar sensor: meetings from .ics files and http(s) ICS URLs (settings ``calendar_ics``).

Each poll reads every source, expands its events into a window around now (by default one day
back to seven days ahead) and returns the instances it has not returned before. Ids come from the
event's UID and instance, so re-reading a calendar (here or after a restart) never duplicates a
meeting in memory. One failing source is reported through ``health()`` and does not stop the
others. URLs often carry a secret token, so messages name them without query or credentials.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar
from urllib.parse import urlsplit

from sensors.base import HealthStatus, Sensor, SensorConfigError, SensorHealth
from shared.observation import Observation
from shared.settings import SensorSettings
from shared.timeutil import resolve_timezone, to_utc, utc_now

if TYPE_CHECKING:  # httpx and icalendar load when a calendar is read: `tether sensors` only asks for health
    import httpx

logger = logging.getLogger(__name__)

MAX_CALENDAR_BYTES = 20 * 1024 * 1024
"""Larger sources are refused: a calendar is kilobytes to a few megabytes."""


class CalendarSourceError(ValueError):
    """A calendar source could not be read; the message names the source."""


@dataclass(frozen=True)
class CalendarSource:
    """One configured calendar: a local file or an http(s) URL."""

    location: str
    """The path or URL as configured."""
    path: Path | None = None
    url: str | None = None

    @classmethod
    def parse(cls, value: str) -> "CalendarSource":
        """A source from a setting value; SensorConfigError for anything but a path or http(s) URL."""
        text = value.strip()
        if not text:
            raise SensorConfigError("calendar_ics: empty entry")
        scheme = urlsplit(text).scheme.lower()
        if scheme in ("http", "https"):
            return cls(text, url=text)
        if scheme == "file":
            return cls(text, path=Path(urlsplit(text).path))
        if scheme and len(scheme) > 1:  # one letter is a Windows drive, e.g. C:\cal.ics
            raise SensorConfigError(f"calendar_ics: {text!r} is neither a file path nor an http(s) URL")
        return cls(text, path=Path(text).expanduser())

    @property
    def label(self) -> str:
        """How messages name the source: the path, or the URL without credentials and query."""
        if self.path is not None:
            return str(self.path)
        parts = urlsplit(self.url or "")
        host = parts.hostname or ""
        if parts.port:
            host = f"{host}:{parts.port}"
        return f"{parts.scheme}://{host}{parts.path}"

    @property
    def fallback_name(self) -> str:
        """Calendar name for files without X-WR-CALNAME: the file name's stem, or the URL's host."""
        if self.path is not None:
            return self.path.stem or str(self.path)
        parts = urlsplit(self.url or "")
        return Path(parts.path).stem or parts.hostname or "calendar"


class CalendarSensor(Sensor):
    """Meetings and all-day events from iCalendar files and URLs."""

    name: ClassVar[str] = "calendar"

    def __init__(
        self,
        sources: Sequence[str | CalendarSource],
        *,
        default_tz: tzinfo | None = None,
        lookbehind: timedelta = timedelta(days=1),
        lookahead: timedelta = timedelta(days=7),
        timeout_s: float = 10.0,
        clock: Callable[[], datetime] = utc_now,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.sources = [s if isinstance(s, CalendarSource) else CalendarSource.parse(s) for s in sources]
        self.default_tz = default_tz if default_tz is not None else resolve_timezone(None)
        """Zone of floating times and all-day dates; this machine's by default."""
        self.lookbehind = lookbehind
        self.lookahead = lookahead
        self.timeout_s = timeout_s
        self._clock = clock
        self._transport = transport
        self._client: httpx.Client | None = None
        self._errors: dict[str, str] = {}
        # id -> when that instance ends; entries that fall out of the window are forgotten.
        self._seen: dict[str, datetime] = {}

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "CalendarSensor":
        """Sources from ``calendar_ics``; an empty list builds a sensor whose health says what to set."""
        return cls(settings.calendar_ics)

    def poll(self) -> list[Observation]:
        """Instances in the window around now that earlier polls have not returned."""
        now = to_utc(self._clock())
        window_start, window_end = now - self.lookbehind, now + self.lookahead
        from sensors.ical import ICalendarError, meetings_from_ics

        fresh: list[Observation] = []
        for source in self.sources:
            try:
                meetings = meetings_from_ics(
                    self._read(source),
                    window_start,
                    window_end,
                    source_name=source.fallback_name,
                    default_tz=self.default_tz,
                )
            except (CalendarSourceError, ICalendarError) as exc:
                reason = str(exc) if isinstance(exc, CalendarSourceError) else f"calendar {source.label} is unreadable: {exc}"
                if self._errors.get(source.label) != reason:
                    logger.warning("%s", reason)
                self._errors[source.label] = reason
                continue
            self._errors.pop(source.label, None)
            for meeting in meetings:
                if meeting.id not in self._seen:
                    self._seen[meeting.id] = meeting.end or meeting.start
                    fresh.append(meeting)
        self._seen = {key: end for key, end in self._seen.items() if end >= window_start}
        fresh.sort(key=lambda obs: (obs.start, obs.id))
        return fresh

    def health(self) -> SensorHealth:
        """Unavailable without sources; error naming each source that failed or is missing."""
        if not self.sources:
            return SensorHealth(
                HealthStatus.unavailable,
                "no calendar configured; set TETHER_SENSORS__CALENDAR_ICS to .ics files or http(s) URLs",
            )
        problems = dict(self._errors)
        for source in self.sources:
            if source.path is not None and not source.path.is_file():
                problems[source.label] = f"calendar file {source.label} does not exist"
        if problems:
            return SensorHealth(HealthStatus.error, "; ".join(problems.values()))
        return SensorHealth(HealthStatus.ok)

    def close(self) -> None:
        """Close the HTTP connection pool."""
        if self._client is not None:
            self._client.close()
            self._client = None

    def _read(self, source: CalendarSource) -> bytes:
        if source.path is not None:
            return self._read_file(source)
        return self._fetch(source)

    def _read_file(self, source: CalendarSource) -> bytes:
        assert source.path is not None
        try:
            with source.path.open("rb") as handle:
                data = handle.read(MAX_CALENDAR_BYTES + 1)
        except FileNotFoundError:
            raise CalendarSourceError(f"calendar file {source.label} does not exist") from None
        except OSError as exc:
            raise CalendarSourceError(f"cannot read calendar file {source.label}: {exc.strerror or exc}") from None
        if len(data) > MAX_CALENDAR_BYTES:
            raise CalendarSourceError(f"calendar file {source.label} is larger than {MAX_CALENDAR_BYTES} bytes")
        return data

    def _fetch(self, source: CalendarSource) -> bytes:
        import httpx

        assert source.url is not None
        if self._client is None:
            # trust_env=False: sources are on the local network, where a proxy from the environment
            # would only get in the way (and see the calendar's secret URL).
            self._client = httpx.Client(
                timeout=self.timeout_s, follow_redirects=True, trust_env=False, transport=self._transport
            )
        try:
            with self._client.stream("GET", source.url, headers={"Accept": "text/calendar, */*;q=0.5"}) as response:
                if response.status_code >= 400:
                    raise CalendarSourceError(
                        f"calendar {source.label} could not be fetched: HTTP {response.status_code} {response.reason_phrase}"
                    )
                chunks: list[bytes] = []
                size = 0
                for chunk in response.iter_bytes():
                    size += len(chunk)
                    if size > MAX_CALENDAR_BYTES:
                        raise CalendarSourceError(f"calendar {source.label} is larger than {MAX_CALENDAR_BYTES} bytes")
                    chunks.append(chunk)
        except httpx.HTTPError as exc:
            # Some httpx messages quote the URL, which may hold a token; name it by its label.
            detail = str(exc).replace(source.url, source.label) or type(exc).__name__
            raise CalendarSourceError(f"calendar {source.label} could not be fetched: {detail}") from None
        return b"".join(chunks)


SENSOR = CalendarSensor
