"""The privacy bench's throughput: timed in the steady state, the cold first pass reported apart."""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

import bench_privacy  # noqa: E402


def test_throughput_reports_the_steady_rate_and_the_first_pass_apart() -> None:
    observations = bench_privacy._observations(["password: Tr0ub4dor&3x", "call me on +49 30 901820", "coffee at 10"])
    speed = bench_privacy.throughput(observations, 0.05)
    assert set(speed) == {"cpu", "wall", "first_pass"}
    assert all(value > 0 for value in speed.values())


def test_the_report_names_both_rates(tmp_path: Path, capsys) -> None:
    out = tmp_path / "privacy.json"
    assert bench_privacy.main(["--set", "tuning", "--seconds", "0.05", "--out", str(out)]) in (0, None)
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["tuning"]["throughput_obs_per_s"] > 0 and report["tuning"]["first_pass_obs_per_s"] > 0
    assert report["first_pass_synthetic_day_obs_per_s"] > 0
    assert "untimed pass" in report["definitions"]["throughput"]
