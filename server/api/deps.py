"""FastAPI dependencies as ``Annotated`` aliases, in one place."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from server.api.auth import Principal, require_scope, require_unbound_writer
from server.services.container import ServerServices
from server.api.tokens import Scope


def get_services(request: Request) -> ServerServices:
    """The services built in the lifespan."""
    return request.app.state.services


Services = Annotated[ServerServices, Depends(get_services)]

# Every route but /healthz names one of these (tests/server/api/test_security.py checks it).
ReadAccess = Depends(require_scope(Scope.read))
"""A token with the read scope: search, chat, models, jobs list, metrics."""
WriteAccess = Depends(require_scope(Scope.write))
"""A token with the write scope: sending observations."""
AdminAccess = Depends(require_scope(Scope.admin))
"""An admin token: running learning jobs."""
ForgetAccess = Depends(require_unbound_writer)
"""Write scope and not bound to one device: forgetting reaches every device's memories."""

Writer = Annotated[Principal, WriteAccess]
"""The principal of a write request (observations check it against the records' device)."""
