from datetime import datetime, timezone

import pytest
from hypothesis import given, strategies as st

from device.pipeline.privacy import PrivacyFilter, luhn_ok, redact_observation, redact_text
from shared.observation import Observation
from shared.settings import SensorSettings

T = datetime(2026, 11, 20, 9, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mail priya.nair@example.com now", "mail [email] now"),
        ("call +49 30 1234 5678 later", "call [phone] later"),
        ("call (555) 123-4567", "call [phone]"),
        ("card 4111 1111 1111 1111 exp", "card [card] exp"),
        ("IBAN DE89 3704 0044 0532 0130 00 ok", "IBAN [account] ok"),
        ("account no. 12345678901", "account no. [account]"),
    ],
)
def test_personal_data_is_redacted(text: str, expected: str) -> None:
    redacted, count = redact_text(text)
    assert redacted == expected and count == 1


@pytest.mark.parametrize(
    "text",
    ["coffee at 14:30, 120 mg", "2026-11-20 09:02-11:47", "ran 5.2 km in 32 min", "order 4111 1111 1111 1112",
     "version 3.11.7", "room 1204", "meeting 10:00-10:30 with Mei Chen"],
)
def test_ordinary_facts_are_left_alone(text: str) -> None:
    assert redact_text(text) == (text, 0)


def test_luhn() -> None:
    assert luhn_ok("4111111111111111") and not luhn_ok("4111111111111112")


def test_observation_data_is_redacted_deeply() -> None:
    obs = Observation(id="1", sensor="microphone", kind="conversation", start=T,
                      data={"text": "write to a@b.io", "attendees": ["x@y.org", "Mei"], "n": 3})
    red, count = redact_observation(obs)
    assert count == 2 and red.data == {"text": "write to [email]", "attendees": ["[email]", "Mei"], "n": 3}
    assert red.id == obs.id and red.start == obs.start


def test_filter_excludes_apps_and_titles() -> None:
    f = PrivacyFilter(SensorSettings(exclude_apps=["^keepassxc$"], exclude_titles=["private browsing", "bank"]))
    obs = [
        Observation(id="a", sensor="window", kind="computer", start=T, data={"app": "KeePassXC", "title": "db"}),
        Observation(id="b", sensor="window", kind="computer", start=T, data={"app": "Firefox", "title": "My Bank — login"}),
        Observation(id="c", sensor="window", kind="computer", start=T, data={"app": "Firefox", "title": "mail me: a@b.io"}),
    ]
    kept, report = f.apply(obs)
    assert [o.id for o in kept] == ["c"] and kept[0].data["title"] == "mail me: [email]"
    assert (report.kept, report.excluded, report.redactions) == (1, 2, 1)


def test_redaction_can_be_turned_off() -> None:
    f = PrivacyFilter(SensorSettings(redact=False))
    assert f.text("a@b.io") == "a@b.io"


@given(st.text(max_size=300))
def test_redaction_is_idempotent(text: str) -> None:
    once, _ = redact_text(text)
    assert redact_text(once)[0] == once
