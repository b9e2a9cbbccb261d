"""STYLE.md rule 11: one command, one module in ``device/cli/commands/``, holding its parser and its handler."""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

import pytest

from device.cli.commands import COMMANDS
from device.cli.main import build_parser
from device.cli.options import common_options

ROOT = Path(__file__).resolve().parents[3]


def _subcommands(parser: argparse.ArgumentParser) -> list[str]:
    (sub,) = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    return list(sub.choices)


def test_every_top_level_command_comes_from_exactly_one_command_module() -> None:
    names = [command.NAME for command in COMMANDS]
    assert _subcommands(build_parser()) == names  # each once, in the order --help lists them
    assert len(set(names)) == len(names)
    files = sorted(p.stem for p in (ROOT / "device" / "cli" / "commands").glob("*.py") if p.stem != "__init__")
    assert files == sorted(names), "a module in device/cli/commands/ that COMMANDS leaves out, or the reverse"


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: c.NAME)
def test_a_command_module_registers_its_own_parser_and_handles_it(command) -> None:
    assert command.__name__ == f"device.cli.commands.{command.NAME}"
    parser = argparse.ArgumentParser(prog="tether")
    sub = parser.add_subparsers(dest="command")
    command.register(sub, common_options())
    assert list(sub.choices) == [command.NAME]  # its own parser, and nothing else
    assert callable(command.run)


def test_help_imports_no_server_models_or_tui() -> None:
    """``tether --help`` and ``tether ask --help`` stay quick: the heavy parts load inside ``run``."""
    code = (
        "import sys\n"
        "from device.cli.main import main\n"
        "for argv in (['--help'], ['ask', '--help'], ['server', '--help'], ['token', 'create', '--help']):\n"
        "    try: main(argv)\n"
        "    except SystemExit: pass\n"
        "heavy = ('server', 'sensors', 'chromadb', 'textual', 'torch', 'llama_cpp', 'uvicorn', 'fastapi', 'httpx')\n"
        "loaded = {n.split('.')[0] for n, m in sys.modules.items() if m is not None}  # None: blocked, not loaded\n"
        "print(sorted(loaded & set(heavy)), file=sys.stderr)\n"
        "sys.exit(1 if loaded & set(heavy) else 0)\n"
    )
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
