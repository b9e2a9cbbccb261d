"""Apps sensor: which kinds of programs are running (coding, browsing, meeting, ...), read with psutil.

``classify_process`` maps a process to an activity through a table of program names. It looks at
the process name, the program file that started it (Firefox's content processes are named
"Isolated Web Co" but run ``/usr/lib/firefox/firefox``), the macOS app bundle around that file,
and for Java the IDE it runs (PyCharm runs as ``java`` from ``/opt/pycharm-community-2024.1``).

Each poll yields one ``apps`` observation spanning the time since the previous poll, with the
running applications grouped by activity and a ``foreground_hint``: the activity whose processes
used the most CPU over that span. Apps matching ``exclude_apps`` never appear and count for nothing.
"""

from __future__ import annotations

import logging
import os
import re
import socket
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any, ClassVar, NamedTuple

import psutil

from sensors.base import HealthStatus, Sensor, SensorHealth
from sensors.patterns import compile_patterns
from shared.observation import Modality, Observation
from shared.settings import SensorSettings
from shared.timeutil import UTC, utc_now

logger = logging.getLogger(__name__)

_ACTIVITY_PROGRAMS: dict[str, tuple[str, ...]] = {
    "coding": (
        "code", "code-oss", "codium", "vscodium", "visual studio code", "cursor", "zed", "xcode",
        "pycharm", "pycharm-community", "pycharm-professional", "idea", "intellij-idea",
        "intellij-idea-community", "intellij-idea-ultimate", "webstorm", "goland", "clion", "rider",
        "rustrover", "android-studio", "vim", "nvim", "gvim", "emacs", "sublime_text", "sublime text",
        "helix", "hx", "kate",
    ),
    "browsing": (
        "firefox", "firefox-bin", "firefox-esr", "librewolf", "chrome", "google-chrome",
        "google chrome", "chromium", "chromium-browser", "safari", "brave", "brave-browser",
        "brave browser", "msedge", "microsoft edge", "opera", "vivaldi", "vivaldi-bin", "arc",
    ),
    "meeting": ("zoom", "zoom.us", "teams", "ms-teams", "msteams", "microsoft teams", "teams-for-linux", "webex", "ciscowebex", "skype"),
    "chat": (
        "slack", "discord", "signal", "signal-desktop", "telegram", "telegram-desktop", "element",
        "element-desktop", "whatsapp", "zulip", "mattermost-desktop",
    ),
    "media": ("spotify", "vlc", "mpv", "rhythmbox", "music", "totem", "celluloid", "audacious"),
    "terminal": (
        "gnome-terminal", "gnome-terminal-server", "kitty", "alacritty", "iterm2", "wezterm",
        "wezterm-gui", "konsole", "xterm", "terminal", "tilix", "foot", "ghostty", "warp",
    ),
    "office": (
        "libreoffice", "soffice", "soffice.bin", "word", "excel", "powerpoint", "winword",
        "microsoft word", "microsoft excel", "microsoft powerpoint", "pages", "numbers", "keynote",
    ),
}

DEFAULT_ACTIVITY_TABLE: Mapping[str, str] = {
    program: activity for activity, programs in _ACTIVITY_PROGRAMS.items() for program in programs
}
"""Lower-case program name -> activity."""

_JVM_NAMES = frozenset({"java", "javaw"})
_JETBRAINS_PREFIX = re.compile(r"-Didea\.platform\.prefix=(\w+)")
_SUFFIXES = (".exe", ".app", ".sh", ".appimage")
_VERSION = re.compile(r"[-_ ]v?\d[\w.]*$")  # "pycharm-community-2024.1" -> "pycharm-community"
_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


def _normalize(program: str) -> str:
    name = program.strip().lower()
    for suffix in _SUFFIXES:
        if name.endswith(suffix) and name != suffix:
            name = name[: -len(suffix)]
    return name


def _candidates(name: str, cmdline: Sequence[str]) -> list[str]:
    """Names that may identify a process, most telling first.

    Besides the process name: the program file it runs (helpers and content processes carry
    other names), the outermost macOS ``.app`` bundle around it, and for Java the folder of the
    bundled runtime and the JetBrains platform prefix (their IDEs all run as ``java``).
    """
    found = [_normalize(name)]
    parts = [part for part in re.split(r"[/\\]", cmdline[0]) if part] if cmdline else []
    program = _normalize(parts[-1]) if parts else ""
    found.append(program)
    bundle = next((part for part in parts if part.lower().endswith(".app")), None)
    if bundle is not None:
        found.append(_normalize(bundle))
    if found[0] in _JVM_NAMES or program in _JVM_NAMES:
        joined = " ".join(cmdline)
        prefix = _JETBRAINS_PREFIX.search(joined)
        if prefix is not None:
            found.append(re.sub(r"(core|edu)$", "", prefix.group(1).lower()))
        found.extend(_VERSION.sub("", _normalize(part)) for part in reversed(parts[:-1]))
        if "com.intellij" in joined:
            found.append("idea")
    return [candidate for candidate in found if candidate]


