"""FastAPI dependencies as ``Annotated`` aliases, in one place."""

from __future__ import annotations

import secrets
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from server.errors import AuthError
from server.services import ServerServices

_bearer = HTTPBearer(auto_error=False, description="The server token (`tether server` prints where it is).")


def get_services(request: Request) -> ServerServices:
    """The services built in the lifespan."""
    return request.app.state.services


def require_token(
    request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]
) -> None:
    """Reject requests without the right bearer token (constant-time comparison)."""
    if credentials is None:
        raise AuthError("missing bearer token: send 'Authorization: Bearer <token>'")
    expected: str = request.app.state.token
    if not secrets.compare_digest(credentials.credentials.encode(), expected.encode()):
        raise AuthError("wrong token: check TETHER_TOKEN / --token against the server's token")


Services = Annotated[ServerServices, Depends(get_services)]
Authorized = Depends(require_token)
