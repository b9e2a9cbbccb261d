"""``tether audit``: exactly what this device sent to a server, from its audit log."""

from __future__ import annotations

import argparse
import json

from device.cli.output import EXIT_OK, print_json
from shared.settings import DeviceSettings

NAME = "audit"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether audit``."""
    p = sub.add_parser(NAME, parents=[common], help="show exactly what this device sent to a server")
    p.add_argument("--limit", type=int, default=20, help="newest N entries (default 20; 0 for none)")
    p.add_argument("--json", action="store_true", help="print the entries as JSON")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """What left the device, newest last."""
    from device.client.audit import AuditLog

    entries = AuditLog(settings.device_dir / "audit.jsonl").entries(args.limit)
    if args.json:
        print_json({"entries": entries})
        return EXIT_OK
    for entry in entries:
        body = entry["body"]
        what = f"{len(body['observations'])} observations" if "observations" in body else json.dumps(body)[:120]
        print(f"{entry['at']}  {entry['destination']}  {entry['route']}  {what}")
    if not entries:
        print(f"nothing sent yet (log: {settings.device_dir / 'audit.jsonl'})")
    return EXIT_OK
