"""``tether memory search|forget|pin|unpin``: look into memory, forget it everywhere, or keep it."""

from __future__ import annotations

import argparse
import sys

from device.cli.options import at_time
from device.cli.output import EXIT_OK, clipped, print_json
from shared.settings import DeviceSettings

NAME = "memory"


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    """Add ``tether memory`` and its actions."""
    p = sub.add_parser(NAME, help="look into memory")
    msub = p.add_subparsers(dest="memory_command", metavar="ACTION", required=True)
    s = msub.add_parser("search", parents=[common], help="memories closest in meaning to a query")
    s.add_argument("query", help="what to look for, in words")
    s.add_argument("--k", type=int, default=10, help="number of hits (default 10)")
    s.add_argument("--at", metavar="TIME", help="read time phrases as of TIME (ISO 8601; local time if no offset)")
    s.add_argument("--json", action="store_true", help="print one JSON object")
    f = msub.add_parser("forget", parents=[common], help="forget memories everywhere they are stored (server and device)",
                        description="Conditions combine with AND; at least one is required.")
    f.add_argument("ids", nargs="*", metavar="ID", help="memory ids or observation ids")
    f.add_argument("--kind", help="only this kind (coffee, meal, ...)")
    f.add_argument("--sensor", help="only this sensor")
    f.add_argument("--since", metavar="TIME", help="from TIME (ISO 8601; local time if no offset)")
    f.add_argument("--until", metavar="TIME", help="until TIME, exclusive")
    f.add_argument("--when", metavar="PHRASE", help='a time phrase instead: "yesterday", "last Tuesday", "on 12 November"')
    f.add_argument("--dry-run", action="store_true", help="only count what would be forgotten")
    f.add_argument("--yes", action="store_true", help="do not ask for confirmation")
    f.add_argument("--json", action="store_true", help="print one JSON object")
    for action, verb in (("pin", "keep memories whatever the storage budget"), ("unpin", "let the storage budget fold them again")):
        pin = msub.add_parser(action, parents=[common], help=f"{action} memories: {verb}")
        pin.add_argument("ids", nargs="+", metavar="ID", help="memory ids or observation ids (from `tether memory search`)")
        pin.add_argument("--json", action="store_true", help="print one JSON object")


def run(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """``memory search``, ``memory forget``, ``memory pin`` and ``memory unpin``."""
    if args.memory_command == "forget":
        return run_forget(args, settings)
    if args.memory_command in ("pin", "unpin"):
        return run_pin(args, settings)
    from device.context import DeviceContext

    ctx = DeviceContext(settings)
    try:
        result = ctx.server.search(args.query, args.k, at_time(args, settings))
    finally:
        ctx.close()
    if args.json:
        print_json(result.model_dump(mode="json"))
        return EXIT_OK
    for hit in result.hits:
        print(f"{hit.score:.3f}  {clipped(hit.text)}\n       sources: {clipped(', '.join(hit.source_ids))}")
    print(f"{len(result.hits)} hits in {result.retrieval_ms:.1f} ms")
    return EXIT_OK


def _forget_request(args: argparse.Namespace, settings: DeviceSettings):
    from server.memory.timeparse import parse_time_filter
    from shared.timeutil import parse_user_time, resolve_timezone, utc_now
    from shared.wire import ForgetRequest

    tz = resolve_timezone(settings.timezone)

    def parse(option: str, value: str | None):
        if not value:
            return None
        try:
            return parse_user_time(value, tz)
        except ValueError:
            raise ValueError(f"{option} {value!r} is not an ISO 8601 time (e.g. 2026-11-20 or 2026-11-20T14:30); "
                             "for a phrase such as 'yesterday' use --when") from None

    start, end = parse("--since", args.since), parse("--until", args.until)
    if args.when:
        window = parse_time_filter(args.when, utc_now(), tz)
        if window is None:
            raise ValueError(f"--when {args.when!r} is not a time phrase I understand (try 'yesterday', 'last Tuesday')")
        start, end = window.start, window.end
    return ForgetRequest(ids=args.ids or None, start=start, end=end, kind=args.kind, sensor=args.sensor,
                         dry_run=args.dry_run)


def run_forget(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """``memory forget``: server first, then the device's own copies."""
    from device.context import DeviceContext
    from device.forget import forget_on_device

    request = _forget_request(args, settings)
    if not (request.ids or request.start or request.end or request.kind or request.sensor):
        raise ValueError("say what to forget: ids, --kind, --sensor, --since/--until or --when")
    ctx = DeviceContext(settings)
    try:
        if not request.dry_run and not args.yes:
            preview = ctx.server.forget(request.model_copy(update={"dry_run": True}))
            if not sys.stdin.isatty():
                raise ValueError(f"this would forget {preview.forgotten} memories; add --yes to confirm")
            answer = input(f"Forget {preview.forgotten} memories on the server and the matching data on this device? [y/N] ")
            if answer.strip().lower() not in ("y", "yes"):
                print("nothing forgotten")
                return EXIT_OK
        result = ctx.server.forget(request)
        stored, queued = forget_on_device(ctx, request)
    finally:
        ctx.close()
    if args.json:
        print_json({**result.model_dump(), "device_observations": stored, "device_queued": queued})
    elif result.dry_run:
        print(f"would forget {_memories(result.forgotten)} on {ctx.server.description}, and remove "
              f"{_count(stored, 'observation')} and {_count(queued, 'queued one')} on this device "
              "(nothing forgotten yet: run again without --dry-run)")
    else:
        print(f"forgot {_memories(result.forgotten)} on {ctx.server.description}; "
              f"removed {_count(stored, 'observation')} and {_count(queued, 'queued one')} on this device")
    return EXIT_OK


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _memories(n: int) -> str:
    return f"{n} memor{'y' if n == 1 else 'ies'}"


def run_pin(args: argparse.Namespace, settings: DeviceSettings) -> int:
    """Pin (``memory pin``) or unpin (``memory unpin``) the memories named by id or observation id:
    keep them whatever the storage budget, or release them."""
    from device.context import DeviceContext
    from shared.wire import PinRequest

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
