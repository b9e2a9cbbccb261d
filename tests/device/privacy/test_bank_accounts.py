"""Bank account numbers beyond IBANs: labels in many languages, bank codes beside the account, and
national formats with their own check (NRB, RIB, CCC, CLABE, NO, CZ, NZ)."""

import pytest

from device.privacy.account_formats import clabe_ok, nrb_ok, rib_ok
from device.privacy.bank_accounts import find_bank_accounts


def _found(line: str) -> list[str]:
    return [line[f.start:f.end] for f in find_bank_accounts(line)]


@pytest.mark.parametrize(("line", "values"), [
    ("Kontonr. 12345678 bei der Sparkasse", ["12345678"]),
    ("Kto.-Nr. 0012 3456 78", ["0012 3456 78"]),
    ("numer konta: 12 3456 7890", ["12 3456 7890"]),
    ("口座番号：7654321", ["7654321"]),
    ("계좌번호 123-45-678901", ["123-45-678901"]),
    ("conta corrente 98765-4", ["98765-4"]),
    ('{"account_number": "7700012345"}', ["7700012345"]),
    ('{"routing_number": "021000021"}', ["021000021"]),
    ("sort code 20-00-00, acc. 55779911", ["20-00-00", "55779911"]),
    ("BLZ 100 500 00", ["100 500 00"]),
    ("Bankverbindung: 12-34-56 / 87654321", ["12-34-56 / 87654321"]),
    ("agência 1234-5", ["1234-5"]),
])
def test_labelled_accounts_and_bank_codes(line: str, values: list[str]) -> None:
    assert _found(line) == values


@pytest.mark.parametrize(("line", "value"), [
    ("wire to 61 1090 1014 0000 0712 1981 2874 today", "61 1090 1014 0000 0712 1981 2874"),
    ("20041 01005 0500013M026 06", "20041 01005 0500013M026 06"),
    ("CLABE: 002112345678901234", "002112345678901234"),
    ("til 8601.11.17947", "8601.11.17947"),
    ("pay 01-0902-0068389-00", "01-0902-0068389-00"),
    ("platba na 19-2000145399/0800 díky", "19-2000145399/0800"),
    ("CCC 2077 0024 00 3102575766", "2077 0024 00 3102575766"), ("a 20770024003102575766", "20770024003102575766"),
    ("61109010140000071219812874 (NRB)", "61109010140000071219812874"),
])
def test_national_formats(line: str, value: str) -> None:
    assert value in _found(line)


@pytest.mark.parametrize("line", [
    "61 1090 1014 0000 0712 1981 2875",  # NRB-shaped, wrong check
    "20041 01005 0500013M026 07",  # RIB key off by one
    "HS code 8601.11.17948",  # kontonr-shaped, wrong check
    "account ending 42", "sort code ask Sam", "ag 12 items", "savings of 120 euros",
    "build 002112345678901235",
])
def test_look_alikes_stay(line: str) -> None:
    assert _found(line) == []


def test_checks() -> None:
    assert rib_ok("2004101005 0500013M026 06") and not rib_ok("20041 01005 0500013M026")
    assert clabe_ok("002-112-34567890123-4") and not clabe_ok("002112345678901230")
    assert nrb_ok("61109010140000071219812874") and not nrb_ok("6110901014")


@pytest.mark.parametrize(("line", "number"), [
    ("is it the account ending 7719? the whole number is 30265817719", "30265817719"),
    ("acct ****2046, full: 0031 5520 2046", "0031 5520 2046"),
    ("last 4 digits of my account are 8830 - number 44100928830", "44100928830"),
    ("savings xxxx6610 / 00024436610 transfer", "00024436610"),
    ("Kontonummer endet auf 3377: 0532013377", "0532013377"),
])
def test_a_number_ending_in_an_accounts_last_digits_is_that_account(line: str, number: str) -> None:
    assert number in _found(line)


