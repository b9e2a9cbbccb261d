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


@pytest.mark.parametrize("line", [
    '<div class="g-recaptcha" data-sitekey="6LdQ2xQqAAAAAHk3Zt9Vb1Wn8Yc4Rm7Pa0Ls5Ej2"></div>',
    "MAPBOX_PUBLIC_TOKEN=pk.eyJ1IjoidGV0aGVyIiwiYSI6ImNsOXh6d3F5cjAxMjM0NW9xZGFiY2RlZmcifQ.Qw3rTy7uIo9pAs1dFg5hJk",
    "posthog.init('phc_Zx8Cv7Bn6Mq5Wr4Et3Ty2Ui1Op0AsDfGhJkLzXcVbN', {api_host: 'https://eu.posthog.com'})",
    "const stripe = Stripe('pk_live_51Hq8Zx7Cv6Bn5Mq4Wr3Et2Ty1Ui0OpAsDfGhJk');",
    "NREUM.init={licenseKey:'NRJS-0f1e2d3c4b5a69788',applicationID:'601234567'}",
])
def test_keys_published_by_design_stay(line: str) -> None:
    assert REDACTOR.redact(line)[0] == line


def test_a_captchas_secret_key_is_still_redacted() -> None:
    line = "RECAPTCHA_SECRET_KEY=6LdQ2xQqAAAAAPz8Yx7Wv6Ut5Sr4Qp3On2Ml1Kj0"
    assert REDACTOR.redact(line)[0] == "RECAPTCHA_SECRET_KEY=[secret]"


@pytest.mark.parametrize("line", ["MGRS 33UXP 04530 23456", "grid 18SUJ 2337 0651 at the trailhead",
                                  "rally point 4QFJ 123 678"])
def test_military_grid_references_are_no_phone_numbers(line: str) -> None:
    assert REDACTOR.redact(line)[0] == line


@pytest.mark.parametrize(("line", "sent"), [
    ("echo Kestrel#77 | kinit ana@CORP.LOCAL", "echo [secret] | kinit ana@CORP.LOCAL"),  # a Kerberos principal, no mail
    ("openssl passwd -6 Heron_4421", "openssl passwd -6 [secret]"),  # "-6" is an option, not the password
])
def test_principals_and_options_are_no_findings(line: str, sent: str) -> None:
    assert REDACTOR.redact(line)[0] == sent
