"""National identifiers under labels in more languages (an abbreviation in brackets, a full-width
colon, "är"/"er"), and the unlabelled forms distinctive enough to find alone (dotted, dashed or
spaced as each country writes them, with their check digits)."""

import pytest

from device.privacy.national_ids import NationalIdDetector, nino_ok

IDS = NationalIdDetector()


def _found(line: str) -> list[str]:
    return [line[f.start:f.end] for f in IDS.find(line)]


@pytest.mark.parametrize(("line", "value"), [
    ("her social is 912784321 btw", "912784321"),
    ("Taxpayer Identification Number 912-78-4321", "912-78-4321"),
    ("numéro d'assurance sociale : 130 543 218", "130 543 218"),
    ("Burgerservicenummer (BSN): 111222333", "111222333"),
    ("Steuerliche Identifikationsnummer 86095742719", "86095742719"),
    ("personnr är 19811218-9876", "19811218-9876"),
    ("個人番号：1234 5678 9018", "1234 5678 9018"),
    ("AMKA 01013800014", "01013800014"),
    ("ΑΜΚΑ 01013800014", "01013800014"),
    ("cod numeric personal 1630615123457", "1630615123457"),
    ("número de contribuinte 123 456 789", "123 456 789"),
    ("CUIT/CUIL 20267565393", "20267565393"),
    ("National Insurance number: AB 12 34 56 C", "AB 12 34 56 C"),
    ("identity number 7503305044089", "7503305044089"),
])
def test_labels_in_more_languages(line: str, value: str) -> None:
    assert _found(line) == [value]


@pytest.mark.parametrize(("line", "value"), [
    ("hetu 131052-308T kopioitu", "131052-308T"),
    ("85.07.30-033.28 (rijksregister)", "85.07.30-033.28"),
    ("756.1234.5678.97", "756.1234.5678.97"),
    ("RUT del cliente 15.384.726-6", "15.384.726-6"),
    ("20-26756539-3", "20-26756539-3"),
    ("주민 971013-9019902", "971013-9019902"),
    ("360426199101010071", "360426199101010071"),
    ("card 3947 1528 6069", "3947 1528 6069"),
    ("card 4821 3905 6174", "4821 3905 6174"),
    ("ACUPA7085R", "ACUPA7085R"),
    ("BOXW310820HNERXN09", "BOXW310820HNERXN09"),
    ("JG103744B", "JG103744B"),
])
def test_unlabelled_distinctive_forms(line: str, value: str) -> None:
    assert _found(line) == [value]


@pytest.mark.parametrize("line", [
    "RUT 15.384.726-5",  # wrong check digit
    "3947 1528 6068",  # Aadhaar-shaped, fails Verhoeff
    "3947 1528 6069 1234",  # four groups: a card-like number, not Aadhaar
    "360426199101010072",  # RIC-shaped, wrong check
    "order 85.07.30-033.29",
    "QQ123456E", "GB123456A", "version 1.2.345.678",
    "ABCDE1234F",  # fourth letter is no PAN holder type
    "ID number: 12345",
    # Aadhaar-shaped and passing Verhoeff ("card 4821 3905 6174" is found), but a parcel's number.
    "parcel 4821 3905 6174", "UPS: 4821 3905 6174", "FedEx 4821 3905 6174 delivered",
])
def test_look_alikes_stay(line: str) -> None:
    assert _found(line) == []


def test_nino_series() -> None:
    assert nino_ok("ab123456c") and not nino_ok("DA123456A") and not nino_ok("TN123456A")
