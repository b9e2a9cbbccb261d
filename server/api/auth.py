"""Who is asking and what they may do: bearer tokens, scopes, per-device binding and rate limits.

Two kinds of token are accepted:

- the server token (``TETHER_TOKEN`` or ``home/server/token``), which is an admin token bound to
  no device, so everything that worked with it before still works;
- API tokens from ``tether token create`` (``server.api.tokens``), each with scopes (read, write,
  admin) and optionally bound to one device id.

Every route but ``/healthz`` (and the static API docs) declares the scope it needs through
``require_scope``; ``tests/server/api/test_security.py`` walks ``app.routes`` to check that. A missing
or unknown token is 401, a known token without the scope 403, a token over its rate 429, and
failed logins from one address over the same rate 429 too.
"""

from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from typing import Annotated, Any, Callable

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server.errors import AuthError, ForbiddenError, RecordForbiddenError
from server.api.limits import TokenBucket
from server.api.tokens import Scope, TokenStore

logger = logging.getLogger(__name__)

SERVER_TOKEN_ID = "server-token"
"""The id the server token (``TETHER_TOKEN`` / ``home/server/token``) has in logs and rate limits."""
PUBLIC_PATHS = frozenset({"/healthz", "/openapi.json", "/docs", "/docs/oauth2-redirect", "/redoc"})
"""Routes without a token: health, and the API's description (no personal data; a browser cannot
send a bearer token to the interactive docs)."""

_bearer = HTTPBearer(auto_error=False, description="The server token, or an API token from `tether token create`.")


@dataclass(frozen=True)
class Principal:
    """The token a request came with, as far as authorization cares."""

    token_id: str
    scopes: frozenset[Scope]
    device: str | None = None

    def allows(self, scope: Scope) -> bool:
        """Whether the token's scopes cover ``scope`` (admin covers everything)."""
        return Scope.admin in self.scopes or scope in self.scopes


class Authenticator:
    """Checks bearer tokens against the server token and the token store; applies the rate limit."""

    def __init__(self, server_token: str, store: TokenStore, limiter: TokenBucket) -> None:
        self._server_token = server_token.encode("utf-8")
        self.store = store
        self.limiter = limiter

    def authenticate(self, presented: str | None) -> Principal:
        """The principal behind ``presented``; ``AuthError`` if it is missing or matches no active token."""
        if not presented:
            raise AuthError("missing bearer token: send 'Authorization: Bearer <token>'")
        # compare_digest on bytes: header values may hold any latin-1 text, which str comparison refuses.
        if hmac.compare_digest(presented.encode("utf-8", "surrogateescape"), self._server_token):
            return Principal(SERVER_TOKEN_ID, frozenset({Scope.admin}))
        record = self.store.verify(presented)
        if record is None:
            raise AuthError("wrong token: check TETHER_TOKEN / --token against the server's token "
                            "(or `tether token list` on the server; revoked tokens stop working)")
        return Principal(record.id, record.scopes, record.device)

    def close(self) -> None:
        """Close the token store."""
        self.store.close()


def admit(auth: Authenticator, presented: str | None, client_host: str) -> Principal:
    """Authenticate ``presented`` and charge the rate limit: the token's budget, or on a failed
    login the client address's (guessing tokens gets 429s)."""
    try:
        principal = auth.authenticate(presented)
    except AuthError:
        auth.limiter.check(f"failed-login:{client_host}", "failed logins from this address")
        raise
    auth.limiter.check(principal.token_id)
    return principal


def principal_of(request: Request, credentials: HTTPAuthorizationCredentials | None) -> Principal:
    """Authenticate and rate-limit once per request (``AuthGateMiddleware`` usually has already;
    later scope checks reuse the result)."""
    principal = getattr(request.state, "principal", None)
    if principal is None:
        principal = admit(request.app.state.auth, credentials.credentials if credentials is not None else None,
                          request.client.host if request.client is not None else "unknown")
        request.state.principal = principal
    return principal


def require_scope(scope: Scope) -> Callable[..., Principal]:
    """A dependency that admits tokens with ``scope`` and returns their principal.

    The returned function carries ``required_scope`` so tests can find what each route asks for.
    """

    def dependency(
        request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
    ) -> Principal:
        principal = principal_of(request, credentials)
        if not principal.allows(scope):
            granted = ", ".join(sorted(s.value for s in principal.scopes)) or "none"
            raise ForbiddenError(f"this token may not do this: it needs the {scope.value!r} scope (it has: {granted})")
        return principal

    dependency.required_scope = scope  # type: ignore[attr-defined]
    dependency.__name__ = f"require_{scope.value}_scope"
    return dependency


def require_unbound_writer(
    principal: Annotated[Principal, Depends(require_scope(Scope.write))],
) -> Principal:
    """Write scope and no device binding (or admin): forgetting reaches every device's memories."""
    if principal.device is not None and Scope.admin not in principal.scopes:
        raise ForbiddenError(
            f"this token is bound to device {principal.device!r} and may only add that device's observations; "
            "forget with an unbound token"
        )
    return principal


require_unbound_writer.required_scope = Scope.write  # type: ignore[attr-defined]


def device_of(record: Any) -> Any:
    """The device a raw observation names: ``data.device``, else a top-level ``device`` (which the
    Observation model moves into ``data``); None when it names none."""
    if not isinstance(record, dict):
        return None
    data = record.get("data")
    if isinstance(data, dict) and "device" in data:
        return data["device"]
    return record.get("device")


def bind_to_device(principal: Principal, records: list[Any]) -> None:
    """Hold a device-bound token to its own device's observations.

    Records that name no device are stamped with the token's (``device`` moves into ``data``, like
    any extra field); a record that names another device refuses the whole batch with 403, so a
    device can neither write as another device nor learn which of its records were let through.
    """
    if principal.device is None:
        return
    for index, record in enumerate(records):
        named = device_of(record)
        if named is None:
            if isinstance(record, dict):
                data = record.get("data")
                # ``data`` wins over top-level fields in the model, so stamp it there when it exists.
                (data if isinstance(data, dict) else record)["device"] = principal.device
            continue
        if named != principal.device:
            raise RecordForbiddenError(
                f"observations[{index}]: this token is bound to device {principal.device!r} and may not write "
                "observations of another device", index
            )
