"""The forms privacy held-out #8 (to become dev12) showed, written generally, values made up here: a
NUBAN a few words after its bank, a branded card after a compound card word, an SSN after a question
about it, a label before a Japanese particle or glued to Thai words, a password fed by process
substitution or typed into npm login, pdfencrypt's user password, redis's requirepass in a window
title, "..., c'est X", Thai "รหัส", Arabic "رقم سري"; and what is not personal: an app's name after a
dash in a window title, a meeting's number, a public PGP key named in German, an extended public key,
a placeholder sort code."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, region, secret", [
    ("note to self: my Zenith Bank account number is 1012345671", "NG", "1012345671"),
    ("Die Kreditkarte für die Reise: 5425 2334 3010 9903", "DE", "5425 2334 3010 9903"),
    ("Chat: can you send your SSN for the lease form? 123456789", "US", "123456789"),
    ("私のマイナンバーは 123456789018 です", "JP", "123456789018"),
    ("rsync -a ./x rsync://u@host/x --password-file=<(echo 'Fennel%2291')", "US", "Fennel%2291"),
    ("vncviewer host:1 -passwd <(echo 'Juniper77=' | vncpasswd -f)", "US", "Juniper77="),
    ("npm login --registry http://r.lan <<< $'ana\\nQz8!mP2#kL'", "US", "Qz8!mP2#kL"),
    ("pdfencrypt -u 'Ch@rcoal4410' -o out.pdf in.pdf", "US", "Ch@rcoal4410"),
    ("redis.conf — requirepass Pewter88# — vim", "GB", "Pewter88#"),
    ("Le code du portail, c'est 7734", "FR", "7734"),
    ("Le mot de passe de la box, c'est Tx9+mQ2#vL", "FR", "Tx9+mQ2#vL"),
    ("รหัส Disney คือ Seashell2290~", "TH", "Seashell2290~"),
    ("رقم سري الراوتر Kx7#pQ2mZ9", "EG", "Kx7#pQ2mZ9"),
])
def test_found(line: str, region: str, secret: str) -> None:
    redacted, _ = Redactor(region).redact(line)
    assert secret not in redacted, (line, redacted)


@pytest.mark.parametrize("line, region", [
    ("Window title: Reset your password — Mozilla Firefox", "US"),
    ("Chime meeting 4417730912", "US"),
    ("Öffentlicher PGP-Schlüssel 9F3B2C1D0A8E7F6B5C4D3E2F1A0B9C8D7E6F5A4B", "DE"),
    ("Ledger xpub6CUGRUonZSQ4TWtTMmzXdrXDtypWKiKrhko4egpiMZbpiaQL2jkwSB1icqYh2cfDfVxdx4df189oLKnC5fSwqPfgyP3hooxujYzAu3fDVmz", "US"),
    ("Sort code: 00-00-00 (placeholder)", "GB"),
])
def test_left_alone(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line
