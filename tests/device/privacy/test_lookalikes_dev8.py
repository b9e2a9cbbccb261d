"""Look-alikes the spent held-out set (dev8) showed, in general forms: a ticket's 'pass' and a flight
number, a parcel's tracking number whose tail passes a card's check, a ticket's barcode and a
booking's PNR, a key shown shortened ('sk-...RldI'); and the secrets beside them that must stay
found. Values made up for these tests."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line", [
    "Boarding pass QF1187 seat 12C",
    "Day pass B7X9 for the museum",
    "ski pass SP-44821 valid till Sunday",
    "FedEx tracking 7712 9400 3843 3009 3614 93 out for delivery",
    "Museum ticket — barcode 845120377164",
    "Railway PNR 4410937725 confirmed",
    "OPENAI_API_KEY=sk-...Xq7d",
    "GITHUB_TOKEN: ghp_…a9Qz",
])
def test_not_redacted(line: str) -> None:
    assert Redactor("US").findings(line) == []


@pytest.mark.parametrize(("line", "secret"), [
    ("login ana pass Hv7#qLm2", "Hv7#qLm2"),
    ("OPENAI_API_KEY=sk-proj-Q9cWm4Tz8LrB2vN6xK1pY7sD3fH5jA0e", "sk-proj-Q9cWm4Tz8LrB2vN6xK1pY7sD3fH5jA0e"),
    ("DB_PASSWORD=Tr0ub4dor...3x!", "Tr0ub4dor...3x!"),
])
def test_still_redacted(line: str, secret: str) -> None:
    redacted, _ = Redactor("US").redact(line)
    assert secret not in redacted


def test_a_card_after_a_tracking_number_on_its_own_is_still_a_card() -> None:
    redacted, counts = Redactor("US").redact("tracking 1Z999AA10123456784, paid with 4111 1111 1111 1111")
    assert counts["card"] == 1 and "4111" not in redacted
