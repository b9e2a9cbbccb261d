"""``tether audit``: exactly what this device sent to a server, from its audit log, with what was
redacted in each batch counted by kind (never the values), and what it set aside instead of sending."""

from __future__ import annotations

import argparse
import json
from dataclasses import asdict

from device.cli.output import EXIT_OK, print_json
from shared.settings import DeviceSettings

NAME = "audit"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether audit``."""
    p = sub.add_parser(NAME, parents=[common], help="show exactly what this device sent to a server, and what it set aside")
    p.add_argument("--limit", type=int, default=20, help="newest N entries (default 20; 0 for none)")
    p.add_argument("--json", action="store_true", help="print the entries as JSON")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """What left the device, newest last; then the records kept back (never sent)."""
    from device.client.audit import AuditLog, entry_redactions, format_redactions

    entries = AuditLog(settings.device_dir / "audit.jsonl").entries(args.limit)
    set_aside = _set_aside(settings, args.limit)
    if args.json:
        print_json({"entries": entries, "set_aside": [asdict(item) for item in set_aside]})
        return EXIT_OK
    for entry in entries:
        body = entry["body"]
        what = f"{len(body['observations'])} observations" if "observations" in body else json.dumps(body)[:120]
        print(f"{entry['at']}  {entry['destination']}  {entry['route']}  {what}  "
              f"({format_redactions(entry_redactions(entry))})")
    if not entries:
        print(f"nothing sent yet (log: {settings.device_dir / 'audit.jsonl'})")
    if set_aside:
        print(f"set aside, kept on this device and never sent ({settings.device_dir / 'outbox.sqlite3'}, "
              "table damaged):")
        for item in set_aside:
            print(f"{item.at}  {item.id}  {item.size} bytes  {item.reason}")
    return EXIT_OK


def _set_aside(settings: DeviceSettings, limit: int):
    """The outbox's set-aside records, newest first; none when there is no outbox yet."""
    from device.storage.outbox import Outbox

    path = settings.device_dir / "outbox.sqlite3"
    if not path.is_file():
        return []
    with Outbox(path) as outbox:
        return outbox.set_aside_entries(limit)
