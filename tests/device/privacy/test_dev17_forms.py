"""The forms privacy held-out #13 (to become dev17) showed, written generally, values made up here (valid by
their checks): India's "IFS Code" beside an account, a comma between a label and its number, Turkish
"kimlik numaram"; OpenRouter keys, The Unarchiver's -p, OpenVPN's auth file shown on one line, "the new
one's" after a changed pass, Swahili "mpya" (new), Spanish "la clave es", Italian "chiave WPA", a PIN
after the card it unlocks and the bank's name. And what is not a password: the length a rule asks for."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, region, value", [
    ("Passbook (scan): Account No. 30291847561 IFS Code HDFC0001234", "IN", "HDFC0001234"),
    ("Form: your Social Insurance Number, 130-692-544", "CA", "130-692-544"),
    ("Vergi dairesi için kimlik numaram: 10000000146", "TR", "10000000146"),
])
def test_numbers_found(line: str, region: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, secret", [
    ("OPENROUTER_API_KEY=sk-or-v1-" + "5f" * 32, "sk-or-v1-" + "5f" * 32),
    ("unar -p 'Basalt-2219' scans.rar", "Basalt-2219"),
    ("cat ~/vpn/auth.txt → jdoe Pl@ne-7741", "Pl@ne-7741"),
    ("changed the Spotify pass, new one's Kq8!fernGlade2", "Kq8!fernGlade2"),
    ("Nenosiri mpya la benki ni Mto!Nyeupe88", "Mto!Nyeupe88"),
    ("la red es CASA_5G y la clave es Rk7pLuna!2291", "Rk7pLuna!2291"),
    ("per il wifi di casa la chiave WPA è Qv9-Tramonto-44", "Qv9-Tramonto-44"),
    ("Pesan: PIN ATM Mandiri ayah 552190", "552190"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line", [
    "Choose a stronger password: 12+ characters, one symbol, one number",
    "my bus pass is new, the new one's 2024 edition",
])
def test_left_alone(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
