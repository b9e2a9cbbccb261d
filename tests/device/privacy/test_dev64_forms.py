"""Forms held-out #60 showed, in my own wordings and values: an option named "--secret-word" and one in a capitalised dotted
setting ("--Config-adminPass="); a bot's id glued to its secret in a URL with no scheme; a lock's digits named by what it
locks ("cage code", German "Zahlenkombination"); a made-up value after what it opens ("the rota sheet sits behind X", "the
folder opens with X", "the backup is encrypted with X", "no aplicativo entrem com X", "le code de l'appli est X", Swiss
German "Zuegang ... isch X", Japanese "パスはX"); what a shared account "uses"; and no secret: a complaint's reference "with
them is" its number, a WireGuard "PublicKey des Servers"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("on the club box: ./forum admin create --login gate_warden --secret-word Ferretpike2291", ("Ferretpike2291",), "GB"),
    ("photo server restart: gallery --Config-adminPass=Vq72!lmNs0 after the upgrade", ("Vq72!lmNs0",), "NL"),
    ("the alert hits api.telegram.org/bot5512093344:AAHs8QkPz3vLmN0rT5yW7uE2iO4aS6dF9gJ/sendMessage hourly",
     ("5512093344:AAHs8QkPz3vLmN0rT5yW7uE2iO4aS6dF9gJ",), "IE"),
    ("canoe paddle cage code is 813307, lock it after", ("813307",), "AU"),
    ("Die Zahlenkombination vom Fahrradkeller ist 2684, Jens", ("2684",), "DE"),
    ("choir rota sheet sits behind marshwren_lantern_copperkettle41 now", ("marshwren_lantern_copperkettle41",), "US"),
    ("the rehearsal recordings folder opens with fiddle.heron.basket27 until Friday", ("fiddle.heron.basket27",), "US"),
    ("Allotment Signal backup is encrypted with Cucumb3rpatch88=, don't lose it", ("Cucumb3rpatch88=",), "GB"),
    ("pessoal da canoagem, no aplicativo entrem com remo+garça+maré12 pra marcar", ("remo+garça+maré12",), "BR"),
    ("pour la chorale, le code de l'appli est Basse=Clef904", ("Basse=Clef904",), "FR"),
    ("Dr Zuegang zum Chor-Archiv isch Alt0stimme52, merci", ("Alt0stimme52",), "CH"),
    ("合唱団の練習サイト、パスはsoprano.alto.tenor.bass9です", ("soprano.alto.tenor.bass9",), "JP"),
    ("the shared Dropbox account for the choir uses Tenorline5583 now", ("Tenorline5583",), "CA"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("The parcel firm lost my oars, my complaint reference with them is 9876512340", "9876512340", "IN"),
    ("WireGuard PublicKey des Chor-Servers: Kq7WWW2MPSJOabGmZNdYwwaS9DxYbJ7ByWMeETPZdEl=", "Kq7WWW2MPSJOabGmZNdYwwaS9DxYbJ7ByWMeETPZdEl=", "DE"),
    ("my account uses Windows11 now", "Windows11", "US"),
    ("パスタは美味しい", "パスタ", "JP"),
    ("--Password-length 12 is the default", "12", "US"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]


def test_a_phone_said_as_mine_is_still_a_phone() -> None:
    assert [finding.kind for finding in Redactor("IN").findings("call me, my number is 9876512340")] == ["phone"]
