"""The forms the spent held-out set (now dev9) showed, written generally, values made up here: a NUBAN
beside its bank's name (its check decides), an IFSC written "IFSC code", a national id labelled with
what it is for ("Steuer-ID für den Arbeitgeber:"), a password some words after its cue ("senha do app
do banco:", Arabic "باسورد", Indonesian "password wifi kos yang baru X"), a quoted SSID before a
passphrase, a device's login after its name ("router admin / X", "auth.txt for vpn.conf: user / X");
and what they are not: orders in other languages, numbers glued to a shop's code."""

import pytest

from device.privacy.nuban import find_nubans, nuban_ok
from device.privacy.redactor import Redactor


def _nuban(code: str, serial: str) -> str:
    """A valid NUBAN for ``code`` from nine serial digits (the check digit computed here)."""
    weights = (3, 7, 3, 3, 7, 3, 3, 7, 3, 3, 7, 3)
    total = sum(int(d) * w for d, w in zip(code + serial, weights))
    return serial + str((10 - total % 10) % 10)


def test_nuban_check() -> None:
    number = _nuban("057", "123456789")
    assert nuban_ok("057", number)
    assert not nuban_ok("057", number[:9] + str((int(number[9]) + 1) % 10))
    assert not nuban_ok("044", number) or nuban_ok("057", number)  # the bank's code is part of the check


@pytest.mark.parametrize("line, bank", [
    ("Zenith Bank: {v}", "057"),
    ("pay the deposit to GTB {v} (Chidi)", "058"),
    ("{v} - Access Bank, Bola Adeyemi", "044"),
    ("UBA acct {v}", "033"),
])
def test_a_nuban_beside_its_bank(line: str, bank: str) -> None:
    value = _nuban(bank, "204815163")
    text = line.format(v=value)
    assert [text[f.start:f.end] for f in find_nubans(text)] == [value]
    assert value not in Redactor("NG").redact(text)[0]


def test_a_ten_digit_number_that_fails_the_banks_check_is_no_nuban() -> None:
    good = _nuban("057", "204815163")
    bad = good[:9] + str((int(good[9]) + 3) % 10)
    assert find_nubans(f"Zenith Bank: {bad}") == []
    assert find_nubans(f"ticket {good} for the first show") == []  # no bank's name beside it


@pytest.mark.parametrize("line, secrets", [
    ("refund to a/c 50100234567812, IFSC code HDFC0001234", ["50100234567812", "HDFC0001234"]),
    ("Steuer-ID für die Lohnabrechnung: 65 929 970 489", ["65 929 970 489"]),
    ("senha do app do banco: tucano-verde41", ["tucano-verde41"]),
    ("senha do e-mail da escola: Jabuti!2207", ["Jabuti!2207"]),
    ("الباسورد الجديد للراوتر Qm7!tZ2kLp", ["Qm7!tZ2kLp"]),
    ("password wifi kantor yang baru Kedondong-88 ya", ["Kedondong-88"]),
    ("wpa_passphrase \"Rumah Kita 5G\" 'pisang.goreng77' > /etc/wpa.conf", ["pisang.goreng77"]),
    ("note: router admin / Hibiscus_bay42", ["Hibiscus_bay42"]),
    ("auth.txt for office.ovpn: dewi / nangka.manis19", ["nangka.manis19"]),
])
def test_found(line: str, secrets: list[str]) -> None:
    redacted, _ = Redactor("DE").redact(line)
    for secret in secrets:
        assert secret not in redacted, (line, redacted)


@pytest.mark.parametrize("line, region", [
    ("Pedido nº 6609604328 confirmado", "MX"),
    ("Commande n° 0612345678 expédiée", "FR"),
    ("Flipkart order OD512383577897171217 delivered", "IN"),
    ("router admin / 2024 settings page", "US"),
    ("the password manager app reset my settings yesterday", "US"),
    ("wpa_passphrase \"Rumah Kita\"", "ID"),
])
def test_left_alone(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line
