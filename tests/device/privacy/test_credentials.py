"""``CredentialDetector`` beyond the password cues: assignments to any name that holds a secret,
the newer token formats, and random-looking tokens (and the shared ids that only look random)."""

import pytest
from hypothesis import example, given, settings, strategies as st

from device.pipeline.privacy import redactor_for
from device.privacy.credentials import CredentialDetector

DETECTOR = CredentialDetector()


def secrets_in(line: str) -> list[str]:
    return [line[f.start:f.end] for f in DETECTOR.find(line)]


@pytest.mark.parametrize(("line", "secret"), [
    ("export MYSQL_PWD=Osprey_71", "Osprey_71"),
    ("SSHPASS='Kingfisher8' sshpass -e ssh ana@pi.lan", "Kingfisher8"),
    ("set PGPASSWORD=Wren!2026", "Wren!2026"),
    ("$env:AZURE_CLIENT_SECRET = 'Q7w~xYz0123abcdEFGH'", "Q7w~xYz0123abcdEFGH"),
    ("STRIPE_KEY=pk9Zq8Xw7Vv6Uu5T", "pk9Zq8Xw7Vv6Uu5T"),
    ('{"clientSecret": "Cormorant-55-Bay"}', "Cormorant-55-Bay"),
    ("Server=db;Database=shop;User Id=sa;Pwd=Gannet#19;", "Gannet#19"),
    ("jdbc:postgresql://db/app?user=ana&password=Puffin!4&ssl=true", "Puffin!4"),
    ("kubectl create secret generic db --from-literal=password=Albatross9", "Albatross9"),
    ("Cookie: sessionid=Zq81Lm02Xc93Vb74Nn65", "Zq81Lm02Xc93Vb74Nn65"),
    ("mailgun: key-3f1a2b4c5d6e7f80911a2b3c4d5e6f70", "key-3f1a2b4c5d6e7f80911a2b3c4d5e6f70"),
    ("https://x.blob.core.windows.net/c/a.pdf?sv=2022-11-02&sr=b&sig=Qm9vTGVhZjEyMzQ1Njc4OTA%3D",
     "Qm9vTGVhZjEyMzQ1Njc4OTA%3D"),
])
def test_secrets_in_assignments_and_formats(line: str, secret: str) -> None:
    assert secret in secrets_in(line)


@pytest.mark.parametrize("line", [
    "export PASSWORD_MIN_LENGTH=12", "export TOKENIZERS_PARALLELISM=false", "PUBLIC_KEY=ssh-ed25519",
    "Top secret: surprise party for Ana", "Boarding pass: ready", "Hot key: Ctrl+Shift+K", "session: morning",
    "api_key: ${API_KEY}", "token: <your-token-here>", "export API_KEY=changeme", "password: admin's birthday",
    "https://open.spotify.com/track/4cOdK2wGLETKBW3PvgPWqT?si=1a2b3c4d5e6f4a7b",
    "https://github.com/ana/notes/commit/3f9c0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f",
    "https://www.google.com/search?q=tether&ved=0ahUKEwj9kL4GGxc8P0Z6ZkAsQ4dUDCBA",
    "integrity sha512-9Hhg4JB6V1R3JcEbwGsUULb8GJvVqm2Bt3tXuXqvNzWp1pJrWrKcJm5ZVpJ3Yz6vE2Q==",
    "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIJq2lFz0xR7Y1cV5bN8mK3pL6wQ9eT4uI0oA2sD5fG8h ana@laptop",
])
def test_look_alikes_are_no_secrets(line: str) -> None:
    assert secrets_in(line) == []


_PIECES = st.sampled_from([
    "password ", "is ", ": ", "=", "→ ", "use ", " as the password", "login: ", " / ", "echo ", " | sudo -S ",
    "mysql -p", "7z a -p", "--db-pass ", "-storepass ", "://u:", "@", "PIN ", "door code ", "wifi: ", "-5G",
    "PGPASSWORD=", "Kx9!", "hunter", "4821", "'", '"', "[secret]", " ", "for the NAS ", "my ", "Z", "chpasswd",
])


