"""A local, append-only audit log of exactly what the device sent to a server (``tether audit``).

Each entry also counts what was redacted in it, by kind (``{"phone": 2, "secret": 1}``): the
placeholders in the body. The values themselves never reach the log, as they never left.
"""

from __future__ import annotations

import json
import threading
from datetime import datetime
from pathlib import Path
from typing import Any, Iterator

from device.client.api import ChatEvent
from device.privacy.findings import count_placeholders
from shared.timeutil import format_iso, utc_now
from shared.wire import (
    ChatRequest, ForgetRequest, ForgetResult, Health, IngestResult, MemorySearchResponse, PinRequest, PinResult,
)


class AuditLog:
    """JSON Lines file: one entry per request that carried the person's data off the device."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()

    def record(self, destination: str, route: str, body: Any) -> None:
        """Append one entry, its redactions counted by kind (flushed and fsynced: the log must not
        lag behind what was sent)."""
        redactions = dict(sorted(count_placeholders(body).items()))
        line = json.dumps({"at": format_iso(utc_now()), "destination": destination, "route": route, "body": body,
                           "redactions": redactions}, ensure_ascii=False, sort_keys=True)
        with self._lock, self.path.open("a", encoding="utf-8") as f:
            f.write(line + "\n")
            f.flush()

    def entries(self, limit: int | None = None) -> list[dict[str, Any]]:
        """The newest ``limit`` entries (all when None), oldest first."""
        if not self.path.exists():
            return []
        with self.path.open(encoding="utf-8") as f:
            lines = f.readlines()
        chosen = lines if limit is None else lines[-limit:] if limit > 0 else []
        return [json.loads(line) for line in chosen if line.strip()]


def entry_redactions(entry: dict[str, Any]) -> dict[str, int]:
    """What was redacted in one entry, by kind: as recorded, or counted from its body (entries
    written before the counts were)."""
    recorded = entry.get("redactions")
    if isinstance(recorded, dict):
        return {str(kind): int(n) for kind, n in recorded.items()}
    return dict(sorted(count_placeholders(entry.get("body")).items()))


def format_redactions(counts: dict[str, int]) -> str:
    """``"redacted: phone 2, secret 1"`` (kinds and counts only), or ``"redacted: nothing"``."""
    shown = ", ".join(f"{kind} {n}" for kind, n in sorted(counts.items()) if n)
    return f"redacted: {shown or 'nothing'}"


class AuditingServerApi:
    """Wraps a ServerApi and records every request body that carries personal data."""

    def __init__(self, inner: Any, log: AuditLog) -> None:
        self._inner = inner
        self._log = log
        self.description = inner.description

    def health(self) -> Health:
        return self._inner.health()

    def post_observations(self, records: list[dict]) -> IngestResult:
        self._log.record(self.description, "POST /v1/observations", {"observations": records})
        return self._inner.post_observations(records)

    def search(self, query: str, k: int, at: datetime | None = None) -> MemorySearchResponse:
        params: dict[str, object] = {"q": query, "k": k} if at is None else {"q": query, "k": k, "at": at.isoformat()}
        self._log.record(self.description, "GET /v1/memory/search", params)
        return self._inner.search(query, k, at)

    def chat(self, request: ChatRequest) -> Iterator[ChatEvent]:
        self._log.record(self.description, "POST /v1/chat", request.model_dump(mode="json"))
        return self._inner.chat(request)

    def forget(self, request: ForgetRequest) -> ForgetResult:
        self._log.record(self.description, "DELETE /v1/memory", request.model_dump(mode="json"))
        return self._inner.forget(request)

    def pin(self, request: PinRequest) -> PinResult:
        self._log.record(self.description, "POST /v1/memory/pins", request.model_dump())
        return self._inner.pin(request)

    def jobs(self) -> list:
        return self._inner.jobs()

    def run_job(self, job_id: str):
        return self._inner.run_job(job_id)

    def close(self) -> None:
        self._inner.close()
