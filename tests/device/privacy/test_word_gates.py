"""The shared word scan behind every gate: each gate answers as testing its words one by one would, for a whole text
or part of one, and a gate added after texts were scanned is seen in the next text."""

from hypothesis import given, settings, strategies as st

from device.privacy.word_gates import WordGate

_WORDS = ["pin", "pass", "password", "wi-fi", "密码", "key", "ey", "-p ", "ssh"]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=4), min_size=1, max_size=4),
       st.text(alphabet="pinaswordkey-fi 密码sh", max_size=30), st.integers(0, 30), st.integers(0, 30))
def test_gates_answer_as_substring_tests(word_lists: list[list[str]], text: str, pos: int, end: int) -> None:
    gates = [WordGate(words) for words in word_lists]
    for words, gate in zip(word_lists, gates):
        assert (gate.search(text) is not None) == any(word in text for word in words)
        assert (gate.search(text, pos, end) is not None) == any(word in text[pos:end] for word in words)


def test_a_gate_added_later_is_seen() -> None:
    first = WordGate(["orchid"])
    assert first.search("an orchid and a tulip")
    later = WordGate(["tulip"])
    assert later.search("an orchid and a tulip") and first.search("an orchid and a tulip")
    assert later.search("only an orchid") is None
