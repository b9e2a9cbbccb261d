"""Authenticate a request from its headers, before anything reads its body.

The routes check tokens through FastAPI dependencies, which run after the body has been read and
parsed; without this gate a client with no valid token could still make the server read (up to
the body limit) and parse JSON. Here a missing or wrong token is answered 401 (429 when its
address keeps failing) from the headers alone. A request that passes carries its principal in
the ASGI scope's state, so the routes' scope checks neither authenticate nor charge it twice.
"""

from __future__ import annotations

import logging

from fastapi.security.utils import get_authorization_scheme_param
from starlette.datastructures import Headers
from starlette.types import ASGIApp, Receive, Scope, Send

from server.api.auth import PUBLIC_PATHS, Authenticator, admit
from server.errors import AuthError, RateLimitedError
from server.api.limits import Refuse

logger = logging.getLogger(__name__)


def bearer_token(scope: Scope) -> str | None:
    """The token of an ``Authorization: Bearer <token>`` header, parsed as the routes' ``HTTPBearer``
    parses it; None when there is none."""
    scheme, token = get_authorization_scheme_param(Headers(scope=scope).get("authorization"))
    return token if scheme.lower() == "bearer" and token else None


class AuthGateMiddleware:
    """401/429 for requests without a valid token; public paths and CORS preflights pass."""

    def __init__(self, app: ASGIApp, auth: Authenticator, refuse: Refuse) -> None:
        self.app = app
        self.auth = auth
        self.refuse = refuse

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] in PUBLIC_PATHS or scope["method"] == "OPTIONS":
            await self.app(scope, receive, send)
            return
        client = scope.get("client")
        try:
            # A dict lookup and at most one indexed SQLite read: fine on the event loop.
            principal = admit(self.auth, bearer_token(scope), client[0] if client else "unknown")
        except (AuthError, RateLimitedError) as exc:
            logger.info("refused %s %s before reading its body: %s", scope["method"], scope["path"], exc.code)
            await self.refuse(scope["path"], exc)(scope, receive, send)
            return
        scope.setdefault("state", {})["principal"] = principal
        await self.app(scope, receive, send)
