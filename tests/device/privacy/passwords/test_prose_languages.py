"""Prose passwords in more languages: cue words (Indonesian, Slovene, Croatian, Romanian, Greek,
Japanese, Chinese, Korean, French 'mdp'), their verbs ('on', 'je', 'to' before a made-up value),
an aside before the sign, 'pass' alone before a made-up value, and a SIM PIN."""

import pytest

from device.privacy.passwords.prose import find_prose_passwords


def _found(line: str) -> list[str]:
    return [line[s:e] for s, e in find_prose_passwords(line)]


@pytest.mark.parametrize(("line", "value"), [
    ("kata sandi untuk printer: Kopi_77susu", "Kopi_77susu"),
    ("geslo je Lipa!2031", "Lipa!2031"),
    ("lozinka: Jadran#45", "Jadran#45"),
    ("parola pentru router este Brad_9nou", "Brad_9nou"),
    ("ο κωδικός είναι Elia_88zz", "Elia_88zz"),
    ("パスワードは Sakura_4421 です", "Sakura_4421"),
    ("密码：Longjing88!", "Longjing88!"),
    ("비밀번호 Hangang#902", "Hangang#902"),
    ("mdp : Bretagne_29x", "Bretagne_29x"),
    ("salasana on Koivu#612", "Koivu#612"),
    ("hasło do skrzynki to Wisła_1410", "Wisła_1410"),
    ("the password (all lower case): kiwi4orchard", "kiwi4orchard"),
    ("login nils pass Ostsee!88", "Ostsee!88"),
    ("psw Nordlys_2291", "Nordlys_2291"),
    ("a senha do cofre é Ipanema_77", "Ipanema_77"),
    ("SIM-PIN 7305", "7305"),
])
def test_more_languages(line: str, value: str) -> None:
    assert _found(line) == [value]


@pytest.mark.parametrize("line", [
    "the password to the shared drive is in the vault",
    "boarding pass is ready", "pass the salt please", "hasło to tajemnica",
    "salasana on vaihdettava", "pin it to the board", "the password (see wiki)",
])
def test_look_alikes_stay(line: str) -> None:
    assert _found(line) == []
