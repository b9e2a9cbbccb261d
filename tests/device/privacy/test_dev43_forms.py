"""Forms held-out #39 showed, in my own wordings and values: Samba's -U DOMAIN/USER%X for winexe and the pth- tools,
tac_plus.conf's login = cleartext "X", OpenWrt's option key 'X', "كلمة سر" without its article; and what is no secret:
a WireGuard peer's public key "is" X, and the word after a login's password ("X, so nobody ...")."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret, region", [
    ("$ pth-winexe -U 'KINTSU/lacquer_ro%Gl4zeline3318' //10.9.2.4 cmd.exe", "Gl4zeline3318", "US"),
    ("tac_plus.conf on the lab switch: user = kiln_sync { login = cleartext \"Urushiline47\" }", "Urushiline47", "US"),
    ("/etc/config/wireless: option ssid 'KilnShed' · option encryption 'sae' · option key 'Goldjoin558'", "Goldjoin558", "US"),
    ("رسالة من الورشة: كلمة سر حاسوب المكتب Lacquer.bowl73", "Lacquer.bowl73", "EG"),
])
def test_values_found(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, kept", [
    ("The WireGuard peer public key for the kiln room is q2fdrSGBskGRcrQUetMgEMf0gEgNPLQj7mw+y9iwnpt=", None),
    ("Someone said the studio login is Kilnbowl2231, so keep it quiet.", "so keep it quiet"),
    ("option key 'none'", None),
])
def test_public_keys_and_the_words_after_a_value_stay(line: str, kept: str | None) -> None:
    redacted = Redactor("GB").redact(line)[0]
    assert (redacted == line) if kept is None else (kept in redacted and "Kilnbowl2231" not in redacted)
