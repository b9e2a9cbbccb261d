"""Forms held-out #63 showed, in my own wordings and values: an IFSC-shaped code in a text that says IFSC, where the labels
are swapped; Japan's individual number after "kojin bangou"; an option named for any "phrase" but a search's ("--auth-phrase",
"--qbit-phrase"); a password option's value that starts "c=" (no list of settings); an inbox locked and reset to a value;
French "on y entre maintenant avec X" at a "portail"; Norwegian "er nå X"; a box that "takes" its digits "on its keypad"; an
alarm's "code for the committee: N"; and no secret: a public key in romaji ("koukai kagi"), an account's name after
"--set-auth"."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, values, region", [
    ("Library fund ka paisa Meera ke account mein jayega, IFSC 50100234567, number HDFC0ABC123", ("50100234567", "HDFC0ABC123"), "IN"),
    ("Choir volunteer form, kojin bangou 7818 5837 0428", ("7818 5837 0428",), "JP"),
    ("anime night: seanime --set-auth club_room --auth-phrase lantern-kite-harbour77", ("lantern-kite-harbour77",), "JP"),
    ("qbitrr --qbit-user choir_share --qbit-phrase Alt0voice2210#", ("Alt0voice2210#",), "US"),
    ("indexer: worker run --postgres-user shelf --postgres-password k=81vQmR2tLw8ZpXn", ("k=81vQmR2tLw8ZpXn",), "GB"),
    ("the choir inbox got locked again, I reset it to Q=W=mPLKnbVcXz88aa_TyU and told Sam", ("Q=W=mPLKnbVcXz88aa_TyU",), "US"),
    ("la mairie a réinitialisé notre accès au portail, on y entre maintenant avec chorale_basse_soprane42", ("chorale_basse_soprane42",), "FR"),
    ("passordet til korets Vipps-konto er nå Tenor4412%, ikke del det", ("Tenor4412%",), "NO"),
    ("The hall's heating box takes 5521 on its keypad", ("5521",), "GB"),
    ("Choir hall alarm in Hobart, the code for the members: 604812, disarm quickly", ("604812",), "AU"),
])
def test_values_found(line: str, values: tuple[str, ...], region: str) -> None:
    sent = Redactor(region).redact(line)[0]
    assert not any(value in sent for value in values), sent


@pytest.mark.parametrize("line, kept, region", [
    ("Koukai kagi Rz9e51PMwg/ZKlAiCd9KOLp3vGOR11iR1eY+gBVh4x=", "Rz9e51PMwg/ZKlAiCd9KOLp3vGOR11iR1eY+gBVh4x=", "JP"),
    ("seanime --set-auth club_room --auth-phrase lantern-kite-harbour77", "club_room", "JP"),
    ("grep --search-phrase 'hello world' notes.txt", "hello world", "US"),
])
def test_what_is_not_a_secret_stays(line: str, kept: str, region: str) -> None:
    assert kept in Redactor(region).redact(line)[0]
