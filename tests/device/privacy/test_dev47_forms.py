"""Forms held-out #43 showed, in my own wordings and values: pounce.conf's "sasl-plain = USER:X"; the user:password lines
of a file named as a users or password file; a markup tag for a "Pswd"; "X, a new password, Y," set off by commas;
Dutch "opent met"; Japanese "暗証キー" and "暗証番号"; a lock that "opens with N," and a comma after its digits; German
"Zahlenschlosscode"; Hinglish "gate ka code N hai"; and what is no secret: an SSH public key's body after its type
("ssh-ed25519 AAAA..."), a public key named in Malay as "kunci umum", a placeholder in German ("dein-schluessel")."""

import pytest

from device.privacy.redactor import Redactor


@pytest.mark.parametrize("line, secret, region", [
    ("pounce.conf on the club box:\nhost = irc.example.org\nsasl-plain = relay_bot:Qm7.w2Lk9Zx-T", "Qm7.w2Lk9Zx-T", "US"),
    ("The users file for the shared calendar:\nfixtures_bot:pQ2wLx9ZkRt_m", "pQ2wLx9ZkRt_m", "US"),
    ("<SIP2_Register_Pswd>netline+floatcork+tidemark44</SIP2_Register_Pswd>", "netline+floatcork+tidemark44", "IN"),
    ("Auntie's tablet got a new unlock password, reef_knot_sailcloth_dock31, she said at dinner.", "reef_knot_sailcloth_dock31", "GH"),
    ("de computer in het clubhuis opent met Vuistbal2207.", "Vuistbal2207", "NL"),
    ("ルーターの暗証キーはnet+cork+tide+float55、内緒ね", "net+cork+tide+float55", "JP"),
    ("オートロックの暗証番号は614093です", "614093", "JP"),
    ("Lockbox by the boathouse opens with 4410, the warden said", "4410", "US"),
    ("Der Zahlenschlosscode vom Bootsschuppen lautet 2741", "2741", "DE"),
    ("Godown gate ka code 8823 hai, kisi ko mat batana", "8823", "IN"),
])
def test_values_found(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, region", [
    ("The club server's ssh host key is ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHk3s8Qw2Lp9ZxT4mN7vB1cR6yU0oE5aS2dF8gJ3hK9l", "US"),
    ("Kunci umum pelayan persatuan untuk sambungan: Y97jKUNwwm8qR9BWsdEJYfBTYtGZ58i7fAHMAKb1/+8=", "MY"),
    ("Im Handbuch steht TOKEN=dein-schluessel, Seite 12", "DE"),
    ("the password, as usual, is on the fridge", "US"),
    ("de laptop opent met een vingerafdruk", "NL"),
])
def test_look_alikes_stay(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line


@pytest.mark.parametrize("line, secret, region", [
    ("Pani w okienku chciała PESEL syna, no to podyktowałem jej powoli 05221709130 i poszliśmy dalej", "05221709130", "PL"),
    ("Dzwonili z banku o PESEL; w końcu wpisałam 92031404689.", "92031404689", "PL"),
    ("Remote session log: su - backup, and the password went by in the transcript, Tw1nKnot8821", "Tw1nKnot8821", "GB"),
    ("Fixed the kiosk login. The password ended up in my shell history, Marlin7seas42.", "Marlin7seas42", "US"),
])
def test_values_said_a_clause_after_their_name(line: str, secret: str, region: str) -> None:
    assert secret not in Redactor(region).redact(line)[0]


@pytest.mark.parametrize("line, region", [
    ("Numer zamówienia 92031404680, PESEL podam przy odbiorze", "PL"),  # no PESEL's check: an order's number
    ("Reset the password for the kiosk, ticket stays open, INC0048812", "US"),
    ("the password policy changed, see the notes, v2.4.1", "US"),
])
def test_numbers_and_tickets_beside_those_names_stay(line: str, region: str) -> None:
    assert Redactor(region).redact(line)[0] == line
