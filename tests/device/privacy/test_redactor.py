"""``Redactor``: one pass per finding, and what an earlier pass wrote is never cut into."""

import pytest

from device.privacy.findings import Finding
from device.privacy.redactor import Redactor, _outside_placeholders

REDACTOR = Redactor("DE")


@pytest.mark.parametrize(("line", "sent"), [
    ("openssl rsa -in k.pem -passout pass:Zeder#5150 -out k2.pem", "openssl rsa -in k.pem -passout pass:[secret] -out k2.pem"),
    ("gpg --batch --passphrase-fd 0 <<< Fjord!882; openssl enc -d -pass pass:Larch_77 -in x",
     "gpg --batch --passphrase-fd 0 <<< [secret]; openssl enc -d -pass pass:[secret] -in x"),
    ("expect -c 'spawn sftp ana@nas; expect word; send \"Quokka#12\\r\"'",
     "expect -c 'spawn sftp ana@nas; expect word; send \"[secret]\\r\"'"),
])
def test_each_secret_is_redacted_and_counted_once(line: str, sent: str) -> None:
    redacted, counts = REDACTOR.redact(line)
    assert redacted == sent
    assert counts["secret"] == sent.count("[secret]")


def test_findings_that_cut_into_a_placeholder_are_dropped() -> None:
    text = "pass:[secret] and [phone]x"
    found = [Finding(5, 12, "secret"), Finding(5, 13, "secret"), Finding(0, 13, "secret"), Finding(20, 26, "secret")]
    # "[secret" cuts it, "[secret]" is it; "pass:[secret]" covers it whole; "hone]x" cuts "[phone]".
    assert _outside_placeholders(text, found) == [Finding(0, 13, "secret")]
