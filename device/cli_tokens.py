"""``tether token create|list|revoke``: the server's API tokens, managed on its data directory.

Run it where the server keeps its data (the same ``--home`` / ``TETHER_HOME``); a running server
sees a new or revoked token on its next request.
"""

from __future__ import annotations

import argparse

from device.cli import EXIT_OK, print_json
from server.api.tokens import DEFAULT_SCOPES, TokenRecord, TokenStore, parse_scopes
from shared.settings import DeviceSettings, ServerSettings


def token_store(settings: DeviceSettings) -> TokenStore:
    """The token store of the server whose data directory is ``settings.home``."""
    return TokenStore(ServerSettings(home=settings.home).server_dir / "tokens.sqlite3")


def _describe(record: TokenRecord) -> str:
    scopes = ",".join(sorted(s.value for s in record.scopes))
    device = f"  device {record.device}" if record.device else ""
    state = f"  revoked {record.revoked_at:%Y-%m-%d %H:%M} UTC" if record.revoked_at else ""
    return f"{record.id}  {record.name:<20} {scopes:<16} created {record.created_at:%Y-%m-%d %H:%M} UTC{device}{state}"


def cmd_token(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Create, list or revoke tokens."""
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
