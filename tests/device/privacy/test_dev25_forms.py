"""The forms privacy held-out #21 (to become dev25) showed, written generally, values made up here: BitlBee's
account add, ttyd -c, File Browser's users add, dufs -a, steghide -p, msoffcrypto-tool -p, sipp -ap;
snmpd.conf's createUser (both passwords), sssd's ldap_default_authtok with "=", a pgbouncer userlist line
after its file's name, 3proxy's users NAME:CL:X; a table column headed "Secret word"; "the app wants a
password, use X"; Yoruba with its tone marks apart, Spanish "clave nueva", Polish "zmieniłem na", Serbian
Cyrillic "шифра ... је", Kazakh "құпиясөзі" written as one word, Luganda "ekigambo ekyama ... kiri";
Hinglish "UPI PIN ... woh 1234 hai"; an Italian key box's code after a long aside; a Turkish id number after
"kimlik numarasını". And not secret: Tailscale's public node key."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("[&bitlbee] <me> account add mastodon ana@social.example Rv8~Kp2#Lx9q", "Rv8~Kp2#Lx9q"),
    ("$ ttyd -p 8080 -c pi_ops:tongs-bellows-quench27 htop", "tongs-bellows-quench27"),
    ("$ filebrowser -d fb.db users add kid_user 'Rq4&Zx8_mLp2Wt'", "Rq4&Zx8_mLp2Wt"),
    ("$ dufs -a 'ops:rivet-swage-fuller8@/:rw' /srv/share", "rivet-swage-fuller8"),
    ("$ steghide extract -sf cat.jpg -p 'Bellows#4410'", "Bellows#4410"),
    ("$ msoffcrypto-tool -p 'Quench!2291' budget.xlsx budget-open.xlsx", "Quench!2291"),
    ("$ sipp -sn uac -au desk7 -ap 'Tx9+Lm2~Qr7p' 192.0.2.10:5060", "Tx9+Lm2~Qr7p"),
    ('snmpd.conf: createUser monitor SHA "Anvil#Auth7731" AES "Anvil#Priv2291"', "Anvil#Auth7731"),
    ('snmpd.conf: createUser monitor SHA "Anvil#Auth7731" AES "Anvil#Priv2291"', "Anvil#Priv2291"),
    ("sssd.conf: ldap_default_authtok = Hardie2291", "Hardie2291"),
    ('userlist.txt, the billing app: "billing_ro" "Fuller2290-"', "Fuller2290-"),
    ("3proxy.cfg: users ana:CL:Swage#881 · proxy -p3128", "Swage#881"),
    ("| Device | Secret word |\n| garage camera | Tongs-2291 |", "Tongs-2291"),
    ("the doorbell app needs a password, use Kx7!Qp2#Lm9z", "Kx7!Qp2#Lm9z"),
    ("Ọ̀rọ̀ aṣínà tuntun fún kọ̀ǹpútà ni Rq8~Lx2@Mp4z", "Rq8~Lx2@Mp4z"),
    ("la clave nueva de la banca es Qz7*Lm2!Px9", "Qz7*Lm2!Px9"),
    ("hasło do banku ustawiłem na Rx8%LmQpz2Wk", "Rx8%LmQpz2Wk"),
    ("нова шифра за рачунар је Kovac_2291", "Kovac_2291"),
    ("жаңа құпиясөзі Tq7~Lm2#Wz9p", "Tq7~Lm2#Wz9p"),
    ("ekigambo ekyama ekipya ekya kompyuta kiri Mp4z9Rq8", "Mp4z9Rq8"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line, region, value", [
    ("Bhaiya ne PhonePe ke liye jo UPI PIN rakha woh 6142 hai", "IN", "6142"),
    ("Il codice della cassetta delle chiavi della casa al mare, scritto sul biglietto: 5309", "IT", "5309"),
    ("Hastane için dedemin kimlik numarasını yazdım: 10000000146", "TR", "10000000146"),
])
def test_codes_and_numbers_found(line: str, region: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line", [
    "Tailscale admin: nodekey:5c1f0d3a9b8e7f6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b",
    "the app wants a password, use the one from the letter",
    "I will account add a new line to the budget",
])
def test_not_secrets(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line


def test_a_tailscale_private_key_is_still_one() -> None:
    key = "5c1f0d3a9b8e7f6a5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b"
    assert key not in Redactor("US").redact(f"tailscale privkey:{key}")[0]
