from hypothesis import given, strategies as st

from device.condense.relevance import Fact, question_topics, rank_facts, unsupported_facts


def test_topics_from_question_words() -> None:
    assert question_topics("How much coffee did I have?") == {"coffee"}
    assert "sleep" in question_topics("How did I sleep last night?")
    assert "exercise" in question_topics("How far did I run?")


def test_topical_facts_rank_first() -> None:
    facts = [
        Fact("2026-11-20 10:00 computer: VS Code", "computer", ("c",), recency=1.0),
        Fact("coffee today: 2 (190 mg)", "coffee", ("a", "b"), recency=0.1),
        Fact("2026-11-20 12:00 meal: ramen", "meal", ("m",), recency=0.5),
    ]
    assert rank_facts("How much caffeine today?", facts)[0].kind == "coffee"
    assert rank_facts("What did I eat?", facts)[0].kind == "meal"
    # No topic and no shared word: newest first.
    assert rank_facts("Hello?", facts)[0].kind == "computer"


def test_unsupported_numbers_and_names_are_found() -> None:
    source = "coffee at 14:30 with Priya, 120 mg"
    assert unsupported_facts("coffee at 14:30 with Priya", source) == []
    assert unsupported_facts("coffee at 15:30 with Jonas, 120 mg", source) == ["15:30", "Jonas"]


@given(st.text(max_size=200))
def test_text_is_always_supported_by_itself(text: str) -> None:
    assert unsupported_facts(text, text) == []


def test_a_day_summary_beats_single_episodes_on_its_topic() -> None:
    facts = [
        Fact("2026-11-20 10:00-11:00 computer: VS Code — computer science notes", "computer", ("e",), recency=1.0),
        Fact("screen time today: 6 h 10 min", "computer", ("a", "b"), recency=1.0, summary=True),
    ]
    assert rank_facts("How long was I on the computer today?", facts)[0].summary


def test_broad_questions_get_a_larger_budget() -> None:
    from device.condense.relevance import budget_for, is_broad

    assert is_broad("Plan the rest of my afternoon.") and is_broad("How am I doing today?") and is_broad("Hello?")
    assert is_broad("Am I rested enough for a hard workout this evening?")  # sleep and exercise
    assert not is_broad("What did I have for lunch?") and not is_broad("How much coffee did I have today?")
    assert budget_for("How much coffee did I have today?", 96) == 48  # the state answers it
    assert budget_for("What did I have for lunch?", 96) == 96
    assert budget_for("Plan the rest of my afternoon.", 96) == 144
