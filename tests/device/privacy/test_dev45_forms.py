"""Forms held-out #41 showed, in my own wordings and values: AdFind's -up and GoExec's -p; any tool's target
DOMAIN/USER:X when "@HOST", an option or a quoted filter follows it (ldap_shell, soapy, pyldapsearch); ntp.keys' "ID M
KEY"; TUIC's and Juicity's "users": {"UUID": "X"}; "the login changed to X"; "the booth tablet code is X"; "the PC now
takes X"; "a sticky note reading X"; Pidgin's "password na X" with "=" inside the value; Vietnamese "máy tính ... vào
bằng X"; and what is no secret: a Teams call's ID after a word for a call, a public key named in German with its
article ("Der öffentliche Schlüssel ... ist X")."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret, region", [
    ("adfind -h 10.3.2.1 -u ring\\ring_ro -up 'Pyro-Etch77' -f objectclass=computer", "Pyro-Etch77", "US"),
    ("goexec scmr create 10.3.2.9 -u etch_cron -p 'Burnish#4410' -e cmd.exe", "Burnish#4410", "US"),
    ("ldap_shell ringclub.lan/etch_bot:Qv7pLs2Zr9xNw4Bt -dc-ip 10.3.2.1", "Qv7pLs2Zr9xNw4Bt", "US"),
    ("soapy RINGCLUB/etch_ro:Kt5mW_hpa92Lq@10.3.2.1 --computers", "Kt5mW_hpa92Lq", "US"),
    ("ntp.keys on the scoreboard's clock box: 7 M Scoreline_882", "Scoreline_882", "GB"),
    ('tunnel box config.json: "users": {"1a2b3c4d-5e6f-4a1b-8c2d-3e4f5a6b7c8d": "Rebound*2290"}', "Rebound*2290", "US"),
    ("she mentioned the club newsletter login changed to Sideline8841.", "Sideline8841", "US"),
    ("the scoring tablet code is Fr4me$hot^77, don't share it", "Fr4me$hot^77", "US"),
    ("the hut PC now takes Sc0re$line$12.", "Sc0re$line$12", "GB"),
    ("a sticky note on the monitor reading tc_Q7WEpLa83xZK, which nobody removed", "tc_Q7WEpLa83xZK", "GB"),
    ("the shop computer password na K=q2Wx$hs8MpzzTv~Lbn.", "K=q2Wx$hs8MpzzTv~Lbn", "NG"),
    ("Máy tính ở xưởng giờ vào bằng Tr4ngXuong88-.", "Tr4ngXuong88-", "VN"),
])
def test_values_found(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, region", [
    ("the club's Teams call has ID 512 774 903 118", "GB"),
    ("Der öffentliche Schlüssel des Vereinsservers ist Qb7Ez+JiWUd8eUag4ZfHAjdPuak/l2EFcE6RpYbRrJkz=", "DE"),
    ("the Q3/Q4:results -v", "US"),
    ("Revenue: 3 M dollars", "US"),
    ("my login changed to jsmith", "US"),
    ("the laptop takes USB-C chargers", "US"),
    ("the label saying Fragile-2024", "GB"),
])
def test_look_alikes_stay(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line


def test_a_phone_after_a_word_for_a_call_is_still_found() -> None:
    assert "07700 900123" not in Redactor("GB").redact("call me on 07700 900123")[0]
