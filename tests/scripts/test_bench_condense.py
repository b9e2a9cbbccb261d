"""The condenser benchmark: its held-out life and fact checks are sound, and a tiny run prints the documented JSON."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "scripts"))

from condense_cases import (  # noqa: E402
    DEV_START, DEV_TZ, HELDOUT_START, HELDOUT_TZ, check_state, heldout_life, moments, true_state,
)
from sensors.synthetic import generate_life  # noqa: E402

TZ = ZoneInfo(HELDOUT_TZ)


def test_the_heldout_life_is_its_own_and_repeats_for_a_seed() -> None:
    life = heldout_life(days=7)
    assert [o.model_dump() for o in life] == [o.model_dump() for o in heldout_life(days=7)]
    dev = generate_life(DEV_START, 7, seed=42, tz=DEV_TZ)
    activities = {o.data.get("activity") or o.data.get("type") for o in life if o.kind == "exercise"}
    assert {"yoga", "climbing"} <= activities
    names = lambda obs: {a for o in obs if o.kind == "meeting" for a in o.data.get("attendees", [])}  # noqa: E731
    assert names(life) and not names(life) & names(dev)
    titles = lambda obs: {o.data["title"] for o in obs if o.kind == "meeting"}  # noqa: E731
    assert not titles(life) & titles(dev)
    nights = [o for o in life if o.kind == "sleep"]
    assert len(nights) > 7  # some nights are split at wake-ups


def test_every_moment_has_the_state_facts_to_check() -> None:
    life = heldout_life(days=5)
    labelled = moments(life, HELDOUT_START, 5, TZ, heldout=True)
    assert len(labelled) == 16
    for moment in labelled:
        truth = true_state(life, moment.at, TZ)
        assert {"sleep", "coffee_count", "exercise", "meeting"} <= set(truth)


def test_the_check_needs_each_value_in_its_own_line() -> None:
    at = datetime(2026, 11, 13, 10, 50, tzinfo=TZ)
    truth = {"sleep": (5.2, datetime(2026, 11, 12, 23, 55, tzinfo=TZ), datetime(2026, 11, 13, 5, 10, tzinfo=TZ)),
             "coffee_count": 2, "coffee_last": "9:40", "coffee_mg": 180.0,
             "exercise": [("climbing", "6:00", None, 90.0), ("run", "8:05", 5.23, 31.6)],
             "meeting": ("Design review", at + timedelta(minutes=40),
                         ["Wren Okafor", "Wren Li", "Kenji Mori", "Aroha"]),
             "doing": "Notion"}
    prompt = "\n".join(["Now: Friday 13 November 10:50", "doing Notion — Q1 planning", "sleep 23:55-5:10 (5.2 h)",
                        "2 coffees (180 mg), last 9:40", "exercise 6:00 climbing 90 min; 8:05 run 5.2 km 32 min",
                        "next meeting 11:30 Design review with Wren Okafor, Wren Li, Kenji +1"])
    assert check_state(truth, prompt, at, TZ) == {"sleep": True, "coffee_count": True, "coffee_last": True,
                                                  "coffee_mg": True, "exercise": True, "next_meeting": True,
                                                  "doing": True}
    # each value is needed where its line says it, not anywhere in the prompt
    for old, new, lost in [("(5.2 h)", "(5.3 h)", "sleep"), ("23:55-5:10", "23:55-6:10", "sleep"),
                           ("2 coffees", "3 coffees", "coffee_count"), ("last 9:40", "last 9:41", "coffee_last"),
                           ("(180 mg)", "(90 mg)", "coffee_mg"), ("; 8:05 run 5.2 km 32 min", "", "exercise"),
                           ("5.2 km", "5.3 km", "exercise"), ("90 min", "60 min", "exercise"),
                           ("11:30", "11:00", "next_meeting"), ("Kenji +1", "Kenji", "next_meeting"),
                           ("Wren Okafor, Wren Li", "Wren, Wren", "next_meeting"),
                           ("doing Notion", "doing Figma", "doing")]:
        changed = prompt.replace(old, new) + "\n2026-11-13 05:10 sleep: 5.2 h, last 9:40, 90 min, Notion"
        assert [k for k, ok in check_state(truth, changed, at, TZ).items() if not ok] == [lost], old
    none = {**truth, "coffee_count": 0, "exercise": [], "meeting": None}
    none.pop("coffee_last")
    none.pop("coffee_mg")
    kept = check_state(none, "no coffee\nno exercise\nno meeting today", at, TZ)
    assert kept == {"sleep": False, "coffee_count": True, "exercise": True, "next_meeting": True, "doing": False}
    # the old wording is not the prompt's any more
    old_prompt = "last sleep 23:55-05:10 (5.2 h)\ncoffee today: none\nexercise today: none\nnext meeting: none today"
    assert not any(check_state(none, old_prompt, at, TZ).values())


@pytest.mark.slow
def test_tiny_run_prints_the_documented_json() -> None:
    command = [sys.executable, str(ROOT / "scripts" / "bench_condense.py"), "--days", "3", "--heldout-days", "3",
               "--max-contexts", "3", "--busy", "--thread-sweep", "1", "--server-samples", "1"]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-3000:]
    out = json.loads(done.stdout)
    assert out["machine"]["cores"] >= 1 and out["machine"]["model_bytes"] > 0
    for life in ("dev", "heldout"):
        report = out[life]
        assert report["contexts"] == 3 and report["state_facts_checked"] >= 12
        assert 0 <= report["state_fact_retention"] <= 1 and report["compression_median"] > 1
        assert report["latency_ms_p95_busy"] > 0 and report["busy_over_idle_p95"] > 0
        assert set(report["targets_met"]) == {"state_fact_retention", "compression_median", "unsupported_facts",
                                              "duplicate_facts", "latency_ms_p95_idle", "busy_over_idle_p95"}
    assert set(out["thread_sweep_ms"]) == {f"{p}_{c}" for p in ("1", "2", "adaptive") for c in ("idle", "busy")}
    assert out["server_effect"]["samples"] == 1
