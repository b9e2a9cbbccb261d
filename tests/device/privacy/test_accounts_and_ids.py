"""Account numbers under more labels, the card networks beyond the big four, and national
identifiers of more countries (each one table row, validated by python-stdnum)."""

import time

import pytest

from device.privacy.accounts import card_brand, find_accounts
from device.privacy.national_ids import NationalIdDetector
from device.privacy.redactor import Redactor

IDS = NationalIdDetector()


@pytest.mark.parametrize(("line", "value"), [
    ("CPR 070761-4285", "070761-4285"), ("fødselsnummer 15108695088", "15108695088"),
    ("henkilötunnus 131052-308T", "131052-308T"), ("PPS number 6433435F", "6433435F"),
    ("CURP: BOXW310820HNERXN09", "BOXW310820HNERXN09"), ("RRN 971013-9019902", "971013-9019902"),
    ("CNP 1630615123457", "1630615123457"), ("TC Kimlik No 17291716060", "17291716060"),
    ("RUT 76.086.428-5", "76.086.428-5"), ("kennitala 450401-3150", "450401-3150"),
    ("SV-Nummer 1237 010180", "1237 010180"), ("IRD number 49-091-850", "49-091-850"),
])
def test_labelled_national_ids_of_more_countries(line: str, value: str) -> None:
    assert [line[f.start:f.end] for f in IDS.find(line)] == [value]


@pytest.mark.parametrize(("line", "value"), [
    ("FØDSELSNUMMER: 15108695088", "15108695088"), ("HENKILÖTUNNUS 131052-308T", "131052-308T"),
    ("KENNITALA 450401-3150 (ný)", "450401-3150"), ("cpr-nr. 070761-4285, København", "070761-4285"),
])
def test_labels_in_any_case_and_script(line: str, value: str) -> None:
    # ASCII texts are gated lower-cased; others by the case-insensitive pattern's own folding.
    assert [line[f.start:f.end] for f in IDS.find(line)] == [value]


@pytest.mark.parametrize("line", ["PPS number 6433435E", "RUT 76.086.428-4", "stuck in a rut 12345678",
                                  "CNP 1630615123458"])
def test_a_wrong_check_digit_is_no_id(line: str) -> None:
    assert IDS.find(line) == []


@pytest.mark.parametrize(("line", "value"), [
    ("BSB 062-000 acc 1234 5678", "1234 5678"), ("Bankkonto: 1234 56 78901", "1234 56 78901"),
    ("Girokonto 0532013000", "0532013000"), ("CBU 2850590940090418135201", "2850590940090418135201"),
])
def test_account_numbers_under_more_labels(line: str, value: str) -> None:
    assert value in [line[f.start:f.end] for f in find_accounts(line)]


@pytest.mark.parametrize(("number", "brand"), [
    ("2200000000000004", "mir"), ("9792000000000001", "troy"), ("5019000000000000", "dankort"),
    ("5060990000000000", "verve"), ("6062820000000000", "hipercard"),
])
def test_more_card_networks(number: str, brand: str) -> None:
    assert card_brand(number) == brand


@pytest.mark.parametrize("text", [("ab12" + "c" * 60 + " ") * 20, ("+49" + "1" * 40 + "x ") * 20])
def test_long_runs_are_read_in_linear_time(text: str) -> None:
    # IBAN and international-number groups are possessive: before, every split of a long token into
    # groups was tried (0.3-0.5 s for each of these lines; 20 ms for one 100-character API key).
    redactor = Redactor("DE")
    redactor.findings(text)  # loads detect-secrets' patterns (0.1-0.3 s) and libphonenumber's metadata
    start = time.perf_counter()
    redactor.findings(text)
    assert time.perf_counter() - start < 0.1
