"""Webhook sensor: a small token-protected HTTP endpoint where other devices post observations.

A phone shortcut, a watch or a smart-home system posts what it noticed, in any modality (a smell,
a taste, a sound, a touch), to ``POST /observations`` with ``Authorization: Bearer <token>``.
The body is one observation object, a JSON list of them, or ``{"observations": [...]}``; a record
may leave out ``id`` (a deterministic one is made from a hash of the record) and ``sensor``
(``webhook``). Each record is validated on its own, so one bad record spoils nothing.

Nothing accepted is lost: accepted records are appended (and fsynced) to ``webhook-spool.jsonl``
before the 200 goes out, and the spool is emptied only when ``poll()`` hands them over. A sensor
started on a state folder that still holds a spool returns those records from its first poll.
"""

from __future__ import annotations

import contextlib
import hashlib
import ipaddress
import json
import logging
import os
import secrets
import socket
import threading
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

from sensors.base import HealthStatus, Sensor, SensorHealth
from shared.observation import Observation, ObservationError, parse_observation, read_jsonl
from shared.settings import SensorSettings
from shared.wire import RejectedRecord

if TYPE_CHECKING:  # the HTTP server loads when the webhook starts: probing its health needs none of it
    import uvicorn
    from starlette.applications import Starlette
    from starlette.requests import Request
    from starlette.responses import Response

logger = logging.getLogger(__name__)

TOKEN_FILE = "webhook-token"
SPOOL_FILE = "webhook-spool.jsonl"
MAX_BODY_BYTES = 1 << 20
MAX_RECORDS = 1000


def load_or_create_token(path: Path) -> str:
    """The token stored at ``path``; a new random one (written with mode 600) if there is none."""
    try:
        token = path.read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        token = ""
    if token:
        return token
    token = secrets.token_urlsafe(32)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write(token + "\n")
    os.chmod(path, 0o600)  # O_CREAT's mode does not apply to a file that already existed
    logger.info("generated a webhook token in %s", path)
    return token


class WebhookInbox:
    """Accepted observations waiting for ``poll()``: an in-memory queue mirrored by a spool file."""

    def __init__(self, spool_path: Path) -> None:
        self.spool_path = spool_path
        self._lock = threading.Lock()  # the queue and the spool change together, never apart
        self._queue: list[Observation] = []
        try:
            with spool_path.open(encoding="utf-8") as handle:
                for item in read_jsonl(handle):
                    if isinstance(item, Observation):
                        self._queue.append(item)
                    else:
                        logger.warning("skipped a bad line in %s: %s", spool_path, item)
        except FileNotFoundError:
            pass
        if self._queue:
            logger.info("recovered %d webhook observation(s) from %s", len(self._queue), spool_path)

    def accept(self, records: list[Any]) -> dict[str, Any]:
        """Validate each record; spool and queue the good ones. Returns the response body."""
        accepted: list[Observation] = []
        lines: list[str] = []
        rejected: list[RejectedRecord] = []
        for index, raw in enumerate(records):
            try:
                observation = parse_observation(_with_defaults(raw))
                line = observation.to_json()
                line.encode("utf-8")  # lone surrogates ("\ud800") cannot be stored: reject them here
            except ObservationError as exc:
                rejected.append(RejectedRecord(index=index, id=exc.record_id, error=str(exc)))
                continue
            except UnicodeEncodeError:
                rejected.append(RejectedRecord(index=index, error="record: text is not valid Unicode (lone surrogate)"))
                continue
            except (ValueError, TypeError, OverflowError, RecursionError) as exc:
                # e.g. a date so close to year 1 or 9999 that converting it to UTC overflows
                rejected.append(RejectedRecord(index=index, error=f"record: {exc}"))
                continue
            accepted.append(observation)
            lines.append(line + "\n")
        if accepted:
            with self._lock:
                self.spool_path.parent.mkdir(parents=True, exist_ok=True)
                with self.spool_path.open("a", encoding="utf-8") as handle:
                    handle.writelines(lines)
                    handle.flush()
                    os.fsync(handle.fileno())
                self._queue.extend(accepted)
        if rejected:
            logger.info("webhook rejected %d of %d record(s)", len(rejected), len(records))
        return {
            "accepted": len(accepted),
            "ids": [obs.id for obs in accepted],
            "rejected": [item.model_dump(exclude_none=True) for item in rejected],
        }

    def drain(self) -> list[Observation]:
        """Everything queued, oldest first; the spool is emptied in the same step."""
        with self._lock:
            drained, self._queue = self._queue, []
            if drained:
                with self.spool_path.open("w", encoding="utf-8") as handle:
                    os.fsync(handle.fileno())
        return drained


