"""Forms held-out #71 showed, in my own wordings and values: an Aadhaar named by its twelve digits in Hindi ("baarah ankon
wala number"); a South African id from a "green barcoded" book; a Swedish personnummer with no word for it; a Korean "도어록"
(door lock) and its "번호는" (number is); Arkime's add_user with its password after the user's name; an auth file's
"[users]" section; Indonesian "kata sandi ... sekarang X" a long clause on; a device that "si sblocca con", "låses opp med"
a made-up value, a German computer that "startet jetzt mit" one; Swedish "koden till ... blev X"; and no secret: the verb
"pass on" before a phone number, a key named beside its secret on a command line ("--api-key NAME --api-secret X"), a German
"Öffentlicher Schlüssel" followed by a noun and a colon."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("naye driver ka gate pass chahiye, uska baarah ankon wala number 3829-1047-5615 hai, photocopy rakh lena", ("3829-1047-5615",), "IN"),
    ("The farrier's old green barcoded ID book reads 7506135121084, keep the copy with the entry forms", ("7506135121084",), "ZA"),
    ("Kassören fyllde i 830415-4829 på anmälan till regattan", ("830415-4829",), "SE"),
    ("창고 뒷문 도어록 번호는 482913 입니다", ("482913",), "KR"),
    ("arkime_add_user.sh netwatch \"Night shift\" Harbour77kelp --admin", ("Harbour77kelp",), "GB"),
    ("the relay's auth_flat_file.ini has [core] methods=PLAIN and [users] gatekeeper=Tidepool58!", ("Tidepool58!",), "US"),
    ("kata sandi komputer kasir di warung kopi dekat pelabuhan yang baru sekarang Kopi#Tubruk92, jangan bilang siapa-siapa",
     ("Kopi#Tubruk92",), "ID"),
    ("il tablet della cassa ora si sblocca con Vq8=Lm2rT7^zPw, non dirlo in giro", ("Vq8=Lm2rT7^zPw",), "IT"),
    ("nettbrettet i kiosken låses opp med fjord_lantern_rowboat44, ikke del det", ("fjord_lantern_rowboat44",), "NO"),
    ("der Kassenrechner im Vereinsheim startet jetzt mit harbor.anchor.seagull19, bitte nicht weitersagen", ("harbor.anchor.seagull19",), "DE"),
    ("nya koden till klubbens surfplatta i hamnen blev Seglats822!, byt inte", ("Seglats822!",), "SE"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("the ferry skipper asked me to pass on his number: +44 7700 900123", "[phone]", "GB"),
    ("livekit-cli create-token --api-key harbourcam --api-secret 'Pier88gull' --room dock", "harbourcam", "DE"),
    ("Öffentlicher Schlüssel Torkamera: Bq7x2MvN9pLr4TzW8kYs3HdF6jGc1AeU5oIi0ZnRt2Q=", "Bq7x2MvN9pLr4TzW8kYs3HdF6jGc1AeU5oIi0ZnRt2Q=", "DE"),
    ("도어록 모델 번호는 482913 입니다", "482913", "KR"),
    ("Der Rechner startet jetzt mit Windows11, alles gut", "Windows11", "DE"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
