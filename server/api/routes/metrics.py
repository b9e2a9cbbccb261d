"""``GET /metrics``: Prometheus text format (token required, like every route but health)."""

from __future__ import annotations

from fastapi import APIRouter
from fastapi.responses import Response
from prometheus_client import CONTENT_TYPE_LATEST

from server.api.deps import ReadAccess, Services
from server.api.openapi_docs import AUTH_ERRORS, error_responses

router = APIRouter(tags=["metrics"], dependencies=[ReadAccess], responses=error_responses(*AUTH_ERRORS))


@router.get("/metrics", response_class=Response)
def metrics(services: Services) -> Response:
    """Per-phase histograms (prefill, TTFT, ms per output token, prompt and cached tokens), counters."""
    services.metrics.queue_waiting.set(services.scheduler.waiting)
    return Response(services.metrics.render(), media_type=CONTENT_TYPE_LATEST)
