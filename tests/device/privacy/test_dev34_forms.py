"""The forms privacy held-out #30 (to become dev34) showed, written generally, values made up here: tools that take a
password their own way (ora2pg -w, a Percona DSN's p=, winexe -U user%pw, choco -p="pw", radtest USER PW,
webrepl_cli -p, arj -gPW, zuluCrypt-cli -p, check_ldap -P), Perl configs ($Self->{DatabasePw} = 'pw';
Set($DatabasePassword, 'pw');), name-value lines shown joined by " · ", Nigerian Pidgin's ", na X", Komi's "паролжо",
Hindi "khata sankhya"; and not secrets: "first" and "mindestens" after a password's word, "please-change"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("$ ora2pg -t TABLE -u etl_user -w 'reed.osprey.marsh44' -o out.sql", "reed.osprey.marsh44"),
    ("$ pt-archiver --source h=db.lan,D=shop,t=orders,u=archiver,p=Lantern4471- --purge", "Lantern4471-"),
    ("$ winexe -U 'HOME/backup_svc%Br1dleway882-' //nas 'dir'", "Br1dleway882-"),
    ('> choco source add -n=feed -s="https://nuget.lan/v3/index.json" -u=pkg_adm -p="Qv7*pLm2=Xr" --priority=1', "Qv7*pLm2=Xr"),
    ("$ radtest lab_user 'fern+gorse+heath+bracken18' radius.lan 0 secret", "fern+gorse+heath+bracken18"),
    ("$ python3 webrepl_cli.py -p 'Harbourlight2231+' boot.py 192.168.4.1:/boot.py", "Harbourlight2231+"),
    ("$ arj a -gQm.TzWq9Lp2x backups.arj *.log", "Qm.TzWq9Lp2x"),
    ("$ zuluCrypt-cli -o -d /dev/sdc1 -m usb -e rw -p 'otter.kelp.quay.heron81'", "otter.kelp.quay.heron81"),
    ("$ ./check_ldap -H ldap.lan -b 'dc=home' -D 'cn=mon,dc=home' -P 'Ferry$2290' -3", "Ferry$2290"),
    ("Config.pm: $Self->{DatabaseUser} = 'otrs'; $Self->{DatabasePw} = 'Sl1pway2291~';", "Sl1pway2291~"),
    ("RT_SiteConfig.pm: Set($DatabaseUser, 'rt'); Set($DatabasePassword, 'Kx8-=Tq2pLmZ&w');", "Kx8-=Tq2pLmZ&w"),
    ("app.conf on the laptop: DB_HOST db.lan · DB_USER shop · DB_PWD Qu@yside4471@", "Qu@yside4471@"),
    ("Abeg, my uncle don change the shop wifi password, na reed_osprey_marsh_kite29 now, no tell anybody", "reed_osprey_marsh_kite29"),
    ("Мамлӧн гижӧд: wifi-н у паролжо Tq8pLm=Zx2Wr^5, нинӧм ит шу", "Tq8pLm=Zx2Wr^5"),
])
def test_secrets_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


def test_an_account_named_in_hindi() -> None:
    line = "Dadi ke liye form bhara; unki SBI khata sankhya 20417729903846"
    assert "20417729903846" not in Redactor("IN").redact(line)[0]


@pytest.mark.parametrize("line", [
    "Note on the router: 'pw = first street I lived on, then 2 digits'",
    "Neues Passwort fürs Vereinsportal: mindestens 12 Zeichen, eine Ziffer",
    "docker-compose.yml from the guide, line 12: DB_PASS: please-change",
])
def test_not_redacted(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line


@pytest.mark.parametrize("line, value, region", [
    ("给外婆办社保卡，表上的身份证号码是440304198807153121", "440304198807153121", "CN"),  # glued after 是
    ("帮舅舅填体检表，身份证号为32010619921103047X", "32010619921103047X", "CN"),
    ("Bank wale uncle ne pucha, Aadhaar number bataiye — 523478190614", "523478190614", "IN"),  # a bare dash after the words
    ("Annemin eczane kaydı için TC numarası: 31270645110", "31270645110", "TR"),  # "TC numarası", no "kimlik"
])
def test_national_ids_with_short_labels(line: str, value: str, region: str) -> None:
    assert value not in Redactor(region).redact(line)[0]


def test_a_sort_code_shaped_like_a_date_among_payment_words() -> None:
    paid = "Gym direct debit failed, so here are my bank details again: 20-05-19 41236985"
    assert "41236985" not in Redactor("GB").redact(paid)[0] and "20-05-19" not in Redactor("GB").redact(paid)[0]
    parcel = "Parcel booked 14-06-25 90817263, arriving Thursday"
    assert Redactor("GB").redact(parcel)[0] == parcel
