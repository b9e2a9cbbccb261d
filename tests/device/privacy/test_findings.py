"""Helpers every detector shares: the gates that decide whether a detector runs at all, and the runs of groups a number
pattern may have swallowed too much around."""

from hypothesis import given, settings, strategies as st

from device.privacy.findings import any_of, longest_valid_run
from device.privacy.redactor import Redactor

# Words that share first letters or hold one another ("pas", "pass", "password", "ass"): the
# pattern spells them as a tree of letters and leaves out a word that holds another.
_WORDS = ["pass", "pw", "key", "wi-fi", "a.b", "(x", "**", "密码", "hasł", "+1", "end", "password", "pas", "ass",
          "keys", "ke", "wi", "密"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6),
       st.text(alphabet="pasworkey-i.fb(x*密码hasł+1end ", max_size=40))
def test_any_of_finds_a_text_exactly_when_one_word_is_in_it(words: list[str], text: str) -> None:
    # Special characters are taken literally; it answers as testing word by word would.
    assert (any_of(words).search(text) is not None) == any(word in text for word in words)


def test_runs_with_too_few_digits_are_not_checked() -> None:
    text = "ref AB 12 34 5678 XY please"
    checked: list[str] = []

    def valid(value: str) -> bool:
        checked.append(value)
        return value == "34 5678"

    assert longest_valid_run(text, 4, 20, valid, digits=6) == (10, 17)
    assert checked and all(sum(ch.isdigit() for ch in value) >= 6 for value in checked)
    checked.clear()
    assert longest_valid_run(text, 4, 20, valid) == (10, 17)  # the same answer, every run checked
    assert any(sum(ch.isdigit() for ch in value) < 6 for value in checked)


def test_a_label_then_a_sentence_of_short_words_then_the_id() -> None:
    # Many short words between a label and its value: each is read one way, and the value is still found.
    line = "Mi DNI no lo sé yo de memoria, es el que va en la ficha de la tía: 73129846N"
    redacted, counts = Redactor("ES").redact(line)
    assert "73129846N" not in redacted and sum(counts.values()) == 1