@pytest.mark.parametrize("line", [
    "Visa card ending in 4821 — payment received", "the account ending 4821 was charged 48.21",
    "order 88124821 shipped; account ending 4821", "card ending 0042: refund on order 1234560042",
    "account ending 1190, paid 1190.00 on 2026-11-19",
])
def test_an_ending_alone_or_a_labelled_other_number_is_left(line: str) -> None:
    assert _found(line) == []


@pytest.mark.parametrize(("line", "values"), [
    ("р/с 40702810900000012345, БИК 044525225", ["40702810900000012345", "044525225"]),
    ("счёт получателя 40817810099910004312", ["40817810099910004312"]),
    ("р/р 26001234567890 МФО 305299", ["26001234567890", "305299"]),
    ("žiro-račun 1234567-8901234567", ["1234567-8901234567"]),
    ("reikningur 0133-26-012345", ["0133-26-012345"]),
    ("no. rek Mandiri 1230004567890", ["1230004567890"]),
    ("STK Techcombank: 19033344455566", ["19033344455566"]),
    ("เลขที่บัญชี ไทยพาณิชย์ 123-4-56789-0", ["123-4-56789-0"]),
    ("cuenta de ahorros Davivienda 4567-1234-89", ["4567-1234-89"]),
    ("CCI: 00219300123456789012", ["00219300123456789012"]),
    ("Postkonto 80-2000-3", ["80-2000-3"]),
    ("výpis z účtu č. 1234567890/0900", ["1234567890/0900"]),
    ("rekeningnr. 12.34.56.789", ["12.34.56.789"]), ("bankrekening 98.76.54.321", ["98.76.54.321"]),
    ("NSC 90-12-34 A/C 12345678", ["90-12-34", "12345678"]),
    ('{"ifsc": "SBIN0004321"}', ["SBIN0004321"]),
])
def test_labels_in_more_languages_with_the_account_kind_or_bank_between(line: str, values: list[str]) -> None:
    assert _found(line) == values


@pytest.mark.parametrize(("line", "value"), [
    ("CVU 0720461088000123456788", "0720461088000123456788"),  # CBU/CVU checks (python-stdnum)
    ("NIB 0035 0214 00012345678 11", "0035 0214 00012345678 11"),  # PT50 + NIB is a valid IBAN
    ("181 010 1234567890123456 74", "181 010 1234567890123456 74"),  # Moroccan RIB key
    ("uplata na 2484008-3200123455", "2484008-3200123455"),  # Croatian bank and account, mod 11,10 each
])
def test_more_national_formats(line: str, value: str) -> None:
    assert value in _found(line)


@pytest.mark.parametrize("line", [
    "0720461088000123456789",  # CBU-shaped, wrong check
    "0035 0214 00012345678 12", "181 010 1234567890123456 75", "2484008-3200123456",
    "Account Balance: 1,234.56", "cuenta de ahorros abierta en 2019",
])
def test_national_format_look_alikes_stay(line: str) -> None:
    assert _found(line) == []


def test_a_cheques_micr_line_gives_routing_and_account_but_not_the_cheque_number() -> None:
    line = "⑈000311⑈ ⑆021000021⑆ 123456789012⑈"
    assert _found(line) == ["021000021", "123456789012"]
    assert _found("⑆021000022⑆ 123456789012⑈") == []  # routing number fails its ABA check


@pytest.mark.parametrize(("line", "value"), [
    ("pay into 40817263549 (Capitec) before Friday", "40817263549"),
    ("I paid the deposit into 8812 3344 55", "8812 3344 55"),
    ("bitte einzahlen auf 7700123456", "7700123456"),
])
def test_verbs_whose_object_is_an_account(line: str, value: str) -> None:
    assert _found(line) == [value]


@pytest.mark.parametrize("line", ["pay into 401k", "deposit into 2024 budget", "paid into the fund last year"])
def test_look_alikes_after_those_verbs_stay(line: str) -> None:
    assert _found(line) == []
