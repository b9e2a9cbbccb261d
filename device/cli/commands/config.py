"""``tether config show`` and ``tether config path``."""

from __future__ import annotations

import argparse
import json
from typing import Any

from device.cli.output import EXIT_OK, print_json
from shared.config_file import SENSORS_TABLE, SERVER_TABLE, is_secret, resolve_config_path
from shared.settings import DeviceSettings, ServerSettings

NAME = "config"
HIDDEN = "(set, hidden)"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether config`` and its actions."""
    p = sub.add_parser(NAME, help="the settings: effective values and the config file")
    csub = p.add_subparsers(dest="config_command", metavar="ACTION", required=True)
    c = csub.add_parser("show", parents=[common], help="effective settings (flags > env > config file > defaults), secrets hidden")
    c.add_argument("--json", action="store_true", help="print one JSON object")
    csub.add_parser("path", parents=[common], help="the config file this command reads")


def server_settings_for(settings: DeviceSettings, args: argparse.Namespace) -> ServerSettings:
    """The server's settings as a command would build them: the device's flags that apply to both win."""
    overrides: dict[str, Any] = {"config_path": settings.config_path}
    for key, flag in (("home", "home"), ("timezone", "tz"), ("token", "token")):
        if getattr(args, flag, None) is not None:
            overrides[key] = getattr(args, flag)
    return ServerSettings(**{k: v for k, v in overrides.items() if v is not None})


def masked(values: dict[str, Any]) -> dict[str, Any]:
    """``values`` with every secret replaced by a marker (nested tables too)."""
    out: dict[str, Any] = {}
    for key, value in values.items():
        if isinstance(value, dict) and key == SENSORS_TABLE:
            out[key] = masked(value)
        elif is_secret(key) and value:
            out[key] = HIDDEN
        else:
            out[key] = value
    return out


def effective_settings(settings: DeviceSettings, args: argparse.Namespace) -> dict[str, Any]:
    """Device settings (with their [sensors] table) and the [server] table, secrets hidden."""
    device = settings.model_dump(mode="json", exclude={"config_path"})
    server = server_settings_for(settings, args).model_dump(mode="json", exclude={"config_path"})
    return {**masked(device), SERVER_TABLE: masked(server)}


def _toml_value(value: Any) -> str:
    if isinstance(value, dict):  # an inline table; JSON's {"a": 1} is not TOML
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    return json.dumps(value, ensure_ascii=False)  # JSON strings, numbers and booleans are valid TOML


def _toml_key(key: str) -> str:
    return key if key.replace("_", "").replace("-", "").isalnum() else json.dumps(key)


def _toml_lines(values: dict[str, Any]) -> list[str]:
    lines = []
    for key, value in values.items():
        if isinstance(value, dict) and key in (SENSORS_TABLE, SERVER_TABLE):
            continue
        lines.append(f"# {key} is unset" if value is None else f"{key} = {_toml_value(value)}")
    return lines


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Show the effective settings, or the config file's path."""
    path = settings.config_path or resolve_config_path()
    if args.config_command == "path":
        print(path)
        return EXIT_OK
    values = effective_settings(settings, args)
    if args.json:
        print_json({"config_file": str(path), "config_file_exists": path.is_file(), "settings": values})
        return EXIT_OK
    print(f"# effective settings: flags > TETHER_* environment > {path}{'' if path.is_file() else ' (not found)'} > defaults")
    print("\n".join(_toml_lines(values)))
    for table in (SENSORS_TABLE, SERVER_TABLE):
        print(f"\n[{table}]")
        print("\n".join(_toml_lines(values[table])))
    return EXIT_OK
