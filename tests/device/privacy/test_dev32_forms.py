"""The forms privacy held-out #28 (to become dev32) showed, written generally, values made up here: tools that take a
password their own way (Oracle's userid=user/pw@db, a share mounted as //user:pw@host/share, MaxDB's -u user,pw, Nagios'
-a user:pw, NSS's -W, mariabackup's -p, smtpctl encrypt, synouser --setpw USER PW), a [passwords] section in a TOML
file shown on one line, the word for a password in Pennsylvania Dutch, Picard's "ch'est" and Lombard's "l'è", "is after
changing to", "don turn", "change to", the new one "of the wifi" in Gulf Arabic, a card's PIN told at the end of its
sentence, a phone number far from a book word. And not secrets or phones: a shell's prompt, a click-and-collect
cubby's keypad code, a key a circular is signed with, a password kept in a keychain item, a meeting id keyed in with
"#", a complaint number in Hindi."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("$ sqlldr userid=ledger_etl/Tally.brass.hinge41@ACCTDB control=load.ctl", "Tally.brass.hinge41"),
    ("$ exp USERID=scott/Orchard-Gate77 file=dump.dmp", "Orchard-Gate77"),
    ("$ mount_smbfs //svc_scan:Quarry.5521@nas.home/scans ~/scans", "Quarry.5521"),
    ("$ dbmcli -d STOCK -u dbm_admin,Kettle4412x db_state", "Kettle4412x"),
    ("$ check_http -H wiki.lan -a ops:lantern.fjord.otter88 -u /health", "lantern.fjord.otter88"),
    ("$ pk12util -i me.p12 -d sql:/etc/pki/nssdb -W 'Harbour9931!'", "Harbour9931!"),
    ("$ mariabackup -u bk -p'tidal+reef+heron70' --backup", "tidal+reef+heron70"),
    ("$ smtpctl encrypt 'Copper%2214'", "Copper%2214"),
    ("$ sudo synouser --setpw guest_ops 'Mill?Pond38'", "Mill?Pond38"),
    ('game server config.toml: name = "Friday" · [passwords] · admin = ["Brackish77$"]', "Brackish77$"),
    ("Die Oma schreibt: es nei Passwatt fer's Banking is moss.cedar.lantern51, saag's nimmand", "moss.cedar.lantern51"),
    ("Mon pépère: ch'mot d'passe du wifi, ch'est Gq7rTz2pLm9Wx4, n'el dis point", "Gq7rTz2pLm9Wx4"),
    ("la password növa dal wifi l'è Castagna-7, disel a nissün", "Castagna-7"),
    ("the bank password is after changing to Heron%812, keep it quiet", "Heron%812"),
    ("the school portal password don turn Ab3dKq9zLm2Wp, no tell anybody", "Ab3dKq9zLm2Wp"),
    ("de streaming password change to Q+vT8mWz3Kd1 now, doan tell nobody", "Q+vT8mWz3Kd1"),
    ("الباسوورد اليديد مال الوايفاي Kd8=PqzT3wLm9Rx، لا تقوله حق أحد", "Kd8=PqzT3wLm9Rx"),
    ("Für den Wocheneinkauf: die Geheimzahl der EC-Karte hat Opa mir am Telefon gesagt, 8841", "8841"),
    ("For the shopping run: Dad read me his card PIN over the phone twice, 6604", "6604"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line", [
    "admin@Gateway-2F# set system login user ops authentication plaintext-password '[secret]'",
    "Garden centre click-and-collect: cubby 4, keypad 6172",
    "Parcel locker at the station, pickup locker code 5531 for the boots",
    "Die Kammer verschickt Briefe jetzt signiert; Schlüssel prüfen gegen 9F2E4C61B07A3D58E1C2F90A6B4D7E3C1A5F8B20",
    "borg passphrase for the backups is keychain item borg-home-2 on the laptop",
    "the password is after the colon on the card",
    "Tenants' meeting tonight, phone in with 318 552 904#",
    "the PIN pad at the till was replaced on Monday, 2024",
    "Jal board app: paani ki shikayat number 7318452906",
])
def test_not_redacted(line: str) -> None:
    assert Redactor("IN").redact(line)[0] == line


def test_a_phone_far_from_a_book_word() -> None:
    line = "Recipe book on the shelf, first page: if I'm out at the market, my neighbour, Bea Lowe, answers 0412 876 593"
    assert "0412 876 593" not in Redactor("AU").redact(line)[0]
    assert Redactor("US").redact("isbn on the paperback cover: 0306406152")[0].endswith("0306406152")
