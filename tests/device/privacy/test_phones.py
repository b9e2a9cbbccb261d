"""Phone numbers libphonenumber cannot place, written in international form."""

import pytest

from device.privacy.phones import PhoneDetector


def phones_in(line: str, region: str = "DE") -> list[str]:
    return [line[f.start:f.end] for f in PhoneDetector(region).find(line)]


def test_a_retired_mobile_prefix_is_still_a_phone_number() -> None:
    # Mexico dropped the mobile "1" after +52 in 2019; people still write it.
    assert phones_in("Lupita: +52 1 81 2345 6789 (cel)") == ["+52 1 81 2345 6789"]


@pytest.mark.parametrize("line", [
    "+1 234 567 890 views on the video",  # too short for a North American number
    "UTC+01:00 in Berlin", "revenue +12 345 678 EUR", "temperature +3.5 °C", "+49 years old",
])
def test_plus_signs_before_other_numbers_are_left(line: str) -> None:
    assert phones_in(line) == []