def identify_process(name: str, cmdline: Sequence[str] = (), table: Mapping[str, str] = DEFAULT_ACTIVITY_TABLE) -> tuple[str, str] | None:
    """``(program, activity)`` for a process, or None when the table knows none of its names."""
    for candidate in _candidates(name, cmdline):
        activity = table.get(candidate)
        if activity is not None:
            return candidate, activity
    return None


def classify_process(name: str, cmdline: Sequence[str] = (), table: Mapping[str, str] = DEFAULT_ACTIVITY_TABLE) -> str | None:
    """The activity a process belongs to (``coding``, ``browsing``, ...), or None."""
    identified = identify_process(name, cmdline, table)
    return identified[1] if identified else None


class _Seen(NamedTuple):
    program: str
    activity: str
    cpu_seconds: float
    created: float


class AppsSensor(Sensor):
    """Running applications grouped by activity, with the busiest activity as a foreground hint."""

    name: ClassVar[str] = "apps"

    def __init__(
        self,
        table: Mapping[str, str] | None = None,
        *,
        exclude_apps: Iterable[str] = (),
        hostname: str | None = None,
    ) -> None:
        self.table = {_normalize(program): activity for program, activity in (table or DEFAULT_ACTIVITY_TABLE).items()}
        self.hostname = hostname or socket.gethostname() or "localhost"
        self._exclude = compile_patterns(exclude_apps, "exclude_apps")
        self._last_error = ""
        self._last_id_ns = 0
        self._last_time = utc_now()
        try:
            self._last_seen = self._scan()
        except (psutil.Error, OSError) as exc:
            logger.debug("no process baseline: %s", exc)
            self._last_seen = {}

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "AppsSensor":
        """An apps sensor with the default table, dropping the settings' ``exclude_apps``."""
        return cls(exclude_apps=settings.exclude_apps)

    def health(self) -> SensorHealth:
        """Ok unless the last poll could not list processes."""
        if self._last_error:
            return SensorHealth(HealthStatus.error, self._last_error)
        return SensorHealth(HealthStatus.ok)

    def poll(self) -> list[Observation]:
        """One ``apps`` observation covering the time since the previous poll (never raises)."""
        try:
            seen = self._scan()
        except (psutil.Error, OSError) as exc:
            self._last_error = f"listing processes failed: {str(exc) or type(exc).__name__}"
            logger.warning("%s", self._last_error)
            return []
        self._last_error = ""
        now = utc_now()
        start = min(self._last_time, now)

        activities: dict[str, set[str]] = {}
        for entry in seen.values():
            activities.setdefault(entry.activity, set()).add(entry.program)
        data: dict[str, Any] = {
            "activities": {activity: sorted(programs) for activity, programs in sorted(activities.items())},
            "foreground_hint": self._busiest_activity(seen, start.timestamp()),
        }
        observation = Observation(
            id=f"apps-{self.hostname}-{self._unique_ns(now)}",
            sensor=self.name,
            kind="apps",
            start=start,
            end=now,
            modality=Modality.digital,
            data=data,
        )
        self._last_time, self._last_seen = now, seen
        return [observation]

    def _scan(self) -> dict[int, _Seen]:
        """Classified, non-excluded processes by pid, with the CPU seconds they have used."""
        seen: dict[int, _Seen] = {}
        own_pid = os.getpid()
        for proc in psutil.process_iter(["name", "cmdline", "cpu_times", "create_time"], ad_value=None):
            info = proc.info
            if proc.pid == own_pid:
                continue
            name, cmdline = info.get("name") or "", info.get("cmdline") or []
            identified = identify_process(name, cmdline, self.table)
            if identified is None or self._excluded(name, identified[0]):
                continue
            cpu_times = info.get("cpu_times")
            cpu_seconds = cpu_times.user + cpu_times.system if cpu_times is not None else 0.0
            seen[proc.pid] = _Seen(identified[0], identified[1], cpu_seconds, info.get("create_time") or 0.0)
        return seen

    def _excluded(self, process_name: str, program: str) -> bool:
        return self._exclude is not None and bool(self._exclude.search(process_name) or self._exclude.search(program))

    def _busiest_activity(self, seen: dict[int, _Seen], since: float) -> str | None:
        """The activity whose processes used the most CPU since the previous poll (None if none did)."""
        used_by_activity: dict[str, float] = {}
        for pid, entry in seen.items():
            previous = self._last_seen.get(pid)
            if previous is not None and previous.created == entry.created:
                used = entry.cpu_seconds - previous.cpu_seconds
            elif entry.created >= since:
                used = entry.cpu_seconds  # started since the previous poll: all of its CPU is new
            else:
                continue  # no fair baseline (just became readable, or a reused pid)
            if used > 0:
                used_by_activity[entry.activity] = used_by_activity.get(entry.activity, 0.0) + used
        if not used_by_activity:
            return None
        return min(used_by_activity.items(), key=lambda item: (-item[1], item[0]))[0]

    def _unique_ns(self, now: datetime) -> int:
        """Nanoseconds since the epoch for ``now``, bumped so this sensor never repeats an id."""
        ns = (now - _EPOCH) // timedelta(microseconds=1) * 1000
        ns = max(ns, self._last_id_ns + 1)
        self._last_id_ns = ns
        return ns


SENSOR = AppsSensor
