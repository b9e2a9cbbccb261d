"""Shell sensor: commands newly written to bash and zsh history files.

Formats understood (``parse_history``):

* zsh extended history, ``: 1700000000:5;git status`` (start time and duration), with multi-line
  commands continued by a trailing backslash and zsh's "metafied" bytes decoded;
* bash with ``HISTTIMEFORMAT`` set: ``#1700000000`` lines, each timing the command after it (the
  lines up to the next timestamp form one multi-line command, as bash reads them back);
* plain lines (bash without timestamps, zsh without EXTENDED_HISTORY): the start is the poll time.

A cursor per file (byte offset plus the bytes just before it) is kept in
``state_dir/shell-cursors.json``, so a restart does not emit commands again. A file seen for the
first time is read from its end: the person's past history is not imported unless the sensor is
built with ``from_start=True``. When a file is rewritten (bash truncating to ``HISTFILESIZE``) the
sensor resumes after the last command it had read; when that is gone (rotation, truncation) it
reads the file from the start. Ids hash (file, offset, command), so reading the same bytes again is
idempotent at ingest. Commands go through the device's one redactor (``device.privacy``) before the
observation is made, so passwords, tokens and keys in them become ``[secret]`` (phone numbers
``[phone]`` ...) and the id hashes the redacted command; ``redact=False`` (the person's
``TETHER_SENSORS__REDACT=false``) leaves them as typed.

bash writes its history when a shell exits; ``PROMPT_COMMAND='history -a'`` makes it write after
every command.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, BinaryIO, ClassVar

from sensors.base import HealthStatus, Sensor, SensorHealth
from shared.observation import Modality, Observation
from shared.settings import SensorSettings
from shared.timeutil import UTC, utc_now

if TYPE_CHECKING:
    from device.privacy.redactor import Redactor

logger = logging.getLogger(__name__)

DEFAULT_HISTORY_FILES = ("~/.bash_history", "~/.zsh_history")
CURSOR_FILE = "shell-cursors.json"

_ZSH_EXTENDED = re.compile(rb"^: (\d+):(\d+);")
_BASH_TIMESTAMP = re.compile(rb"^#(\d+)\s*$")
_ZSH_META = 0x83
_TAIL_BYTES = 128  # bytes before the cursor kept to recognise the spot in a rewritten file
_MAX_READ_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class HistoryEntry:
    """One command from a history file; ``offset`` is where its record starts in the file."""

    offset: int
    command: str
    timestamp: int | None = None
    duration_s: int | None = None


def unmetafy_zsh(raw: bytes) -> bytes:
    """Undo zsh's history encoding: byte 0x83 followed by ``b`` stands for ``b ^ 0x20``."""
    if _ZSH_META not in raw:
        return raw
    out = bytearray()
    escaped = False
    for byte in raw:
        if escaped:
            out.append(byte ^ 0x20)
            escaped = False
        elif byte == _ZSH_META:
            escaped = True
        else:
            out.append(byte)
    return bytes(out)


def _decode(raw: bytes) -> str:
    return raw.decode("utf-8", errors="replace").rstrip("\r")


def _complete_lines(chunk: bytes, base_offset: int) -> list[tuple[int, bytes, int]]:
    """``(start, line, end)`` for each newline-terminated line; offsets are file positions."""
    lines: list[tuple[int, bytes, int]] = []
    position = 0
    while (newline := chunk.find(b"\n", position)) >= 0:
        lines.append((base_offset + position, chunk[position:newline], base_offset + newline + 1))
        position = newline + 1
    return lines


