"""``POST /v1/chat``: Server-Sent Events — ``token`` events, then one ``final`` event."""

from __future__ import annotations

import logging
import threading
from typing import Iterator

from fastapi import APIRouter
from fastapi.responses import StreamingResponse

from server.api.deps import ReadAccess, Services
from server.errors import TetherServerError
from server.api.openapi_docs import AUTH_ERRORS, error_responses
from server.api.streaming import iterate_cancellable
from shared.sse import encode_event
from shared.wire import ChatRequest, ErrorBody

logger = logging.getLogger(__name__)
router = APIRouter(
    prefix="/v1", tags=["chat"], dependencies=[ReadAccess], responses=error_responses(*AUTH_ERRORS, 400, 422, 503)
)


@router.post("/chat", response_class=StreamingResponse)
def chat(body: ChatRequest, services: Services) -> StreamingResponse:
    """Stream the answer. Errors after the stream started arrive as an ``error`` event; a full
    engine queue is refused before it starts (503 with Retry-After)."""
    services.scheduler.check_capacity()
    cancel = threading.Event()

    def frames() -> Iterator[str]:
        try:
            for event in services.chat.stream(body, cancel):
                yield encode_event(event)
        except TetherServerError as exc:
            yield encode_event(ErrorBody(error=exc.code, detail=str(exc)))

    return StreamingResponse(
        iterate_cancellable(frames(), cancel), media_type="text/event-stream", headers={"Cache-Control": "no-store"}
    )
