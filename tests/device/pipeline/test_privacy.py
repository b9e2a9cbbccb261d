"""The device's redactor through its real libraries (libphonenumber, python-stdnum, detect-secrets):
what it catches, what it leaves alone, and the filter that applies it to observations."""

from collections import Counter
from datetime import datetime, timezone

import pytest
from hypothesis import given, settings, strategies as st

from device.pipeline.privacy import PrivacyFilter, luhn_ok, redact_observation, redact_text, redactor_for
from device.privacy.accounts import card_brand
from device.privacy.phones import region_from_locale
from shared.observation import Observation
from shared.settings import DeviceSettings, SensorSettings

T = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)


def redact(text: str, region: str = "DE") -> str:
    return redactor_for(region).redact(text)[0]


# The lines the regex redactor passed through unchanged (issue 17), each with its writer's region.
@pytest.mark.parametrize(("region", "text", "expected"), [
    ("DE", "Handy: 0176 12345678", "Handy: [phone]"),
    ("DE", "Paris +33 1 42 68 53 00", "Paris [phone]"),
    ("US", "My number is 6505550123", "My number is [phone]"),
    ("US", "export OPENAI_API_KEY=sk-proj-Ab3dEf9hIjKlMnOpQrStUvWxYz0123456789", "export OPENAI_API_KEY=[secret]"),
    ("US", "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "aws_secret_access_key = [secret]"),
    ("US", "mysql -u root -pHunter2secret db", "mysql -u root -p[secret] db"),
    ("US", "Login: password: Tr0ub4dor&3", "Login: password: [secret]"),
])
def test_what_the_regexes_missed_is_caught(region: str, text: str, expected: str) -> None:
    assert redact(text, region) == expected


@pytest.mark.parametrize(("text", "expected", "kind"), [
    ("mail priya.nair@example.com now", "mail [email] now", "email"),
    ("call +49 30 1234 5678 later", "call [phone] later", "phone"),
    ("call (555) 123-4567", "call [phone]", "phone"),
    ("card 4111 1111 1111 1111 exp", "card [card] exp", "card"),
    ("Amex 3782 822463 10005", "Amex [card]", "card"),
    ("IBAN DE89 3704 0044 0532 0130 00 ok", "IBAN [account] ok", "account"),
    ("IBAN GB29NWBK60161331926819 BIC NWBKGB2L", "IBAN [account] BIC NWBKGB2L", "account"),
    ("account no. 12345678901", "account no. [account]", "account"),
    ("SSN 536-90-4399 on the W-2", "SSN [national_id] on the W-2", "national_id"),
    ("mi DNI es 12345678Z", "mi DNI es [national_id]", "national_id"),
    ("token ghp_16C7e42F292c6912E7710c838347Ae178B4a", "token [secret]", "secret"),
    ("SLACK_BOT_TOKEN: xoxb-123456789012-1234567890123-abcdefghijklmnopqrstuvwx", "SLACK_BOT_TOKEN: [secret]", "secret"),
    ("curl -H 'Authorization: Bearer eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0In0.c2lnbmF0dXJlX2J5dGVz'",
     "curl -H 'Authorization: Bearer [secret]'", "secret"),
    ("my password is hunter2", "my password is [secret]", "secret"),
    ("Mein Passwort lautet Geheim!2026", "Mein Passwort lautet [secret]", "secret"),
    ("PIN is 4821", "PIN is [secret]", "secret"),
    ("git clone https://priya:Zürich2025?@git.example.com/notes.git", "git clone https://priya:[secret]@git.example.com/notes.git", "secret"),
])
def test_personal_data_is_redacted_and_counted_by_kind(text: str, expected: str, kind: str) -> None:
    assert redactor_for("US").redact(text) == (expected, Counter({kind: 1}))


def test_a_private_key_block_goes_whole() -> None:
    block = "-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA7\nq2lFz0xR\n-----END RSA PRIVATE KEY-----"
    assert redact(f"id_rsa: {block} (backup)") == "id_rsa: [secret] (backup)"


# The harmless lines it changed none of, and more like them.
@pytest.mark.parametrize("text", [
    "coffee at 14:30, 120 mg", "2026-11-20 09:02-11:47", "ran 5.2 km in 32 min", "order 4111 1111 1111 1112",
    "version 3.11.7", "room 1204", "meeting 10:00-10:30 with Mei Chen", "ISBN 978-3-16-148410-0",
    "52.5200, 13.4050", "€1,234.56", "invoice INV-2026-004512", "flight LH 400 at 14:30",
    "build 20261120.1432", "Order #112-4455667-1234567", "commit 3f9c0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f",
    "password is incorrect", "forgot password? reset link sent", "Your password has expired", "max_tokens=128",
    "tokens: 512", "vault kv get secret/prod", "SmolLM2-135M-Instruct-Q8_0.gguf", "Q3_Financial_Report_FINAL_v2.xlsx",
    "ssh -p 2222 pi@raspberrypi.local", "curl -u $USER:$PASS https://x", "mysql -u root -p",
    "IBAN DE00 3704 0044 0532 0130 00",  # a wrong check sum is no IBAN
])
@pytest.mark.parametrize("region", ["US", "DE", "GB", "FR"])
def test_look_alikes_are_left_alone(text: str, region: str) -> None:
    assert redactor_for(region).redact(text) == (text, Counter())


def test_the_region_decides_how_national_numbers_read() -> None:
    assert redact("Handy: 0176 12345678 ruf an", "DE") == "Handy: [phone] ruf an"
    assert redact("ring 0176 12345678", "US") == "ring [phone]"  # labelled: caught anywhere
    assert redact("reach me 020 7946 0958", "GB") == "reach me [phone]"


def test_region_from_the_locale(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("LC_ALL", "LC_TELEPHONE", "LC_CTYPE", "LANG"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "de_DE.UTF-8")
    assert region_from_locale() == "DE"
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert region_from_locale() == "FR"
    assert PrivacyFilter(SensorSettings()).region == "FR"
    assert PrivacyFilter(SensorSettings(), region="jp").region == "JP"


def test_the_settings_region_comes_before_the_locale(monkeypatch: pytest.MonkeyPatch,
                                                     caplog: pytest.LogCaptureFixture, tmp_path) -> None:
    monkeypatch.setenv("LC_ALL", "fr_FR.UTF-8")
    assert PrivacyFilter(SensorSettings(phone_region="gb")).region == "GB"
    assert PrivacyFilter(SensorSettings(phone_region=" ")).region == "FR"  # unset: the locale's
    assert PrivacyFilter(SensorSettings(phone_region="Atlantis")).region == "FR"
    assert "'Atlantis' is not a region" in caplog.text
    assert PrivacyFilter(SensorSettings(phone_region="GB")).text("ring 07700 900123") == "ring [phone]"
    monkeypatch.setenv("TETHER_SENSORS__PHONE_REGION", "de")
    monkeypatch.setenv("TETHER_HOME", str(tmp_path))
    assert PrivacyFilter(DeviceSettings().sensors).region == "DE"  # from the environment, as every setting


def test_luhn_and_brands() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")
    assert card_brand("4111111111111111") == "visa" and card_brand("378282246310005") == "amex"
    assert card_brand("9780306406157") is None  # an ISBN passes no brand


def test_observation_data_is_redacted_deeply() -> None:
    obs = Observation(id="1", sensor="microphone", kind="conversation", start=T,
                      data={"text": "write to a@b.io, pin is 4821", "attendees": ["x@y.org", "Mei"], "n": 3})
    red, counts = redact_observation(obs, redactor_for("US"))
    assert counts == Counter({"email": 2, "secret": 1})
    assert red.data == {"text": "write to [email], pin is [secret]", "attendees": ["[email]", "Mei"], "n": 3}
    assert red.id == obs.id and red.start == obs.start


def test_filter_excludes_apps_and_titles_and_counts_by_kind() -> None:
    f = PrivacyFilter(SensorSettings(exclude_apps=["^keepassxc$"], exclude_titles=["private browsing", "bank"]), region="DE")
    obs = [
        Observation(id="a", sensor="window", kind="computer", start=T, data={"app": "KeePassXC", "title": "db"}),
        Observation(id="b", sensor="window", kind="computer", start=T, data={"app": "Firefox", "title": "My Bank — login"}),
        Observation(id="c", sensor="window", kind="computer", start=T, data={"app": "Firefox", "title": "mail me: a@b.io"}),
        Observation(id="d", sensor="shell", kind="command", start=T, data={"command": "mysql -p[secret]"}),  # redacted at source
        Observation(id="e", sensor="webhook", kind="note", start=T, data={"text": "Handy 0176 12345678"}),
    ]
    kept, report = f.apply(obs)
    assert [o.id for o in kept] == ["c", "d", "e"] and kept[0].data["title"] == "mail me: [email]"
    assert kept[2].data["text"] == "Handy [phone]"
    assert (report.kept, report.excluded, report.redactions) == (3, 2, 3)
    assert report.by_kind == {"email": 1, "secret": 1, "phone": 1}


def test_redaction_can_be_turned_off() -> None:
    f = PrivacyFilter(SensorSettings(redact=False))
    assert f.text("a@b.io, 0176 12345678") == "a@b.io, 0176 12345678"
    kept, report = f.apply([Observation(id="a", sensor="manual", kind="note", start=T, data={"text": "a@b.io"})])
    assert kept[0].data["text"] == "a@b.io" and report.redactions == 0


def test_redact_text_uses_the_locale_region() -> None:
    text, counts = redact_text("reply to priya@example.com")
    assert text == "reply to [email]" and counts == Counter({"email": 1})


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_redaction_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


_PIECES = st.sampled_from(["password: ", "api_key=", "Tel. ", "IBAN ", "SSN ", "-p", "://u:", "@", "DE89 ", " 0176 ",
                           "4111", "[secret]", "secret", " ", "=", ":", "1", "42", "x", "ghp_", "Bearer "])


@settings(max_examples=500, deadline=None)
@given(st.lists(_PIECES, max_size=30).map("".join))
def test_redaction_is_idempotent_on_near_misses(text: str) -> None:
    once = redact(text)
    assert redact(once) == once
