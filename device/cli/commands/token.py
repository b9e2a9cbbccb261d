"""``tether token create|list|revoke``: the server's API tokens, managed on its data directory.

Run it where the server keeps its data (the same ``--home`` / ``TETHER_HOME``); a running server
sees a new or revoked token on its next request.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from device.cli.output import EXIT_OK, print_json
from shared.settings import DeviceSettings, ServerSettings

if TYPE_CHECKING:
    from server.api.tokens import TokenRecord, TokenStore

NAME = "token"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether token`` and its actions."""
    p = sub.add_parser(NAME, help="create, list and revoke the server's API tokens (on the server's --home)")
    tsub = p.add_subparsers(dest="token_command", metavar="ACTION", required=True)
    t = tsub.add_parser("create", parents=[common], help="a new API token; its secret is printed once")
    t.add_argument("--name", help="a name to recognise it by (e.g. the device's)")
    t.add_argument("--device", metavar="DEVICE_ID", help="bind it to one device: it may only send that device's observations")
    t.add_argument("--scope", action="append", metavar="SCOPE",
                   help="read, write or admin (repeatable or comma-separated; default read,write)")
    t.add_argument("--json", action="store_true", help="print one JSON object")
    t = tsub.add_parser("list", parents=[common], help="every token (never the secrets)")
    t.add_argument("--json", action="store_true", help="print JSON")
    t = tsub.add_parser("revoke", parents=[common], help="revoke a token; a running server refuses it at once")
    t.add_argument("id", help="the token's id (from `tether token list`)")
    t.add_argument("--json", action="store_true", help="print one JSON object")


def token_store(settings: DeviceSettings) -> TokenStore:
    """The token store of the server whose data directory is ``settings.home``."""
    from server.api.tokens import TokenStore

    return TokenStore(ServerSettings(home=settings.home).server_dir / "tokens.sqlite3")


def _describe(record: TokenRecord) -> str:
    scopes = ",".join(sorted(s.value for s in record.scopes))
    device = f"  device {record.device}" if record.device else ""
    state = f"  revoked {record.revoked_at:%Y-%m-%d %H:%M} UTC" if record.revoked_at else ""
    return f"{record.id}  {record.name:<20} {scopes:<16} created {record.created_at:%Y-%m-%d %H:%M} UTC{device}{state}"


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Create, list or revoke tokens."""
    from server.api.tokens import DEFAULT_SCOPES, parse_scopes

    store = token_store(settings)
    try:
        if args.token_command == "create":
            requested = [part for value in args.scope or [] for part in value.split(",") if part.strip()]
            scopes = parse_scopes(requested) or frozenset(DEFAULT_SCOPES)
            created = store.create(args.name or "", scopes, args.device)
            if args.json:
                print_json({**created.record.as_dict(), "token": created.secret})
                return EXIT_OK
            print(f"created {_describe(created.record)}")
            print(f"token (shown only now; the server keeps only its hash):\n{created.secret}")
            return EXIT_OK
        if args.token_command == "revoke":
            record = store.revoke(args.id)
            if args.json:
                print_json(record.as_dict())
            else:
                print(f"revoked {_describe(record)}")
            return EXIT_OK
        records = store.list()
        if args.json:
            print_json({"tokens": [record.as_dict() for record in records]})
            return EXIT_OK
        for record in records:
            print(_describe(record))
        if not records:
            print(f"no API tokens yet (store: {store.path}); the server token still works: "
                  "`tether token create` makes one per device")
        return EXIT_OK
    finally:
        store.close()
