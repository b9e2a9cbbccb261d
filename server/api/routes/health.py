"""``GET /healthz`` (no token needed)."""

from __future__ import annotations

from fastapi import APIRouter

from server import __version__
from server.api.deps import Services
from shared.wire import Health

router = APIRouter(tags=["health"])


@router.get("/healthz", response_model=Health)
def healthz(services: Services) -> Health:
    """The server is up; how many memories it holds."""
    return Health(version=__version__, memories=services.store.count())
