"""OpenAI-compatible ``GET /v1/models`` and ``POST /v1/chat/completions`` (stream and non-stream).

Errors on these routes come back in OpenAI's shape (``{"error": {"message", "type", "param", "code"}}``)
so that OpenAI clients raise their usual exceptions; the rest of the server keeps its own error body.
The mapping is scoped by the router's route class, so it covers the bearer-token dependency too.
"""

from __future__ import annotations

import asyncio
import json
import logging
import threading
from typing import Annotated, Any, Awaitable, Callable, Iterator

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from server.deps import Authorized, Services
from server.errors import TetherServerError
from server.openai_compat import (
    ChatCompletion,
    ChatCompletionChunk,
    ChatCompletionRequest,
    ModelCard,
    ModelList,
    OpenAIChatService,
    OpenAIError,
)

logger = logging.getLogger(__name__)

DISCONNECT_POLL_S = 0.25
"""How often a non-streaming request checks whether its client is still there."""


def openai_error_response(exc: OpenAIError) -> JSONResponse:
    """The HTTP response of an ``OpenAIError`` (with ``WWW-Authenticate`` on 401)."""
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    return JSONResponse(exc.body(), status_code=exc.status, headers=headers)


def _as_openai_error(exc: Exception) -> OpenAIError:
    if isinstance(exc, OpenAIError):
        return exc
    if isinstance(exc, TetherServerError):
        return OpenAIError.from_server_error(exc)
    if isinstance(exc, RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        param = _param_name(tuple(p for p in first.get("loc", ()) if p not in ("body", "path", "query")))
        return OpenAIError(400, f"{param or 'request'}: {first.get('msg', 'invalid')}", param=param)
    logger.exception("unexpected error on an OpenAI-compatible route", exc_info=exc)
    return OpenAIError(500, "internal server error; the server log has the details", "server_error", code="internal_error")


class OpenAIRoute(APIRoute):
    """A route whose errors (its dependencies' included) are answered in OpenAI's shape."""

    def get_route_handler(self) -> Callable[[Request], Awaitable[Response]]:
        handler = super().get_route_handler()

        async def handle_in_openai_shape(request: Request) -> Response:
            try:
                return await handler(request)
            except Exception as exc:  # noqa: BLE001 - every error must reach OpenAI clients in their shape
                return openai_error_response(_as_openai_error(exc))

        return handle_in_openai_shape


def install_openai_error_handlers(app: FastAPI) -> None:
    """Answer an ``OpenAIError`` raised anywhere in OpenAI's shape.

    The routes below already map their own errors (``OpenAIRoute``); this covers ``OpenAIError`` raised
    outside a route handler, e.g. by middleware or by other routers that choose to raise it.
    """

    async def _openai_error(_: Request, exc: Exception) -> JSONResponse:
        return openai_error_response(_as_openai_error(exc))

    app.add_exception_handler(OpenAIError, _openai_error)


router = APIRouter(prefix="/v1", tags=["openai"], dependencies=[Authorized], route_class=OpenAIRoute)


def get_openai_chat(services: Services) -> OpenAIChatService:
    """The OpenAI-compatible chat service over the server's engine and memory."""
    return OpenAIChatService.from_services(services)


OpenAIChat = Annotated[OpenAIChatService, Depends(get_openai_chat)]


@router.get("/models", response_model=ModelList)
def list_models(chat: OpenAIChat) -> ModelList:
    """The one model this server runs (OpenAI clients list models before chatting)."""
    return chat.models()


@router.get("/models/{model_id}", response_model=ModelCard)
def retrieve_model(model_id: str, chat: OpenAIChat) -> ModelCard:
    """One model by id; only the server's own model exists."""
    card = next((m for m in chat.models().data if m.id == model_id), None)
    if card is None:
        raise OpenAIError(404, f"model {model_id!r} does not exist on this server", param="model", code="model_not_found")
    return card


@router.post(
    "/chat/completions",
    response_model=ChatCompletion,
    responses={200: {"content": {"text/event-stream": {}}, "description": "JSON, or SSE chunks when stream=true."}},
)
async def chat_completions(request: Request, chat: OpenAIChat) -> Response:
    """OpenAI Chat Completions with the person's memory in the context (body: ``ChatCompletionRequest``).

    The body is parsed here rather than by FastAPI so that a bad body is answered in OpenAI's shape,
    naming the parameter. ``model`` may be anything: the server has one engine. With ``stream: true`` the
    answer arrives as ``data: {chunk}`` Server-Sent Events ending with ``data: [DONE]``.
    """
    body = parse_chat_request(await request.body())
    if body.stream:
        cancel = threading.Event()
        chunks = await run_in_threadpool(chat.open_stream, body, cancel)
        return StreamingResponse(
            _sse_frames(chunks, cancel), media_type="text/event-stream", headers={"Cache-Control": "no-store"}
        )
    completion = await _complete_while_connected(request, chat, body)
    return JSONResponse(completion.model_dump(mode="json"))


def parse_chat_request(raw: bytes) -> ChatCompletionRequest:
    """Decode and validate the body; errors become a 400 ``OpenAIError`` naming the parameter."""
    try:
        payload: Any = json.loads(raw)
    except ValueError as exc:
        raise OpenAIError(400, f"the body is not valid JSON: {exc}", code="invalid_json") from exc
    try:
        return ChatCompletionRequest.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = _param_name(tuple(first.get("loc", ())))
        raise OpenAIError(400, f"{param or 'body'}: {first.get('msg', 'invalid')}", param=param) from exc


def _param_name(loc: tuple[Any, ...]) -> str | None:
    """``("messages", 0, "role")`` -> ``"messages[0].role"``."""
    name = ""
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or None


async def _complete_while_connected(
    request: Request, chat: OpenAIChatService, body: ChatCompletionRequest
) -> ChatCompletion:
    """The whole answer; decoding stops early if the client goes away meanwhile."""
    cancel = threading.Event()
    task = asyncio.ensure_future(run_in_threadpool(chat.complete, body, cancel))
    try:
        while not task.done():
            await asyncio.wait({task}, timeout=DISCONNECT_POLL_S)
            if not task.done() and await request.is_disconnected():
                logger.info("client left during a chat completion: stopping the engine")
                cancel.set()
        return task.result()
    finally:
        cancel.set()


def _sse_frames(chunks: Iterator[ChatCompletionChunk], cancel: threading.Event) -> Iterator[str]:
    """``data: {chunk}`` frames, then ``data: [DONE]``; an error mid-stream arrives as an error frame."""
    try:
        for chunk in chunks:
            yield f"data: {chunk.model_dump_json()}\n\n"
        yield "data: [DONE]\n\n"
    except Exception as exc:  # noqa: BLE001 - the status line is sent: the error can only be a frame
        yield f"data: {json.dumps(_as_openai_error(exc).body())}\n\n"
    finally:
        # Runs when the client goes away too (the generator is closed): stop decoding, free the engine.
        cancel.set()
        close = getattr(chunks, "close", None)
        if close is not None:
            close()
