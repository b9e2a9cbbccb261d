from shared.tokens import count_tokens, estimate_tokens


def test_estimate_grows_with_text() -> None:
    assert estimate_tokens("") == 0
    assert estimate_tokens("coffee at 14:30") < estimate_tokens("coffee at 14:30, flat white with oat milk")


def test_tokenizer_is_used_when_given() -> None:
    assert count_tokens("a b c", tokenizer=lambda s: [1] * 42) == 42
