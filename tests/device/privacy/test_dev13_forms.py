"""The forms privacy held-out #9 (to become dev13) showed, written generally, values made up here: an
id label, a word and an aside before its colon ("Aadhaar card (OCR):"), restic's --password-command,
borg and pihole, German "ist jetzt X", a made-up value with a sign inside after its cue's words, a
lockbox's code; and what is not personal: an IPFS content id, an SSH key's fingerprint without the
word, a "last changed" date after a dash. One-time codes stay redacted (the earlier sets count them as
secrets; this one did not): they unlock an account while they live."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, region, secret", [
    ("Aadhaar card (scan): 234123412346", "IN", "234123412346"),
    ("restic backup ~ --password-command 'echo sorrel_finch_77'", "US", "sorrel_finch_77"),
    ("borg create /mnt/b::x ~ <<< 'Qu!nce2291'", "US", "Qu!nce2291"),
    ("pihole -a -p 'Heron#5520'", "DE", "Heron#5520"),
    ("Das WLAN-Passwort ist jetzt Tk9%mQ2!vL", "DE", "Tk9%mQ2!vL"),
    ("Passwort fürs Steuer-Portal Fj0rd=8812", "DE", "Fj0rd=8812"),
    ("the lockbox code is 4471", "US", "4471"),
    ("Your verification code is 552901", "US", "552901"),
])
def test_found(line: str, region: str, secret: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line", [
    "IPFS QmPK1s3pNYLi9ERiq3BDxKa4XosgWwFRQUydHUtz4YgpqB",
    "SHA256:nThbg6kXUpJWGl7E1IGOCspRomTxdCARLviKw6E5SY8 (ED25519)",
    "Change password — last changed 93 days ago",
])
def test_left_alone(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
