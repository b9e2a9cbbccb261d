"""``DeviceContext``: the device's stores, model and server connection, built once per command."""

from __future__ import annotations

import logging
from functools import cached_property
from datetime import tzinfo

from device.client.audit import AuditingServerApi, AuditLog
from device.condense.condenser import LlamaCondenser
from device.storage.outbox import Outbox
from device.pipeline.flow import DevicePipeline
from device.pipeline.privacy import PrivacyFilter
from device.client.api import ServerApi
from device.storage.store import ObservationStore
from shared.model_locator import locate_gguf
from shared.settings import DeviceSettings, ServerSettings
from shared.timeutil import resolve_timezone

logger = logging.getLogger(__name__)


class DeviceContext:
    """Holds what device commands share; heavy parts (model, server) are built on first use."""

    def __init__(self, settings: DeviceSettings, server: ServerApi | None = None) -> None:
        self.settings = settings
        settings.device_dir.mkdir(parents=True, exist_ok=True)
        self.store = ObservationStore(settings.device_dir / "observations.sqlite3")
        self.outbox = Outbox(settings.device_dir / "outbox.sqlite3")
        self.privacy = PrivacyFilter(settings.sensors)
        self.pipeline = DevicePipeline(self.store, self.outbox, self.privacy)
        self.audit = AuditLog(settings.device_dir / "audit.jsonl")
        self.tz: tzinfo = resolve_timezone(settings.timezone)
        self._server = AuditingServerApi(server, self.audit) if server is not None else None

    @cached_property
    def condenser(self) -> LlamaCondenser:
        """The on-device model (loaded on first use); its threads follow the load unless set."""
        return LlamaCondenser(
            locate_gguf(self.settings.model_path), n_threads=self.settings.condense_threads,
            budget=self.settings.condense_budget,
        )

    @property
    def server(self) -> ServerApi:
        """The remote server when a URL is configured, else the embedded one (built on first use)."""
        if self._server is None:
            if self.settings.server_url:
                from device.client.http import HttpServerApi

                inner: ServerApi = HttpServerApi(
                    self.settings.server_url, self.settings.token, timeout_s=self.settings.request_timeout_s
                )
            else:
                from device.client.embedded import EmbeddedServerApi

                server_settings = ServerSettings(
                    config_path=self.settings.config_path, home=self.settings.home,
                    timezone=self.settings.timezone, n_threads=self.settings.n_threads,
                )
                inner = EmbeddedServerApi(server_settings)
            self._server = AuditingServerApi(inner, self.audit)
        return self._server

    def close(self) -> None:
        """Close stores, model and server connection."""
        if self._server is not None:
            self._server.close()
        if "condenser" in self.__dict__:
            self.condenser.close()
        self.outbox.close()
        self.store.close()
