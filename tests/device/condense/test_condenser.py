"""The condenser with the real on-device SmolLM2 model."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from device.condense.condenser import LlamaCondenser, time_header
from device.condense.facts import gather_facts
from device.condense.relevance import unsupported_facts
from device.storage.store import ObservationStore
from sensors.synthetic import generate_life

TZ = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 18)  # a Wednesday
AT = datetime.combine(DAY, time(20, 0), tzinfo=TZ)


@pytest.fixture(scope="module")
def condenser(gguf_path):
    c = LlamaCondenser(gguf_path, n_threads=2, budget=96)
    yield c
    c.close()


@pytest.fixture(scope="module")
def facts(tmp_path_factory):
    store = ObservationStore(tmp_path_factory.mktemp("store") / "obs.db")
    store.add(generate_life(date(2026, 11, 16), 3, seed=3, tz="Europe/Berlin"))
    state, facts = gather_facts(store, AT, TZ)
    store.close()
    return state, facts


def test_condensed_prompt_is_short_and_keeps_the_key_fact(condenser, facts) -> None:
    state, all_facts = facts
    result = condenser.condense("How much coffee did I have today?", all_facts, time_header(AT, TZ))
    assert result.tokens_after <= 96
    assert result.tokens_before > 4 * result.tokens_after
    assert result.text.startswith("Now: Wed 2026-11-18 20:00")
    assert f"coffee today: {state.caffeine_today.count}" in result.text
    assert set(result.source_ids) >= set(state.source_ids["caffeine_today"])
    raw = "\n".join(f.text for f in all_facts) + "\n" + time_header(AT, TZ)
    assert unsupported_facts(result.text, raw) == []
    assert result.condense_ms > 0


def test_each_fact_in_the_prompt_is_verbatim(condenser, facts) -> None:
    _, all_facts = facts
    result = condenser.condense("How did I sleep last night?", all_facts, time_header(AT, TZ))
    texts = {f.text for f in all_facts}
    for line in result.text.splitlines()[1:]:
        assert line in texts
    assert any(line.startswith("last sleep") for line in result.text.splitlines())


def test_budget_is_configurable(condenser, facts) -> None:
    _, all_facts = facts
    condenser.budget = 40
    try:
        result = condenser.condense("What did I do today?", all_facts, time_header(AT, TZ))
    finally:
        condenser.budget = 96
    assert result.tokens_after <= 40


def test_offline_answer_streams_text(condenser) -> None:
    pieces = list(condenser.answer_offline("How much coffee?", "Now: Wed 20:00\ncoffee today: 2 (190 mg)", 16))
    assert "".join(pieces).strip()