def parse_history(chunk: bytes, shell: str, base_offset: int = 0) -> tuple[list[HistoryEntry], int]:
    """The complete commands in ``chunk`` and how many of its bytes they span.

    ``chunk`` is read from byte ``base_offset`` of the file; bytes after the last complete record
    (an unterminated line, a continued zsh line, a bash timestamp still waiting for its command)
    are left for the next read. ``shell`` is ``"zsh"`` for zsh's format, anything else for bash's.
    """
    lines = _complete_lines(chunk, base_offset)
    entries: list[HistoryEntry] = []
    consumed_to = base_offset
    index = 0
    while index < len(lines):
        start, line, end = lines[index]
        if shell == "zsh":
            parts = [line]
            while parts[-1].endswith(b"\\") and index + 1 < len(lines):
                parts[-1] = parts[-1][:-1]
                index += 1
                parts.append(lines[index][1])
            if parts[-1].endswith(b"\\"):
                break  # the rest of this command has not been written yet
            record = unmetafy_zsh(b"\n".join(parts))
            extended = _ZSH_EXTENDED.match(record)
            if extended:
                entry = HistoryEntry(start, _decode(record[extended.end() :]), int(extended[1]), int(extended[2]))
            else:
                entry = HistoryEntry(start, _decode(record))
            index += 1
        else:
            timestamp = _BASH_TIMESTAMP.match(line)
            if timestamp is None:
                entry = HistoryEntry(start, _decode(line))
                index += 1
            else:
                body_end = index + 1
                while body_end < len(lines) and not _BASH_TIMESTAMP.match(lines[body_end][1]):
                    body_end += 1
                if body_end == index + 1 and body_end == len(lines):
                    break  # the timestamp's command has not been written yet
                body = "\n".join(_decode(body_line) for _, body_line, _ in lines[index + 1 : body_end])
                entry = HistoryEntry(start, body, int(timestamp[1]))
                index = body_end
        consumed_to = lines[index - 1][2]
        if entry.command.strip():
            entries.append(entry)
    return entries, consumed_to - base_offset


def shell_of(path: Path, sample: bytes = b"") -> str:
    """``zsh`` or ``bash`` from the file name, else from the format of ``sample``; ``sh`` if unknown."""
    name = path.name.lower()
    if "zsh" in name:
        return "zsh"
    if "bash" in name:
        return "bash"
    return "zsh" if _ZSH_EXTENDED.match(sample) else "sh"


@dataclass(frozen=True)
class _Cursor:
    offset: int
    tail: bytes  # the bytes just before offset (up to _TAIL_BYTES)


