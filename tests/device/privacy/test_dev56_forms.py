"""Forms held-out #52 showed, in my own wordings and values: a switch's "username U privilege N password 0 X"; Open-Xchange's
createuser with its admin (-A) and "-P X"; Hazelcast's "user create -n=U -p=X"; EGroupware's "--change-pw
ADMIN,ADMINPW,USER,X"; "login for the front desk: X"; a tablet that "entsperrt ihr mit X"; a Japanese "ログインはX"; a keypad
whose "new code is N"; a key safe then ": N,"; a door that "hat jetzt den Code N"; and no secret: an example's stock password
to be changed ("Beispiel: PASSWORT=geheim123, bitte ändern"), a count of wrong passwords. (A one-time password stays
redacted, as test_dev13_forms says: it unlocks an account while it lives.)"""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("core switch, from the console: username netops privilege 15 password 0 Gull!Harbor77", ("Gull!Harbor77",), "US"),
    ("/opt/open-xchange/sbin/createuser -c 3 -A oxadmin -P fjord.kelp.tern.marram41 -u choir_desk", ("fjord.kelp.tern.marram41",), "NO"),
    ("hz-mc conf user create -n=cachewatch -p=Quarry#Fen52 -r=readonly", ("Quarry#Fen52",), "GB"),
    ("php admin/admin-cli.php --change-pw root,$ROOT_PW,library_desk,birch+moss+heron+fern44", ("birch+moss+heron+fern44",), "US"),
    ("Saturday volunteer, login for the lending desk: Kettlestone482 (weekends only)", ("Kettlestone482",), "US"),
    ("Das Tablet in der Werkstatt entsperrt ihr mit Hobelbank731, bitte nicht weitergeben", ("Hobelbank731",), "DE"),
    ("公民館の受付パソコン、ログインはRk7%mQ!zP2xw、棚の中にメモがあります", ("Rk7%mQ!zP2xw",), "JP"),
    ("The bike shed keypad was changed on Friday, the new code is 5938, please memorise it", ("5938",), "GB"),
    ("Boathouse key safe by the jetty: 7106, hang the key back inside", ("7106",), "AU"),
    ("Die Tür zum Archiv hat jetzt den Code 6284, bitte nicht weitersagen", ("6284",), "DE"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("Beispiel: PASSWORT=geheim123, bitte in der echten Datei ändern", "geheim123", "DE"),
    ("Wrong password 7 times and the account locks for an hour", "7 times", "US"),
    ("createuser -P alice", "alice", "US"),
    ("the lockbox at the gate: 2019, fixed last spring", "2019", "GB"),
    ("remember to lock up, then meet at the car park: 2145", "2145", "GB"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
