"""Cards of networks no prefix table names, found by Luhn and a card's grouping or word; Luhn-valid
numbers without either stay."""

from __future__ import annotations

import pytest

from device.privacy.cards import card_brand, find_cards
from device.privacy.redactor import Redactor

# Luhn-valid numbers no known prefix claims (checked below), made up for these tests.
DOMESTIC_16 = "6083612652064279"
OTHER_16 = "6363948075592004"
LONG_19 = "5078169206159775502"
AIRLINE_15 = "142984889341834"


def test_the_numbers_have_no_brand() -> None:
    assert all(card_brand(n) is None for n in (DOMESTIC_16, OTHER_16, LONG_19, AIRLINE_15))


@pytest.mark.parametrize("text, number", [
    ("paid with 6083 6126 5206 4279 yesterday", "6083 6126 5206 4279"),
    ("Window: Checkout - 6363-9480-7559-2004 - Firefox", "6363-9480-7559-2004"),
    ("5078 1692 0615 9775 502", "5078 1692 0615 9775 502"),
    ("1429 848893 41834", "1429 848893 41834"),  # 4-6-5
    ("1429 84889 341834", "1429 84889 341834"),  # 4-5-6
    ("debit card no. 6083612652064279", "6083612652064279"),
    ('{"card": {"pan": "6363948075592004"}}', "6363948075592004"),
    ("RuPay 6083612652064279 exp 11/28", "6083612652064279"),
    ("UATP 142984889341834", "142984889341834"),
    ("cartão 5078169206159775502", "5078169206159775502"),
])
def test_unbranded_cards(text: str, number: str) -> None:
    assert [text[f.start:f.end] for f in find_cards(text)] == [number]
    assert "[card]" in Redactor("US").redact(text)[0]


@pytest.mark.parametrize("text", [
    "reference 6083612652064279",  # plain digits, no card word
    "6083 6126 5206 4278",  # grouped, Luhn fails
    "order 6083 6126 5206 4279",  # labelled as something else
    "9400 6083 6126 5206 4279 22",  # part of a longer grouped number
    "6083-6126 5206-4279",  # mixed separators
    "card 6083612652064278",  # a card word, Luhn fails
])
def test_luhn_alone_is_not_enough(text: str) -> None:
    assert find_cards(text) == []


@pytest.mark.parametrize("number", ["8266131860913909", "5086909378657975"])
def test_rupay_ranges_of_its_own(number: str) -> None:
    """RuPay's 81, 82 and 5085-5089 numbers need no card word (made-up, Luhn-valid)."""
    assert card_brand(number) == "rupay"
    assert "[card]" in Redactor("IN").redact(f"Payment details — {number}")[0]
    assert card_brand(number[:-1] + str((int(number[-1]) + 1) % 10)) == "rupay"  # the prefix names it,
    assert find_cards(f"ref {number[:-1]}{(int(number[-1]) + 1) % 10}") == []  # Luhn still decides
