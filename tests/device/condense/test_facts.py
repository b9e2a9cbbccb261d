"""The state as pinned prompt lines: each fact once, with the next meeting's attendees."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from device.condense.facts import state_facts
from device.condense.state import current_state
from device.condense.state_text import doing_text, short_names
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
        "doing Notion — Q1 planning",
        "sleep 23:55-5:10 (4.8 h)",
        "2 coffees (90 mg), last 9:45",
        "exercise 6:00 climbing 90 min",
        "next meeting 11:30 Design review with Wren, Kenji, Aroha +1",
    ]


def test_no_meeting_today_is_said_and_a_run_in_progress_is_told_once() -> None:
    lines = texts("2026-11-13 07:00", [o for o in DAY if o.kind != "meeting"])
    assert lines[0] == "doing exercise"
    assert "exercise 6:00 climbing 90 min" in lines
    assert lines[-1] == "no meeting today"
    facts = state_facts(current_state(DAY, local("2026-11-13 07:00"), TZ), TZ)
    ids = [i for f in facts if f.pinned for i in f.source_ids]
    assert len(ids) == len(set(ids))


def test_doing_keeps_the_main_window_title_only() -> None:
    assert doing_text("computer: VS Code — b.py; a.py (2 sessions)") == "VS Code — b.py"
    assert doing_text("computer: Notion — Q1 planning — Notion") == "Notion — Q1 planning"
    assert doing_text("meal: pho (lunch)") == "meal: pho (lunch)"
    assert len(doing_text("computer: " + "x" * 100)) == 40
    # a long title is cut after a whole word
    long_title = "computer: Firefox — Pull request #175 · tether/tether: the state"
    assert doing_text(long_title) == "Firefox — Pull request #175…"


def test_one_coffee_a_sleep_from_another_day_and_a_meeting_tomorrow() -> None:
    day = [make("s1", "sleep", "2026-11-12 22:00", "2026-11-13 06:00"),
           make("c1", "coffee", "2026-11-13 08:05", drink="drip"),
           make("m1", "meeting", "2026-11-14 09:00", "2026-11-14 09:30", title="Standup",
                attendees=["Ana Ruiz", "Ana Li", "Tom Li"])]
    assert texts("2026-11-13 20:00", day) == [
        "sleep 22:00-6:00 (8.0 h)", "1 coffee, last 8:05", "no exercise",
        "next meeting tomorrow 9:00 Standup with Ana Ruiz, Ana Li, Tom",
    ]
    # seen after midnight, last night's sleep ended yesterday: its days are named
    assert texts("2026-11-14 00:30", day)[0] == "sleep Thursday 22:00-Friday 6:00 (8.0 h)"
    assert texts("2026-11-14 00:30", day)[1:3] == ["no coffee", "no exercise"]


def test_attendees_go_by_first_name_only_where_it_is_theirs_alone() -> None:
    assert short_names(("Wren Okafor", "Priti", "Dr. Kim", "Sam Roe", "Sam Poe")) == (
        "Wren", "Priti", "Dr. Kim", "Sam Roe", "Sam Poe")
