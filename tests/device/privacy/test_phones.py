"""Phone numbers libphonenumber cannot place, written in international form."""

import pytest

from device.privacy.phones import PhoneDetector
from device.privacy.redactor import Redactor


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


@pytest.mark.parametrize(("line", "region", "number"), [
    ("chat with me: https://wa.me/4915209876543", "US", "4915209876543"),
    ("https://api.whatsapp.com/send?phone=351912345678&text=Ol%C3%A1", "DE", "351912345678"),
    ("viber://chat?number=%2B447911123456", "DE", "447911123456"),
    ("callback https://crm.example/dial?msisdn=33612345678", "GB", "33612345678"),
])
def test_numbers_in_chat_links_and_phone_parameters(line: str, region: str, number: str) -> None:
    # Those links write the country code first, without the "+".
    assert phones_in(line, region) == [number]


@pytest.mark.parametrize("line", [
    "https://shop.example/track?order=4915209876543", "https://wa.me/message/ABCDEF1234567",
    "https://api.example/v1/items?phone=12345",
])
def test_other_numbers_in_links_are_left(line: str) -> None:
    assert phones_in(line, "US") == []


def test_a_prefix_letter_of_another_script_is_not_a_code() -> None:
    # Hebrew glues "to" (ל) and "at" (ב) to the number with a hyphen; "INV-" is a code.
    assert phones_in("אפשר להתקשר ל-054-987-6543 אחרי שש", "IL") == ["054-987-6543"]
    assert phones_in("שלחתי ב-03-612-3456", "IL") == ["03-612-3456"]
    assert phones_in("INV-054-987-6543", "IL") == []


@pytest.mark.parametrize(("line", "region"), [
    ("HS code 8471.30.0100 (laptops)", "US"), ("HTS 6109.10.0012", "US"), ("Zolltarif: tariff no. 8517.12.0000", "DE"),
    ("commodity code 0901.21.0000", "GB"),
])
def test_tariff_codes_are_no_phone_numbers(line: str, region: str) -> None:
    assert phones_in(line, region) == []


@pytest.mark.parametrize(("line", "region"), [
    ("pin at 52.520008, 13.404954", "DE"), ("-23.550520,-46.633308 São Paulo", "BR"), ("lat 48.858370 lon 2.294481", "FR"),
    ("hotel 54.352025, 121.646638", "PL"), ("52.2297, 121.012228 (parking)", "PL"), ("lat 54.352025 lon 121.646638", "PL"),
    ("121.646638°E", "PL"), ("camp at 61.123457 8.543219 tonight", "NO"), ("-33.448891 -70.669266", "CL"),
])
def test_coordinates_are_left_whole(line: str, region: str) -> None:
    # The redactor blanks decimal fractions before the phone matcher reads the line.
    assert Redactor(region).redact(line)[0] == line


@pytest.mark.parametrize(("line", "region"), [("call 650.555.0123", "US"), ("tél. 01.42.68.53.00", "FR"),
                                              ("chiamami al 347.7654321", "IT")])
def test_numbers_grouped_with_dots_are_still_phones(line: str, region: str) -> None:
    assert "[phone]" in Redactor(region).redact(line)[0]


@pytest.mark.parametrize(("line", "region"), [
    ("epoch 1764939321.204417", "BR"), ("t=1764939321.5 s", "DE"), ("took 0.4159512345 s", "US"),
    ("claim #4155550198", "US"), ("policy no. 2125550147", "US"), ("timestamp 1764939321", "DE"),
])
def test_decimals_claims_and_timestamps_are_no_phones(line: str, region: str) -> None:
    assert phones_in(line, region) == []


def test_a_plus_number_after_another_numbers_word_is_still_a_phone() -> None:
    # "customer" labels customer numbers, but "+1" and a country's length is how phones are written.
    assert set(phones_in("Courier app: call customer +1 415 555 0142", "US")) == {"+1 415 555 0142"}
    assert phones_in("customer 4155550142", "US") == []
