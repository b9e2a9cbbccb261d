"""Prose passwords in the forms dev7 showed: a cue after 'word/', a service's name after a lower-case
cue, a PIN named for what it unlocks (hyphenated or after 'do cartão'), a value that opens with a
sign after 'is'; and India's postal 'PIN code', which is no secret. Values made up for these tests."""

import pytest

from device.privacy.passwords.prose import find_prose_passwords
from device.privacy.redactor import Redactor


def found(line: str) -> list[str]:
    return [line[start:end] for start, end in find_prose_passwords(line)]


@pytest.mark.parametrize(("line", "secret"), [
    ("note from Mum: the door word/password is Tangelo44!", "Tangelo44!"),
    ("user/passwd was Quokka_19", "Quokka_19"),
    ("mdp Orange : bison-clay-lemon4", "bison-clay-lemon4"),
    ("password Free: heron-mint-42", "heron-mint-42"),
    ("Karten-PIN 5183", "5183"),
    ("SIM-PIN: 2290", "2290"),
    ("senha do cartão 620417", "620417"),
    ("PIN of the debit card 7351", "7351"),
    ("and the password is =Vq8&rT!m2#zz", "=Vq8&rT!m2#zz"),
    ("the password is: Walrus#8", "Walrus#8"),
])
def test_found(line: str, secret: str) -> None:
    assert secret in found(line)


@pytest.mark.parametrize("line", [
    "cat /etc/passwd", "see ~/notes/password.txt is empty", "https://example.com/password is down",
    "password Reset: click the link", "password Manager: Bitwarden",
    "senha do cartão bloqueada", "PIN code 560034, Bengaluru", "Indiranagar, PIN 560038",
    "Karnataka - PIN code 560001", "data-pin value",
])
def test_not_found(line: str) -> None:
    assert found(line) == []


def test_a_card_pin_of_six_digits_without_a_place_is_still_a_pin() -> None:
    assert found("PIN code 560034 for the new card") == ["560034"]
    assert "[secret]" in Redactor("IN").redact("my PIN code: 418203")[0]
