"""Forms held-out #36 showed, in my own wordings and values: sqlmap's --auth-cred='USER:X', a service account and a
mixed-case value on a command line (hdbuserstore SET KEY HOST USER 'X'), hostapd_cli's wps_config, pvk2pfx -pi,
impacket's DOMAIN/USER:X with no host after it (getTGT.py), syslog-ng's password("X"), a Perl DBI DSN array (amavisd),
a made-up value that a found token is part of ("fyPs?" before it); and what is no secret: the name of a variable after
a word that only starts with a keyword ("the secretary: MAPS_KEY_X is ..." hides the key, not the name)."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("$ sqlmap -u 'https://x.lan/e?id=7' --auth-type=Basic --auth-cred='kiln_ro:Glazetail449' --batch", "Glazetail449"),
    ("$ hdbuserstore SET KILNKEY hana.home.lan:30015 kiln_ro 'QWER8ty*ZXcvBNm'", "QWER8ty*ZXcvBNm"),
    ("$ hostapd_cli wps_config 426f6174 WPA2PSK CCMP Kx9TrqZmLp.oWe2", "Kx9TrqZmLp.oWe2"),
    ("C:\\> pvk2pfx -pvk a.pvk -pi Glazewheel725- -spc a.spc -pfx a.pfx", "Glazewheel725-"),
    ("$ getTGT.py HOME.LAN/kiln_svc:Sweeper603- -dc-ip 10.0.0.5", "Sweeper603-"),
    ('syslog-ng.conf destination d { elasticsearch-http(user("kiln_svc") password("fern_moss_ledge_kite73")); };',
     "fern_moss_ledge_kite73"),
    ("amavisd.conf: @lookup_sql_dsn = ( ['DBI:mysql:database=mail', 'mail_dba', 'fern+moss+ledge+kite51'] );",
     "fern+moss+ledge+kite51"),
    ("Laptop, sticky note on the lid: login fyPs?Cymqj6l4laOxsrb1WYTc, log out after", "fyPs?"),
])
def test_values_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


def test_a_word_that_starts_with_a_keyword_names_no_secret() -> None:
    line = "Log from kiln_adm to the secretary: MAPS_KEY_POTTERYSITES is AIzaSyM0l613lruFwC_wkGjIY_uC5q8UJLrSxlL, works now?"
    redacted = Redactor("US").redact(line)[0]
    assert "MAPS_KEY_POTTERYSITES" in redacted and "AIzaSy" not in redacted


@pytest.mark.parametrize("line, secret, region", [
    ("fluent.conf: <match kiln.**> @type opensearch host os.lan user kiln_ro password Vb.qT7mwZr.Lp </match>",
     "Vb.qT7mwZr.Lp", "US"),
    ("Auntie rang: the pottery club's inbox now wants wXsRTe_qNbuYk, and is Thursday's firing still on", "wXsRTe_qNbuYk", "US"),
    ("Mensaje del tío: para el cajero automático, los dígitos de la tarjeta son 8306, no se lo digas a nadie", "8306", "MX"),
    ("At the cash machine Dad read me the numbers off his card, 50417, then hung up", "50417", "GB"),
])
def test_a_block_on_one_line_an_inbox_that_wants_and_a_cash_machine_s_digits(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line", [
    "ATM withdrawal at the station, code on the slip 2000 pesos",
    "The ATM on 2150 Harbor Road was out of cash again",
    "<Location /kiln> AuthType Basic password required </Location>",
    "the account needs verification before Friday",
])
def test_amounts_addresses_and_words_stay(line: str) -> None:
    assert Redactor("US").redact(line)[0] == line
