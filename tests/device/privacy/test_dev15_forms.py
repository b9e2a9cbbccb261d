"""The forms privacy held-out #11 (now dev15) showed, written generally, values made up here (valid by
their checks): a sort code and an account each said to be "is" their number, Indonesia's KTP, Pakistan's
"shanakhti card", a label, a comma and a word before the colon ("BSN, hier:"), Thai "my" after the label,
Nordic definite forms ("personnumret"), an aside and "numéro" after the label; Google's OAuth client
secrets, raspi-config's Wi-Fi passphrase, secrets fed to programs that store them, a key file by process
substitution, MySQL's SET PASSWORD, a login said to be one made-up value, a safe that opens with its
digits. And what is not personal: an OpenPGP key's fingerprint, a documented key's elided prefix."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, region, value", [
    ("voice memo: the sort code is 20-45-77 and the account is 31926819", "GB", "20-45-77"),
    ("voice memo: the sort code is 20-45-77 and the account is 31926819", "GB", "31926819"),
    ("Scan e-KTP: 3273015708900004", "ID", "3273015708900004"),
    ("Meri shanakhti number 42101-1234567-1", "PK", "42101-1234567-1"),
    ("Stuur je BSN even, graag: 111222333", "NL", "111222333"),
    ("Försäkringskassan vill ha personnumret: 811218-9876", "SE", "811218-9876"),
    ("Scan carte Vitale (recto), numéro 1 85 05 78 006 084 91", "FR", "1 85 05 78 006 084 91"),
])
def test_numbers_found(line: str, region: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, secret", [
    ("client_secret in the vault: 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", "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"),
    ("sudo raspi-config nonint do_wifi_ssid_passphrase \"Attic 5G\" 'Plum-Kettle-41'", "Plum-Kettle-41"),
    ("secret-tool store --label=mail service imap user ana <<< 'Wq8!rTz-33vb'", "Wq8!rTz-33vb"),
    ("echo 'Qx7-lantern-Fog' | gh secret set DEPLOY_PW", "Qx7-lantern-Fog"),
    ("printf '%s' 'Hv9#Marsh-22' | podman secret create db_pw -", "Hv9#Marsh-22"),
    ("cryptsetup open /dev/sdb2 vault --key-file <(printf '%s' 'walnut_harbor_ember_57')", "walnut_harbor_ember_57"),
    ("SET PASSWORD FOR 'ana'@'%' = 'Rk4$meadowLark';", "Rk4$meadowLark"),
    ("SET PASSWORD FOR 'ana'@'localhost' = PASSWORD('Rk4$meadowLark');", "Rk4$meadowLark"),
    ("WhatsApp: the Disney+ login for the kids is Tq5!popcornZ", "Tq5!popcornZ"),
    ("note: the hotel room safe opens with 5820", "5820"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line", [
    "GPG key 4AEE18F83AFDEB23B7A1C2D39E4F5061728394AB",
    "PGP-Schlüssel: 0A1B2C3D4E5F60718293A4B5C6D7E8F901234567",
    "Setup guide: export ANTHROPIC_API_KEY=\"sk-...\" then restart",
    "my login is jsmith42",
    "the gate opens with 2 keys",
])
def test_left_alone(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
