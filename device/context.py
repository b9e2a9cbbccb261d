"""``DeviceContext``: the device's stores, model and server connection, built once per command.

Every part is built on first use, so a command pays only for what it touches: ``memory search``
opens no device store and imports no redactor, ``log`` loads no model and no server.
"""

from __future__ import annotations

import logging
import threading
from datetime import tzinfo
from functools import cached_property
from typing import TYPE_CHECKING

from device.client.audit import AuditingServerApi, AuditLog
from shared.settings import DeviceSettings, ServerSettings
from shared.timeutil import resolve_timezone

if TYPE_CHECKING:
    from device.client.api import ServerApi
    from device.condense.condenser import LlamaCondenser
    from device.pipeline.flow import DevicePipeline
    from device.pipeline.privacy import PrivacyFilter
    from device.storage.outbox import Outbox
    from device.storage.store import ObservationStore

logger = logging.getLogger(__name__)


class DeviceContext:
    """Holds what device commands share; each part (stores, privacy filter, model, server) is built
    on first use, once, whichever thread asks first."""

    def __init__(self, settings: DeviceSettings, server: ServerApi | None = None) -> None:
        self.settings = settings
        settings.device_dir.mkdir(parents=True, exist_ok=True)
        self.audit = AuditLog(settings.device_dir / "audit.jsonl")
        self.tz: tzinfo = resolve_timezone(settings.timezone)
        self._lock = threading.RLock()  # reentrant: the pipeline builds the stores and the filter
        self._store: ObservationStore | None = None
        self._outbox: Outbox | None = None
        self._privacy: PrivacyFilter | None = None
        self._pipeline: DevicePipeline | None = None
        self._server = AuditingServerApi(server, self.audit) if server is not None else None

    @property
    def store(self) -> ObservationStore:
        """The device's observation store (``observations.sqlite3``)."""
        with self._lock:
            if self._store is None:
                from device.storage.store import ObservationStore

                self._store = ObservationStore(self.settings.device_dir / "observations.sqlite3")
            return self._store

    @property
    def outbox(self) -> Outbox:
        """What waits to be sent to the server (``outbox.sqlite3``)."""
        with self._lock:
            if self._outbox is None:
                from device.storage.outbox import Outbox

                self._outbox = Outbox(self.settings.device_dir / "outbox.sqlite3")
            return self._outbox

    @property
    def privacy(self) -> PrivacyFilter:
        """The person's exclusion and redaction settings (the redactor itself loads on first text)."""
        with self._lock:
            if self._privacy is None:
                from device.pipeline.privacy import PrivacyFilter

                self._privacy = PrivacyFilter(self.settings.sensors)
            return self._privacy

    @property
    def pipeline(self) -> DevicePipeline:
        """Privacy filter, then the store and the outbox: the one way observations come in."""
        with self._lock:
            if self._pipeline is None:
                from device.pipeline.flow import DevicePipeline

                self._pipeline = DevicePipeline(self.store, self.outbox, self.privacy)
            return self._pipeline

    @cached_property
    def condenser(self) -> LlamaCondenser:
        """The on-device model (loaded on first use); its threads follow the load unless set."""
        from device.condense.condenser import LlamaCondenser
        from shared.model_locator import locate_gguf

        return LlamaCondenser(
            locate_gguf(self.settings.model_path), n_threads=self.settings.condense_threads,
            budget=self.settings.condense_budget,
        )

    @property
    def server(self) -> ServerApi:
        """The remote server when a URL is configured, else the embedded one (built on first use)."""
        with self._lock:
            if self._server is None:
                self._server = AuditingServerApi(self._inner_server(), self.audit)
            return self._server

    def _inner_server(self) -> ServerApi:
        if self.settings.server_url:
            from device.client.http import HttpServerApi

            return HttpServerApi(self.settings.server_url, self.settings.token, timeout_s=self.settings.request_timeout_s)
        from device.client.embedded import EmbeddedServerApi

        return EmbeddedServerApi(ServerSettings(
            config_path=self.settings.config_path, home=self.settings.home,
            timezone=self.settings.timezone, n_threads=self.settings.n_threads,
        ))

    def close(self) -> None:
        """Close what was built: server connection, model and stores."""
        if self._server is not None:
            self._server.close()
        if "condenser" in self.__dict__:
            self.condenser.close()
        if self._outbox is not None:
            self._outbox.close()
        if self._store is not None:
            self._store.close()
