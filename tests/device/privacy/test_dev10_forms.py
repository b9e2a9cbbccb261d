"""The forms privacy held-out #6 (to become dev10) showed, written generally, values made up here: a
British sort code and account as a bank app shows a payee, a South African branch code, a Japanese My
Number after other characters, passwords a sentence gives later ("cambió, ahora es X"), after a
Japanese cue and an arrow, as Korean "비번", on MEGAcmd's and x11vnc's command lines and fed to
chpasswd, PINs after an aside or a verb, Mexico's "NIP"; and what is not personal: business and
filler phone numbers, dates and versions with dots, GPS tags, key fingerprints and ids, a Nostr
public key, sample values, a booking's or a postal code's "番号", India's "PIN code" of a place."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, region, secrets", [
    ("Revolut › New payee › Aisha Khan · 60-83-71 · 31926819", "GB", ["60-83-71", "31926819"]),
    ("EFT: branch code 198765, account 62005438271", "ZA", ["198765"]),
    ("申請書にマイナンバー 1234 5678 9018 を書いた", "JP", ["1234 5678 9018"]),
    ("la clave del wifi cambió, ahora es Cedro.4419", "MX", ["Cedro.4419"]),
    ("ルーターのパスワード変更→Kirin55#x", "JP", ["Kirin55#x"]),
    ("회사 와이파이 비번 Hodu2024!", "KR", ["Hodu2024!"]),
    ("mega-login ana.silva@example.org 'Pelican~7781'", "BR", ["Pelican~7781"]),
    ("x11vnc -passwd Maple=9921 -shared", "US", ["Maple=9921"]),
    ("printf '%s\\n' 'deploy:otter-basil-quince-88' | sudo chpasswd", "US", ["otter-basil-quince-88"]),
    ("ATM PIN (memorise, then burn this) 6620", "IN", ["6620"]),
    ("gate keypad: enter 4417 and wait for the beep", "US", ["4417"]),
    ("el NIP de mi tarjeta es 3390", "MX", ["3390"]),
    ("SIM PIN changed, new one 7716", "IN", ["7716"]),
    ("Alarm panel code for the studio is 5182", "GB", ["5182"]),
])
def test_found(line: str, region: str, secrets: list[str]) -> None:
    redacted, _ = Redactor(region).redact(line)
    for secret in secrets:
        assert secret not in redacted, (line, redacted)


@pytest.mark.parametrize("line, region", [
    ("Call the helpline on 1800-425-3800, toll free", "IN"),
    ("phone: (555) 000-0000", "US"),
    ("Hochzeit am 14.06.2025", "DE"),
    ("Firefox 128.0.3.9011 ready", "US"),
    ("GPSLatitude 48.85884430 GPSLongitude 2.29435060", "FR"),
    ("Host key fingerprint SHA256:Zq3vN8kLmP2rT5wX9yB4cD7fG1hJ6kQ0sU8vW3xY2aE", "GB"),
    ("GPG key ID 0x7D3A9C21E5F0B846", "US"),
    ("npub1qqsyg7x0z8w9k4m2n6p5r3t7v9x2z4b6d8f0h2j4l6n8q0s2u4w6y8", "US"),
    ("OPENAI_API_KEY=sk-your-key-here", "US"),
    ("KEYSTORE_PASSWORD=changeit", "US"),
    ("Passwords need 12+ characters and a symbol", "US"),
    ("予約番号 55120934", "JP"),
    ("郵便番号 150-0002", "JP"),
    ("PIN code 400050", "IN"),
    ("Pedido Coppel 5521837740 en camino", "MX"),
    ("team sync 12-05-24 12345678 notes", "GB"),
])
def test_left_alone(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line