@settings(max_examples=400, deadline=None, derandomize=True)  # the same 400 texts on every run: CI and a local run agree
@given(st.lists(_PIECES, max_size=24).map("".join))
@example("password 'echo [secret]password password -5G'password ")  # a quote whose closing one was redacted
@example("password is Kx9! Zwifi: -5G-5Gpassword ")  # a later colon past a value redacted already
@example("login: password Kx9! as the password as the passwordKx9!→ → ")  # a value's "!" read as a sentence's end
def test_redaction_is_idempotent_around_password_cues(text: str) -> None:
    once = redactor_for("US").redact(text)[0]
    assert redactor_for("US").redact(once)[0] == once


@pytest.mark.parametrize("line", [
    "PASSWORD_RESET_TIMEOUT=7200", "export TOKEN_TTL=900", "PIN_MAX_ATTEMPTS=5", "SECRET_KEY_FILE=/run/secrets/django",
    "password_expiry_days: 90", 'PASSWORD_HASHERS = ["argon2"]',
])
def test_settings_about_a_secret_are_no_secrets(line: str) -> None:
    assert secrets_in(line) == []


def test_a_secret_named_with_a_qualifier_is_still_one() -> None:
    assert secrets_in("DB_PASSWORD_STAGING=Quokka!204") == ["Quokka!204"]


@pytest.mark.parametrize(("line", "secret"), [
    ("Authorization: key=AAAAb7Qz1xY:APA91bH" + "k3Lm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Qa1Ws4Ed7Rf0Tg3Yh6Uj9Ik2Ol5P" * 2,
     "AAAAb7Qz1xY:APA91bH" + "k3Lm9Qw2Er5Ty8Ui1Op4As7Df0Gh3Jk6Lz9Xc2Vb5Nm8Qa1Ws4Ed7Rf0Tg3Yh6Uj9Ik2Ol5P" * 2),
    ('-H "Authorization: ApiKey Zm9vYmFyOmJhejEyMzQ1"', "Zm9vYmFyOmJhejEyMzQ1"),
    ("Authorization: 8f14e45fceea167a5a36dedd4bea2543", "8f14e45fceea167a5a36dedd4bea2543"),
    ("headers = {'authorization': 'SSWS 00QCjAl4MlV-WPXM8ve3bnZ0'}", "00QCjAl4MlV-WPXM8ve3bnZ0"),
])
def test_an_authorization_header_carries_credentials_whatever_its_scheme(line: str, secret: str) -> None:
    assert secret in secrets_in(line)


@pytest.mark.parametrize("line", [
    'curl -H "Authorization: Bearer $TOKEN" https://api.example.org', "Authorization: required",
    "authorization: Basic", "Authorization header missing", 'Authorization: Digest username="ana", realm="files"',
    "authorization: pending review",
])
def test_authorization_without_credentials_gives_none(line: str) -> None:
    assert secrets_in(line) == []


def test_a_random_token_keeps_its_issuer_prefix() -> None:
    token = "sk.Qm8vR2tX9pL4wZ7nB1cY5dF3gH6jK0sA2eU4iO8rT1yW3qE5"
    assert secrets_in(f"client = Client('{token}')") == [token]


@pytest.mark.parametrize("line", [
    "api_token = os.getenv('SERVICE_TOKEN')", "const secret = process.env.WEBHOOK_SECRET;",
    "password = ENV['DB_PASSWORD']", "DB_PASSWORD=op://Team/postgres/password",
    "chpasswd:\n  expire: false",
])
def test_references_to_where_a_secret_is_are_none(line: str) -> None:
    assert secrets_in(line) == []


def test_a_long_quoted_token_with_a_scheme_word_is_one_value() -> None:
    token = "tk1_" + "Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNmQwErTyUiOpAsDfGhJkLzXcVbNm" * 2
    line = f'SERVICE_API_TOKEN="Scheme1 {token}"'
    assert redactor_for("DE").redact(line)[0] == 'SERVICE_API_TOKEN="[secret]"'


