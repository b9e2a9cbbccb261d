"""What a said-fact question asks about: a generic "which place" gives way to the topic it names."""

import pytest

from server.answers.said import asked_topic, content


@pytest.mark.parametrize("question, topic", [
    ("To which place did the offsite move, going by what Tessa told me?", "#offsite"),
    ("Which place did Tessa recommend?", "#restaurant"),
    ("Which spot for dumplings did Noor suggest?", "#restaurant"),
    ("What book did Tom recommend?", "#book"),
])
def test_the_topic_asked(question: str, topic: str) -> None:
    assert asked_topic(question) == topic


def test_coming_in_at_a_place_is_a_flight_arriving() -> None:
    assert "#flight" in content("When does Malu come in at Entebbe?")
    assert "#flight" not in content("Did Malu come in to help?")  # not at a named place: no arrival
