"""The label gate: never "no label" where a detector's labels find one, and "no" for most texts."""

import re

import pytest

from device.privacy import bank_accounts, national_ids
from device.privacy.label_gate import LabelGate, alternatives, by_first_letter

ACCOUNT_LABELS = f"{bank_accounts._ACCOUNT_LABEL}|{bank_accounts._BANK_CODE_LABEL}"
ID_LABELS = "|".join(label for label, _ in national_ids._LABELLED)


@pytest.mark.parametrize("text", [
    "Bankkonto: 1234 56 78901", "Girokonto 0532013000", "my ACCOUNT is 12345678", "IBAN / Kontonummer",
    "número de cuenta 0049", "číslo účtu 19-2000145399/0800", "口座番号 1234567", "счёт 40817810",
    "Sort code 20-00-00", "(acct) 1234", "paid it into 12345678", "記号 12345 番号 67890", "رقم الحساب 123",
])
def test_every_account_label_passes(text: str) -> None:
    assert LabelGate(ACCOUNT_LABELS).search(text)


@pytest.mark.parametrize("text", [
    "SSN: 123-45-6789", "Individual Taxpayer Identification Number 9", "KİMLİK NO 10000000146", "Steuer-ID 12",
    "マイナンバー 1234", "NHS number before they'll hand it over — is it 9434765919?", "身份证号码 1",
    "bsn:123", "Thai ID 1", "เลขประจำตัวประชาชน 1", "numéro de sécurité sociale 1",
])
def test_every_id_label_passes(text: str) -> None:
    assert LabelGate(ID_LABELS).search(text)


@pytest.mark.parametrize("text", ["coffee at 10:30 with Ana", "Build 4.2.1 passed", "Order 123456 shipped",
                                  "カフェで会いましょう", "встреча в 10"])
def test_texts_without_labels_are_turned_away(text: str) -> None:
    assert not LabelGate(ACCOUNT_LABELS).search(text) and not LabelGate(ID_LABELS).search(text)


def test_a_label_the_gate_cannot_read_lets_every_text_through() -> None:
    assert LabelGate(r"ab|\w+id").search("coffee")


def test_grouping_by_first_letter_matches_where_the_plain_alternation_does() -> None:
    words = ID_LABELS
    plain, grouped = re.compile(rf"(?:{words})\b"), re.compile(rf"(?:{by_first_letter([words])})\b")
    for text in ("ssn 1", "social security number 2", "the pps no 3", "dni: 4", "cpf 5", "nothing here"):
        assert [m.span() for m in plain.finditer(text)] == [m.span() for m in grouped.finditer(text)]
    assert alternatives("a|(?:b|c)|[|]d") == ["a", "(?:b|c)", "[|]d"]
