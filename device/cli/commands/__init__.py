"""The ``tether`` commands, one module each, in the order ``tether --help`` lists them.

A command module holds its parser and its handler together:

- ``NAME``: the command's name on the command line;
- ``register(sub, common)``: adds its subparser to ``sub`` (``common`` is the parent parser with the
  options every command takes);
- ``run(args, settings) -> int``: handles it and returns the exit code.

A module imports only light things at the top (argparse, ``device.cli.output``, ``device.cli.progress``,
settings); the server, models and the TUI are imported inside ``run``, so ``tether --help`` stays quick.
A new command is one module here plus one entry in ``COMMANDS``.
"""

from __future__ import annotations

from types import ModuleType

from device.cli.commands import (
    agent,
    ask,
    audit,
    condense,
    config,
    demo,
    guide,
    ingest,
    jobs,
    log,
    memory,
    sensors,
    server,
    token,
    tui,
)

COMMANDS: tuple[ModuleType, ...] = (
    demo, server, agent, config, tui, ingest, ask, memory, condense, guide, sensors, jobs, token, audit, log,
)
