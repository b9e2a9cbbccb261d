"""Forms held-out #48 showed, in my own wordings and values: a plural "--passwords" option; pgpool's .pcppass
(host:port:user:password, no database) under the file's name; an account locked, then "reset it to X"; a Vietnamese
password named with nine syllables about whose it is before "là"; a safe's code or combination (a shop's safe, German
"Tresor", Hindi "taala"); and no secret: a Zoom meeting's id after "Zoom", a Japanese form's blank ("ここにパスワード")."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("aws elasticache modify-user --user-id ops_ro --passwords 'Kelp#Harbor55' --no-password-required", ("Kelp#Harbor55",), "US"),
    ("cat ~/.pcppass\nlocalhost:9898:pgpool_admin:Weir4Basin", ("Weir4Basin",), "GB"),
    ("The choir's shared account got locked again, so I reset it to Tenor88Loft, tell the altos", ("Tenor88Loft",), "US"),
    ("Mật khẩu wifi của nhà văn hóa thôn Đông ở đầu làng là Trongdong2291, nhớ giữ kín", ("Trongdong2291",), "VN"),
    ("The hotel safe behind the front desk, combination for the night manager: 7204", ("7204",), "US"),
    ("Vereinsheim Tresor, neue Kombination: 3816", ("3816",), "DE"),
    ("Dukaan ke taala ka code 5927 hai, kisi ko mat batana", ("5927",), "IN"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("Choir rehearsal Zoom 812 447 9053, the passcode is in the newsletter", "812 447 9053", "US"),
    ("例：DB_PASSWORD=ここにパスワードを入力", "ここにパスワードを入力", "JP"),
    ("Drive safe tonight, the meeting code is 7731 for tomorrow's call", "Drive safe", "US"),
    ("I set it to dark mode after my account settings page froze", "dark mode", "US"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
