"""``tether sensors``: every registered sensor, whether enabled, and its health here."""

from __future__ import annotations

import argparse

from device.cli.output import EXIT_OK, print_json
from shared.settings import DeviceSettings

NAME = "sensors"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether sensors``."""
    p = sub.add_parser(NAME, parents=[common], help="list sensors, whether enabled, and their health")
    p.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Every registered sensor: enabled or not, and its health here."""
    from sensors.base import SensorConfigError
    from sensors.registry import load_default_registry

    rows = []
    for cls in sorted(load_default_registry(), key=lambda c: c.name):
        enabled = cls.name in settings.sensors.enabled
        try:
            sensor = cls.from_settings(settings.sensors, settings.device_dir / "sensors" / cls.name)
            health = sensor.probe()  # starts nothing: only what is true without this command
            status, reason = health.status.value, health.reason
            sensor.close()
        except SensorConfigError as exc:
            status, reason = "unconfigured", str(exc)
        rows.append({"name": cls.name, "enabled": enabled, "status": status, "reason": reason})
    if args.json:
        print_json({"sensors": rows})
        return EXIT_OK
    for row in rows:
        mark = "on " if row["enabled"] else "off"
        print(f"{mark}  {row['name']:<14} {row['status']}{': ' + row['reason'] if row['reason'] else ''}")
    return EXIT_OK
