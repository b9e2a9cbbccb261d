"""Safe, streaming XML reading for the health sensor's files (Apple Health export, GPX, TCX).

Files are parsed with defusedxml's iterparse, which refuses entity declarations (the "billion
laughs" bomb) and external entities/DTDs (XXE) instead of expanding them. Elements are detached
as soon as they have been handed out, so a multi-gigabyte export is read in constant memory.
"""

from __future__ import annotations

import hashlib
import logging
import math
import os
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse

from shared.observation import Modality, Observation
from shared.timeutil import UTC, to_utc

logger = logging.getLogger(__name__)

SENSOR_NAME = "health"


class HealthFileError(ValueError):
    """A health or workout file could not be read; the message names the file."""

    def __init__(self, path: str | os.PathLike[str], reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class UnsafeXMLError(HealthFileError):
    """A file declares entities or external references; refused, never expanded."""


class EndedElement(NamedTuple):
    """An element handed out by ``stream_elements`` once it (and its children) has been read."""

    name: str
    """Local name, without namespace."""
    element: Element
    depth: int
    """1 for children of the root element."""


def local_name(tag: str) -> str:
    """``{namespace}name`` -> ``name``."""
    return tag.rpartition("}")[2] if tag[:1] == "{" else tag


def stream_elements(path: str | os.PathLike[str], names: frozenset[str]) -> Iterator[EndedElement]:
    """Yield each element whose local name is in ``names`` when it ends, then detach it.

    Children of the root are detached too once they end, whatever their name, so memory holds
    only the element being read and its ancestors. Unsafe or malformed XML and read errors raise
    ``HealthFileError`` (``UnsafeXMLError`` for entities and external references).
    """
    try:
        with open(path, "rb") as handle:
            stack: list[Element] = []
            for event, element in iterparse(handle, events=("start", "end")):
                if event == "start":
                    stack.append(element)
                    continue
                stack.pop()
                depth = len(stack)
                name = local_name(element.tag)
                if name in names:
                    yield EndedElement(name, element, depth)
                if stack and (name in names or depth == 1):
                    # The element is always the parent's last child here, so remove() is O(1).
                    stack[-1].remove(element)
    except DefusedXmlException as exc:
        raise UnsafeXMLError(path, f"unsafe XML refused ({type(exc).__name__}: {exc})") from None
    except ParseError as exc:
        raise HealthFileError(path, f"not well-formed XML ({exc})") from None
    except OSError as exc:
        raise HealthFileError(path, f"cannot read file ({exc.strerror or exc})") from None
    except (LookupError, UnicodeError, ValueError) as exc:
        # An unknown or lying encoding declaration (expat refuses multi-byte ones such as UTF-7
        # with a bare ValueError).
        raise HealthFileError(path, f"undecodable XML ({exc})") from None


def child_text(element: Element, name: str) -> str | None:
    """Stripped text of the first direct child with local name ``name``."""
    for child in element:
        if local_name(child.tag) == name:
            return (child.text or "").strip()
    return None


def descendant_text(element: Element, name: str) -> str | None:
    """Stripped text of the first descendant (or the element itself) with local name ``name``."""
    for node in element.iter():
        if local_name(node.tag) == name:
            return (node.text or "").strip()
    return None


def parse_xml_time(text: str) -> datetime:
    """An xsd:dateTime (GPX, TCX) as aware UTC; ValueError otherwise.

    Both formats define their times as UTC, so a time written without an offset is read as UTC.
    """
    value = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    return to_utc(value if value.tzinfo is not None else value.replace(tzinfo=UTC))


def finite(text: str) -> float:
    """A number from an attribute or element text; ValueError for non-numbers, NaN and infinity."""
    value = float(text)
    if not math.isfinite(value):
        raise ValueError(f"not a finite number: {text!r}")
    return value


def health_id(*parts: object) -> str:
    """Deterministic observation id from the record's identifying parts."""
    digest = hashlib.sha256("\x1f".join(str(part) for part in parts).encode("utf-8")).hexdigest()[:24]
    return f"health-{digest}"


def health_observation(
    kind: str, start: datetime, end: datetime | None, data: dict[str, Any], *id_parts: object
) -> Observation:
    """An observation of the health sensor; the id hashes ``kind``, the start and ``id_parts``."""
    return Observation(
        id=health_id(kind, to_utc(start).isoformat(), *id_parts),
        sensor=SENSOR_NAME,
        kind=kind,
        start=start,
        end=end,
        modality=Modality.physiological,
        data=data,
    )


class SkipCounter:
    """Counts records skipped for bad values and logs one warning per file instead of one per record."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = path
        self.count = 0
        self.first = ""

    def skip(self, what: str, exc: Exception) -> None:
        """Note one unreadable record."""
        self.count += 1
        if not self.first:
            self.first = f"{what}: {exc}"

    def report(self) -> None:
        """Log the total, if any."""
        if self.count:
            logger.warning("%s: skipped %d unreadable record(s); first: %s", self.path, self.count, self.first)
