"""Window sensor: the focused application and its window title, as heartbeats.

On Linux it asks the X server through ``xprop`` (``_NET_ACTIVE_WINDOW`` on the root window, then
that window's ``WM_CLASS`` and name); on macOS it asks System Events through ``osascript``. Each
poll yields one instant-like ``computer`` observation (start == end); the device merges equal
back-to-back heartbeats into spans, so the sensor keeps no state of its own.

The parsing of the tools' output is kept in pure functions (``parse_active_window_id``,
``parse_xprop_window``, ``parse_osascript_front``) so it is tested against recorded output. The
command runner is a constructor argument for the same reason; ``run_command`` (also used by the
idle sensor) is the real one.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import socket
import sys
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime, timedelta
from pathlib import Path
from typing import ClassVar, NamedTuple

from sensors.commands import CommandError, CommandRunner, CommandSensor, run_command
from sensors.patterns import compile_patterns
from shared.observation import Modality, Observation
from shared.settings import SensorSettings
from shared.timeutil import UTC, utc_now

logger = logging.getLogger(__name__)

NO_DISPLAY_REASON = "no X11 display (DISPLAY unset); Wayland sessions without XWayland are not supported"
EXCLUDED_TITLE = "[excluded]"
"""Stands in for a window title that matched ``exclude_titles``."""

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)


class FocusedWindow(NamedTuple):
    """The application in front and the title of its window (either may be empty)."""

    app: str
    title: str


# --- pure parsers -----------------------------------------------------------------------------

_ACTIVE_ID = re.compile(r"window id # (0x[0-9a-fA-F]+)")
_XPROP_LINE = re.compile(r"^(?P<name>[A-Z_]+)\((?P<type>[A-Z0-9_]+)\) = (?P<value>.*)$")
_QUOTED = re.compile(r'"((?:[^"\\]|\\.)*)"')
_OCTAL = re.compile(r"\\([0-7]{1,3})|\\(.)", re.DOTALL)


def parse_active_window_id(output: str) -> str | None:
    """The id from ``xprop -root _NET_ACTIVE_WINDOW`` output; None when nothing has focus."""
    match = _ACTIVE_ID.search(output)
    if match is None or int(match.group(1), 16) == 0:
        return None
    return match.group(1)


def _unescape_xprop(value: str, latin1: bool) -> str:
    """Undo xprop's C-style quoting; ``\\ooo`` escapes are raw bytes (Latin-1 for STRING types)."""
    if "\\" not in value:
        return value
    out = bytearray()
    position = 0
    for match in _OCTAL.finditer(value):
        out += value[position : match.start()].encode("utf-8")
        if match.group(1) is not None:
            byte = int(match.group(1), 8) & 0xFF
            out += chr(byte).encode("utf-8") if latin1 else bytes([byte])
        else:
            out += {"n": "\n", "t": "\t"}.get(match.group(2), match.group(2)).encode("utf-8")
        position = match.end()
    out += value[position:].encode("utf-8")
    return out.decode("utf-8", errors="replace")


def parse_xprop_window(output: str) -> FocusedWindow:
    """App (``WM_CLASS``'s class part) and title (``_NET_WM_NAME``, else ``WM_NAME``) of a window."""
    values: dict[str, list[str]] = {}
    for line in output.splitlines():
        match = _XPROP_LINE.match(line.strip())
        if match is None:
            continue  # "WM_NAME:  not found." and the like
        latin1 = match.group("type") in ("STRING", "COMPOUND_TEXT")
        values[match.group("name")] = [_unescape_xprop(q, latin1) for q in _QUOTED.findall(match.group("value"))]
    wm_class = values.get("WM_CLASS") or []
    # WM_CLASS is "instance", "Class"; the class names the application (Firefox: "Navigator", "firefox").
    app = wm_class[-1] if wm_class else ""
    titles = values.get("_NET_WM_NAME") or values.get("WM_NAME") or [""]
    return FocusedWindow(app.strip(), titles[0].strip())


OSASCRIPT_FRONT = """\
tell application "System Events"
    set frontApp to first application process whose frontmost is true
    set appName to name of frontApp
    set windowTitle to ""
    try
        tell frontApp to set windowTitle to name of front window
    end try
end tell
return appName & linefeed & windowTitle"""
"""AppleScript printing the frontmost app's name, a newline, then its front window's title."""