@pytest.mark.parametrize(("line", "secret"), [
    ("export ALIBABA_CLOUD_ACCESS_KEY_ID=LTAI5tQx8Wv2Rr7Yz1Kp4Mn6", "LTAI5tQx8Wv2Rr7Yz1Kp4Mn6"),
    ("credentials app.terraform.io { token = \"Ab3dE5gH7jK9mN.atlasv1." + "Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz" * 3 + "\" }",
     "Ab3dE5gH7jK9mN.atlasv1." + "Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0Lz" * 3),
    ("VAULT_TOKEN: s.Hq7Wm2Xc9Vb4Nz1Lk8Pj3Rt6", "s.Hq7Wm2Xc9Vb4Nz1Lk8Pj3Rt6"),
    ("vault login hvs.CAESIJx8Qw7Er6Ty5Ui4Op3As2Df1Gh0Jk", "hvs.CAESIJx8Qw7Er6Ty5Ui4Op3As2Df1Gh0Jk"),
    ("export GITHUB_PAT=k3xq9zv7m2w5r8t1y4u6i0o3p7a2s5d8f1g4h7j0", "k3xq9zv7m2w5r8t1y4u6i0o3p7a2s5d8f1g4h7j0"),
    ("new relic user key NRAK-Q8W7E6R5T4Y3U2I1O0P9A8S7D6F", "NRAK-Q8W7E6R5T4Y3U2I1O0P9A8S7D6F"),
    ("ingest with NRII-Zx9Cv8Bn7Mm6Ll5Kk4Jj3Hh2Gg1Ff0a_Q2 tomorrow", "NRII-Zx9Cv8Bn7Mm6Ll5Kk4Jj3Hh2Gg1Ff0a_Q2"),
])
def test_more_issuer_formats_and_names(line: str, secret: str) -> None:
    assert secret in secrets_in(line)


def test_an_encrypted_pkcs8_private_key_is_redacted_whole() -> None:
    key = ("-----BEGIN ENCRYPTED PRIVATE KEY-----\nMIIFHzBJBgkqhkiG9w0BBQ0wPDAbBgkqhkiG9w0BBQwwDgQI3x\n"
           "Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNm\n-----END ENCRYPTED PRIVATE KEY-----")
    assert redactor_for("DE").redact(f"id.pem:\n{key}")[0] == "id.pem:\n[secret]"


@pytest.mark.parametrize("line", ["s.Append(item)", "export COMPAT=1", "see docs/keys and path=/usr/lib",
                                  "NRAK-1234 is the ticket"])
def test_look_alikes_of_those_formats_stay(line: str) -> None:
    assert secrets_in(line) == []


def test_a_salesforce_session_id_is_found_whole() -> None:
    from device.privacy.redactor import Redactor

    token = "00DXK4M2P9Q7R3T5!AQ" + "Zx8.Cv7_Bn6Mm5Ll4Kk3Jj2Hh1Gg0Ff9Dd8Ss7Aa6Qq5Ww4Ee3Rr2Tt1Yy0"
    assert Redactor("US").redact_fast(f"instance token {token}") == "instance token [secret]"


def test_a_putty_key_file_s_public_lines_stay() -> None:
    from device.privacy.redactor import Redactor

    text = ("PuTTY-User-Key-File-3: ssh-ed25519\nPublic-Lines: 1\nAAAAC3NzaC1lZDI1NTE5AAAAIQx7Zp2Lw9Rk4Tn8Vb3Hd6Gs1\n"
            "Private-Lines: 1\nAAAAIFk2Zq8Wx3Rt7Yp1Lm5Nb9Vc4Hd6Gs2Jk\n")
    redacted = Redactor("US").redact_fast(text)
    assert "AAAAC3NzaC1lZDI1NTE5AAAAIQx7Zp2Lw9Rk4Tn8Vb3Hd6Gs1" in redacted
    assert "AAAAIFk2Zq8Wx3Rt7Yp1Lm5Nb9Vc4Hd6Gs2Jk" not in redacted


def test_a_value_redacted_after_its_cue_ends_the_search_for_one() -> None:
    once = redactor_for("US").redact("password is Kx9! Zwifi: -5G-5Gpassword")[0]
    assert redactor_for("US").redact(once)[0] == once  # not the network's name after the first value, on a second pass
