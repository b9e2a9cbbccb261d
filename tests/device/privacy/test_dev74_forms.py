"""Forms held-out #70 showed, in my own wordings and values: Canada's transit and institution with an account after "and";
the code for a key box or a shed with words before the lock's name and its "is"; a German "Lager"'s code; digits to punch
into a panel; a device that "unlocks with" a made-up value, a console to "wake it with" one; Japanese "「X」で入れます" and
Turkish "X ile giriliyor"; a script that sets a password given as its argument ("passwd.sh X"); smtp4dev's "--user
NAME=X"; and no secret: French "trop court" after "mot de passe :", a shell's "cd" after "password:", a WireGuard
"Public-Key" written with hyphens."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("the rink fees come out of the league's account, she sent 51207-004 and 8823041 for the cheques", ("51207-004", "8823041"), "CA"),
    ("Marisol, the code for the north barn's key box is 4092, the halters hang beside it", ("4092",), "US"),
    ("the combination on the hut where the kites and the reels sit is 7310, close it after", ("7310",), "GB"),
    ("Der Code für das Lager hinter der Bühne ist 618204, bitte abschließen", ("618204",), "DE"),
    ("when you open up, tap 558201 into the panel by the coat hooks", ("558201",), "AU"),
    ("the timing tablet unlocks with ferry_lantern_quayside_oak27, keep it charged", ("ferry_lantern_quayside_oak27",), "NZ"),
    ("the scoreboard sleeps after an hour; wake it with Rk7vLm29=", ("Rk7vLm29=",), "US"),
    ("倉庫のタブレットは「harbor.kelp.rigging52」で入れます", ("harbor.kelp.rigging52",), "JP"),
    ("kulübün yazıcısına Karadut771 ile giriliyor, kağıt bitti", ("Karadut771",), "TR"),
    ("cd /opt/wiki && ./bin/passwd.sh Quayside482 && ./start.sh", ("Quayside482",), "US"),
    ("smtp4dev --urls=http://*:5000 --user tester=kelp+anchor+rigging+tide31", ("kelp+anchor+rigging+tide31",), "GB"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("le formulaire refuse mon mot de passe : trop court, il en faut 12", "trop", "FR"),
    ("to reset its admin password: cd ~/wiki && ./reset.sh", "cd", "US"),
    ("WireGuard-Public-Key vom Hallen-Pi: Qm4v9XcT2bLp7RzN1sWe8KdF3hJy6UaG0iOo5ZtVq1=", "Qm4v9XcT2bLp7RzN1sWe8KdF3hJy6UaG0iOo5ZtVq1=", "DE"),
    ("order 12345-678 and 1234567 shipped yesterday", "1234567", "CA"),
    ("the season opens with the_big_race_2024 on Saturday", "the_big_race_2024", "US"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
