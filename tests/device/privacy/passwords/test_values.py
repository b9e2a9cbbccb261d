"""The checks every password cue shares: where a value ends, which values are none, and which
names hold secrets."""

import pytest

from device.privacy.passwords.values import password_shaped, plausible, secret_name, value_at


@pytest.mark.parametrize(("name", "kind"), [
    ("PGPASSWORD", "password"), ("MYSQL_PWD", "password"), ("SSHPASS", "password"), ("db.password", "password"),
    ("store-pass", "password"), ("wifi_psk", "password"), ("SIM_PIN", "password"),
    ("GITHUB_TOKEN", "key"), ("AWS_SECRET_ACCESS_KEY", "key"), ("clientSecret", "key"), ("STRIPE_KEY", "key"),
    ("api-key", "key"), ("session_id", "session"),
    ("PASSWORD_MIN_LENGTH", None), ("no-password", None), ("PUBLIC_KEY", None), ("BYPASS", None), ("HOTKEY", None),
    ("key", None), ("max_tokens", None), ("TOKEN_LIMIT", None), ("KEYBOARD", None),
])
def test_secret_names(name: str, kind: str | None) -> None:
    assert secret_name(name) == kind


@pytest.mark.parametrize(("value", "ok"), [
    ("Tamarind9", True), ("4821", True), ("$DB_PASS", False), ("${TOKEN}", False), ("%PASSWORD%", False),
    ("{{ secret }}", False), ("<your-token>", False), ("[secret]", False), ("********", False), ("incorrect", False),
    ("~/.ssh/id_ed25519", False), ("key.json", False), ("changeme", False), ("12", False), ("admin's", False),
])
def test_plausible_values(value: str, ok: bool) -> None:
    assert plausible(value) is ok


def test_value_extent() -> None:
    text = 'pw "a long passphrase" and pw Tern!4, then'
    assert value_at(text, 2) == (4, 21)  # the quoted value, blanks and all
    start = text.index("Tern")
    assert value_at(text, start - 1) == (start, start + len("Tern!4"))  # the comma belongs to the sentence


def test_password_shape() -> None:
    assert password_shaped("kiwi7") and password_shaped("blueFalcon") and password_shaped("a&b")
    assert not password_shaped("expired") and not password_shaped("Netflix") and not password_shaped("follow-up")


def test_a_yaml_tag_that_says_where_the_value_is_is_a_reference() -> None:
    from device.privacy.passwords.values import plausible

    assert not plausible("!vault")
    assert not plausible("!secret")
    assert plausible("!Wren9-lake")


def test_a_map_pin_is_no_pin() -> None:
    from device.privacy.redactor import Redactor

    redactor = Redactor("US")
    assert redactor.redact_fast("pin: 12.345678, -45.678901") == "pin: 12.345678, -45.678901"
    assert redactor.redact_fast("card_pin: 8642") == "card_pin: [secret]"


@pytest.mark.parametrize(("value", "ok"), [
    ("bcrypt.hashpw(pw,", False), ("secrets.token_hex(16)", False), ("getpass.getpass()", False),
    ("make_secret()", False), ("hashlib.sha256(data).hexdigest()", False),
    ("Hunter(2)x", True), ("Jan.2024(x)", True), ("(x)Tern4", False),
])
def test_code_that_computes_the_value_is_no_value(value: str, ok: bool) -> None:
    assert plausible(value) is ok


def test_an_assignment_from_a_call_is_left() -> None:
    from device.privacy.redactor import Redactor
    line = "pwd_digest = argon2.hash(pw)  # store this"
    assert Redactor("US").redact(line)[0] == line