def _with_defaults(raw: Any) -> Any:
    """Fill in a missing ``sensor`` and a missing ``id`` (a hash of the record as sent)."""
    if not isinstance(raw, dict):
        return raw
    record = dict(raw)
    if record.get("id") is None:
        canonical = json.dumps(raw, sort_keys=True, ensure_ascii=True, default=str)
        record["id"] = "webhook-" + hashlib.sha256(canonical.encode("ascii")).hexdigest()[:32]
    if record.get("sensor") is None:
        record["sensor"] = "webhook"
    return record


def _json(status: int, body: dict[str, Any], headers: dict[str, str] | None = None) -> Response:
    from starlette.responses import Response

    # ensure_ascii keeps echoed input (ids, messages) encodable whatever the client sent.
    return Response(json.dumps(body, ensure_ascii=True), status, headers, media_type="application/json")


def create_webhook_app(inbox: WebhookInbox, token: str, max_body_bytes: int = MAX_BODY_BYTES, max_records: int = MAX_RECORDS) -> Starlette:
    """The ASGI app: ``GET /healthz`` (open) and ``POST /observations`` (bearer token)."""
    from starlette.applications import Starlette
    from starlette.concurrency import run_in_threadpool
    from starlette.routing import Route

    expected = f"Bearer {token}".encode("utf-8")

    async def healthz(request: Request) -> Response:
        return _json(200, {"status": "ok"})

    async def observations(request: Request) -> Response:
        # Header values are latin-1 text in ASGI; compare bytes, since compare_digest refuses non-ASCII str.
        sent = request.headers.get("authorization", "").encode("latin-1")
        if not secrets.compare_digest(sent, expected):
            return _json(401, {"error": "missing or wrong token: send Authorization: Bearer <token>"}, {"WWW-Authenticate": "Bearer"})
        too_large = _json(413, {"error": f"body larger than {max_body_bytes} bytes"})
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > max_body_bytes:
            return too_large
        body = bytearray()
        async for chunk in request.stream():
            body += chunk
            if len(body) > max_body_bytes:
                return too_large
        try:
            parsed = json.loads(bytes(body))
        except (ValueError, RecursionError) as exc:
            return _json(400, {"error": f"body is not JSON: {exc}"})
        if isinstance(parsed, dict) and "observations" in parsed:
            records = parsed["observations"]
        elif isinstance(parsed, dict):
            records = [parsed]
        else:
            records = parsed
        if not isinstance(records, list):
            return _json(400, {"error": 'expected an observation object, a list of them, or {"observations": [...]}'})
        if len(records) > max_records:
            return _json(413, {"error": f"{len(records)} records in one request; at most {max_records}"})
        return _json(200, await run_in_threadpool(inbox.accept, records))

    return Starlette(routes=[Route("/healthz", healthz, methods=["GET"]), Route("/observations", observations, methods=["POST"])])


