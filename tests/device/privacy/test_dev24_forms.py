"""The forms privacy held-out #20 (to become dev24) showed, written generally, values made up here: passwords
fed to pure-pw, saslpasswd2 -p and snx on their input (printf's format may hold several "%s"); rasdial's,
calibre-server's --manage-users add, pg_md5's, emqx ctl admins' and a game server's +set g_password
arguments, vmrun -gp, ZooKeeper's addauth digest, CouchDB's admin set over HTTP and its [admins] section,
a Dovecot passwd-file line; "VALUE — Mom, that's the new password", the Irish copula before the value,
the word for a password in Khmer and Burmese with the words glued to it, Georgian "პაროლია", Uzbek
"paroli", Hungarian "jelszava", Romanian "parola nouă ... e"; a password generator's value without a digit
on the line under its label; an SSN before "that's Grandpa's Social Security number"; an account table
under "ABA routing". And not personal: a number the line calls a sample or an example."""

import pytest

from device.privacy.passwords.values import generated, symbol_rich
from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("$ printf '%s\\n%s\\n' 'Gravure*Mezzotint41' | pure-pw passwd ops_upload -m", "Gravure*Mezzotint41"),
    ("$ echo 'serif+kerning+ampersand8' | saslpasswd2 -p -c -u mail.home.lan reader", "serif+kerning+ampersand8"),
    ("$ echo 'Tq7~Lm2#Wz9p' | snx -s gw.office.example -u field_ops", "Tq7~Lm2#Wz9p"),
    ('C:\\> rasdial "Office VPN" field_ops Rx4-PqLm82zT', "Rx4-PqLm82zT"),
    ("$ calibre-server --manage-users -- add reader 'Quire_2291'", "Quire_2291"),
    ("$ pg_md5 --md5auth 'burin+graver+stipple5'", "burin+graver+stipple5"),
    ("$ emqx ctl admins add dash_ops 'Aquatint+Drypoint3'", "Aquatint+Drypoint3"),
    ("$ ./q3ded +set sv_hostname home +set g_password 'Deckle^551' +set fraglimit 20", "Deckle^551"),
    ("$ vmrun -T ws -gu tester -gp 'Bodoni#Garamond77' listProcessesInGuest box.vmx", "Bodoni#Garamond77"),
    ("[zk: 10.0.0.5:2181(CONNECTED) 0] addauth digest ops:Vellum2290", "Vellum2290"),
    ("$ curl -X PUT http://localhost:5984/_node/nonode@nohost/_config/admins/ops -d '\"Recto&Verso18\"'", "Recto&Verso18"),
    ("local.ini\n[admins]\nops = Kx8~Mezzo#Tint22\n[chttpd]\nport = 5984", "Kx8~Mezzo#Tint22"),
    ("users file: ana@example.org:{PLAIN}Folio2291!:1000:1000::/home/ana", "Folio2291!"),
    ("Woodblock#5521 — Dad, that's the new password for the pharmacy app", "Woodblock#5521"),
    ("is é Lx9#Tq2~Pw7v an pasfhocal nua don ríomhaire", "Lx9#Tq2~Pw7v"),
    ("ម្តាយផ្ញើមក៖ ពាក្យសម្ងាត់វ៉ាយហ្វាយផ្ទះ គឺ Zr4?Kd8~Lp2m", "Zr4?Kd8~Lp2m"),
    ("အမေပြောတယ်: ဝိုင်ဖိုင်စကားဝှက်အသစ်က Linocut2291^ ပါ", "Linocut2291^"),
    ("მამას მესიჯი: ოფისის ვაიფაის პაროლია Stencil#881", "Stencil#881"),
    ("Dadamdan xabar: ofisdagi wifi ning paroli Kx7@Lm2!zQ", "Kx7@Lm2!zQ"),
    ("Apa írta: az iroda wifi jelszava serif.kern.ligature7", "serif.kern.ligature7"),
    ("De la tata: parola nouă pentru internetul de la birou e Qx7~Lp2=Rm9z", "Qx7~Lp2=Rm9z"),
    ("Pinned on the fridge:\nkids' tablet password\nPzWq%RT^+kLm", "PzWq%RT^+kLm"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line, region, value", [
    ("078305925 — that's Grandpa's Social Security number, for the pharmacy", "US", "078305925"),
    ("| ABA routing | Acct | Note |\n| 011000015 | 448812903 | gym fees |", "US", "011000015"),
])
def test_numbers_found(line: str, region: str, value: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line", ["Help page: sort code 12-34-56 is just an example", "Account 123456789 on the form is merely an example"])
def test_numbers_called_samples_are_not_personal(line: str) -> None:
    assert Redactor("GB").redact(line)[0] == line


def test_a_game_servers_next_setting_is_no_password() -> None:
    redacted = Redactor("US").redact("$ ./q3ded +set g_password 'Deckle^551' +map q3dm6")[0]
    assert "Deckle^551" not in redacted and "+map q3dm6" in redacted


@pytest.mark.parametrize("value, expected", [
    ("PzWq%RT^+kLm", True), ("QrTm~Ws&Xz!p", True),
    ("AT&T+Verizon", False), ("Ctrl+Shift+Alt+Del", False), ("Hello!!!World", False), ("C++&C#&F#!", False),
])
def test_a_generators_value_without_a_digit(value: str, expected: bool) -> None:
    assert symbol_rich(value) is expected and generated(value) is expected
