"""bench_cli's import profile: the seconds spent importing and the heavy libraries named, read from a
real ``python -X importtime`` run."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from bench_cli import import_profile  # noqa: E402


def test_import_profile_sums_the_top_level_imports_and_names_heavy_libraries() -> None:
    stderr = "\n".join([
        "import time: self [us] | cumulative | imported package",
        "import time:       100 |        100 |   numpy.core",
        "import time:       400 |     500000 | numpy",
        "import time:       200 |     250000 | device.cli.main",
        "tether: error: something a command printed",
    ])
    seconds, heavy = import_profile(stderr)
    assert seconds == 0.75 and heavy == ["numpy"]


def test_import_profile_of_a_real_run() -> None:
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import json, sqlite3"],
                          capture_output=True, text=True, check=True)
    seconds, heavy = import_profile(done.stderr)
    assert 0 < seconds < 10 and heavy == []