class WebhookSensor(Sensor):
    """Observations posted to a local HTTP endpoint by other devices, in any modality."""

    name: ClassVar[str] = "webhook"

    def __init__(self, state_dir: Path, host: str = "127.0.0.1", port: int = 8766, token: str | None = None) -> None:
        self.state_dir = Path(state_dir)
        self.host, self.port = host, port
        self.token = token or load_or_create_token(self.state_dir / TOKEN_FILE)
        self.inbox = WebhookInbox(self.state_dir / SPOOL_FILE)
        self._server: uvicorn.Server | None = None
        self._thread: threading.Thread | None = None
        self._url: str | None = None
        self._start_error: str | None = None
        self._warned: str | None = None
        self._closed = False

    @classmethod
    def from_settings(cls, settings: SensorSettings, state_dir: Path) -> "WebhookSensor":
        """Reads ``webhook_host``, ``webhook_port`` and ``webhook_token``."""
        return cls(state_dir, settings.webhook_host, settings.webhook_port, settings.webhook_token)

    @property
    def url(self) -> str | None:
        """Base URL actually bound (with the real port when 0 was asked for); None until started."""
        return self._url

    def start(self) -> str:
        """Serve in a background thread (idempotent); returns the URL. OSError if the port is taken."""
        if self._url is not None:
            return self._url
        sock: socket.socket | None = None
        try:
            family = socket.getaddrinfo(self.host, self.port, type=socket.SOCK_STREAM)[0][0]
            sock = socket.socket(family, socket.SOCK_STREAM)
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            # Bound here rather than by uvicorn: a taken port is then an OSError for the caller, not
            # a SystemExit inside the server thread, and port 0's real number is known at once.
            sock.bind((self.host, self.port))
            sock.listen(128)
        except OSError as exc:
            if sock is not None:
                sock.close()
            self._start_error = f"cannot listen on {self.host}:{self.port}: {exc.strerror or exc}"
            raise
        import uvicorn

        app = create_webhook_app(self.inbox, self.token)
        self._server = uvicorn.Server(
            uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off", timeout_graceful_shutdown=5)
        )
        self._thread = threading.Thread(target=self._server.run, kwargs={"sockets": [sock]}, name="tether-webhook", daemon=True)
        self._thread.start()
        deadline = time.monotonic() + 10
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                self._server.should_exit = True
                sock.close()
                self._start_error = "the webhook server stopped during start-up (see the log)"
                raise OSError(self._start_error)
            time.sleep(0.01)
        host, port = sock.getsockname()[:2]
        self._url = f"http://[{host}]:{port}" if family == socket.AF_INET6 else f"http://{host}:{port}"
        self._start_error = None
        logger.info("webhook sensor listening on %s", self._url)
        if not ipaddress.ip_address(str(host).split("%")[0]).is_loopback:  # "%" starts an IPv6 scope
            logger.warning("the webhook accepts connections from the network over plain HTTP; put TLS in front of it")
        return self._url

    def poll(self) -> list[Observation]:
        """Observations posted since the previous poll (starting the endpoint on first use)."""
        if self._url is None and not self._closed:
            try:
                self.start()
            except OSError:
                if self._start_error != self._warned:  # once per reason, not on every poll
                    logger.warning("webhook sensor not serving: %s", self._start_error)
                    self._warned = self._start_error
        return self.inbox.drain()

    def health(self) -> SensorHealth:
        """Ok with the URL while serving; error with the reason (e.g. the port is taken) otherwise."""
        if self._url is None and not self._closed:
            with contextlib.suppress(OSError):  # the reason is kept in _start_error
                self.start()
        if self._url is not None and self._thread is not None and self._thread.is_alive():
            return SensorHealth(HealthStatus.ok, f"listening on {self._url}")
        return SensorHealth(HealthStatus.error, self._start_error or "the webhook server is not running")

    def probe(self) -> SensorHealth:
        """Whether something serves the webhook now (the running agent), asked over HTTP; nothing
        is started, so a command that probes never claims a port it would give up at once."""
        if self._url is not None:
            return self.health()
        url = f"http://{self.host}:{self.port}" if ":" not in self.host else f"http://[{self.host}]:{self.port}"
        answer = _healthz(self.host, self.port)
        if answer is None:
            return SensorHealth(HealthStatus.unavailable,
                                f"not listening: nothing serves {url}; the agent (`tether agent`) serves it while it runs")
        if answer != 200:
            return SensorHealth(HealthStatus.error, f"another program answers on {url} (HTTP {answer}); "
                                                    "set sensors.webhook_port to a free port")
        return SensorHealth(HealthStatus.ok, f"listening on {url} (served by a running agent)")

    def close(self) -> None:
        """Stop serving; whatever was accepted but not polled stays in the spool for the next start."""
        self._closed = True
        if self._server is not None and self._thread is not None:
            self._server.should_exit = True
            self._thread.join(timeout=10)
        self._server, self._thread, self._url = None, None, None


def _healthz(host: str, port: int, timeout_s: float = 1.0) -> int | None:
    """The HTTP status of ``GET /healthz`` on ``host:port`` when it says ok (else 502 for any other
    answer); None when nothing accepts the connection."""
    import http.client

    connection = http.client.HTTPConnection(host, port, timeout=timeout_s)
    try:
        connection.request("GET", "/healthz")
        response = connection.getresponse()
        body = response.read(256)
    except OSError:
        return None
    except http.client.HTTPException:
        return 502  # something listens, but does not speak HTTP
    finally:
        connection.close()
    try:
        ok = json.loads(body).get("status") == "ok"
    except (ValueError, AttributeError):
        ok = False
    return response.status if ok else 502 if response.status == 200 else response.status


SENSOR = WebhookSensor
