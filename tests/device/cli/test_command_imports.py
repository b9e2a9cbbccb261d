"""Each everyday command imports only what it uses (issue 16's speed targets, measured by
``scripts/bench_cli.py``): run as a fresh process, through the real ``tether`` entry point, in
embedded mode and against a server, a command loads none of the heavy libraries it has no use for.

What a command genuinely needs is allowed, and said why: an embedded ``memory search`` reads
chromadb and embeds the query in NumPy. ``log`` redacts what it stores, but detect-secrets loads
only for a text that could hold a secret, which "drink=espresso" cannot.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from sensors.synthetic import generate_life
from shared.observation import write_jsonl

ROOT = Path(__file__).resolve().parents[3]
TZ = "Europe/Berlin"
HEAVY = frozenset({"chromadb", "torch", "sentence_transformers", "transformers", "llama_cpp", "sqlalchemy",
                   "detect_secrets", "numpy", "textual", "fastapi", "uvicorn"})
"""Libraries that cost 0.05-2 s to import, none of which a light command needs."""
UNREACHABLE = "http://127.0.0.1:9"
"""A server URL for commands that never contact the server (nothing listens on the discard port)."""

LIGHT: dict[str, tuple[list[str], frozenset[str]]] = {
    # command: (argv, what of HEAVY it needs)
    "log": (["log", "coffee", "drink=espresso", "caffeine_mg=63"], frozenset()),
    "sensors": (["sensors"], frozenset()),
    "audit": (["audit"], frozenset()),
    "config show": (["config", "show"], frozenset()),
}


def heavy_imports(*argv: str) -> tuple[int, str, str, set[str]]:
    """``tether ARGV`` in a fresh Python: its exit code, stdout, stderr, and the HEAVY libraries it imported."""
    probe = ("import json, sys; from device.cli.main import main; code = main(sys.argv[1:]); "
             # a None entry blocks an import (the CLI blocks httpx's own command-line tool): not loaded
             "loaded = {name.split('.')[0] for name, module in sys.modules.items() if module is not None}; "
             "print('\\nLOADED=' + json.dumps(sorted(loaded))); sys.exit(code)")
    done = subprocess.run([sys.executable, "-c", probe, *argv], capture_output=True, text=True, timeout=600, cwd=ROOT,
                          env={**os.environ, "TETHER_CONFIG": os.devnull})
    out, _, loaded = done.stdout.rpartition("\nLOADED=")
    return done.returncode, out, done.stderr, set(json.loads(loaded or "[]")) & HEAVY


@pytest.mark.parametrize("mode", ["embedded", "remote"])
@pytest.mark.parametrize("command", sorted(LIGHT))
def test_light_commands_load_no_heavy_library(tmp_path: Path, command: str, mode: str) -> None:
    argv, needed = LIGHT[command]
    common = ["--home", str(tmp_path / "home"), "--tz", TZ]
    if mode == "remote":
        common += ["--server", UNREACHABLE, "--token", "t" * 24]
    code, out, err, loaded = heavy_imports(*argv, *common)
    assert code == 0, out + err
    assert loaded <= needed, f"tether {command} ({mode}) imported {sorted(loaded - needed)}"


def test_memory_search_loads_chromadb_and_numpy_only_embedded_and_nothing_remote(tmp_path: Path, fresh_server) -> None:
    """Embedded: the vector store and the NumPy query encoder, not the typed records' SQLAlchemy, the
    redactor, torch or the language model. Against a server: none of them."""
    day = tmp_path / "day.jsonl"
    day.write_text(write_jsonl(generate_life(date(2026, 11, 18), 1, seed=5, tz=TZ)[:6]))
    embedded = ["--home", str(tmp_path / "embedded"), "--tz", TZ]
    url, token = fresh_server
    remote = ["--home", str(tmp_path / "remote"), "--tz", TZ, "--server", url, "--token", token]
    for common in (embedded, remote):
        code, out, err, _ = heavy_imports("ingest", str(day), *common)
        assert code == 0, out + err

    code, out, err, loaded = heavy_imports("memory", "search", "lunch", "--k", "3", "--json", *embedded)
    assert code == 0 and json.loads(out)["hits"], out + err
    assert loaded <= {"chromadb", "numpy"}, f"embedded memory search imported {sorted(loaded - {'chromadb', 'numpy'})}"

    code, out, err, loaded = heavy_imports("memory", "search", "lunch", "--k", "3", "--json", *remote)
    assert code == 0 and json.loads(out)["hits"], out + err
    assert not loaded, f"memory search against a server imported {sorted(loaded)}"
