"""Passwords in the forms the spent held-out set (dev8) showed, written generally: "password's now
X", a password word joined by a hyphen ("WLAN-Passwort"), the thing it is for named after a
preposition with a noun such as "app" or "box", a keypad's code, a PIN after the app it unlocks
(not India's postal PIN); a Redis directive after its file's name; rclone's backend key. Values made
up for these tests."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize(("line", "secret"), [
    ("IT desk: I've reset it, your password's now Tamarind42% — call if it fails", "Tamarind42%"),
    ("the password's still Quokka-7781", "Quokka-7781"),
    ("Signal — das WLAN-Passwort im Gartenhaus lautet mango-kiwi-otter3", "mango-kiwi-otter3"),
    ("Router-Kennwort: Lavendel!2290", "Lavendel!2290"),
    ("password for the building gate app is Kuching4417@", "Kuching4417@"),
    ("le mot de passe de la box c'est TRVQ5521abcd", "TRVQ5521abcd"),
    ("shed keypad 7190", "7190"),
    ("Messages — CashApp PIN is 482913 if it asks", "482913"),
    ("redis.conf: requirepass h@rbor2019", "h@rbor2019"),
    ("rclone config create s3b s3 access_key_id AKID secret_access_key 'Wq8Zt2PmXc4Rv9Lb'", "Wq8Zt2PmXc4Rv9Lb"),
    ("rclone config create b2x b2 account acct1 key 'KFTZ7713qwer'", "KFTZ7713qwer"),
])
def test_found(line: str, secret: str) -> None:
    redacted, _ = Redactor("US").redact(line)
    assert secret not in redacted


@pytest.mark.parametrize("line", [
    "the password's strength is shown in green",
    "WLAN-Passwort ändern in den Einstellungen",
    "password for the app has been changed",
    "keypad 2",
    "Karnataka - PIN 560001",
    "PIN code 560034, Bengaluru",
    "rclone config create b2x b2 account acct1",
])
def test_not_found(line: str) -> None:
    assert [f for f in Redactor("IN").findings(line) if f.kind == "secret"] == []
