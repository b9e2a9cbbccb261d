"""``create_app(settings)``: the FastAPI application of the personal server."""

from __future__ import annotations

import logging
from contextlib import asynccontextmanager
from typing import AsyncIterator

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from server import __version__
from server.api.auth import Authenticator
from server.api.auth_gate import AuthGateMiddleware
from server.errors import EngineBusyError, IngestBusyError, RateLimitedError, TetherServerError
from server.api.limits import BodySizeLimitMiddleware, TokenBucket
from server.api.openapi_docs import add_schema_components
from server.api.routes import chat, health, jobs, memory, memory_pins, metrics, observations, openai
from server.api.routes.openai import OPENAI_PATHS, openai_error_from, openai_error_response
from server.services.container import ServerServices, build_services, resolve_token
from server.api.tokens import TokenStore
from shared.openai_wire import ChatCompletionRequest
from shared.settings import ServerSettings
from shared.wire import ErrorBody

logger = logging.getLogger(__name__)


def _error(status: int, code: str, detail: str, headers: dict[str, str] | None = None,
           index: int | None = None) -> JSONResponse:
    return JSONResponse(ErrorBody(error=code, detail=detail, index=index).model_dump(exclude_none=True),
                        status_code=status, headers=headers)


def tether_error_response(exc: TetherServerError) -> JSONResponse:
    """The response to one of the server's typed errors, with ``WWW-Authenticate`` or ``Retry-After``."""
    headers = {"WWW-Authenticate": "Bearer"} if exc.status == 401 else None
    if isinstance(exc, (EngineBusyError, IngestBusyError, RateLimitedError)):
        headers = {"Retry-After": str(exc.retry_after_s)}
    return _error(exc.status, exc.code, str(exc), headers, getattr(exc, "index", None))


def refusal_response(path: str, exc: TetherServerError) -> JSONResponse:
    """``tether_error_response``, in OpenAI's shape on the OpenAI-compatible routes (for the
    middlewares that refuse a request before it reaches a route)."""
    if path.startswith(OPENAI_PATHS):
        return openai_error_response(openai_error_from(exc))
    return tether_error_response(exc)


def create_app(
    settings: ServerSettings, services: ServerServices | None = None, start_learning: bool | None = None
) -> FastAPI:
    """The server app. Heavy services are built in the lifespan unless given (tests, embedded demo).

    The learning scheduler starts only in a server that owns its services (``tether server``),
    unless ``start_learning`` says otherwise: two processes on one data directory would both fire
    the jobs.
    """

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        owned = services is None
        app.state.services = await run_in_threadpool(build_services, settings) if owned else services
        app.state.learning = None
        if (owned if start_learning is None else start_learning) and settings.learning:
            from server.learning.jobs import LearningScheduler

            app.state.learning = LearningScheduler(app.state.services, settings)
            await run_in_threadpool(app.state.learning.start)
        try:
            yield
        finally:
            if app.state.learning is not None:
                await run_in_threadpool(app.state.learning.stop)  # waits for a running job
            if owned:
                app.state.services.close()
            app.state.auth.close()

    app = FastAPI(title="Tether server", version=__version__, lifespan=lifespan)
    app.state.token = resolve_token(settings)
    app.state.auth = Authenticator(
        app.state.token,
        TokenStore(settings.server_dir / "tokens.sqlite3"),
        TokenBucket(settings.rate_limit_per_s, settings.rate_limit_burst),
    )
    for router in (health.router, observations.router, memory.router, chat.router, metrics.router, openai.router,
                   jobs.router, memory_pins.router):
        app.include_router(router)
    openai.install_openai_error_handlers(app)
    add_schema_components(app, ChatCompletionRequest)
    app.add_middleware(BodySizeLimitMiddleware, max_bytes=settings.max_body_bytes, refuse=refusal_response)
    # Runs before the body limit: nothing reads a body that came without a valid token.
    app.add_middleware(AuthGateMiddleware, auth=app.state.auth, refuse=refusal_response)
    if settings.cors_origins:  # closed unless an allow-list is configured
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
            allow_headers=["Authorization", "Content-Type"], max_age=600,
        )

    @app.exception_handler(TetherServerError)
    async def _tether_error(_: Request, exc: TetherServerError) -> JSONResponse:
        return tether_error_response(exc)

    @app.exception_handler(RequestValidationError)
    async def _validation_error(_: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        field = ".".join(str(p) for p in first.get("loc", ()) if p != "body") or "body"
        message = str(first.get("msg", "invalid")).removeprefix("Value error, ")
        return _error(422, "invalid_request", f"{field}: {message}")

    @app.exception_handler(StarletteHTTPException)
    async def _http_error(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        # Unknown paths (404) and methods (405) answer with the same body as every other error.
        code = {400: "invalid_body", 404: "not_found", 405: "method_not_allowed"}.get(exc.status_code, "http_error")
        return _error(exc.status_code, code, str(exc.detail), dict(exc.headers or {}) or None)

    return app
