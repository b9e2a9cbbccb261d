"""Account labels in more languages and forms: Serbian "br.", Macedonian, Finnish "tilinro", Hebrew,
Sinhala, Khmer, traditional Chinese after other characters, a bracket after the label, the account's
kind and "n°" after the bank's name. Values made up for these tests."""

from __future__ import annotations

import pytest

from device.privacy.bank_accounts import find_bank_accounts


def _found(line: str) -> list[str]:
    return [line[f.start:f.end] for f in find_bank_accounts(line)]


@pytest.mark.parametrize(("line", "value"), [
    ("tekući račun br. 160-0000123456789-42", "160-0000123456789-42"),
    ("девизна сметка 300000001234567", "300000001234567"),
    ("uusi tilinro 123456-7890123", "123456-7890123"),
    ("אנא העבירו לחשבון: מספר חשבון 12-345-678901", "12-345-678901"),
    ("savings account (bank-branch-number) 11-222-333444", "11-222-333444"),
    ("cuenta vista BancoSur n° 44556677", "44556677"),
    ("cuenta cliente 10200009876543210", "10200009876543210"),
    ("cta. corriente nro. 3344556677", "3344556677"),
    ("請匯入帳戶 700-123456789012", "700-123456789012"),
    ("ගිණුම් අංකය 112233445566", "112233445566"),
    ("លេខគណនី 111 222 333", "111 222 333"),
    ("hesap no: 12345678", "12345678"),
])
def test_more_account_labels(line: str, value: str) -> None:
    assert _found(line) == [value]


@pytest.mark.parametrize("line", [
    "see cont. 123456 on page 2",
    "account settings changed 3 times",
    "(bank holiday) 2026",
])
def test_not_accounts(line: str) -> None:
    assert _found(line) == []


@pytest.mark.parametrize(("line", "values"), [
    # An IFSC is the branch's code even after a label that a capitalised word may follow.
    ("acct no 44556677889 ifsc ABCD0123456", ["44556677889", "ABCD0123456"]),
    # An account beside a labelled bank code: a transfer to it, a Brazilian branch and account.
    ("RTGS to 99887766554433 (IFSC WXYZ0654321)", ["99887766554433", "WXYZ0654321"]),
    ("ag 1234 cc 56789-0 (BancoX)", ["1234", "56789-0"]),
    # A bank code beside a labelled account: Canada's transit-institution, a sort code.
    ("transit/institution 12345-002 account 7654321", ["12345-002", "7654321"]),
    ("cheque 54321-006 acct 1112223", ["54321-006", "1112223"]),
    ("20-11-22 account 33445566", ["20-11-22", "33445566"]),
])
def test_account_and_bank_code_pairs(line: str, values: list[str]) -> None:
    assert sorted(_found(line)) == sorted(values)


@pytest.mark.parametrize("line", [
    "ag 1234 invoice 5566778",   # a number labelled as something else beside the code
    "ag 1234\n99887766",         # another line
    "ag 1234 Bericht, Seite 567890",  # more than one short word between: not a pair
    "account 1234567 opened 12-05-26",  # nor here (a date in a sort code's shape)
])
def test_no_pair_across_labels_or_lines(line: str) -> None:
    assert len(_found(line)) == 1