class ShellSensor(Sensor):
    """New commands from shell history files, one ``command`` observation each."""

    name: ClassVar[str] = "shell"

    def __init__(
        self,
        history_files: Iterable[str | os.PathLike[str]],
        state_dir: str | os.PathLike[str] | None = None,
        *,
        from_start: bool = False,
        redact: bool = True,
        region: str | None = None,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.paths = [Path(path).expanduser().absolute() for path in history_files]
        self.state_path = Path(state_dir) / CURSOR_FILE if state_dir is not None else None
        self.from_start = from_start
        self.clock = clock
        self.redact = redact
        self.region = region
        self._cursors = self._load_cursors()
        self._last_error = ""

    @property
    def redactor(self) -> Redactor | None:
        """The device's shared redactor (phone numbers read in ``region``, default the locale's), or
        None when not redacting. Looked up on the first command read: listing the sensors
        (``tether sensors``) loads no redactor."""
        if not self.redact:
            return None
        from device.pipeline.privacy import redactor_for

        return redactor_for(self.region)

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "ShellSensor":
        """The settings' ``shell_history`` files (default bash's and zsh's), cursors in ``state_dir``,
        redacted as the settings say."""
        # The phone region as ``device.pipeline.privacy.settings_region`` reads it, without importing
        # the redactor's libraries here (``tether sensors`` builds every sensor and reads nothing).
        return cls(settings.shell_history or DEFAULT_HISTORY_FILES, state_dir, redact=settings.redact,
                   region=getattr(settings, "phone_region", None))

    def health(self) -> SensorHealth:
        """Unavailable when no history file exists; error when the last poll failed."""
        if not any(path.is_file() for path in self.paths):
            looked = ", ".join(str(path) for path in self.paths) or "no files"
            return SensorHealth(
                HealthStatus.unavailable,
                f"no shell history file found ({looked}); set TETHER_SENSORS__SHELL_HISTORY",
            )
        if self._last_error:
            return SensorHealth(HealthStatus.error, self._last_error)
        return SensorHealth(HealthStatus.ok)

    def poll(self) -> list[Observation]:
        """Commands written since the previous poll, in file order (never raises)."""
        observations: list[Observation] = []
        errors: list[str] = []
        before = dict(self._cursors)
        for path in self.paths:
            try:
                observations.extend(self._read(path))
            except OSError as exc:
                errors.append(f"cannot read {path}: {exc.strerror or exc}")
        if self._cursors != before:
            try:
                self._save_cursors()
            except OSError as exc:
                errors.append(f"cannot save cursors to {self.state_path}: {exc.strerror or exc}")
        if errors and "; ".join(errors) != self._last_error:
            logger.warning("%s", "; ".join(errors))
        self._last_error = "; ".join(errors)
        return observations

    def _read(self, path: Path) -> list[Observation]:
        key = str(path)
        cursor = self._cursors.get(key)
        try:
            handle = path.open("rb")
        except FileNotFoundError:
            if cursor is None:
                self._cursors[key] = _Cursor(0, b"")  # whatever appears there later is new
            return []
        with handle:
            size = os.fstat(handle.fileno()).st_size
            if cursor is None and not self.from_start:
                self._cursors[key] = self._end_cursor(handle, size)
                return []
            cursor = self._relocate(handle, size, cursor or _Cursor(0, b""), path)
            handle.seek(cursor.offset)
            chunk = handle.read(_MAX_READ_BYTES)
        shell = shell_of(path, chunk)
        entries, consumed = parse_history(chunk, "zsh" if shell == "zsh" else "bash", cursor.offset)
        if consumed == 0 and len(chunk) == _MAX_READ_BYTES:
            logger.warning("%s has a record over %d bytes; skipping it", path, _MAX_READ_BYTES)
            consumed = len(chunk)
        tail = (cursor.tail + chunk[:consumed])[-_TAIL_BYTES:]
        self._cursors[key] = _Cursor(cursor.offset + consumed, tail)
        now = self.clock()
        return [self._observation(path, shell, entry, now) for entry in entries]

    def _observation(self, path: Path, shell: str, entry: HistoryEntry, now: datetime) -> Observation:
        redactor = self.redactor
        command = entry.command if redactor is None else redactor.redact_fast(entry.command)
        start = now if entry.timestamp is None else datetime.fromtimestamp(entry.timestamp, UTC)
        end = start + timedelta(seconds=entry.duration_s) if entry.duration_s else None
        digest = hashlib.sha256(f"{path}\0{entry.offset}\0{command}".encode("utf-8", errors="replace")).hexdigest()
        return Observation(
            id=f"shell-{digest[:32]}",
            sensor=self.name,
            kind="command",
            start=start,
            end=end,
            modality=Modality.digital,
            data={"command": command, "shell": shell},
        )

    @staticmethod
    def _end_cursor(handle: BinaryIO, size: int) -> _Cursor:
        """A cursor after the last complete line, for a file met for the first time."""
        window = min(size, 64 * 1024)
        handle.seek(size - window)
        before = handle.read(window)
        newline = before.rfind(b"\n")
        offset = size - window + newline + 1 if newline >= 0 else (0 if size == window else size)
        return _Cursor(offset, before[: newline + 1][-_TAIL_BYTES:] if newline >= 0 else b"")

    @staticmethod
    def _relocate(handle: BinaryIO, size: int, cursor: _Cursor, path: Path) -> _Cursor:
        """The cursor itself if the bytes before it are unchanged, else where reading resumes."""
        if cursor.offset == 0:
            return cursor
        if size >= cursor.offset:
            handle.seek(cursor.offset - len(cursor.tail))
            if handle.read(len(cursor.tail)) == cursor.tail:
                return cursor
        handle.seek(0)
        content = handle.read(_MAX_READ_BYTES)
        found = content.rfind(cursor.tail) if cursor.tail else -1
        if found >= 0:
            logger.info("%s was rewritten; resuming after the last command read", path)
            return _Cursor(found + len(cursor.tail), cursor.tail)
        logger.info("%s was truncated or replaced; reading it from the start", path)
        return _Cursor(0, b"")

    def _load_cursors(self) -> dict[str, _Cursor]:
        if self.state_path is None or not self.state_path.exists():
            return {}
        try:
            raw = json.loads(self.state_path.read_text(encoding="utf-8"))
            return {key: _Cursor(int(value["offset"]), bytes.fromhex(value["tail"])) for key, value in raw["files"].items()}
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            logger.warning("ignoring unreadable %s (%s); history files are read from their end", self.state_path, exc)
            return {}

    def _save_cursors(self) -> None:
        if self.state_path is None:
            return
        payload = {"version": 1, "files": {key: {"offset": c.offset, "tail": c.tail.hex()} for key, c in self._cursors.items()}}
        self.state_path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.state_path.with_name(self.state_path.name + ".tmp")
        temporary.write_text(json.dumps(payload, indent=1, sort_keys=True), encoding="utf-8")
        os.replace(temporary, self.state_path)


SENSOR = ShellSensor
