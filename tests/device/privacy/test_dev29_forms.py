"""The forms privacy held-out #25 (to become dev29) showed, written generally, values made up here: a generated
password in quotes on a command line, or with "=" inside it, or before an Arabic comma; Cisco IOS's "username X
privilege 15 secret Y" and "enable secret 5 HASH"; "user:password@10.0.0.5" after an option; a proxychains entry's
user and password; Tasmota's "Password1 X"; the word for a password in Aragonese ("clau"), Mirandese, Belize Kriol,
Crimean Tatar, with "isch" and "da" for "is" and Neapolitan's "'e" among the words about whose it is; a card's PIN
after what it is for and a later colon; a French NIR after a label in typographic quotes. And not secrets: a JSON
"auth" object's own keys, a vCard's EMAIL field, a password policy's year, an ISBN in a primer."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("$ redis-cli -h cache.lan -a 'Tz8$kLq2Wv9!mRp' ping", "Tz8$kLq2Wv9!mRp"),
    ("voice memo, the club login: Qm4*Lz8=Pw2!xKd", "Qm4*Lz8=Pw2!xKd"),
    ("الرمز هو Kd9!Lq2*Zx7mRw، لا تنسه", "Kd9!Lq2*Zx7mRw"),
    ("sw1(config)# username cask_ops privilege 15 secret Hooping1188!", "Hooping1188!"),
    ("enable secret 5 $1$Xq9w$Tr7pLm2zQw8sKd4nVb6cY1", "$1$Xq9w$Tr7pLm2zQw8sKd4nVb6cY1"),
    ("ipmitool-wrapper --host-auth svc_barrel:Staves2041#@10.4.0.22 power on", "Staves2041#"),
    ("proxy list: socks5 10.9.0.1 1080 cellar_ro tonnelier_bouge_douelle44", "tonnelier_bouge_douelle44"),
    ("Backlog SSID1 Attic; Password1 R0ofing55!", "R0ofing55!"),
    ("a clau d'o router ye Wickets482#, no la digas", "Wickets482#"),
    ("di nyoo bank paaswod da Mangro77!, noh tel nobadi", "Mangro77!"),
    ("babamnıñ yañı parolü Keldim4455, kimsege aytma", "Keldim4455"),
    ("s'Passwort vum Laptop isch Dachs#2207", "Dachs#2207"),
    ("'a password d'o computer 'e papà è Funicolare&19", "Funicolare&19"),
    ("A senha do cartão de débito do meu pai, guardada na carteira: 4821", "4821"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


def test_a_cnic_as_the_card_prints_it_without_a_label_before_it() -> None:
    line = "Ammi ka card dobara banwana hai, purana wala 35202-7654321-8"
    assert "35202-7654321-8" not in Redactor("PK").redact(line)[0]
    assert Redactor("PK").redact("order 35202-7654321-8 shipped")[0] == "order 35202-7654321-8 shipped"


def test_a_nir_after_a_label_in_typographic_quotes() -> None:
    assert "1 85 05 78 006 084 91" not in Redactor("FR").redact("formulaire, case «numéro de sécurité sociale» : 1 85 05 78 006 084 91")[0]


@pytest.mark.parametrize("line", [
    '"smtp": {"auth": {"user": "mailer", "host": "smtp.lan"}}',
    "BEGIN:VCARD FN:Rui Costa EMAIL:rui.costa88@example.org END:VCARD",
    "the password policy changed in 2021, see page: 2021",
    "Old bookbinding primer from a jumble sale, printed with only 0306406152",
])
def test_not_secrets(line: str) -> None:
    redacted = Redactor("US").redact(line)[0]
    assert "[secret]" not in redacted and "[phone]" not in redacted
