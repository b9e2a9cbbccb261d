"""Forgetting on the device: the local store and what is still queued in the outbox."""

from __future__ import annotations

from device.context import DeviceContext
from shared.observation import effective_end
from shared.observation import Observation
from shared.wire import ForgetRequest


def matches(obs: Observation, request: ForgetRequest) -> bool:
    """Whether ``obs`` meets every condition of ``request`` (ids also match merged source ids)."""
    if request.ids:
        sources = obs.data.get("source_ids") if isinstance(obs.data.get("source_ids"), list) else []
        if obs.id not in request.ids and not set(sources) & set(request.ids):
            return False
    if request.end is not None and obs.start >= request.end:
        return False
    if request.start is not None and not (effective_end(obs) > request.start or obs.start >= request.start):
        return False
    if request.kind is not None and obs.kind != request.kind:
        return False
    return request.sensor is None or obs.sensor == request.sensor


def forget_on_device(ctx: DeviceContext, request: ForgetRequest) -> tuple[int, int]:
    """Delete matching observations from the local store and the outbox; (stored, queued) removed.
    With ``request.dry_run``, only counts what would be removed."""
    stored = ctx.store.forget(request.ids, request.start, request.end, request.kind, request.sensor,
                              dry_run=request.dry_run)
    queued = [o.id for o in ctx.outbox.peek(max(1, ctx.outbox.depth())) if matches(o, request)]
    if request.dry_run:
        return stored, len(queued)
    dropped = ctx.outbox.drop(queued, "forgotten by the person") if queued else 0
    return stored, dropped
