"""``HttpServerApi``: the remote server over httpx (bearer token, SSE for chat)."""

from __future__ import annotations

import logging
import subprocess
import time
from datetime import datetime
from typing import Iterator

import httpx

from device.client.api import (
    ChatEvent,
    RecordRefusedError,
    ServerAuthError,
    ServerRequestError,
    ServerUnreachableError,
)
from shared.jobs import JobRunRecord, JobStatus
from shared.sse import decode_events
from shared.wire import (
    ChatRequest,
    ErrorBody,
    ForgetRequest,
    ForgetResult,
    Health,
    IngestResult,
    MemorySearchResponse,
    PinRequest,
    PinResult,
)

logger = logging.getLogger(__name__)


def _detail(response: httpx.Response) -> str:
    try:
        body = response.json()
        return str(body.get("detail") or body)
    except (ValueError, AttributeError):
        return response.text[:200] or response.reason_phrase


class HttpServerApi:
    """Talks to ``tether server`` at ``base_url``."""

    def __init__(self, base_url: str, token: str | None, timeout_s: float = 120.0,
                 transport: httpx.BaseTransport | None = None) -> None:
        headers = {"Authorization": f"Bearer {token}"} if token else {}
        self.description = f"server {base_url}"
        self._client = httpx.Client(
            base_url=base_url.rstrip("/"), headers=headers, timeout=httpx.Timeout(timeout_s, connect=5.0),
            transport=transport,
        )

    def _request(self, method: str, path: str, **kwargs) -> httpx.Response:
        try:
            response = self._client.request(method, path, **kwargs)
        except httpx.TransportError as exc:
            raise ServerUnreachableError(f"cannot reach {self._client.base_url}: {exc}") from exc
        self._raise_for_status(response)
        return response

    @staticmethod
    def _raise_for_status(response: httpx.Response) -> None:
        index = _refused_record(response)
        if index is not None:
            raise RecordRefusedError(response.status_code, _detail(response), index)
        if response.status_code in (401, 403):
            raise ServerAuthError(f"the server refused the token ({_detail(response)})")
        if response.status_code >= 400:
            raise ServerRequestError(response.status_code, _detail(response), _retry_after(response))

    def health(self) -> Health:
        return Health.model_validate(self._request("GET", "/healthz").json())

    def post_observations(self, records: list[dict]) -> IngestResult:
        response = self._request("POST", "/v1/observations", json={"observations": records})
        return IngestResult.model_validate(response.json())

    def search(self, query: str, k: int, at: datetime | None = None) -> MemorySearchResponse:
        params: dict[str, str | int] = {"q": query, "k": k}
        if at is not None:
            params["at"] = at.isoformat()
        response = self._request("GET", "/v1/memory/search", params=params)
        return MemorySearchResponse.model_validate(response.json())

    def forget(self, request: ForgetRequest) -> ForgetResult:
        params: list[tuple[str, str]] = [("id", i) for i in request.ids or []]
        for key in ("start", "end"):
            value = getattr(request, key)
            if value is not None:
                params.append((key, value.isoformat()))
        params += [(key, getattr(request, key)) for key in ("kind", "sensor") if getattr(request, key)]
        params.append(("dry_run", "true" if request.dry_run else "false"))
        return ForgetResult.model_validate(self._request("DELETE", "/v1/memory", params=params).json())

    def pin(self, request: PinRequest) -> PinResult:
        return PinResult.model_validate(self._request("POST", "/v1/memory/pins", json=request.model_dump()).json())

    def jobs(self) -> list[JobStatus]:
        return [JobStatus.model_validate(j) for j in self._request("GET", "/v1/jobs").json()]

    def run_job(self, job_id: str) -> JobRunRecord:
        return JobRunRecord.model_validate(self._request("POST", f"/v1/jobs/{job_id}/run").json())

    def chat(self, request: ChatRequest) -> Iterator[ChatEvent]:
        try:
            with self._client.stream("POST", "/v1/chat", json=request.model_dump(mode="json")) as response:
                if response.status_code >= 400:
                    response.read()
                    self._raise_for_status(response)
                yield from _parse_sse(response.iter_lines())
        except httpx.TransportError as exc:
            raise ServerUnreachableError(f"lost the server {self._client.base_url}: {exc}") from exc

    def close(self) -> None:
        self._client.close()


def _refused_record(response: httpx.Response) -> int | None:
    """The batch index of the one record a 403 ``record_forbidden`` names; None for any other answer."""
    if response.status_code != 403:
        return None
    try:
        body = response.json()
    except ValueError:
        return None
    index = body.get("index") if isinstance(body, dict) and body.get("error") == "record_forbidden" else None
    return index if isinstance(index, int) and not isinstance(index, bool) else None


def _retry_after(response: httpx.Response) -> float | None:
    """Retry-After in seconds (backpressure: 429, 503), or None when absent or an HTTP date."""
    try:
        return max(0.0, float(response.headers["Retry-After"]))
    except (KeyError, ValueError):
        return None


def _parse_sse(lines: Iterator[str]) -> Iterator[ChatEvent]:
    for event in decode_events(lines):
        if isinstance(event, ErrorBody):
            raise ServerRequestError(200, event.detail or "error during the answer")
        yield event


def wait_until_ready(url: str, timeout_s: float, process: subprocess.Popen[bytes] | None = None,
                     interval_s: float = 0.1) -> None:
    """Poll ``url`` (a health route) until it answers 200.

    Raises ``ServerUnreachableError`` saying why: ``process`` (the server, when the caller started
    it) exited, or nothing answered within ``timeout_s``.
    """
    deadline = time.monotonic() + timeout_s
    while True:
        if process is not None and process.poll() is not None:
            raise ServerUnreachableError(f"the server exited with {process.returncode}")
        try:
            if httpx.get(url, timeout=2).status_code == 200:
                return
        except httpx.TransportError:
            pass
        if time.monotonic() > deadline:
            raise ServerUnreachableError(f"{url} did not answer within {timeout_s:.0f} s")
        time.sleep(interval_s)