def parse_osascript_front(output: str) -> FocusedWindow | None:
    """App and title from ``OSASCRIPT_FRONT``'s output; None when it printed nothing."""
    text = output.rstrip("\n")
    if not text.strip():
        return None
    app, _, title = text.partition("\n")
    # AppleScript prints "missing value" for a window without a name.
    title = "" if title.strip() == "missing value" else title
    return FocusedWindow(app.strip(), title.strip())


def _osascript_hint(message: str) -> str:
    """The failure message plus what to do about macOS's privacy prompts."""
    lowered = message.lower()
    if "-1743" in message or "not authorized" in lowered:
        return f"{message}; allow this program to control System Events (System Settings > Privacy & Security > Automation)"
    if "-25211" in message or "assistive access" in lowered:
        return f"{message}; allow this program in System Settings > Privacy & Security > Accessibility"
    return message


# --- the sensor -------------------------------------------------------------------------------


class WindowSensor(CommandSensor):
    """Heartbeats naming the focused application and window title."""

    name: ClassVar[str] = "window"

    def __init__(
        self,
        runner: CommandRunner = run_command,
        *,
        platform: str | None = None,
        env: Mapping[str, str] | None = None,
        which: Callable[[str], str | None] = shutil.which,
        exclude_apps: Iterable[str] = (),
        exclude_titles: Iterable[str] = (),
        timeout_s: float = 2.0,
        hostname: str | None = None,
    ) -> None:
        self.runner = runner
        self.platform = platform or sys.platform
        self.env = os.environ if env is None else env
        self.which = which
        self.timeout_s = timeout_s
        self.hostname = hostname or socket.gethostname() or "localhost"
        self._exclude_apps = compile_patterns(exclude_apps, "exclude_apps")
        self._exclude_titles = compile_patterns(exclude_titles, "exclude_titles")
        self._last_error = ""
        self._last_id_ns = 0

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "WindowSensor":
        """A window sensor applying the settings' ``exclude_apps`` and ``exclude_titles``."""
        return cls(exclude_apps=settings.exclude_apps, exclude_titles=settings.exclude_titles)

    def poll(self) -> list[Observation]:
        """One heartbeat for the focused window, or nothing (never raises)."""
        if self._unavailable_reason():
            return []
        try:
            window = self._query()
        except CommandError as exc:
            message = _osascript_hint(str(exc)) if self.platform == "darwin" else str(exc)
            if message != self._last_error:
                logger.warning("window query failed: %s", message)
            self._last_error = message
            return []
        self._last_error = ""
        if window is None:
            return []  # nothing focused (an empty desktop, a locked screen)
        if self._exclude_apps is not None and self._exclude_apps.search(window.app):
            return []
        title = window.title
        if title and self._exclude_titles is not None and self._exclude_titles.search(title):
            title = EXCLUDED_TITLE
        now = utc_now()
        return [
            Observation(
                id=f"window-{self.hostname}-{self._unique_ns(now)}",
                sensor=self.name,
                kind="computer",
                start=now,
                end=now,
                modality=Modality.digital,
                data={"app": window.app, "title": title},
            )
        ]

    def _unavailable_reason(self) -> str:
        if self.platform == "darwin":
            return "" if self.which("osascript") else "osascript not found (it ships with macOS)"
        if self.platform.startswith(("win", "cygwin")):
            return "window tracking is not implemented on Windows"
        if not self.env.get("DISPLAY"):
            return NO_DISPLAY_REASON
        if not self.which("xprop"):
            return "xprop not found; install x11-utils for xprop"
        return ""

    def _query(self) -> FocusedWindow | None:
        if self.platform == "darwin":
            return parse_osascript_front(self.runner(["osascript", "-e", OSASCRIPT_FRONT], self.timeout_s))
        window_id = parse_active_window_id(self.runner(["xprop", "-root", "_NET_ACTIVE_WINDOW"], self.timeout_s))
        if window_id is None:
            return None
        output = self.runner(["xprop", "-id", window_id, "WM_CLASS", "_NET_WM_NAME", "WM_NAME"], self.timeout_s)
        return parse_xprop_window(output)

    def _unique_ns(self, now: datetime) -> int:
        """Nanoseconds since the epoch for ``now``, bumped so this sensor never repeats an id."""
        ns = (now - _EPOCH) // timedelta(microseconds=1) * 1000
        ns = max(ns, self._last_id_ns + 1)
        self._last_id_ns = ns
        return ns


SENSOR = WindowSensor
