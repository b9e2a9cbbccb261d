"""The condenser with the real on-device SmolLM2 model."""

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from device.condense.condenser import LlamaCondenser, model_line, split_facts, time_header
from device.condense.facts import gather_facts
from device.condense.relevance import Fact, unsupported_facts
from device.storage.store import ObservationStore
from sensors.synthetic import generate_life

TZ = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 18)  # a Wednesday
AT = datetime.combine(DAY, time(20, 0), tzinfo=TZ)
NOON = datetime.combine(DAY, time(12, 0), tzinfo=TZ)
STATE_LINES = (r"sleep ", r"(\d+ coffees?\b|no coffee$)", r"(exercise |no exercise$)",
               r"(next meeting |no meeting today$)")
"""How each pinned state line starts (device.condense.state_text), whatever its value."""


@pytest.fixture(scope="module")
def condenser(gguf_path):
    c = LlamaCondenser(gguf_path, n_threads=1, budget=96)
    yield c
    c.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    store = ObservationStore(tmp_path_factory.mktemp("store") / "obs.db")
    store.add(generate_life(date(2026, 11, 16), 3, seed=3, tz="Europe/Berlin"))
    yield store
    store.close()


@pytest.fixture(scope="module")
def facts(store):
    return gather_facts(store, AT, TZ)


def test_condensed_prompt_is_short_and_keeps_the_key_fact(condenser, facts) -> None:
    state, all_facts = facts
    result = condenser.condense("How much coffee did I have today?", all_facts, time_header(AT, TZ))
    assert result.tokens_before > 6 * result.tokens_after
    assert result.text.startswith("Now: Wednesday 18 November 20:00\n")
    assert f"\n{state.caffeine_today.count} coffees (" in result.text
    assert set(result.source_ids) >= set(state.source_ids["caffeine_today"])
    raw = "\n".join(f.text for f in all_facts) + "\n" + time_header(AT, TZ)
    assert unsupported_facts(result.text, raw) == []
    assert result.condense_ms > 0 and result.threads == 1


@pytest.mark.parametrize("question", ["What did I have for lunch?", "How long was I on the computer today?",
                                      "Am I rested enough for a hard workout this evening?", "Hello?"])
def test_every_question_gets_the_whole_state_once(condenser, store, question) -> None:
    state, all_facts = gather_facts(store, NOON, TZ)
    result = condenser.condense(question, all_facts, time_header(NOON, TZ))
    lines = result.text.splitlines()
    for pattern in STATE_LINES + ("doing ",):
        assert sum(bool(re.match(pattern, line)) for line in lines) == 1, (pattern, result.text)
    assert state.next_meeting is not None and state.next_meeting.title in result.text
    # no observation behind two lines (the day's screen time, an aggregate, aside)
    told = [i for f in result.facts if f.pinned or not f.summary for i in f.source_ids]
    assert len(told) == len(set(told)), result.text
    assert len(lines) == len(set(lines))


def test_each_fact_in_the_prompt_is_verbatim(condenser, facts) -> None:
    _, all_facts = facts
    result = condenser.condense("How did I sleep last night?", all_facts, time_header(AT, TZ))
    texts = {f.text for f in all_facts}
    for line in result.text.splitlines()[1:]:
        assert line in texts
    assert any(line.startswith("sleep ") for line in result.text.splitlines())


def test_the_budget_is_spent_beyond_the_state_and_grows_for_broad_questions(condenser, facts) -> None:
    _, all_facts = facts
    header = time_header(AT, TZ)
    pinned, _ = split_facts(all_facts)
    state_tokens = condenser.count_tokens("\n".join([header, *(f.text for f in pinned)]))
    condenser.budget = 40
    try:
        focused = condenser.condense("What did I have for lunch?", all_facts, header)
        broad = condenser.condense("Plan my evening.", all_facts, header)
    finally:
        condenser.budget = 96
    assert focused.budget == 40 and broad.budget > focused.budget
    assert state_tokens < focused.tokens_after <= state_tokens + 40
    assert broad.tokens_after <= state_tokens + broad.budget


def test_offline_answer_streams_text(condenser) -> None:
    pieces = list(condenser.answer_offline("How much coffee?", "Now: Wednesday 20:00\n2 coffees (190 mg)", 16))
    assert "".join(pieces).strip()


def test_adaptive_threads_are_chosen_per_call(gguf_path, facts, monkeypatch) -> None:
    import device.condense.condenser as condenser_module

    adaptive = LlamaCondenser(gguf_path, budget=96)
    try:
        for threads in (1, 2, 1):
            monkeypatch.setattr(condenser_module, "threads_for_load", lambda threads=threads: threads)
            result = adaptive.condense("Plan my evening.", facts[1], time_header(AT, TZ))
            assert result.threads == threads and result.model_used
    finally:
        adaptive.close()


def test_split_facts_leaves_out_what_the_state_tells() -> None:
    sleep_line = Fact("sleep 23:00-7:00 (8.0 h)", "sleep", ("s1",), summary=True, pinned=True)
    episodes = [
        Fact("2026-11-17 23:00-2026-11-18 07:00 sleep: 8.0 h", "sleep", ("s1",)),
        Fact("2026-11-16 23:30-2026-11-17 06:30 sleep: 7.0 h", "sleep", ("s0",)),
        Fact("screen time today: 2 h", "computer", ("w1", "s1"), summary=True),
        Fact("2026-11-16 23:30-2026-11-17 06:30 sleep: 7.0 h", "sleep", ("s0",)),
    ]
    pinned, choices = split_facts([sleep_line, *episodes])
    assert pinned == [sleep_line]
    assert [f.text for f in choices] == [episodes[1].text, episodes[2].text]


def test_the_model_sees_short_lines_with_the_weekday() -> None:
    fact = Fact("2026-11-18 09:02-11:47 computer: VS Code — tether — a very long window title indeed", "computer", ())
    line = model_line(fact)
    assert line.startswith("Wed 09:02 computer: VS Code") and len(line) <= 56
    assert model_line(Fact("screen time today: 2 h", "computer", ())) == "screen time today: 2 h"
