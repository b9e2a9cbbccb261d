"""``tether demo`` runs end to end in a fresh process and prints the metrics table."""

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_demo_runs_end_to_end(tmp_path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "device.cli", "demo", "--home", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=300,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]
    out = result.stdout
    for stage in ("== sensors", "== server", "== device", "== Q1", "== Q2", "== Q3", "== per-phase metrics"):
        assert stage in out
    assert "0 rejected" in out and "demo finished" in out
    table = out.split("== per-phase metrics")[1]
    for row in ("device condense ms", "tokens before condense", "prefill ms", "TTFT ms", "ms per output token"):
        assert row in table
