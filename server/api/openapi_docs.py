"""The error responses each route documents in the OpenAPI schema (``/openapi.json``, ``/docs``).

Clients and schema-driven tests (schemathesis) rely on every error status a route can answer with
being listed, with the body it really has: ``ErrorBody`` on Tether's own routes, OpenAI's error
object on the OpenAI-compatible ones.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel, Field

from shared.wire import ErrorBody


class OpenAIErrorDetail(BaseModel):
    """OpenAI's error object."""

    message: str
    type: str
    param: str | None = None
    code: str | None = None


class OpenAIErrorBody(BaseModel):
    """The error body of the OpenAI-compatible routes."""

    error: OpenAIErrorDetail = Field(description="What went wrong, in the shape OpenAI clients parse.")


_WHY = {
    400: "The body cannot be read (e.g. not UTF-8), or the request asks for something that cannot be done "
         "(e.g. forget everything); the message says what.",
    401: "Missing or wrong bearer token.",
    403: "The token lacks the scope this route needs, or is bound to another device.",
    404: "No such resource.",
    413: "Request body over the server's limit, or a prompt longer than the model's context.",
    422: "Invalid request; the message names the field.",
    429: "Too many requests with this token; retry after `Retry-After` seconds.",
    503: "Busy (the engine or the ingest queue: retry after `Retry-After` seconds), or unavailable.",
}
_HEADERS: dict[int, dict[str, Any]] = {
    401: {"WWW-Authenticate": {"description": "`Bearer`", "schema": {"type": "string"}}},
    429: {"Retry-After": {"description": "Seconds to wait before retrying.", "schema": {"type": "string"}}},
    503: {"Retry-After": {"description": "Seconds to wait when busy.", "schema": {"type": "string"}}},
}

AUTH_ERRORS = (401, 403, 413, 429)
"""What any route behind a token can answer with, before it does any work."""


def error_responses(*statuses: int, openai: bool = False) -> dict[int | str, dict[str, Any]]:
    """``responses=`` for a route or router: each status with its description, body model and headers."""
    model = OpenAIErrorBody if openai else ErrorBody
    out: dict[int | str, dict[str, Any]] = {}
    for status in sorted(set(statuses)):
        entry: dict[str, Any] = {"model": model, "description": _WHY[status]}
        if status in _HEADERS:
            entry["headers"] = _HEADERS[status]
        out[status] = entry
    return out


def add_schema_components(app: FastAPI, *models: type[BaseModel]) -> None:
    """Put ``models`` into the schema's components, for routes that ``$ref`` a body they parse by hand.

    (``POST /v1/chat/completions`` reads its body itself so that errors come back in OpenAI's shape;
    FastAPI would otherwise never see the model.)
    """
    build = app.openapi

    def openapi() -> dict[str, Any]:
        schema = build()  # FastAPI builds once and caches
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in models:
            definition = model.model_json_schema(ref_template="#/components/schemas/{model}")
            for name, sub in definition.pop("$defs", {}).items():
                components.setdefault(name, sub)
            components.setdefault(model.__name__, definition)
        return schema

    app.openapi = openapi
