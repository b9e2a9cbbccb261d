"""The SSE format of ``POST /v1/chat``, written by the server and read by the device, defined once.

A stream is ``token`` events (``ChatTokenEvent``), then one ``final`` event (``ChatFinalEvent``);
an error after the stream started arrives as an ``error`` event (``ErrorBody``). Each frame is
``event: NAME`` and one ``data:`` line of JSON, ended by a blank line (docs/api.md).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from shared.wire import ChatFinalEvent, ChatTokenEvent, ErrorBody

ChatStreamEvent = ChatTokenEvent | ChatFinalEvent | ErrorBody
_MODELS: dict[str, type[ChatTokenEvent] | type[ChatFinalEvent] | type[ErrorBody]] = {
    "token": ChatTokenEvent, "final": ChatFinalEvent, "error": ErrorBody,
}


def encode_event(event: ChatStreamEvent) -> str:
    """One SSE frame for ``event`` (its name comes from its type)."""
    name = "error" if isinstance(event, ErrorBody) else event.type
    return f"event: {name}\ndata: {event.model_dump_json()}\n\n"


def decode_events(lines: Iterable[str]) -> Iterator[ChatStreamEvent]:
    """The events of a stream, from its lines (without line ends); unknown event names are skipped."""
    name, data = "message", []
    for line in lines:
        if line.startswith("event:"):
            name = line[6:].strip()
        elif line.startswith("data:"):
            data.append(line[5:].strip())
        elif not line and data:
            model = _MODELS.get(name)
            if model is not None:
                yield model.model_validate(json.loads("\n".join(data)))
            name, data = "message", []
