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
from typing import Annotated, Any, Awaitable, Callable, Iterator, TypeVar

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool

from server.api.deps import ReadAccess, Services
from server.errors import (
    AuthError,
    EngineBusyError,
    EngineError,
    ForbiddenError,
    MemoryUnavailableError,
    PromptTooLongError,
    RateLimitedError,
    TetherServerError,
)
from server.api.openapi_docs import AUTH_ERRORS, error_responses
from server.api.streaming import iterate_cancellable
from server.services.openai_chat import OpenAIChatService
from shared.openai_wire import ChatCompletion, ChatCompletionChunk, ChatCompletionRequest, ModelCard, ModelList

logger = logging.getLogger(__name__)
T = TypeVar("T")

OPENAI_PATHS = ("/v1/chat/completions", "/v1/models")
"""Routes whose errors OpenAI clients parse: their bodies take OpenAI's shape."""
DISCONNECT_POLL_S = 0.25
"""How often a request that is waiting for the engine checks whether its client is still there."""


class OpenAIError(Exception):
    """An error answered in OpenAI's shape: ``{"error": {"message", "type", "param", "code"}}``."""

    def __init__(
        self, status: int, message: str, type: str = "invalid_request_error", param: str | None = None,
        code: str | None = None, headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.param, self.code = status, message, type, param, code
        self.headers = headers or {}

    def body(self) -> dict[str, Any]:
        """The JSON body OpenAI clients parse."""
        return {"error": {"message": self.message, "type": self.type, "param": self.param, "code": self.code}}


def openai_error_response(exc: OpenAIError) -> JSONResponse:
    """The HTTP response of an ``OpenAIError`` (with its headers: ``WWW-Authenticate``, ``Retry-After``)."""
    return JSONResponse(exc.body(), status_code=exc.status, headers=exc.headers or None)


_SERVER_ERRORS: dict[type, tuple[str, str, str | None]] = {
    # server error class: OpenAI's (type, code, param)
    AuthError: ("invalid_request_error", "invalid_api_key", None),
    ForbiddenError: ("invalid_request_error", "insufficient_permissions", None),
    RateLimitedError: ("rate_limit_error", "rate_limit_exceeded", None),
    EngineBusyError: ("server_error", "engine_busy", None),
    PromptTooLongError: ("invalid_request_error", "context_length_exceeded", "messages"),
    EngineError: ("server_error", "engine_unavailable", None),
    MemoryUnavailableError: ("server_error", "memory_unavailable", None),
}


def openai_error_from(exc: TetherServerError) -> OpenAIError:
    """The OpenAI form of one of the server's typed errors: same status and message, OpenAI's type and code."""
    type_, code, param = "invalid_request_error" if exc.status < 500 else "server_error", exc.code, None
    for kind in type(exc).__mro__:
        if kind in _SERVER_ERRORS:
            type_, code, param = _SERVER_ERRORS[kind]
            break
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else {}
    if isinstance(exc, (EngineBusyError, RateLimitedError)):  # OpenAI clients wait this long before they retry
        headers["Retry-After"] = str(exc.retry_after_s)
    return OpenAIError(exc.status, str(exc), type_, param, code, headers)


def _as_openai_error(exc: Exception) -> OpenAIError:
    if isinstance(exc, OpenAIError):
        return exc
    if isinstance(exc, TetherServerError):
        return openai_error_from(exc)
    if isinstance(exc, RequestValidationError):
        first = exc.errors()[0] if exc.errors() else {}
        param = _param_name(tuple(p for p in first.get("loc", ()) if p not in ("body", "path", "query")))
        return OpenAIError(400, f"{param or 'request'}: {_message(first)}", param=param)
    logger.exception("unexpected error on an OpenAI-compatible route", exc_info=exc)
    message = "internal server error; the server log has the details"
    return OpenAIError(500, message, "server_error", code="internal_error")


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


router = APIRouter(
    prefix="/v1", tags=["openai"], dependencies=[ReadAccess], route_class=OpenAIRoute,
    responses=error_responses(*AUTH_ERRORS, 400, 503, openai=True),
)


def get_openai_chat(services: Services) -> OpenAIChatService:
    """The OpenAI-compatible chat service over the server's engine and memory."""
    return OpenAIChatService.from_services(services)


OpenAIChat = Annotated[OpenAIChatService, Depends(get_openai_chat)]


@router.get("/models", response_model=ModelList)
def list_models(chat: OpenAIChat) -> ModelList:
    """The one model this server runs (OpenAI clients list models before chatting)."""
    return chat.models()


@router.get("/models/{model_id}", response_model=ModelCard, responses=error_responses(404, openai=True))
def retrieve_model(model_id: str, chat: OpenAIChat) -> ModelCard:
    """One model by id; only the server's own model exists."""
    card = next((m for m in chat.models().data if m.id == model_id), None)
    if card is None:
        message = f"model {model_id!r} does not exist on this server"
        raise OpenAIError(404, message, param="model", code="model_not_found")
    return card


@router.post(
    "/chat/completions",
    response_model=ChatCompletion,
    responses={200: {"content": {"text/event-stream": {}}, "description": "JSON, or SSE chunks when stream=true."},
               **error_responses(413, openai=True)},
    openapi_extra={"requestBody": {"required": True, "content": {"application/json": {
        "schema": {"$ref": "#/components/schemas/ChatCompletionRequest"}}}}},
)
async def chat_completions(request: Request, chat: OpenAIChat) -> Response:
    """OpenAI Chat Completions with the person's memory in the context (body: ``ChatCompletionRequest``).

    The body is parsed here rather than by FastAPI so that a bad body is answered in OpenAI's shape,
    naming the parameter. ``model`` may be anything: the server has one engine. With ``stream: true`` the
    answer arrives as ``data: {chunk}`` Server-Sent Events ending with ``data: [DONE]``.
    """
    body = parse_chat_request(await request.body())
    cancel = threading.Event()
    if body.stream:
        chunks = await _while_connected(request, cancel, chat.open_stream, body, cancel)
        return StreamingResponse(
            iterate_cancellable(_sse_frames(chunks), cancel),
            media_type="text/event-stream",
            headers={"Cache-Control": "no-store"},
        )
    try:
        completion = await _while_connected(request, cancel, chat.complete, body, cancel)
    finally:
        cancel.set()
    return JSONResponse(completion.model_dump(mode="json"))


def parse_chat_request(raw: bytes) -> ChatCompletionRequest:
    """Decode and validate the body; errors become a 400 ``OpenAIError`` naming the parameter."""
    try:
        payload: Any = json.loads(raw)
    except (ValueError, RecursionError) as exc:  # RecursionError: nested thousands of levels deep
        raise OpenAIError(400, f"the body is not valid JSON: {exc}", code="invalid_json") from exc
    try:  # JSON may escape a lone surrogate ("\ud800"); no tokenizer or embedder can take one
        json.dumps(payload, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise OpenAIError(400, "the body holds text that is not valid Unicode (a lone surrogate such as \\ud800)",
                          code="invalid_unicode") from None
    except RecursionError:
        raise OpenAIError(400, "the body is nested too deeply", code="invalid_json") from None
    try:
        return ChatCompletionRequest.model_validate(payload)
    except ValidationError as exc:
        first = exc.errors()[0]
        param = _param_name(tuple(first.get("loc", ())))
        raise OpenAIError(400, f"{param or 'body'}: {_message(first)}", param=param) from exc


def _message(error: Any) -> str:
    """Pydantic's message without its "Value error, " prefix."""
    return str(error.get("msg", "invalid")).removeprefix("Value error, ")


def _param_name(loc: tuple[Any, ...]) -> str | None:
    """``("messages", 0, "role")`` -> ``"messages[0].role"``."""
    name = ""
    for part in loc:
        name += f"[{part}]" if isinstance(part, int) else (f".{part}" if name else str(part))
    return name or None


async def _while_connected(
    request: Request, cancel: threading.Event, work: Callable[..., T], *args: Any
) -> T:
    """``work(*args)`` in a worker thread; ``cancel`` is set if the client goes away meanwhile.

    A blocking call (queueing for the engine, decoding a whole answer) would otherwise go on for a
    client that has left: Starlette only notices disconnects while a response is being sent.
    """
    task = asyncio.ensure_future(run_in_threadpool(work, *args))
    try:
        while not task.done():
            await asyncio.wait({task}, timeout=DISCONNECT_POLL_S)
            if not task.done() and not cancel.is_set() and await request.is_disconnected():
                logger.info("client left while its chat completion was being prepared: stopping it")
                cancel.set()
        return task.result()
    except asyncio.CancelledError:
        cancel.set()
        task.add_done_callback(_discard_result)
        raise


def _discard_result(task: asyncio.Future[Any]) -> None:
    """Release what an abandoned worker call produced (a started stream holds the engine)."""
    if task.cancelled() or task.exception() is not None:
        return
    close = getattr(task.result(), "close", None)
    if close is not None:
        close()


def _sse_frames(chunks: Iterator[ChatCompletionChunk]) -> Iterator[str]:
    """``data: {chunk}`` frames, then ``data: [DONE]``; an error mid-stream arrives as an error frame."""
    try:
        for chunk in chunks:
            yield f"data: {chunk.model_dump_json()}\n\n"
        yield "data: [DONE]\n\n"
    except Exception as exc:  # noqa: BLE001 - the status line is sent: the error can only be a frame
        yield f"data: {json.dumps(_as_openai_error(exc).body())}\n\n"
    finally:
        close = getattr(chunks, "close", None)
        if close is not None:
            close()  # frees the engine now, also when the client went away
