"""``tether memory pin`` / ``unpin``: keep memories whatever the storage budget, or release them."""

from __future__ import annotations

import argparse

from device.cli import EXIT_OK, print_json
from device.context import DeviceContext
from shared.settings import DeviceSettings
from shared.wire import PinRequest


def cmd_pin(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Pin (``memory pin``) or unpin (``memory unpin``) the memories named by id or observation id."""
    pinned = args.memory_command == "pin"
    ctx = DeviceContext(settings)
    try:
        result = ctx.server.pin(PinRequest(ids=args.ids, pinned=pinned))
    finally:
        ctx.close()
    if args.json:
        print_json(result.model_dump())
    else:
        print(f"{'pinned' if pinned else 'unpinned'} {len(result.ids)} memories on {ctx.server.description}: "
              f"{', '.join(result.ids)}")
    return EXIT_OK
