"""Helpers every detector shares: the gates that decide whether a detector runs at all."""

from hypothesis import given, settings, strategies as st

from device.privacy.findings import any_of

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
