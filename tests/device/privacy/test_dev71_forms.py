"""Forms held-out #67 showed, in my own wordings and values: Japan's My Number named "mai nanbaa" in romaji; a setting's PIN
that is a made-up value, not digits ("X_PIN=..."); a device named right before its password ("quiz laptop X, ..."); Italian
"si apre con X"; Polish "trzeba wpisać X"; Korean "amho" and Chinese "mima shi" in Latin letters; a device "for the <three
words>" that "takes" a value; a German combination lock that "geht mit N auf"; and no secret: a setting named for the user
that goes with a password ("ZIP_PASSWORD_USER"), a map's pin, a maker's model after "laptop"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("kuyakusho de mai nanbaa wo kikareta kara, kaite oku ne, bangou wa 689042341388 dayo", ("689042341388",), "JP"),
    ("docker run -e BOARDPAD_PIN=Ferryman#4471 -e SITE_TITLE=quiz_desk boards/pad", ("Ferryman#4471",), "GB"),
    ("docker run -e NOTES_PIN=qT%vbWzKm7RcXa2 notes/app", ("qT%vbWzKm7RcXa2",), "GB"),
    ("Quiz night at the Geelong club, the barman's text: quiz laptop Ferrypoint2216, don't touch the till", ("Ferrypoint2216",), "AU"),
    ("il tablet della bocciofila si apre con Boccino4410, non cambiarla", ("Boccino4410",), "IT"),
    ("do komputera w świetlicy trzeba wpisać lampion.rzeka.wierzba41, nie zmieniać", ("lampion.rzeka.wierzba41",), "PL"),
    ("dongari noteubuk amho Hanbit552!", ("Hanbit552!",), "KR"),
    ("cunwei de diannao kaiji mima shi Jiaozi881#, bie wang le", ("Jiaozi881#",), "CN"),
    ("the tablet for the tug of war scores takes Kx7=mQwLpZt2RvB9, don't lend it out", ("Kx7=mQwLpZt2RvB9",), "IE"),
    ("Das Zahlenschloss an der Bootshütte mit den Rudern geht mit 4417 auf", ("4417",), "DE"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("backup .env:\nZIP_PASSWORD_USER=quiz_crew ZIP_PASSWORD=vR8%kLm2Tq", "quiz_crew", "GB"),
    ("pin: 52.370216, 4.895168", "52.370216", "NL"),
    ("bought a new laptop Lenovo7420, works well", "Lenovo7420", "GB"),
    ("my number is +447700900233 if you need me", "[phone]", "GB"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
