"""The state as pinned prompt lines: each fact once, with the next meeting's attendees."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from device.condense.facts import doing_text, state_facts
from device.condense.state import current_state
from shared.observation import Observation

TZ = ZoneInfo("America/Toronto")


def local(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=TZ)


def make(obs_id: str, kind: str, start: str, end: str | None = None, **data: Any) -> Observation:
    return Observation(id=obs_id, sensor="test", kind=kind, start=local(start), end=None if end is None else local(end),
                       data=data)


DAY = [
    make("s1", "sleep", "2026-11-12 23:55", "2026-11-13 02:40"),
    make("s2", "sleep", "2026-11-13 03:05", "2026-11-13 05:10"),
    make("c1", "coffee", "2026-11-13 05:30", drink="cortado", caffeine_mg=90),
    make("c2", "coffee", "2026-11-13 09:45", drink="drip"),
    make("e1", "exercise", "2026-11-13 06:00", "2026-11-13 07:30", type="climbing", duration_min=90),
    make("m1", "meeting", "2026-11-13 11:30", "2026-11-13 12:00", title="Design review",
         attendees=["Wren Okafor", "Kenji Mori", "Aroha Ngata", "Bilal Qureshi"]),
    make("w1", "computer", "2026-11-13 10:30", "2026-11-13 10:52", app="Notion", title="Q1 planning — Notion"),
]


def texts(at: str, observations: list[Observation] = DAY) -> list[str]:
    return [f.text for f in state_facts(current_state(observations, local(at), TZ), TZ) if f.pinned]


def test_the_pinned_state_holds_every_fact_with_the_meeting_attendees() -> None:
    assert texts("2026-11-13 10:50") == [
        "doing: computer: Notion — Q1 planning — Notion",
        "last sleep 23:55-05:10 (4.8 h)",
        "coffee today: 2 (90 mg), last 09:45",
        "exercise today: climbing, 90 min at 06:00",
        "next meeting: 11:30 Design review with Wren Okafor, Kenji Mori, Aroha Ngata +1",
    ]


def test_no_meeting_today_is_said_and_a_run_in_progress_is_told_once() -> None:
    lines = texts("2026-11-13 07:00", [o for o in DAY if o.kind != "meeting"])
    assert lines[0] == "doing: exercise"
    assert "exercise today: climbing, 90 min at 06:00" in lines
    assert lines[-1] == "next meeting: none today"
    facts = state_facts(current_state(DAY, local("2026-11-13 07:00"), TZ), TZ)
    ids = [i for f in facts if f.pinned for i in f.source_ids]
    assert len(ids) == len(set(ids))


def test_doing_keeps_the_main_window_title_only() -> None:
    assert doing_text("computer: VS Code — b.py; a.py (2 sessions)") == "computer: VS Code — b.py"
    assert len(doing_text("computer: " + "x" * 100)) == 48
