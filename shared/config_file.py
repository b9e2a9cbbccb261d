"""The TOML config file: where it is, how it is read, and the settings reference built from it.

One file serves both processes. Top-level keys (and the ``[sensors]`` table) configure the device
side; a ``[server]`` table configures ``tether server`` on top of the top-level keys it shares
(``home``, ``timezone``, ``token``, ...). Precedence, highest first: command-line flags, ``TETHER_*``
environment variables, this file, defaults.

The file is found at ``--config`` / ``TETHER_CONFIG``, else ``config.toml`` in platformdirs' user
config directory for ``tether`` (``~/.config/tether/config.toml`` on Linux).
"""

from __future__ import annotations

import difflib
import functools
import logging
import os
import stat
import tomllib
from pathlib import Path
from typing import Any

from platformdirs import user_config_dir
from pydantic.fields import FieldInfo
from pydantic_settings import BaseSettings, PydanticBaseSettingsSource

logger = logging.getLogger(__name__)

CONFIG_ENV = "TETHER_CONFIG"
SERVER_TABLE = "server"
SENSORS_TABLE = "sensors"


class ConfigFileError(ValueError):
    """The config file is unreadable, not TOML, or names a setting that does not exist."""


def default_config_path() -> Path:
    """``config.toml`` in platformdirs' user config directory for ``tether``."""
    return Path(user_config_dir("tether", appauthor=False)) / "config.toml"


def resolve_config_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """The config file to read: ``explicit`` (``--config``), else ``TETHER_CONFIG``, else the default."""
    chosen = explicit or os.environ.get(CONFIG_ENV)
    return Path(chosen).expanduser() if chosen else default_config_path()


def load_config(path: Path) -> dict[str, Any]:
    """The parsed file, or ``{}`` when it does not exist; errors name the file."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigFileError(f"cannot read the config file {path}: {exc.strerror or exc}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigFileError(f"config file {path} is not valid TOML: {exc}") from None
    _warn_if_secrets_readable(path, data)
    return data


def check_keys(data: dict[str, Any], path: Path, top_level: set[str], tables: dict[str, set[str]]) -> None:
    """Refuse keys no settings class knows, naming the closest known one (typos fail loudly)."""
    for key, value in data.items():
        if key in tables:
            if not isinstance(value, dict):
                raise ConfigFileError(f"config file {path}: [{key}] must be a table")
            for sub in value:
                if sub not in tables[key]:
                    raise ConfigFileError(f"config file {path}: unknown setting {key}.{sub}{_did_you_mean(sub, tables[key])}")
        elif key not in top_level:
            raise ConfigFileError(f"config file {path}: unknown setting {key!r}{_did_you_mean(key, top_level)}")


def _did_you_mean(key: str, known: set[str]) -> str:
    close = difflib.get_close_matches(key, sorted(known), n=1)
    return f" (did you mean {close[0]!r}?)" if close else ""


def _warn_if_secrets_readable(path: Path, data: dict[str, Any]) -> None:
    # Like ssh with private keys: a token readable by other users is worth a warning, not a refusal.
    if not any(_secret_keys(data)):
        return
    try:
        mode = path.stat().st_mode
    except OSError:
        return
    if mode & (stat.S_IRGRP | stat.S_IROTH):
        _warn_once(path)


@functools.lru_cache(maxsize=8)
def _warn_once(path: Path) -> None:
    # Settings are built several times per command; one warning per file is enough.
    logger.warning("config file %s holds a secret but other users may read it; run: chmod 600 %s", path, path)


def _secret_keys(data: dict[str, Any]) -> list[str]:
    found = [key for key in data if is_secret(key)]
    for table in data.values():
        if isinstance(table, dict):
            found += [key for key in table if is_secret(key)]
    return found


def is_secret(field_name: str) -> bool:
    """Whether a setting holds a secret that must not be shown (tokens, API keys)."""
    return field_name.endswith("token") or field_name.endswith("api_key")


def _config_path_from_state(state: dict[str, Any]) -> Path:
    # Flags and the environment were merged into ``state`` by the sources before this one.
    for key, value in state.items():
        if key.lower() in ("config_path", CONFIG_ENV.lower()) and value:
            return Path(value).expanduser()
    return resolve_config_path()


class TomlFileSource(PydanticBaseSettingsSource):
    """pydantic-settings source reading the TOML config file (below flags and the environment).

    Written here rather than using ``TomlConfigSettingsSource`` because the file's path is only
    known at call time (``--config`` or ``TETHER_CONFIG``, merged by the sources before this one)
    and because the server's values are the top-level keys with the ``[server]`` table on top.
    """

    def __init__(self, settings_cls: type[BaseSettings], table: str | None,
                 top_level: set[str], tables: dict[str, set[str]]) -> None:
        super().__init__(settings_cls)
        self.table = table
        self.top_level = top_level
        self.tables = tables

    def get_field_value(self, field: FieldInfo, field_name: str) -> tuple[Any, str, bool]:
        """Unused: ``__call__`` returns the whole file at once."""
        return None, field_name, False

    def __call__(self) -> dict[str, Any]:
        path = _config_path_from_state(self.current_state)
        data = load_config(path)
        if not data:
            return {}
        check_keys(data, path, self.top_level, self.tables)
        fields = set(self.settings_cls.model_fields)
        values = {key: value for key, value in data.items() if key in fields and key not in (SERVER_TABLE, "config_path")}
        if self.table is not None:
            values.update(data.get(self.table, {}))
        return values
