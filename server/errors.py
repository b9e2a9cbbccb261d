"""Typed server errors; ``server.api.app`` maps them to HTTP in one place."""

from __future__ import annotations


class TetherServerError(Exception):
    """Base of the server's errors; ``status`` is the HTTP status it maps to."""

    status = 500
    code = "internal_error"


class AuthError(TetherServerError):
    """Missing or wrong bearer token."""

    status = 401
    code = "unauthorized"


class EngineError(TetherServerError):
    """The LLM engine could not load or run."""

    status = 503
    code = "engine_unavailable"


class PromptTooLongError(TetherServerError):
    """The prompt does not fit the model's context window."""

    status = 413
    code = "prompt_too_long"


class ModelOutputError(TetherServerError):
    """The model answered, but not with the structured output (JSON) that was asked for."""

    status = 502
    code = "model_output_invalid"


class JobNotFoundError(TetherServerError):
    """No learning job has this id."""

    status = 404
    code = "job_not_found"


class LearningUnavailableError(TetherServerError):
    """The learning jobs are not running in this server process."""

    status = 503
    code = "learning_unavailable"


class MemoryUnavailableError(TetherServerError):
    """The memory store or embedder could not be reached or loaded."""

    status = 503
    code = "memory_unavailable"


class EngineBusyError(TetherServerError):
    """Too many requests are waiting for the engine; try again after ``retry_after_s``."""

    status = 503
    code = "engine_busy"

    def __init__(self, message: str, retry_after_s: int = 2) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class IngestBusyError(TetherServerError):
    """Too many observation batches are already waiting to be stored; send again after ``retry_after_s``."""

    status = 503
    code = "ingest_busy"

    def __init__(self, message: str, retry_after_s: int = 1) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class InvalidRequestError(TetherServerError):
    """The request is well-formed but asks for something that cannot be done (e.g. forget everything)."""

    status = 400
    code = "invalid_request"


class BodyTooLargeError(TetherServerError):
    """A request body over the server's limit (``TETHER_MAX_BODY_BYTES``)."""

    status = 413
    code = "body_too_large"


class ForbiddenError(TetherServerError):
    """A valid token that may not do this (its scopes, or the device it is bound to)."""

    status = 403
    code = "forbidden"


class RecordForbiddenError(ForbiddenError):
    """One record of a batch that this token may not write (another device's); ``index`` is its
    place in the batch, so a device can set that record aside and send the rest."""

    code = "record_forbidden"

    def __init__(self, message: str, index: int) -> None:
        super().__init__(message)
        self.index = index


class RateLimitedError(TetherServerError):
    """This token sent more requests than its rate limit; try again after ``retry_after_s``."""

    status = 429
    code = "rate_limited"

    def __init__(self, message: str, retry_after_s: int = 1) -> None:
        super().__init__(message)
        self.retry_after_s = retry_after_s


class TokenNotFoundError(TetherServerError):
    """No API token has this id (``tether token revoke``)."""

    status = 404
    code = "token_not_found"


class MemoryNotFoundError(TetherServerError):
    """No memory has the given id, or came from the given observation id."""

    status = 404
    code = "memory_not_found"
