"""``tether``: the one command-line entry point. Assembles the parser from the command modules and runs one."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Callable, Sequence

from device.agent.logs import configure_logging
from device.cli.commands import COMMANDS
from device.cli.options import common_options
from pydantic import ValidationError

from device.cli.output import EXIT_FAILED, EXIT_OK, settings_error_line, user_errors, validation_line
from shared.settings import DeviceSettings


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser (also used to render --help in the README): the common options, then
    each command module's own subparser, in ``COMMANDS`` order."""
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="tether",
        description="Tether: your self-hosted personal agent. Sensors log your day on this device, a small "
        "local model condenses it, and your own server remembers and answers.",
        epilog="Embedded mode (no --server) runs the server parts in-process on the same data directory.",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", required=True)
    for command in COMMANDS:
        command.register(sub, common)
    return parser


def settings_from_args(args: argparse.Namespace) -> DeviceSettings:
    """Env and config first, then the flags given on the command line."""
    overrides = {
        key: value
        for key, value in (("home", args.home), ("server_url", args.server), ("token", args.token), ("timezone", args.tz),
                           ("config_path", getattr(args, "config", None)), ("log_format", getattr(args, "log_format", None)),
                           ("token_file", getattr(args, "token_file", None)))
        if value is not None
    }
    return DeviceSettings(**overrides)


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``tether``; returns the exit code."""
    _skip_httpx_cli()
    try:
        return _main(argv)
    except BrokenPipeError:
        # The reader went away (``tether config show | head -1``): stop quietly. Python flushes
        # stdout again at exit and would report the broken pipe then, so stdout goes to /dev/null.
        _silence_stdout()
        return EXIT_OK


def _skip_httpx_cli() -> None:
    """httpx imports its own command-line tool whenever click, rich and pygments are installed (textual
    brings them): 0.05-0.1 s of every command that talks to a server, for a tool tether never runs.
    A ``None`` entry in ``sys.modules`` makes that import fail, a case httpx handles (its ``main``
    then only says the tool is unavailable)."""
    if "httpx" not in sys.modules:
        sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]


def _silence_stdout() -> None:
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError, AttributeError):  # no real file descriptor (captured in tests)
        pass


def _main(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    level = logging.WARNING if args.verbose == 0 else logging.INFO if args.verbose == 1 else logging.DEBUG
    configure_logging(level, getattr(args, "log_format", None) or "text")
    # The command modules import their heavy parts inside ``run``, and the errors shown as one line
    # are looked up only when one is raised: the modules defining them (the client, the server's
    # errors, the wire models) are for the commands that use them.
    handlers: dict[str, Callable[[argparse.Namespace, DeviceSettings], int]] = {c.NAME: c.run for c in COMMANDS}
    handler = handlers[args.command]
    try:
        try:
            settings = settings_from_args(args)
        except ValidationError as exc:  # a setting with a wrong value (flag, environment or config file)
            print(f"tether: error: {settings_error_line(exc)}", file=sys.stderr)
            return EXIT_FAILED
        configure_logging(level, settings.log_format)  # TETHER_LOG_FORMAT or the config file may set it
        return handler(args, settings)
    except KeyboardInterrupt:
        print("tether: interrupted", file=sys.stderr)
        return 130
    except ValidationError as exc:  # settings read later (the [server] table), or a request built from input
        line = settings_error_line(exc) if exc.title.endswith("Settings") else validation_line(exc)
        print(f"tether: error: {line}", file=sys.stderr)
        return EXIT_FAILED
    except Exception as exc:
        if not isinstance(exc, user_errors()):
            raise
        print(f"tether: error: {exc}", file=sys.stderr)
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
