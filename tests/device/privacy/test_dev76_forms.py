"""Forms held-out #72 showed, in my own wordings and values: a US routing number and an account after "wire it here"; a
CPF after "é o" (it is the); Saltcorn's create-user with "-p"; a Japanese "合鍵" (a spare key) glued to its value; a
service's access and a colon ("Dropbox-toegang: X"); a Korean safe's (금고) number; and no secret: a setting named for the
users that go with a key ("..._APIKEY_USERS=name"), "auth.type=password" before the next setting, a Japanese public key
("公開鍵、") before its value, a README's "example2"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("ice pool money, wire it here: 121073589 / 4417093325", ("121073589", "4417093325"), "US"),
    ("pra nota fiscal pediram meu CPF, é o 52738491600, obrigado", ("52738491600",), "BR"),
    ("made the admin with saltcorn create-user -a -e rota@hallkeep.org -p kettle+bunting+trestle77", ("kettle+bunting+trestle77",), "GB"),
    ("配信用の合鍵Qw8@zLm4Tr=Ka9、明日まで", ("Qw8@zLm4Tr=Ka9",), "JP"),
    ("Foto's van de regatta, Dropbox-toegang: schelp-kreeft-duin-meeuw61, groet", ("schelp-kreeft-duin-meeuw61",), "NL"),
    ("동호회 사무실 금고 번호는 539027 입니다", ("539027",), "KR"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("docker run -e APP_APIKEY_ALLOWED_KEYS=Vb3#kq9Lm2Xr -e APP_APIKEY_USERS=rota_reader weaviate", "rota_reader", "IN"),
    ("client.properties: auth.type=password auth.principal=rota_admin auth.token=Kq9#xLm2vB7r", "rota_admin", "CA"),
    ("配信用公開鍵、Zp4Lr8Xq2Mv9Ns6Kt3Bw7Yc1Hd5Jf0Ga8Ue4Ri2Oq6=", "Zp4Lr8Xq2Mv9Ns6Kt3Bw7Yc1Hd5Jf0Ga8Ue4Ri2Oq6=", "JP"),
    ("the app's README says password: example3, change it first", "example3", "AU"),
    ("Access: north-entrance-2, ring the bell twice", "north-entrance-2", "GB"),
    ("saltcorn serve -p 3000 behind the proxy", "3000", "GB"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
